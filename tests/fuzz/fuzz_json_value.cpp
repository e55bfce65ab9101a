// libFuzzer target: the page's JSON reader (core/json_value.h) against arbitrary text. It must never crash or
// read out of bounds, and it must accept exactly what nlohmann_json accepts (the native tools' reader), except
// nesting deeper than kJsonMaxDepth, which it refuses. Whatever it accepts, plan_from_json reads without crashing.
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string>

#include <nlohmann/json.hpp>

#include "json_value.h"
#include "storage.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    const bool ours = certplan::parse_json_value(text).has_value();
    // Brackets in the text bound the nesting from above: below the limit the verdicts must agree.
    if (size_t(std::count(text.begin(), text.end(), '[') + std::count(text.begin(), text.end(), '{')) < size_t(certplan::kJsonMaxDepth)) {
        const bool theirs = !nlohmann::json::parse(text, nullptr, false).is_discarded();
        if (ours != theirs) std::abort();
    }
    certplan::plan_from_json(text, "fuzz");
    return 0;
}
