// libFuzzer target: the plan reader (core/storage.h) against arbitrary text. It must never crash, and what it
// reads it must write so that it reads back the same plan, with nothing left out (storage never loses by saving).
#include <cstdint>
#include <cstdlib>
#include <string>

#include "storage.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const certplan::PlanRead read = certplan::plan_from_json(std::string(reinterpret_cast<const char*>(data), size), "fuzz");
    if (!read.usable) {
        if (read.problems.empty()) std::abort();  // a refusal always says why
        return 0;
    }
    const certplan::PlanRead again = certplan::plan_from_json(certplan::plan_to_json(read.plan), "fuzz");
    if (!again.lossless() || !(again.plan == read.plan)) std::abort();
    return 0;
}
