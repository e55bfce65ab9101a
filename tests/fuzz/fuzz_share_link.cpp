// libFuzzer target: the share-link decoder against arbitrary input. It must never crash, read out of
// bounds or hang; and whatever it accepts must re-encode to a link that decodes to the same plan.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "share_link.h"
#include "test_catalog.h"

using namespace certplan;

namespace {
const Catalog& catalog() {
    static const Catalog c = share_test_catalog(36, 36);
    return c;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    ShareDecode d = decode_share_fragment(text, catalog());
    if (!d.ok) {
        if (d.problems.empty()) std::abort();  // a refusal always says why
        return 0;
    }
    ShareDecode again = decode_share_fragment(encode_share_fragment(d.plan, catalog()), catalog());
    if (!again.ok || !(again.plan == d.plan)) std::abort();
    return 0;
}
