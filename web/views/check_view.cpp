// "Check me" under each domain of the Assess view: the domain's scenario questions one at a time, instant
// feedback with every option's reason and the source, a score, and a retake in a new order. Only the answers
// are saved (the plan's checks); the attempt itself is how the view is being looked at (CheckViewState).
// What the answers do to the figures is core/calibration.h's rule, applied by derive().
#include "check_order.h"
#include "fill.h"
#include "format.h"
#include "imgui.h"
#include "item_registry.h"
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
    // Short radios ("A".."D") named by their option in the mirror, each option's text wrapped beside its radio:
    // a 44 px thumb target on a phone without a widget of its own.
    char letter[2] = "A";
    for (int i = 0; i < int(q.options.size()); ++i, ++letter[0]) {
        if (ui::radio(letter, s.chosen == i, q.id.c_str(), q.options[i].text.c_str()) && s.chosen < 0) {
            s.chosen = i;
            app_check_answer(app, q.id, i);
        }
        ImGui::SameLine();
        ui::text(q.options[i].text);
    }
    ImGui::PopID();
    if (s.chosen < 0) return;
    ui::status(s.chosen == q.best() ? "Right: that is the best choice." : "Not the best choice: the best is marked below.");
    letter[0] = 'A';
    for (const certplan::QuestionOption& o : q.options) {
        ui::text_colored(o.best ? theme_colors().good : theme_colors().muted, fill(o.best ? "{} (best): {}" : "{}: {}", {letter, o.why}));
        ++letter[0];
    }
    if (const certplan::Source* src = app.catalog.source(q.source))
        if (ui::link(fill("Source: {}, section {}", {provenance(app.catalog, q.source, q.as_of, true), q.section}), src->url))
            app_open_url(app, src->url);
    if (ui::button(s.at + 1 < s.order.size() ? "Next question" : "See my score")) ++s.at, s.chosen = -1;
}

}  // namespace

void draw_domain_check(App& app, CheckViewState& s, const certplan::DomainReadiness& r) {
    const std::string& credential = app.derived.target.credential;
    const std::vector<const certplan::Question*> questions = app.catalog.questions_for(credential, r.id);
    if (questions.empty()) return;
    using certplan::percent;
    const certplan::DomainCheck& check = r.check;
    ui::text_muted(fill("Self-rated {}; checked {}.", {percent(r.self_rated), check.complete() ? percent(check.score()) : "not yet"}));
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
        if (finished) ui::status(fill("Score: {} of {} right.", {std::to_string(check.right), std::to_string(check.questions)}));
        if (ui::button(finished ? "Retake in a new order" : "Check me")) {
            // A new attempt: a new order, never the last one again (core/check_order.h).
            s.order = certplan::check_order(questions.size(), ++s.attempts * 2654435761u, open ? s.order : std::vector<size_t>());
            s.credential = credential, s.domain = r.id, s.at = 0, s.chosen = -1, s.reveal = true;
        }
        item_describe(r.name.c_str());
    }
    ImGui::PopID();
}
