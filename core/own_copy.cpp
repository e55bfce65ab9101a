#include "own_copy.h"

namespace certplan {

bool earlier_copy_of(const PlanDocument& link, const PlanDocument& own) {
    if (own.profile.start_date.empty() || link.profile.start_date != own.profile.start_date) return false;
    if (link.credential != own.credential || link.target_chosen != own.target_chosen ||
        link.profile.background != own.profile.background)
        return false;
    for (const auto& [monday, log] : link.progress)
        if (!own.progress.count(monday)) return false;
    for (const auto& [credential, answers] : link.answers) {
        const Answers& mine = own.answers_for(credential);
        for (const auto& [item, rating] : answers)
            if (!mine.count(item)) return false;
    }
    return true;
}

}  // namespace certplan
