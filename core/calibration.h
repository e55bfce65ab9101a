// How the scenario checks ("Check me") temper a self-rating. The rule, in one place:
//   - a domain's CHECKED figure is the share of its questions answered right, counted once every
//     question of the domain has an answer (a half-done check says too little);
//   - when the checked figure falls more than kCheckGap below the SELF-RATED figure, the domain counts as
//     the checked figure (and the page says so); otherwise it counts as the self-rated figure.
// Checks never raise a domain: answering well confirms a self-rating, it does not replace it.
// readiness() applies it, so the overall figure, the weakest domains, Focus next and the week plan's hours
// all follow the calibrated figure.
#pragma once
#include <string>

#include "catalog.h"
#include "plan.h"  // CheckAnswers

namespace certplan {

constexpr double kCheckGap = 0.25;  // "well below": more than a quarter of the scale under the self-rating

struct DomainCheck {
    int questions = 0, answered = 0, right = 0;
    bool complete() const { return questions > 0 && answered == questions; }
    double score() const { return questions > 0 ? double(right) / questions : 0; }  // the checked figure
};

// One domain's check from the user's answers; answers to questions not in this domain are ignored, and an
// answer naming an option the question lacks counts as not answered.
DomainCheck domain_check(const Catalog& catalog, const std::string& credential, const std::string& domain,
                         const CheckAnswers& answers);

struct Calibrated {
    double counted = 0;    // the figure the plan uses
    bool lowered = false;  // true when the check pulled the domain down to its checked figure
};

Calibrated calibrate(double self_rated, const DomainCheck& check);

}  // namespace certplan
