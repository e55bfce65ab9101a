#include "plan_merge.h"

#include <tuple>

#include <set>
#include <utility>

namespace certplan {

namespace {

Rating rating_in(const PlanDocument& p, const std::string& credential, const std::string& item) {
    const Answers& a = p.answers_for(credential);
    auto it = a.find(item);
    return it == a.end() ? Rating::unrated : it->second;
}

// ours if this tab changed it since base, else theirs.
template <class T>
T pick(const T& base, const T& ours, const T& theirs) {
    return ours == base ? theirs : ours;
}

}  // namespace

PlanDocument merge_plans(const PlanDocument& base, const PlanDocument& ours, const PlanDocument& theirs) {
    PlanDocument out;
    // The target and whether it was chosen travel together: one pick of the pair.
    const auto target = [](const PlanDocument& p) { return std::make_pair(p.credential, p.target_chosen); };
    std::tie(out.credential, out.target_chosen) = pick(target(base), target(ours), target(theirs));

    for (const ProfileField& f : profile_fields())
        set_profile_value(out.profile, f.name,
                          pick(profile_value(base.profile, f.name), profile_value(ours.profile, f.name),
                               profile_value(theirs.profile, f.name)));
    out.profile.hours_per_week = pick(base.profile.hours_per_week, ours.profile.hours_per_week, theirs.profile.hours_per_week);
    out.profile.target_date = pick(base.profile.target_date, ours.profile.target_date, theirs.profile.target_date);
    out.profile.start_date = pick(base.profile.start_date, ours.profile.start_date, theirs.profile.start_date);

    std::set<std::pair<std::string, std::string>> items;  // (credential, item) rated in any of the three
    for (const PlanDocument* p : {&base, &ours, &theirs})
        for (const auto& [credential, answers] : p->answers)
            for (const auto& [item, rating] : answers) items.insert({credential, item});
    for (const auto& [credential, item] : items) {
        const Rating r = pick(rating_in(base, credential, item), rating_in(ours, credential, item),
                              rating_in(theirs, credential, item));
        if (r != Rating::unrated) out.answers[credential][item] = r;
    }
    out.replans = pick(base.replans, ours.replans, theirs.replans);
    // Check-ins, week by week: a week this tab checked in (or cleared) since base keeps this tab's.
    std::set<int> mondays;
    for (const PlanDocument* p : {&base, &ours, &theirs})
        for (const auto& entry : p->progress) mondays.insert(entry.first);
    for (int monday : mondays) {
        const auto log_in = [&](const PlanDocument& p) {
            auto it = p.progress.find(monday);
            return it == p.progress.end() ? std::make_pair(false, WeekLog{}) : std::make_pair(true, it->second);
        };
        const auto picked = pick(log_in(base), log_in(ours), log_in(theirs));
        if (picked.first) out.progress[monday] = picked.second;
    }
    // Check answers question by question, and finished attempts check by check (-1: none), like the ratings.
    for (CheckAnswers PlanDocument::*field : {&PlanDocument::checks, &PlanDocument::check_attempts})
        for (const PlanDocument* p : {&base, &ours, &theirs})
            for (const auto& entry : p->*field) {
                const auto value = [&](const PlanDocument& d) {
                    auto it = (d.*field).find(entry.first);
                    return it == (d.*field).end() ? -1 : it->second;
                };
                const int v = pick(value(base), value(ours), value(theirs));
                if (v >= 0) (out.*field)[entry.first] = uint8_t(v);
            }
    return out;
}

}  // namespace certplan
