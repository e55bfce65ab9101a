// The Plan tab's questions and advice (plan_view.h): the short questionnaire with the hours per week and the
// target date, the article's verdict on certifying (and which credential first), and with a "skip" verdict
// what to build instead.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "date.h"
#include "estimate.h"
#include "plan_text.h"
#include "imgui.h"
#include "plan_view.h"
#include "theme.h"
#include "views.h"
#include "vocabulary.h"
#include "widgets.h"

namespace {

// What each answer changes, said under it (core/plan_text.h): no answer moves the figures silently.
std::string what_it_changes(const App& app, const std::string& field) { return certplan::answer_effect(app.catalog.advice, field); }

// Hours per week on a stepped slider (no keyboard needed, so it works on a phone).
void draw_hours(App& app, float indent) {
    const int max_hours = int(app.catalog.estimate.max_hours_per_week);
    // The hours the plan runs at: a re-plan's once one is in force (core/replan.h).
    const std::optional<double> in_force = certplan::hours_in_force(app.plan);
    const bool unset = !in_force;
    // Not set yet: the slider stands at the rhythm the estimate assumes, and says so. At least an hour:
    // no study time gives no plan at all.
    const int assumed = int(std::lround(app.catalog.estimate.rhythm_hours_per_week));
    int hours = std::max(1, int(std::lround(in_force.value_or(assumed))));
    if (ui::stepped_slider_int("hours", &hours, 1, max_hours, "%d h/week", "Hours per week", "one hour less per week",
                               "one hour more per week"))
        app_set_hours(app, hours);
    if (indent > 0) ImGui::SetCursorPosX(indent);
    ui::text_muted(certplan::hours_effect(unset, app.derived.in_force.replanned));
}

// Year, month and day lists rather than a text field: every pick is a real date (the day follows the
// month's length), and phones need no keyboard.
void draw_target_date(App& app, float indent) {
    std::optional<int> target = certplan::parse_date(app.plan.profile.target_date);
    // A re-plan in force sets the exam day: the lists show it, and the note below says how it differs.
    if (target && app.derived.in_force.replanned) target = app.derived.in_force.exam_day;
    if (!target) {
        if (ui::button("Set a date"))
            app_set_target_date(app, certplan::format_date(certplan::suggested_target_day(app.derived.estimate, app.today,
                                                                                     app.plan.profile.unavailable_weeks)));
        const char* hint = "none yet: the plan runs at your own pace";
        ui::same_line_if_fits(ImGui::CalcTextSize(hint).x, indent);
        ui::text_muted(hint);
        return;
    }
    const certplan::CivilDate date = certplan::civil_date(*target);
    const int this_year = certplan::civil_date(app.today).year;
    // Up to the plan's own exam day, and the date certplan would propose, however far (a few hours a week).
    const int proposed = certplan::suggested_target_day(app.derived.estimate, app.today, app.plan.profile.unavailable_weeks);
    const int first_year = std::min(date.year, this_year),
              last_year = std::max({date.year, this_year + 3, certplan::civil_date(app.derived.study_plan.exam_day).year,
                                    certplan::civil_date(proposed).year});
    // The months' values, and the days' values and labels.
    static const char* const kNumbers[] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16",
                                           "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31"};
    std::vector<std::string> years;  // a handful: this year (or the date's, if earlier) to three years on
    for (int y = first_year; y <= last_year; ++y) years.push_back(std::to_string(y));
    std::vector<const char*> year_ptrs;
    for (const std::string& y : years) year_ptrs.push_back(y.c_str());
    const int days = int(certplan::days_in_month(date.year, date.month));

    std::string year = std::to_string(date.year), month = std::to_string(date.month), day = std::to_string(date.day);
    // Three lists side by side, narrower on a phone: year, month and day get 36%, 33% and 31%.
    const float spacing = 4, total = std::fmin(190.0f, ImGui::GetContentRegionAvail().x - 2 * spacing);
    bool changed = false;
    ImGui::SetNextItemWidth(total * 0.36f);
    changed |= ui::combo("##year", year, year_ptrs.data(), year_ptrs.data(), int(year_ptrs.size()), "Target year");
    ImGui::SameLine(0, spacing);
    ImGui::SetNextItemWidth(total * 0.33f);
    changed |= ui::combo("##month", month, kNumbers, certplan::kMonthNames, 12, "Target month");
    ImGui::SameLine(0, spacing);
    ImGui::SetNextItemWidth(total * 0.31f);
    changed |= ui::combo("##day", day, kNumbers, kNumbers, days, "Target day");
    if (changed) {
        const int picked = certplan::date_from_parts(std::atoi(year.c_str()), unsigned(std::atoi(month.c_str())), unsigned(std::atoi(day.c_str())));
        app_set_target_date(app, certplan::format_date(picked));
    }
    ui::same_line_if_fits(ImGui::CalcTextSize("Clear date").x + 12, indent);
    if (ui::small_button("Clear date")) app_set_target_date(app, "");
    if (app.derived.in_force.replanned) {
        ImGui::SetCursorPosX(indent);
        ui::text_muted(app.derived.in_force.note);
    }
}

ImVec4 verdict_color(certplan::Verdict v) {
    const ThemeColors& c = theme_colors();
    switch (v) {
        case certplan::Verdict::pursue: return c.good;
        case certplan::Verdict::skip: return c.bad;
        case certplan::Verdict::foundations_first: return c.warn;
        case certplan::Verdict::optional: return c.accent;
    }
    return c.text;
}

}  // namespace

