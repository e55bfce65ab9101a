// The catalog as data/ holds it, loaded once with every check: for unit tests whose hand-worked figures come
// from the shipped data (the article's calibration, today's credentials), not from a fixture.
#pragma once
#include "catalog_load.h"
#include "embedded_catalog.h"

namespace certplan {

inline const Catalog& data_catalog() {
    static const CatalogLoad load = load_catalog(embedded_catalog_files());
    return load.catalog;
}

}  // namespace certplan
