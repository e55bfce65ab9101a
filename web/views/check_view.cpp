// "Check me" under each domain of the Assess view: the domain's scenario questions one at a time, their options
// in the attempt's own order, instant feedback with every option's reason and the source, a score, and a retake
// in a new order. Saved: the answers (the plan's checks) and the count of finished attempts, which fixes the
// orders; where the attempt is is how the view is being looked at (CheckViewState).
// What the answers do to the figures is core/calibration.h's rule, applied by derive().
#include "calibration.h"
#include "check_order.h"
#include "fill.h"
#include "format.h"
#include "imgui.h"
#include "mirror.h"
#include "theme.h"
#include "views.h"
#include "widgets.h"
#include "wording.h"

using certplan::fill;

namespace {

void draw_question(App& app, CheckViewState& s, const certplan::Question& q) {
    ui::text_muted(fill("Question {} of {}", {std::to_string(s.at + 1), std::to_string(s.order.size())}));
    ui::text(q.situation);
    ImGui::PushID(q.id.c_str());
    // The options in this attempt's order (A-D are display places only; the answer saved is the option's data
    // index). Short radios named by their option in the mirror, each option's text wrapped beside its radio:
    // a 44 px thumb target on a phone without a widget of its own.
    const std::vector<size_t> shown = certplan::attempt_order(q.options.size(), q.id, s.attempt);
    char letter[2] = "A";
    for (size_t o : shown) {
        if (ui::radio(letter, s.chosen == int(o), q.id.c_str(), q.options[o].text.c_str()) && s.chosen < 0) {
            s.chosen = int(o);
            app_check_answer(app, q.id, int(o));
        }
        ImGui::SameLine();
        ui::text(q.options[o].text);
        ++letter[0];
    }
    ImGui::PopID();
    if (s.chosen < 0) return;
    ui::status(s.chosen == q.best() ? "Right: that is the best choice." : "Not the best choice: the best is marked below.");
    letter[0] = 'A';
    for (size_t o : shown) {
        ui::text_colored(q.options[o].best ? theme_colors().good : theme_colors().muted,
                         fill(q.options[o].best ? "{} (best): {}" : "{}: {}", {letter, q.options[o].why}));
        ++letter[0];
    }
    if (const certplan::Source* src = app.catalog.source(q.source))
        if (ui::link(fill("Source: {}, section {}", {provenance(app.catalog, q.source, q.as_of, true), q.section}), src->url))
            app_open_url(app, src->url);
    if (ui::button(s.at + 1 < s.order.size() ? "Next question" : "See my score")) {
        if (++s.at == s.order.size()) app_check_finished(app, certplan::check_key(s.credential, s.domain));
        s.chosen = -1;
    }
}

}  // namespace

void draw_domain_check(App& app, CheckViewState& s, const certplan::DomainReadiness& r) {
    const std::string& credential = app.derived.target.credential;
    const std::vector<const certplan::Question*> questions = app.catalog.questions_for(credential, r.id);
    if (questions.empty()) return;
    using certplan::percent;
    ui::text_muted(fill("Self-rated {}; checked {}.", {percent(r.self_rated), certplan::checked_figure(r.check)}));
    if (r.lowered)
        ui::text_colored(theme_colors().warn, fill("The plan counts this domain at {}, its checked figure: well below "
                                                   "your self-rating.", {percent(r.readiness)}));
    ImGui::PushID(r.id.c_str());
    const bool open = s.credential == credential && s.domain == r.id && s.order.size() == questions.size();
    const bool finished = open && s.at >= s.order.size();
    if (open && !finished) {
        if (s.reveal) {  // a check just opened: bring its first question into view (it may sit below the fold)
            ImGui::SetScrollHereY(0.2f);
            s.reveal = false;
        }
        draw_question(app, s, *questions[s.order[s.at]]);
    } else {
        if (finished) ui::status(fill("Score: {} of {} right.", {std::to_string(r.check.right), std::to_string(r.check.questions)}));
        if (ui::button(finished ? "Retake in a new order" : "Check me")) {
            // The attempt after the last one finished: its orders are its own, never the last attempt's, and the
            // same after a reload until it is finished (core/check_order.h).
            const std::string key = certplan::check_key(credential, r.id);
            const auto done = app.plan.check_attempts.find(key);
            s.attempt = (done == app.plan.check_attempts.end() ? 0u : done->second) + 1u;
            s.order = certplan::attempt_order(questions.size(), key, s.attempt);
            s.credential = credential, s.domain = r.id, s.at = 0, s.chosen = -1, s.reveal = true;
        }
        item_describe(r.name.c_str());
    }
    ImGui::PopID();
}
