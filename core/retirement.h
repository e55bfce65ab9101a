// A plan's target that retires under it: its last exam day is past, or falls before the plan's exam day. The
// plan says so and offers its successor; switching carries checklist answers over where the successor's items
// say which of the old ones they take over (data/checklists.json "carried_from"). Nothing is lost: the old
// answers stay in the plan under the old credential.
#pragma once
#include <optional>
#include <string>

#include "catalog.h"
#include "plan.h"

namespace certplan {

struct TargetRetirement {
    bool applies = false;   // the target is retired on `today`, or its last exam day is before the exam day
    bool past = false;      // retired on `today` already
    std::string successor;  // the credential to switch to (open on the exam day, or today when past); "" if none
    std::string text;       // the sentence the Plan view and the opening notice say
    std::string button;     // "Switch to AWS MLA-C02"; "" without a successor
};

// `exam_day`: the plan's exam day (its target date or the one certplan proposes), when there is one.
TargetRetirement target_retirement(const Catalog& catalog, const Credential& target, int today, std::optional<int> exam_day);

struct CarryOver {
    Answers answers;   // the successor's answers after the switch: its own, then those carried over
    int carried = 0;   // successor items that took an old answer
    int not_carried = 0;  // old answers no successor item takes over
    std::string text;  // said once the switch is made
};

// Carries `from`'s answers to `to`'s items that name them in carried_from. An item the user already rated for
// `to` keeps its own rating; an item taking over several old ones takes the lowest (it needs all of them).
CarryOver carry_over(const Catalog& catalog, const std::string& from, const std::string& to, const PlanDocument& plan);

}  // namespace certplan
