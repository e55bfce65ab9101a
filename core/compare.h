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
