// How ready the user is for an exam: per blueprint domain and overall, weighted by the official weights;
// the weakest domains and the items that would gain the most; and whether to book the exam.
#pragma once
#include <string>
#include <vector>

#include "calibration.h"
#include "catalog.h"
#include "plan.h"

namespace certplan {

// certplan's rule of thumb (the article gives none): book when overall readiness reaches 75% and no
// domain is below 50%, i.e. most items can at least be explained and no part of the exam is a blank.
constexpr double kReadyOverall = 0.75;
constexpr double kReadyDomainFloor = 0.50;

// What one rating is worth: not yet 0, learning 1/3, can explain it 2/3, done it in production 1.
// Unrated items count as "not yet": readiness never assumes what the user has not said.
double rating_score(Rating r);

struct DomainReadiness {
    std::string id, name;
    double weight = 0;     // share of the exam, 0..1 (official weights' midpoints, renormalised)
    double readiness = 0;  // 0..1: the figure the plan uses (calibration.h: the self-rating, or the check's when lower)
    double self_rated = 0; // 0..1: mean item score
    DomainCheck check;     // the scenario check of this domain (questions 0 until they are loaded)
    bool lowered = false;  // the check fell well below the self-rating: readiness is the checked figure
    int items = 0, rated = 0;
    double shortfall() const { return weight * (1 - readiness); }  // overall points still missing here
};

struct FocusItem {
    std::string id, domain, text;
    Rating rating = Rating::unrated;
    double gain = 0;  // overall readiness gained if this item reached "done it in production"
};

struct Readiness {
    double overall = 0;                   // 0..1
    int items = 0, rated = 0;
    std::vector<DomainReadiness> domains;  // blueprint order
    std::vector<size_t> weakest;           // indices into domains, largest shortfall first
    std::vector<FocusItem> focus;          // largest gain first (at most `focus_limit`)
    bool ready_to_book = false;
};

// `checks` (optional): each domain's scenario check, in blueprint order; see calibration.h for how it counts.
Readiness readiness(const Blueprint& blueprint, const Checklist& checklist, const Answers& answers,
                    size_t focus_limit = 5, const std::vector<DomainCheck>* checks = nullptr);

}  // namespace certplan
