// The catalog the app ships with. Natively it is data/*.json, embedded and loaded with every check
// (shipped_catalog_json.cpp); in the web build it is the same catalog as the native data check wrote it
// once it passed (shipped_catalog_binary.cpp, core/catalog_binary.h). The build links one of the two.
#pragma once
#include "catalog_load.h"

namespace certplan {
CatalogLoad shipped_catalog();
}
