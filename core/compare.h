// The side-by-side comparison: which credentials to show, in which order. Deterministic: ties and
// unknown values are ordered the same way every time (unknowns last, then by id).
#pragma once
#include <string>
#include <vector>

#include "catalog.h"

namespace certplan {

enum class CompareColumn { name, provider, platform, status, fee, duration, validity, enterprise_weight, pass_rate };
constexpr int kCompareColumnCount = 9;

struct CompareFilter {
    std::string platform;        // empty: every platform
    bool include_retired = true;
    bool include_beta = true;    // and credentials announced but not open yet
    bool include_courses = true; // course-completion certificates
    double max_fee_usd = -1;     // < 0: no limit; credentials with unknown fees stay listed (they may be cheap)
};

// The fee filter's scale, in whole US dollars: a limit from `low` to `high`, first set at `first` when the
// user ticks "Fee limit" (the usual associate fee: most exams stay listed), moved `step` at a time by an arrow
// key (a twentieth of the range).
struct FeeLimitScale {
    int low, high, first, step;
};
constexpr FeeLimitScale kFeeLimit{0, 300, 200, 15};

// The filter's max_fee_usd when "Fee limit" is ticked (the scale's first value) or cleared (none).
double fee_limit_when(bool on);

struct CompareOrder {
    CompareColumn column = CompareColumn::name;
    bool descending = false;
};

// Indices into catalog.credentials that pass the filter, in the requested order; statuses read at `today`.
std::vector<size_t> compare_rows(const Catalog& catalog, const CompareFilter& filter, const CompareOrder& order, int today);

// "high" > "medium" > "low" > "unknown"; the weight a credential carries with an employer type.
int hiring_weight_rank(HiringLevel weight);
HiringLevel hiring_weight_for(const Credential& c, const std::string& employer);

}  // namespace certplan
