// The catalog's checks that need more than one data file: every reference (a source, a successor, a checklist's
// credential and domains, a guide section, a question's items, a planned course, a study path's resources)
// points at something that exists. core/catalog_load.cpp reads each file and runs these once every file is read.
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "catalog.h"
#include "problem.h"

namespace certplan {

// `source_refs`: each place a file names a source, as ("<file>\x1f<path>", source id), collected while reading.
void cross_check(const Catalog& c, const std::vector<std::pair<std::string, std::string>>& source_refs, Problems& problems);

}  // namespace certplan
