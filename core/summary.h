// The plan as a Markdown summary: verdict and reasons, readiness by domain, estimate, week-by-week plan.
#pragma once
#include <string>

#include "advice.h"
#include "build_instead.h"
#include "estimate.h"
#include "pace.h"
#include "readiness.h"
#include "weeks.h"

namespace certplan {

struct SummaryInput {
    const Catalog* catalog = nullptr;
    const Credential* credential = nullptr;
    const AdviceResult* advice = nullptr;
    const Readiness* readiness = nullptr;
    const Estimate* estimate = nullptr;
    const StudyPlan* plan = nullptr;
    const Pace* pace = nullptr;        // the check-ins: once any is logged, its sentence is the date statement
    const Progress* progress = nullptr;
    const BuildPlan* build = nullptr;  // a "skip" verdict: what to build instead, in weeks
    // What the Plan view shows (core/advice.h exam_plan_shown): the estimate and the week plan, or, for a "skip"
    // verdict the user has not overridden, what to build instead and no exam plan. The summary tells the same
    // story: the one never beside the other.
    bool exam_plan = true;
};

std::string plan_summary_markdown(const SummaryInput& in);

}  // namespace certplan
