// A returning user: one who comes back to a plan already under way, for "This week" rather than the questions.
// They have checked a week in, or their plan's start was fixed on an earlier day than today (a start is fixed
// on the Monday on or after the day the plan is made or first looked at: core/weeks.h start_to_fix, so a
// start before today was fixed on an earlier visit).
#pragma once
#include "plan.h"

namespace certplan {

bool returning_user(const PlanDocument& plan, int today);

}  // namespace certplan
