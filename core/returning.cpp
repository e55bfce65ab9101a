#include "returning.h"

#include "date.h"

namespace certplan {

bool returning_user(const PlanDocument& plan, int today) {
    if (!plan.progress.empty()) return true;
    const std::optional<int> start = parse_date(plan.profile.start_date);
    return start && *start < today;
}

}  // namespace certplan
