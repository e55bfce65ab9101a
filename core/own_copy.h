// A link to one's own plan, bookmarked earlier, comes back as one's own (issue 26.8): not as "someone's shared
// plan" whose "Use this plan" would roll the newer check-ins back.
#pragma once
#include "plan.h"

namespace certplan {

// True when `link` is an earlier state of `own`: the same plan (the same fixed start, core/weeks.h
// start_to_fix, the same target and background) with nothing `own` lacks: every week it checked in and every
// item it rated are in `own` too. A plan with no fixed start is never taken for another.
bool earlier_copy_of(const PlanDocument& link, const PlanDocument& own);

}  // namespace certplan
