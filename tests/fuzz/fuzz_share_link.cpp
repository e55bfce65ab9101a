// libFuzzer target: the share-link decoder against arbitrary input. It must never crash, read out of
// bounds or hang; and whatever it accepts must re-encode to a link that decodes to the same plan.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "base64url.h"
#include "crc32.h"
#include "share_link.h"
#include "test_catalog.h"

using namespace certplan;

namespace {
const Catalog& catalog() {
    static const Catalog c = share_test_catalog(36, 36);
    return c;
}
}  // namespace

namespace {
void check(const std::string& text) {
    ShareDecode d = decode_share_fragment(text, catalog());
    if (!d.ok) {
        if (d.problems.empty()) std::abort();  // a refusal always says why
        return;
    }
    ShareDecode again = decode_share_fragment(encode_share_fragment(d.plan, catalog()), catalog());
    if (!again.ok || !(again.plan == d.plan)) std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    // As text: what a mangled link looks like.
    check(std::string(reinterpret_cast<const char*>(data), size));
    // As a link body with a valid checksum appended: random bytes rarely pass the CRC, and the parser
    // behind it must be explored too.
    std::vector<uint8_t> bytes(data, data + size);
    uint32_t crc = crc32(bytes.data(), bytes.size());
    for (int shift = 24; shift >= 0; shift -= 8) bytes.push_back(uint8_t(crc >> shift));
    check(base64url_encode(bytes));
    return 0;
}
