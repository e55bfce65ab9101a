// The catalog as compact bytes, for the web build. data/*.json stays the source: the build loads and
// checks it natively (every problem named by file and field), then writes these bytes; the page reads
// them back with no JSON parser and no checks left to run (they passed at build time), which keeps the
// loader out of the download and the parse off the first frame.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "catalog.h"

namespace certplan {

std::string write_catalog_binary(const Catalog& catalog);
// nullopt for bytes that are not a whole catalog of this format (truncated, garbled, another version).
std::optional<Catalog> read_catalog_binary(const std::string& bytes);

// The study paths alone, as the catalog's bytes hold them in their own section (so that they can be
// shipped in a file of their own, loaded after the first frame).
std::string write_study_paths_binary(const std::vector<StudyPath>& paths);
std::optional<std::vector<StudyPath>> read_study_paths_binary(const std::string& bytes);

}  // namespace certplan
