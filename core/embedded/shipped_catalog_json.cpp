#include "embedded_catalog.h"
#include "shipped_catalog.h"

namespace certplan {
CatalogLoad shipped_catalog() { return load_catalog(embedded_catalog_files()); }
}  // namespace certplan
