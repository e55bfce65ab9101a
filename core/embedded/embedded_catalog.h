// The catalog's data files as the build embedded them (generated from data/ by cmake/embed.cmake).
#pragma once
#include <vector>

#include "catalog_load.h"

namespace certplan {
const std::vector<DataFile>& embedded_catalog_files();
}
