#include "calibration.h"

#include "fill.h"
#include "wording.h"

namespace certplan {

DomainCheck domain_check(const Catalog& catalog, const std::string& credential, const std::string& domain,
                         const CheckAnswers& answers) {
    DomainCheck c;
    for (const Question* q : catalog.questions_for(credential, domain)) {
        ++c.questions;
        auto it = answers.find(q->id);
        if (it == answers.end() || it->second >= q->options.size()) continue;
        ++c.answered;
        if (it->second == q->best()) ++c.right;
    }
    return c;
}

Calibrated calibrate(double self_rated, const DomainCheck& check) {
    if (check.complete() && check.score() < self_rated - kCheckGap - 1e-9) return {check.score(), true};
    return {self_rated, false};
}

std::string checked_figure(const DomainCheck& c) {
    return c.complete() ? fill("{} ({} of {})", {percent(c.score()), std::to_string(c.right), std::to_string(c.questions)}) : "not yet";
}

}  // namespace certplan
