// "Check me" under each domain of the Assess view: the domain's scenario questions one at a time, instant
// feedback with every option's reason and the source, a score, and a retake in a new order. Only the answers
// are saved (the plan's checks); the attempt itself is how the view is being looked at (CheckViewState).
// What the answers do to the figures is core/calibration.h's rule, applied by derive().
#include "check_order.h"
#include "format.h"
#include "imgui.h"
#include "item_registry.h"
#include "link.h"
#include "theme.h"
#include "views.h"
#include "widgets.h"
#include "wording.h"

namespace {

void draw_question(App& app, CheckViewState& s, const certplan::Question& q) {
    const ThemeColors& c = theme_colors();
    ui::text_muted("Question " + std::to_string(s.at + 1) + " of " + std::to_string(s.order.size()));
    ui::text(q.situation);
    ImGui::PushID(q.id.c_str());
    // Short radios ("A".."D") named by their option in the mirror, each option's text wrapped beside its radio:
    // a 44 px thumb target on a phone without a widget of its own.
    char letter[2] = "A";
    for (size_t i = 0; i < q.options.size(); ++i, ++letter[0]) {
        if (ui::radio(letter, s.chosen == int(i), q.id.c_str(), q.options[i].text.c_str()) && s.chosen < 0) {
            s.chosen = int(i);
            app_check_answer(app, q.id, int(i));
        }
        ImGui::SameLine();
        ui::text(q.options[i].text);
    }
    ImGui::PopID();
    if (s.chosen < 0) return;
    const int best = q.best();
    letter[0] = char('A' + best);
    ui::status(s.chosen == best ? "Right: " + std::string(letter) + " is the best choice."
                                : "Not the best choice: " + std::string(letter) + " is.");
    letter[0] = 'A';
    for (const certplan::QuestionOption& o : q.options) {
        ui::text_colored(o.best ? c.good : c.muted, std::string(letter) + (o.best ? " (best): " : ": ") + o.why);
        ++letter[0];
    }
    const std::string line = "Source: " + provenance(app.catalog, q.source, q.as_of, true) + ", " + q.section;
    const certplan::Source* src = app.catalog.source(q.source);
    if (src && certplan::openable_url(src->url)) {
        if (ui::link(line, src->url)) app_open_url(app, src->url);
    } else {
        ui::text_muted(line);
    }
    if (ui::button(s.at + 1 < s.order.size() ? "Next question" : "See my score")) ++s.at, s.chosen = -1;
}

}  // namespace

void draw_domain_check(App& app, CheckViewState& s, const certplan::DomainReadiness& r) {
    const std::string& credential = app.derived.target.credential;
    const std::vector<const certplan::Question*> questions = app.catalog.questions_for(credential, r.id);
    if (questions.empty()) return;
    using certplan::percent;
    const certplan::DomainCheck& check = r.check;
    ui::text_muted("Self-rated " + percent(r.self_rated) + "; checked " +
                   (check.complete() ? percent(check.score()) + " (" + std::to_string(check.right) + " of " +
                                           std::to_string(check.questions) + " right)"
                                     : std::string("not yet")) + ".");
    if (r.lowered)
        ui::text_colored(theme_colors().warn, "The plan counts this domain at " + percent(r.readiness) +
                                                  ", its checked figure: well below your self-rating.");
    ImGui::PushID(r.id.c_str());
    const bool open = s.credential == credential && s.domain == r.id && s.order.size() == questions.size();
    const bool finished = open && s.at >= s.order.size();
    if (open && !finished) {
        draw_question(app, s, *questions[s.order[s.at]]);
    } else {
        if (finished) ui::status("Score: " + std::to_string(check.right) + " of " + std::to_string(check.questions) + " right.");
        if (ui::button(finished ? "Retake in a new order" : "Check me")) {
            // A new attempt: a new order, never the last one again (core/check_order.h).
            s.order = certplan::check_order(questions.size(), ++s.attempts * 2654435761u, open ? s.order : std::vector<size_t>());
            s.credential = credential, s.domain = r.id, s.at = 0, s.chosen = -1;
        }
        item_describe(r.name.c_str());
    }
    ImGui::PopID();
}
