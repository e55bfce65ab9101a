// The plan document: everything certplan saves, exports and shares (a "plan" in storage and links). Not
// the study plan (core/schedule.h: StudyPlan, the weeks), nor the Plan tab (web/views/plan_view.cpp).
// Derived figures are never stored.
#pragma once
#include <cstdint>
#include <map>
#include <string>

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
// reordered once shipped, like item ids). The latest answer to each question is what counts.
using CheckAnswers = std::map<std::string, int>;

struct PlanDocument {
    std::string credential = "google-pmle";    // the credential the user chose as target (see target_chosen)
    bool target_chosen = false;                // false: the advice's first credential is the target (figures.h)
    Profile profile;
    std::map<std::string, Answers> answers;    // credential id -> its own answers

    const Answers& answers_for(const std::string& credential_id) const;
    bool operator==(const PlanDocument& o) const {
        return credential == o.credential && target_chosen == o.target_chosen && profile == o.profile && answers == o.answers;
    }
};

}  // namespace certplan
