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

// Why 25 points, when a domain's check has four or five questions (the data check's minimum is four): the
// checked figure moves in steps of one question, 25 points with four questions and 20 with five. "More than 25
// points below" then means "at least two answers worse than the self-rating predicts" at both sizes:
//   - four questions, self-rated 100%: 3 of 4 (75%) is exactly 25 below and is not lowered; 2 of 4 (50%) is;
//   - five questions, self-rated 100%: 4 of 5 (80%, 20 below) is not lowered; 3 of 5 (60%, 40 below) is;
//   - a middling self-rating of 50%: 1 of 4 (25%) stays, 0 of 4 lowers; 1 of 5 (20%, 30 below) lowers.
// One slip, or one poorly read question, never lowers a domain on its own; a guesser does not pass: with four
// options of a form that gives nothing away (data check: core/question_form.h) a guess is right one time in
// four, and a guesser who rates a domain 100% scores 3 or 4 of 4 only 5% of the time (4 x 0.25^3 x 0.75 +
// 0.25^4 = 0.051), so 95% of such checks lower the domain. A smaller gap (say 15 points) would let a single
// wrong answer of four lower a domain rated 100%; a larger one (40) would let a guesser at 2 of 5 keep 80%.
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

// The checked figure as the page shows it, with the questions it rests on: "50% (2 of 4)"; "not yet" until
// every question of the domain has an answer.
std::string checked_figure(const DomainCheck& check);

}  // namespace certplan
