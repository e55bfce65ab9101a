// libFuzzer target: the share-link decoder against arbitrary input. It must never crash, read out of
// bounds or hang; and whatever it accepts must re-encode to a link that decodes to the same plan.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "share_link.h"

using namespace certplan;

namespace {
const Catalog& catalog() {
    static const Catalog c = [] {
        Catalog c;
        for (const char* id : {"google-pmle", "aws-mla-c01", "databricks-ml-pro"}) {
            Credential k;
            k.id = id;
            c.credentials.push_back(k);
            Checklist cl;
            cl.credential = id;
            for (int i = 0; i < 36; ++i) cl.items.push_back({std::string(id) + "-" + std::to_string(i), "d1", "1", "item", false, "", ""});
            c.checklists.push_back(cl);
        }
        return c;
    }();
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
