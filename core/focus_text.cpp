#include "focus_text.h"

#include <cstdio>

#include "plan.h"
#include "wording.h"

namespace certplan {

FocusText focus_text(const Readiness& r) {
    FocusText out;
    if (r.focus.empty()) {
        out.done = "Everything is rated \"" + rating_in_prose(Rating::in_production) + "\": review, take a practice exam and book it.";
        return out;
    }
    if (!r.weakest.empty()) {
        const DomainReadiness& w = r.domains[r.weakest.front()];
        out.weakest = "Weakest domain for the exam: " + w.name + " (" + percent(w.readiness) + " ready, " +
                      percent(w.weight) + " of the exam).";
    }
    out.intro = "The items that would raise the overall figure most, one of them from the weakest domain:";
    for (const FocusItem& f : r.focus) {
        char gain[32];
        std::snprintf(gain, sizeof gain, "+%.1f pts: ", f.gain * 100);
        std::string domain;
        for (const DomainReadiness& d : r.domains)
            if (d.id == f.domain) domain = d.name;
        out.items.push_back(gain + f.text + " (" + domain + "; now: " + rating_label(f.rating) + ")");
    }
    return out;
}

}  // namespace certplan
