#include "compare.h"

#include <algorithm>
#include <optional>

#include "stable_order.h"
#include "status.h"
#include "vocabulary.h"

namespace certplan {

int hiring_weight_rank(HiringLevel w) {
    switch (w) {
        case HiringLevel::high: return 3;
        case HiringLevel::medium: return 2;
        case HiringLevel::low: return 1;
        case HiringLevel::unknown: break;
    }
    return 0;
}

HiringLevel hiring_weight_for(const Credential& c, const std::string& employer) {
    for (const auto& h : c.hiring_weight)
        if (h.employer == employer) return h.weight;
    return HiringLevel::unknown;
}

namespace {

int status_rank(Status s) { return s == Status::active ? 0 : s == Status::beta ? 1 : s == Status::announced ? 2 : 3; }

// A sort key: a number or a string, or nothing (unknown: always sorted last, whichever the direction).
struct Key {
    std::optional<double> number;
    std::optional<std::string> text;
    bool known() const { return number || text; }
};

Key key_of(const Credential& c, CompareColumn col, int today) {
    switch (col) {
        case CompareColumn::name: return {std::nullopt, c.short_name};  // what the table shows
        case CompareColumn::provider: return {std::nullopt, c.provider};
        case CompareColumn::platform: return {std::nullopt, c.platform};
        case CompareColumn::status: return {double(status_rank(status_at(c, today).value)), std::nullopt};
        case CompareColumn::fee: return {c.fee_usd.value, std::nullopt};
        case CompareColumn::duration: return {c.duration_minutes.value, std::nullopt};
        case CompareColumn::validity: return {c.validity_months.value, std::nullopt};
        case CompareColumn::enterprise_weight: {
            int r = hiring_weight_rank(hiring_weight_for(c, kEnterpriseEmployer));
            return r == 0 ? Key{} : Key{double(r), std::nullopt};
        }
        case CompareColumn::pass_rate: return {std::nullopt, c.pass_rate.value};
    }
    return {};
}

}  // namespace

std::vector<size_t> compare_rows(const Catalog& catalog, const CompareFilter& f, const CompareOrder& order, int today) {
    std::vector<size_t> rows;
    for (size_t i = 0; i < catalog.credentials.size(); ++i) {
        const Credential& c = catalog.credentials[i];
        if (!f.platform.empty() && c.platform != f.platform) continue;
        const Status status = status_at(c, today).value;
        if (!f.include_retired && status == Status::retired) continue;
        if (!f.include_beta && (status == Status::beta || status == Status::announced)) continue;
        if (!f.include_courses && c.kind == CredentialKind::course_certificate) continue;
        if (f.max_fee_usd >= 0 && c.fee_usd.value && *c.fee_usd.value > f.max_fee_usd) continue;
        rows.push_back(i);
    }
    // a and b are positions in `rows`.
    const auto before = [&](size_t a, size_t b) {
        const Credential& ca = catalog.credentials[rows[a]];
        const Credential& cb = catalog.credentials[rows[b]];
        Key ka = key_of(ca, order.column, today), kb = key_of(cb, order.column, today);
        if (ka.known() != kb.known()) return ka.known();  // unknowns last
        if (ka.known()) {
            int cmp = 0;
            if (ka.number) cmp = *ka.number < *kb.number ? -1 : *ka.number > *kb.number ? 1 : 0;
            else cmp = ka.text->compare(*kb.text) < 0 ? -1 : ka.text->compare(*kb.text) > 0 ? 1 : 0;
            if (cmp != 0) return order.descending ? cmp > 0 : cmp < 0;
        }
        return ca.id < cb.id;
    };
    std::vector<size_t> sorted;
    for (size_t i : stable_order(rows.size(), before)) sorted.push_back(rows[i]);
    return sorted;
}

double fee_limit_when(bool on) { return on ? kFeeLimit.first : -1; }

}  // namespace certplan
