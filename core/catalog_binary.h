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

// The web build ships the catalog in two parts: the first, embedded in app.wasm, and the late part
// (dist/catalog-late.bin), fetched right after the first frame. Each section belongs to one of them:
// catalog_part() decides, and moving a section is a change there alone.
enum class CatalogPart { first, late };
CatalogPart catalog_part(CatalogSection s);

// Every section the catalog holds, in one file (natively: the tools and the tests).
std::string write_catalog_binary(const Catalog& catalog);
// The sections of one part.
std::string write_catalog_part(const Catalog& catalog, CatalogPart part);
// A catalog holding the sections in `bytes` (the whole catalog, or the first part). nullopt for bytes that
// are not a catalog of this format (truncated, garbled, another version).
std::optional<Catalog> read_catalog_binary(const std::string& bytes);
// Adds the sections in `bytes` (the late part) to `catalog`. False, with `problem` saying why and `catalog`
// unchanged, when the bytes are damaged or from another format, hold a section `catalog` already has, or come
// from another build than the sections `catalog` holds (each part carries a stamp of the whole catalog it was
// written from). Whether the result is complete is the caller's to check (web/session/late_catalog.cpp).
bool add_catalog_part(Catalog& catalog, const std::string& bytes, std::string& problem);

}  // namespace certplan
