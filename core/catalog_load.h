// Builds the Catalog from the data files' text and checks it: types, allowed values, cross-references
// (sources, successors, checklist domains), weights. Every problem names the file and the field.
#pragma once
#include <string>
#include <vector>

#include "catalog.h"
#include "problem.h"

namespace certplan {

struct DataFile {
    std::string name;  // e.g. "data/credentials.json"
    std::string text;
};

struct CatalogLoad {
    Catalog catalog;
    Problems problems;
    bool ok() const { return problems.empty(); }
};

// The files the catalog is made of, by base name, in load order.
const std::vector<std::string>& catalog_file_names();

CatalogLoad load_catalog(const std::vector<DataFile>& files);

}  // namespace certplan
