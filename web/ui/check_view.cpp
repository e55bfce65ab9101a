// "Check me" inside the Assess view: a domain's scenario questions one at a time, instant feedback with
// every option's reason and the source, a score, and a retake in a new order. The domain's two figures
// (self-rated, checked) and, when the check pulled it down, the sentence that says so.
#include <cmath>
#include <cstdio>

#include "format.h"
#include "imgui.h"
#include "theme.h"
#include "views.h"
#include "widgets.h"

namespace {

std::string pct(double v) {
    char buf[16];
    snprintf(buf, sizeof buf, "%d%%", int(std::lround(v * 100)));
    return buf;
}

std::string right_of(int right, int of) {
    return std::to_string(right) + " of " + std::to_string(of) + " right";
}

void draw_question(App& app, const certplan::Question& q) {
    CheckSession& s = app.check;
    ui::text_muted("Question " + std::to_string(s.at + 1) + " of " + std::to_string(s.order.size()));
    ui::text(q.situation);
    ui::text_muted("Which is the best choice?");
    static const char* const kLetters[] = {"A", "B", "C", "D", "E", "F"};
    for (size_t i = 0; i < q.options.size() && i < 6; ++i) {
        std::string id = std::string("##option-") + kLetters[i];
        if (ui::option_radio(id.c_str(), q.options[i].text, s.chosen == int(i), q.id.c_str()) && s.chosen < 0)
            app_answer_check(app, int(i));
    }
    if (s.chosen < 0) return;
    const ThemeColors& c = theme_colors();
    const bool right = s.chosen == q.best();
    if (right) ui::text_colored(c.good, "Right: that is the best choice.");
    else ui::text_colored(c.bad, "Not the best choice. The best one is marked below.");
    for (size_t i = 0; i < q.options.size(); ++i) {
        const auto& o = q.options[i];
        std::string mark = o.best ? "Best: " : "Not best: ";
        std::string mine = int(i) == s.chosen ? " (your answer)" : "";
        if (o.best) ui::text_colored(c.good, mark + o.text + mine);
        else ui::text(mark + o.text + mine);
        ui::text_muted(o.why);
    }
    const certplan::Source* src = app.catalog.source(q.source);
    ui::text_muted("Supported by " + provenance(app.catalog, q.source, q.as_of, !src || src->kind != "third-party") +
                   ", section " + q.section + (src && !src->url.empty() ? ": " + src->url : "") +
                   ". The question and its reasons are certplan's own words, not an exam question.");
    if (ui::button(s.at + 1 < s.order.size() ? "Next question" : "See my score")) app_next_check(app);
}

}  // namespace

void draw_domain_check(App& app, const certplan::Domain& domain, const certplan::DomainReadiness& r) {
    const ThemeColors& c = theme_colors();
    ImGui::PushID(("check-" + domain.id).c_str());
    std::string figures = "Self-rated " + pct(r.self_rated) + ". ";
    if (r.check.complete()) figures += "Checked: " + right_of(r.check.right, r.check.questions) + " (" + pct(r.check.score()) + ").";
    else if (r.check.answered > 0) figures += "Checked: " + std::to_string(r.check.answered) + " of " + std::to_string(r.check.questions) + " questions answered so far.";
    else figures += "Not checked yet.";
    ui::text_muted(figures);
    if (r.lowered)
        ui::text_colored(c.warn, "Your plan counts this domain as " + pct(r.readiness) + ", the checked figure: it fell more "
                                 "than 25 points below your self-rating. Review the items, then check again.");

    if (app.questions_state == LateState::loading) ui::text_muted("Scenario questions are loading...");
    else if (app.questions_state == LateState::failed)
        ui::text_muted("The scenario questions could not be loaded. Open the page online once and they will work offline.");
    else if (r.check.questions == 0) ui::text_muted("No scenario questions for this domain yet.");
    else {
        CheckSession& s = app.check;
        const bool open = s.credential == app.plan.credential && s.domain == domain.id && !s.order.empty();
        if (!open) {
            std::string label = "Check me: " + std::to_string(r.check.questions) + " question" + (r.check.questions == 1 ? "" : "s");
            if (ui::button(label.c_str())) app_start_check(app, domain.id);
        } else if (s.finished()) {
            ui::status("Score: " + right_of(s.right, int(s.order.size())) + ".");
            if (ui::button("Retake in a new order")) app_start_check(app, domain.id);
            ImGui::SameLine();
            if (ui::button("Close the check")) app_close_check(app);
        } else if (const certplan::Question* q = app.questions.question(s.order[s.at])) {
            ImGui::Indent(8);
            draw_question(app, *q);
            ImGui::Unindent(8);
        }
    }
    ImGui::PopID();
    ImGui::Spacing();
}
