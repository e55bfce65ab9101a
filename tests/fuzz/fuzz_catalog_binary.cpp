// libFuzzer target: the web build's catalog reader against arbitrary bytes. It must never crash, read
// out of bounds or allocate without bound; what it accepts must write back to the same bytes. As a late part
// added to a catalog holding the first, bytes it refuses must leave that catalog as it was.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "catalog_binary.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    if (auto catalog = certplan::read_catalog_binary(bytes)) {
        // Accepted bytes are a catalog in canonical form, except booleans and varints may have been
        // spelled differently; reading what it writes must then be stable.
        const std::string again = certplan::write_catalog_binary(*catalog);
        auto reread = certplan::read_catalog_binary(again);
        if (!reread || certplan::write_catalog_binary(*reread) != again) std::abort();
    }
    static const certplan::Catalog first =
        *certplan::read_catalog_binary(certplan::write_catalog_part(certplan::Catalog{}, certplan::CatalogPart::first));
    certplan::Catalog c = first;
    std::string problem;
    if (!certplan::add_catalog_part(c, bytes, problem) &&
        (problem.empty() || c.sections != first.sections || certplan::write_catalog_binary(c) != certplan::write_catalog_binary(first)))
        std::abort();
    return 0;
}
