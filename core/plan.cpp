#include "plan.h"

namespace certplan {

namespace {
struct RatingName {
    Rating rating;
    const char* key;
    const char* label;
};
constexpr RatingName kRatings[] = {
    {Rating::unrated, "unrated", "Not rated"},
    {Rating::not_yet, "not_yet", "Not yet"},
    {Rating::learning, "learning", "Learning"},
    {Rating::can_explain, "can_explain", "Can explain it"},
    {Rating::in_production, "in_production", "Done it in production"},
};
}  // namespace

const char* rating_label(Rating r) { return kRatings[static_cast<int>(r) % kRatingCount].label; }
const char* rating_key(Rating r) { return kRatings[static_cast<int>(r) % kRatingCount].key; }

bool rating_from_key(const std::string& key, Rating& out) {
    for (const auto& r : kRatings)
        if (key == r.key) {
            out = r.rating;
            return true;
        }
    return false;
}

const Answers& Plan::answers_for(const std::string& credential_id) const {
    static const Answers none;
    auto it = answers.find(credential_id);
    return it == answers.end() ? none : it->second;
}

const CheckAnswers& Plan::checks_for(const std::string& credential_id) const {
    static const CheckAnswers none;
    auto it = checks.find(credential_id);
    return it == checks.end() ? none : it->second;
}

}  // namespace certplan
