// Two tabs, one saved plan: before a tab saves, and when another tab has saved, it merges rather than
// overwrites, so no tab loses another's ratings or answers.
#pragma once
#include "plan.h"

namespace certplan {

// A three-way merge, field by field as plan.h declares them (visit_plan_fields), each by its Merge policy.
// `base`: the plan as storage held it when this tab last read or wrote it; `ours`: this tab's plan now;
// `theirs`: what storage holds now. A value this tab changed since `base` (a rating, a rating cleared, a profile
// answer, a week off, the chosen credential) is kept; every other value is taken from `theirs`. When both changed
// the same value, this tab's (the later save) wins.
PlanDocument merge_plans(const PlanDocument& base, const PlanDocument& ours, const PlanDocument& theirs);

}  // namespace certplan
