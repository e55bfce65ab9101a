// How ready the user is for an exam: per blueprint domain and overall, weighted by the official weights;
// the weakest domains and the items that would gain the most; and whether to book the exam.
#pragma once
#include <string>
#include <vector>

#include "calibration.h"
#include "catalog.h"
#include "plan.h"

namespace certplan {

// The rating scale and the "ready to book" rule, derived from what the exams test.
//
// The exams ask, scenario by scenario, which design is right and why (the source article: "not a theory
// exam", it tests "ML engineering judgment"). Being able to explain an item is therefore the pass bar
// for that item; having done it in production is more than the exam asks (it makes scenarios familiar,
// it is not needed to answer them). So the scale puts "Can explain it" near the top, not two thirds up:
//   not yet 0 · learning 0.4 (halfway to explaining) · can explain it 0.8 · done it in production 1.
// Unrated items count as "not yet": readiness never assumes what the user has not said.
//
// Ready to book (certplan's rule of thumb; the article gives none):
//   overall >= 75%: with every item explained the total is 80%, so a switcher who can explain every
//     item is ready without production experience. 75% is exactly 7 items in 8 explained and the 8th
//     still being learned, (7 x 0.8 + 0.4) / 8 = 0.75: a little slack, not a blank.
//   every domain >= 50%: no part of the exam is mostly unknown. A domain with a quarter of its items
//     explained and the rest being learned sits on the line, (0.8 + 3 x 0.4) / 4 = 0.5; a domain that is
//     all "learning" (0.4) is below it, however strong the rest.
constexpr double kReadyOverall = 0.75;
constexpr double kReadyDomainFloor = 0.50;

// What one rating is worth on the scale above.
double rating_score(Rating r);

struct DomainReadiness {
    std::string id, name;
    double weight = 0;     // share of the exam, 0..1 (official weights' midpoints, renormalised)
    double readiness = 0;  // 0..1: the figure the plan uses (calibration.h: the self-rating, or the check's when well below)
    double self_rated = 0; // 0..1: mean item score
    DomainCheck check;     // the scenario check of this domain (no questions: no check)
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
    std::vector<FocusItem> focus;          // largest gain first (at most `focus_limit`), with the weakest
                                           // domain's item of most gain always among them
    bool ready_to_book = false;
};

// Ready to book on the self-rating alone while "Check me" has questions for it and none was finished: the
// sentence that says to take the checks first (the Assess view and the summary); "" otherwise.
std::string check_first_note(const Readiness& r);

// How the readiness ring reads (its colour): ready to book; near, the overall figure at the least each domain
// needs (kReadyDomainFloor) or more but not ready; far, below that.
enum class ReadinessBand { far, near, ready };
ReadinessBand readiness_band(const Readiness& r);

// `checks` (optional): each domain's scenario check, in blueprint order; see calibration.h for how it counts.
Readiness readiness(const Blueprint& blueprint, const Checklist& checklist, const Answers& answers,
                    size_t focus_limit = 5, const std::vector<DomainCheck>* checks = nullptr);

}  // namespace certplan
