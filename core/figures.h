// Every figure certplan shows, derived in one place from the catalog and the user's plan:
// readiness -> advice -> estimate -> study plan. Views only draw what derive() returns.
#pragma once
#include "advice.h"
#include "build_instead.h"
#include "catalog.h"
#include "estimate.h"
#include "pace.h"
#include "plan.h"
#include "readiness.h"
#include "replan.h"
#include "retirement.h"
#include "weeks.h"
#include "status.h"
#include "study_path.h"

namespace certplan {

// Where the plan's one target comes from: the advice's first credential until the user picks one.
enum class TargetOrigin { advice, user };
const char* target_origin_key(TargetOrigin origin);  // "advice", "user" (snapshot)

struct Target {
    std::string credential;  // a credential id the catalog knows (or the plan's own when none is)
    TargetOrigin origin = TargetOrigin::advice;
};

// The user's choice when they made one and the catalog knows it; else the advice's first credential; else
// (no advice credential the catalog knows) the plan's credential, still said to come from the advice.
Target resolve_target(const Catalog& catalog, const PlanDocument& plan, const AdviceResult& advice);

struct Figures {
    Target target;                           // the one target: Assess, estimate, week plan and exports follow it
    const Credential* credential = nullptr;  // the target credential (null: not in the catalog)
    const Checklist* checklist = nullptr;    // its checklist, if it has one
    StatusAt status;                         // the target's status on `today` (core/status.h)
    TargetRetirement retirement;             // the target retires before the exam day, or has (core/retirement.h)
    Readiness readiness;                     // empty unless the credential has a blueprint and a checklist
    AdviceResult advice;
    std::string tradeoff_effect;             // what the yes/no trade-off does for this user (core/plan_text.h checkbox_effect)
    BuildPlan build;                         // a "skip" verdict: what to build instead, in weeks (core/build_instead.h)
    Estimate estimate;
    StudyPlan study_plan;                    // (with the document's re-plans applied, core/replan.h)
    InForce in_force;                        // the re-plan in force, which the form and the estimate follow
    Pace pace;                               // the check-ins against the study plan (core/pace.h)
    BurnDown burn_down;                      // hours left, planned and done, week by week
    // The re-plans offered once something is logged, work is left and the plan is no longer kept (off by an hour
    // or more, or finishing late): at the pace kept, and at the hours per
    // week that keep the exam date (when those differ and the date has not passed).
    ReplanOption replan_at_pace, replan_at_needed;
    std::vector<StudyResource> study_resources;  // the target's study path, in order (core/study_path.h)
};

// The rules between the core's steps live here, not in a view:
// - statuses are read at `today` (core/status.h): the advice never names a credential retired on it;
// - the advice comes first: until the user picks a target, its first credential is the target;
// - a target retired on `today`, or whose last exam day is before the study plan's exam day, is said so
//   with its successor (core/retirement.h); the plan keeps it until the user switches;
// - readiness needs the credential's official blueprint and its checklist; otherwise it is empty (0 rated);
// - readiness is calibrated by the user's scenario checks (core/calibration.h), so the estimate, Focus next
//   and the week plan's hours all follow the calibrated figures;
// - the estimate reads the profile (background, hours per week, target date) and that readiness;
// - a "skip" verdict gives what to build instead as a plan of its own, from the plan's start at the hours a week
//   in force (the estimate model's rhythm when none is set);
// - a "pursue" verdict over a plan mostly of foundations becomes "foundations first" (core/advice.h agree_with_plan);
// - what the trade-off checkbox does is the verdict with it checked and unchecked, by the same rules;
// - the study plan starts on the profile's start date, or `today` when none is set (or it is unreadable).
// - the document's re-plans re-spread the work left (core/replan.h); while one is in force, the estimate is at
//   its hours a week (everything on screen follows the re-planned plan, issue 26.6); the pace reads the check-ins against that study plan; once any is logged, its sentence is the date statement;
// `today` is days since 1970 in the user's local time (certplan::parse_date).
// `voice`: whose plan the sentences speak of (core/pace.h): someone else's when a shared plan is viewed.
Figures derive(const Catalog& catalog, const PlanDocument& plan, int today, Voice voice = Voice::own);

}  // namespace certplan
