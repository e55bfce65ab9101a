// The plan document: everything certplan saves, exports and shares (a "plan" in storage and links). Not
// the study plan (core/schedule.h: StudyPlan, the weeks), nor the Plan tab (web/views/plan_view.cpp).
// Derived figures are never stored.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "profile.h"

namespace certplan {

// How well the user can do one checklist item. Order matters: higher is readier.
enum class Rating : uint8_t { unrated = 0, not_yet = 1, learning = 2, can_explain = 3, in_production = 4 };
constexpr int kRatingCount = 5;

const char* rating_label(Rating r);  // "Not yet", "Learning", …
const char* rating_key(Rating r);    // "not_yet", … (storage)
bool rating_from_key(const std::string& key, Rating& out);

using Answers = std::map<std::string, Rating>;  // checklist item id -> rating (unrated items absent)
// "Check me": question id -> the option chosen, by its index in data/questions.json (options are never
// reordered once shipped, like item ids). The latest answer to each question is what counts. A byte, as a
// rating is: a question has four options.
using CheckAnswers = std::map<std::string, uint8_t>;
// "Check me": how many attempts at each domain's check were finished, by check_key ("<credential>/<domain>").
// The attempt shown is one more (core/check_order.h orders it), so a reload shows an unfinished attempt in the
// same order and a finished one is followed by a new order. A byte that wraps at 256: only its step matters.
using CheckAttempts = std::map<std::string, uint8_t>;

// What the user did in one week of the study plan (a check-in): the hours studied and which of the week's
// tasks are done (bit i: the week's task i, in the study plan's order).
struct WeekLog {
    double hours = 0;   // 0..kMaxHoursPerWeek
    uint32_t done = 0;  // tasks ticked
    bool operator==(const WeekLog& o) const { return hours == o.hours && done == o.done; }
};
using Progress = std::map<int, WeekLog>;  // the week's Monday (days since 1970) -> its check-in

// A re-plan the user applied (core/replan.h): the work left re-spread from `from` (a Monday) at `hours_per_week`.
struct Replan {
    int from = 0;               // 0: none
    double hours_per_week = 0;  // whole hours, 1..kMaxHoursPerWeek
    bool operator==(const Replan& o) const { return from == o.from && hours_per_week == o.hours_per_week; }
};

struct PlanDocument {
    std::string credential = "google-pmle";    // the credential the user chose as target (see target_chosen)
    bool target_chosen = false;                // false: the advice's first credential is the target (figures.h)
    Profile profile;
    std::map<std::string, Answers> answers;    // credential id -> its own answers
    Progress progress;                         // the weekly check-ins (core/pace.h reads them)
    std::vector<Replan> replans;               // the re-plans applied, in order (each on top of the one before)
    CheckAnswers checks;                       // "Check me" answers of every credential (question ids are unique)
    CheckAttempts check_attempts;              // "Check me" attempts finished, per domain check

    const Answers& answers_for(const std::string& credential_id) const;
    bool operator==(const PlanDocument& o) const {
        return credential == o.credential && target_chosen == o.target_chosen && profile == o.profile && answers == o.answers &&
               progress == o.progress && replans == o.replans && checks == o.checks &&
               check_attempts == o.check_attempts;
    }
};

}  // namespace certplan
