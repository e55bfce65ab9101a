// The plan as a JSON document: what localStorage holds and what export/import files carry.
// Versioned; older versions migrate on read. Reading never throws and never silently drops data: every
// value it could not keep is reported, so the caller can back the original up before overwriting it.
#pragma once
#include <string>

#include "catalog.h"
#include "plan.h"
#include "problem.h"

namespace certplan {

// v1: the first layout: one credential's answers, flat ("credential", "ratings", "profile").
// v2: answers kept per credential, so switching credential never loses any.
// v3: the profile may hold "unavailable_weeks" (Mondays as YYYY-MM-DD) and "exam_plan_chosen" (true when
//     the user asked for the exam plan despite a "skip" verdict). A v2 document reads unchanged.
// v4: "target_chosen": true when the user picked the plan's credential as the target; absent (false), the
//     advice's first credential is the target. v1-v3 had no such field and always planned for their credential:
//     one other than the default (kDefaultCredential, core/plan.h) could only have been picked, so it reads as chosen; the
//     default reads as not chosen (certplan had put it there), so the advice decides.
// v5: "progress": the weekly check-ins, {"<Monday as YYYY-MM-DD>": {"hours": 6, "done": [0, 2]}} (done: the
//     indexes of the week's ticked tasks), and "replans": [{"from": "<Monday>", "weekly_hours": 9}] (the re-plans
//     applied, in order). v1-v4 had neither: they read with no check-ins and no re-plans.
// v6: "checks": the "Check me" answers, {"<question id>": <option index 0-3>} (one object for every credential:
//     question ids are unique). v1-v5 had none. Shared links do not carry them (see data/README.md).
// v7: "check_attempts": {"<credential>/<domain>": <attempts finished, 0-255>}, so each attempt shows the options
//     in an order of its own and a reload keeps it (core/check_order.h). v1-v6 had none: every check reads as
//     never finished. The answers ("checks") are unchanged: an option's index in the data, whatever it was shown as.
constexpr int kPlanFormatVersion = 7;
constexpr const char* kPlanFormatName = "certplan-plan";

std::string plan_to_json(const PlanDocument& plan);

struct PlanRead {
    PlanDocument plan;
    bool usable = false;     // false: nothing could be read (not JSON, not a plan, from a newer version)
    int version = 0;         // the version the document was written in
    Problems problems;       // what was wrong; when usable, these values were left out
    bool lossless() const { return usable && problems.empty(); }
};

// `origin` names the input in messages ("localStorage", "the imported file").
// With a catalog, answers to items it does not know are reported too (they are still kept); a catalog that
// does not hold its checklists yet (the page before its late part) checks the credential only.
PlanRead plan_from_json(const std::string& text, const std::string& origin, const Catalog* catalog = nullptr);
// The plan's answers to items the catalog does not know (none while it does not hold its checklists).
Problems unknown_answers(const Catalog& catalog, const PlanDocument& plan, const std::string& origin);

}  // namespace certplan
