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
// v3: adds "checks", the scenario-check answers per credential (question id -> option index); v1 and v2
//     read as before, with no checks.
constexpr int kPlanFormatVersion = 3;
constexpr const char* kPlanFormatName = "certplan-plan";

std::string plan_to_json(const Plan& plan);

struct PlanRead {
    Plan plan;
    bool usable = false;     // false: nothing could be read (not JSON, not a plan, from a newer version)
    int version = 0;         // the version the document was written in
    Problems problems;       // what was wrong; when usable, these values were left out
    bool lossless() const { return usable && problems.empty(); }
};

// `origin` names the input in messages ("localStorage", "the imported file").
// With a catalog, answers to items it does not know are reported too (they are still kept).
PlanRead plan_from_json(const std::string& text, const std::string& origin, const Catalog* catalog = nullptr);

}  // namespace certplan
