#include "readiness.h"

#include <algorithm>
#include <utility>

#include "stable_order.h"

namespace certplan {

double rating_score(Rating r) {
    switch (r) {
        case Rating::unrated:
        case Rating::not_yet: return 0.0;
        case Rating::learning: return 0.4;
        case Rating::can_explain: return 0.8;
        case Rating::in_production: return 1.0;
    }
    return 0.0;
}

Readiness readiness(const Blueprint& blueprint, const Checklist& checklist, const Answers& answers, size_t focus_limit,
                    const std::vector<DomainCheck>* checks) {
    Readiness out;
    double total_weight = 0;
    for (const Domain& d : blueprint.domains) total_weight += d.weight_mid();
    if (total_weight <= 0) return out;

    for (const Domain& d : blueprint.domains) {
        DomainReadiness dr;
        dr.id = d.id;
        dr.name = d.name;
        dr.weight = d.weight_mid() / total_weight;
        double sum = 0;
        for (const ChecklistItem& item : checklist.items) {
            if (item.domain != d.id) continue;
            auto it = answers.find(item.id);
            Rating r = it == answers.end() ? Rating::unrated : it->second;
            ++dr.items;
            if (r != Rating::unrated) ++dr.rated;
            sum += rating_score(r);
        }
        dr.self_rated = dr.items > 0 ? sum / dr.items : 0;
        if (checks && out.domains.size() < checks->size()) dr.check = (*checks)[out.domains.size()];
        const Calibrated cal = calibrate(dr.self_rated, dr.check);
        dr.readiness = cal.counted;
        dr.lowered = cal.lowered;
        out.items += dr.items;
        out.rated += dr.rated;
        out.domains.push_back(dr);
    }
    // Domains without items cannot be assessed: their weight is spread over the others.
    double assessed_weight = 0;
    for (const DomainReadiness& d : out.domains)
        if (d.items > 0) assessed_weight += d.weight;
    for (const DomainReadiness& d : out.domains)
        if (d.items > 0 && assessed_weight > 0) out.overall += d.weight / assessed_weight * d.readiness;

    out.weakest = stable_order(out.domains.size(), [&](size_t a, size_t b) {
        const double sa = out.domains[a].shortfall(), sb = out.domains[b].shortfall();
        if (sa != sb) return sa > sb;
        return out.domains[a].readiness < out.domains[b].readiness;
    });

    for (const ChecklistItem& item : checklist.items) {
        auto d = std::find_if(out.domains.begin(), out.domains.end(), [&](const DomainReadiness& x) { return x.id == item.domain; });
        if (d == out.domains.end() || d->items == 0 || assessed_weight <= 0) continue;
        auto it = answers.find(item.id);
        Rating r = it == answers.end() ? Rating::unrated : it->second;
        // In a lowered domain every item counts at the share the check allows (checked / self-rated).
        const double scale = d->lowered && d->self_rated > 0 ? d->readiness / d->self_rated : 1.0;
        double gain = d->weight / assessed_weight / d->items * (1 - rating_score(r) * scale);
        if (gain <= 0) continue;
        out.focus.push_back({item.id, item.domain, item.text, r, gain});
    }
    const auto larger_gain = [&](size_t a, size_t b) { return out.focus[a].gain > out.focus[b].gain; };
    const std::vector<size_t> order = stable_order(out.focus.size(), larger_gain);
    std::vector<size_t> chosen(order.begin(), order.begin() + std::min(focus_limit, order.size()));
    // The weakest domain, the one Focus next names, always has its item of most gain in the list: in its last
    // place when items of more gain fill it (a heavy domain of many items gains little per item).
    if (!out.weakest.empty() && !chosen.empty()) {
        const std::string& weakest = out.domains[out.weakest.front()].id;
        const auto in_weakest = [&](size_t i) { return out.focus[i].domain == weakest; };
        if (std::none_of(chosen.begin(), chosen.end(), in_weakest)) {
            auto best = std::find_if(order.begin() + std::ptrdiff_t(chosen.size()), order.end(), in_weakest);
            if (best != order.end()) chosen.back() = *best;
        }
    }
    std::vector<FocusItem> focus;
    for (size_t i : chosen) focus.push_back(std::move(out.focus[i]));
    out.focus = std::move(focus);

    out.ready_to_book = out.overall >= kReadyOverall - 1e-9 &&
                        std::all_of(out.domains.begin(), out.domains.end(), [](const DomainReadiness& d) {
                            return d.items == 0 || d.readiness >= kReadyDomainFloor - 1e-9;
                        });
    return out;
}

std::string check_first_note(const Readiness& r) {
    if (!r.ready_to_book) return "";
    bool any_questions = false;
    for (const DomainReadiness& d : r.domains) {
        if (d.check.complete()) return "";
        any_questions |= d.check.questions > 0;
    }
    return any_questions ? "That is your own rating: take Check me on each domain before you book; a check well below a "
                           "rating lowers it, and the plan follows."
                         : "";
}

ReadinessBand readiness_band(const Readiness& r) {
    if (r.ready_to_book) return ReadinessBand::ready;
    return r.overall >= kReadyDomainFloor ? ReadinessBand::near : ReadinessBand::far;
}

}  // namespace certplan
