// libFuzzer target: the two-tab merge (core/plan_merge.h) over plans read from arbitrary text (three documents,
// split at NUL bytes: base, ours, theirs). It must never crash, and must keep its laws for every field: what this
// tab did not change comes from storage, what storage did not change stays this tab's, a merge with itself
// changes nothing, and the result saves and reads back whole.
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "storage.h"
#include "plan_merge.h"

using certplan::PlanDocument;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    PlanDocument plans[3];
    size_t from = 0;
    for (int i = 0; i < 3 && from <= text.size(); ++i) {
        const size_t end = std::min(text.find('\0', from), text.size());
        const certplan::PlanRead read = certplan::plan_from_json(text.substr(from, end - from), "fuzz");
        if (read.usable) plans[i] = read.plan;
        from = end + 1;
    }
    const PlanDocument& base = plans[0];
    const PlanDocument& ours = plans[1];
    const PlanDocument& theirs = plans[2];
    const PlanDocument merged = certplan::merge_plans(base, ours, theirs);
    if (!(certplan::merge_plans(base, base, theirs) == theirs)) std::abort();  // nothing changed here: storage's
    if (!(certplan::merge_plans(base, ours, base) == ours)) std::abort();      // nothing changed there: ours
    if (!(certplan::merge_plans(base, ours, ours) == ours)) std::abort();      // both the same: that
    const certplan::PlanRead again = certplan::plan_from_json(certplan::plan_to_json(merged), "fuzz");
    if (!again.lossless() || !(again.plan == merged)) std::abort();
    return 0;
}