void draw_questionnaire(App& app) {
    ui::heading("About you");
    ui::text_muted("Every answer is optional; certplan says what it assumes for the rest.");
    // Labels beside the answers where there is room; on a phone each label sits above its answer, which gets the
    // whole width, so that a long answer ("Large enterprise (bank, hospital, insurer)") is not cut.
    const float avail = ImGui::GetContentRegionAvail().x;
    const bool stacked = avail < 480;
    const float label_w = stacked ? 0 : std::fmin(210.0f, avail * 0.45f);
    // Beside its answer, a label is level with it; above it, close to it, with a gap before the next question.
    const auto question = [&](const std::string& text) {
        if (stacked) ImGui::Spacing();
        else ImGui::AlignTextToFramePadding();
        ui::label(text);
        if (!stacked) ImGui::SameLine(label_w);
    };
    for (const certplan::ProfileField& q : certplan::profile_fields()) {
        if (q.name == "tradeoff") continue;  // a yes/no question: the checkbox below
        ImGui::PushID(q.name.c_str());
        question(q.question);
        ImGui::SetNextItemWidth(stacked ? -FLT_MIN : std::fmin(320.0f, ImGui::GetContentRegionAvail().x));
        std::string value = certplan::profile_value(app.plan.profile, q.name);
        std::vector<const char*> values = {""};
        std::vector<const char*> labels = {"Not answered"};
        for (const certplan::Term& t : q.answers->terms) {
            values.push_back(t.key);
            labels.push_back(t.long_label());
        }
        std::string label = "##" + q.name;
        if (ui::combo(label.c_str(), value, values.data(), labels.data(), int(values.size()), q.question))
            app_set_profile(app, q.name, value);
        if (!stacked) ImGui::SetCursorPosX(label_w);
        ui::text_muted(what_it_changes(app, q.name));
        ImGui::PopID();
    }
    // A yes/no question: its one answer's key (core/vocabulary.h), checked or not.
    const certplan::ProfileField* trade = certplan::profile_field("tradeoff");
    const std::string yes = trade->values.empty() ? std::string() : trade->values.front();
    bool tradeoff = !yes.empty() && app.plan.profile.tradeoff == yes;
    if (ui::checkbox(trade->question, &tradeoff)) app_set_profile(app, "tradeoff", tradeoff ? yes : "");
    ui::text_muted(app.derived.tradeoff_effect);  // from the rules, for this user's answers (core/figures.h)

    question("Hours per week");
    draw_hours(app, label_w);

    question("Target exam date");
    draw_target_date(app, label_w);
}

void draw_advice(App& app) {
    const certplan::AdviceResult& a = app.derived.advice;
    ui::heading("Should I certify?");
    ImGui::PushFont(ui::heading_font());
    ui::text_colored(verdict_color(a.verdict), certplan::verdict_title(a.verdict));
    ImGui::PopFont();
    const bool skip = a.verdict == certplan::Verdict::skip;
    const certplan::BuildInstead& instead = app.catalog.advice.instead;
    if (skip && !instead.text.empty()) {  // what to do instead first; its weeks are in the plan's column (draw_build_plan)
        ui::text_colored(theme_colors().bad, "What the article says to do instead:");
        ui::text(instead.text + "  (source article)");
    }
    // With a "skip" verdict the "skip when" cases come first: they say why.
    for (int pass = skip ? 0 : 1; pass < 2; ++pass)
        for (const certplan::Reason& r : a.reasons) {
            if (skip && (pass == 0) != (r.kind == certplan::ReasonKind::skip)) continue;
            ui::bullet();
            const bool when = r.kind == certplan::ReasonKind::pursue || r.kind == certplan::ReasonKind::skip;  // a criterion's case
            std::string tag = when ? std::string(certplan::label(r.kind)) + ": " : "";
            const char* origin = certplan::reason_origin(r);
            ui::text(tag + r.text + (*origin ? "  (" + std::string(origin) + ")" : ""));
        }
    const bool exam_plan = app.plan.profile.exam_plan_chosen;
    if (skip && exam_plan && ui::small_button("Hide the exam plan")) app_choose_exam_plan(app, false);
    if (skip && !exam_plan && ui::button("Plan for an exam anyway")) app_choose_exam_plan(app, true);
    // Which exam, when the user certifies: with a "skip" verdict too (picking it gives its exam plan).
    if (const Credential* first = app.catalog.credential(a.first_credential)) {
        ui::text(std::string(skip ? "If you certify anyway, start with: " : "Start with: ") + first->name +
                 (a.foundations_first ? ", after foundational coursework." : "."));
        if (first->id != app.derived.target.credential) {
            if (ui::button("Make this my target")) app_choose_target(app, first->id);
            ui::text_muted("(your target is " + (app.derived.credential ? app.derived.credential->short_name : std::string("none")) +
                           ", your choice)");
        }
    }
}

// A "skip" verdict's plan: what to build instead, week by week (core/build_instead.h), each step with the
// article's words behind it.
void draw_build_plan(App& app) {
    const certplan::BuildPlan& b = app.derived.build;
    if (!b.ok) return;
    ui::heading("What to build instead");
    ui::text(b.line);
    for (const certplan::BuildRow& row : b.rows) {
        ui::bullet();
        ui::text(certplan::build_row_line(row));
        ImGui::Indent();
        ui::text_muted("Why: " + row.step->why + "  (source article)");
        ImGui::Unindent();
    }
    ui::text_muted(b.rows.front().step->hours.note);
}
