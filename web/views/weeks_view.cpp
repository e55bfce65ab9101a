// The Plan view: a short questionnaire, the article's verdict on certifying (and which credential first),
// the prep-time estimate with its assumptions, and the week-by-week plan with its timeline and exports.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include "date.h"
#include "date_statement.h"
#include "estimate.h"
#include "fill.h"
#include "pace.h"
#include "returning.h"
#include "plan_text.h"
#include "markdown_html.h"
#include "study_path.h"
#include "charts.h"
#include "format.h"
#include "imgui.h"
#include "item_registry.h"
#include "link.h"
#include "theme.h"
#include "views.h"
#include "vocabulary.h"
#include "widgets.h"
#include "wording.h"

namespace {

void draw_hours(App& app, float indent);
void draw_target_date(App& app, float indent);
void draw_exports(App& app);

// What each answer changes, said under it (core/plan_text.h): no answer moves the figures silently.
std::string what_it_changes(const App& app, const std::string& field) { return certplan::answer_effect(app.catalog.advice, field); }

void draw_questionnaire(App& app) {
    ui::heading("About you");
    ui::text_muted("Every answer is optional; certplan says what it assumes for the rest.");
    // Labels beside the answers where there is room; on a phone each label sits above its answer, which gets the
    // whole width, so that a long answer ("Large enterprise (bank, hospital, insurer)") is not cut.
    const float avail = ImGui::GetContentRegionAvail().x;
    const bool stacked = avail < 480;
    const float label_w = stacked ? 0 : std::fmin(210.0f, avail * 0.45f);
    const auto beside = [&] { if (!stacked) ImGui::SameLine(label_w); };
    for (const certplan::ProfileField& q : certplan::profile_fields()) {
        if (q.name == "tradeoff") continue;  // a yes/no question: the checkbox below
        ImGui::PushID(q.name.c_str());
        ImGui::AlignTextToFramePadding();
        ui::label(q.question);
        beside();
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
    ui::text_muted(what_it_changes(app, "tradeoff"));

    ImGui::AlignTextToFramePadding();
    ui::label("Hours per week");
    beside();
    draw_hours(app, label_w);

    ImGui::AlignTextToFramePadding();
    ui::label("Target exam date");
    beside();
    draw_target_date(app, label_w);
}

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
    ui::text_muted(std::string(unset ? "Assumed until you set it. " : "") +
                   (app.derived.in_force.replanned ? "Changes the hours of the re-plan in force, and the estimate."
                                                   : "Changes the prep-time estimate and the length of the week-by-week plan."));
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
            if (skip && (pass == 0) != (r.kind == "skip")) continue;
            ui::bullet();
            std::string tag = r.kind == "pursue" ? "Pursue when: " : r.kind == "skip" ? "Skip when: " : "";
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

// The plan's one statement about the date (core/date_statement.h), coloured by its tone.
void draw_date_statement(App& app) {
    const certplan::DateStatement s = certplan::date_statement(app.derived.study_plan, app.derived.pace);
    if (s.text.empty()) return;
    const ThemeColors& c = theme_colors();
    ui::text_colored(s.tone == certplan::Tone::good ? c.good : s.tone == certplan::Tone::warn ? c.warn : c.bad, s.text);
}

using certplan::estimate_line;  // the same line as the summary's

// A phone shows the view as one long column, the questions first: the answer goes above them, in short,
// so it is on screen without scrolling past every question (the whole estimate and plan follow below).
void draw_plan_in_short(App& app) {
    const certplan::Estimate& e = app.derived.estimate;
    const certplan::StudyPlan& p = app.derived.study_plan;
    if (!app.catalog.complete() || !e.ok || !p.ok || !certplan::exam_plan_shown(app.derived.advice, app.plan.profile)) return;
    const std::string exam = app.derived.credential ? app.derived.credential->short_name : "the exam";
    ui::heading(("Your plan for " + exam).c_str());
    ui::text(estimate_line(e));
    ui::text(p.calendar_message);
    // The one statement about a target date stays with the estimate below: said once, never twice.
    ui::text_muted("Your answers below change it; what it means for your date, and the week-by-week plan, follow them.");
    ImGui::Spacing();
}

void draw_estimate(App& app) {
    const certplan::Estimate& e = app.derived.estimate;
    const ThemeColors& c = theme_colors();
    std::string exam = app.derived.credential ? app.derived.credential->short_name : "the exam";
    ui::heading(("How long for " + exam).c_str());
    // A target that retires before the exam day (or has): said, with its successor offered (core/retirement.h).
    if (const certplan::TargetRetirement& r = app.derived.retirement; r.applies) {
        ui::text_colored(r.past ? c.bad : c.warn, r.text);
        if (!r.button.empty() && app.catalog.complete() && ui::button(r.button.c_str())) app_switch_target(app, r.successor);
    }
    if (!e.ok) {
        ui::text_colored(c.bad, e.error);
        return;
    }
    ImGui::PushFont(ui::heading_font());
    ui::text(estimate_line(e));
    ImGui::PopFont();
    for (const auto& w : e.warnings) ui::text_colored(c.warn, w);
    // Once a week is checked in, the statement is with the check-in, above: said once, never twice.
    if (!app.derived.pace.logged && !app.derived.pace.exam_passed) draw_date_statement(app);
    if (ui::disclosure("Assumptions behind this estimate", true, false)) {
        ImGui::Indent();
        for (const auto& a : e.assumptions) {
            ui::bullet();
            ui::text_muted(a);
        }
        ImGui::Unindent();
    }
}

// What to study now, and the check-in: tick the tasks done (each adds its hours), set the hours exactly, for
// this week or an earlier one; the pace's one sentence under it.
void draw_check_in(App& app, Views& views) {
    const certplan::StudyPlan& p = app.derived.study_plan;
    const certplan::Pace& pace = app.derived.pace;
    std::vector<const certplan::StudyWeek*> open;  // the weeks that can be checked in, in order
    for (const certplan::StudyWeek& w : p.weeks)
        if (certplan::can_check_in(p, w, app.today)) open.push_back(&w);
    if (pace.exam_passed) {  // the plan is over: no "this week" of it (the date statement says what to do)
        ui::heading("After the exam");
        draw_date_statement(app);
        return;
    }
    ui::heading("This week");
    if (open.empty()) {
        ui::text_muted("Your plan starts on " + certplan::format_date_long(p.start_day) + ": check in here from that week on.");
        return;
    }
    const certplan::StudyWeek* week = open.back();  // this week, or the latest that has begun
    for (const certplan::StudyWeek* w : open)
        if (w->start_day == views.plan.check_in_week) week = w;
    if (open.size() > 1) {
        std::vector<std::string> keys, names;
        for (const certplan::StudyWeek* w : open) {
            keys.push_back(certplan::format_date(w->start_day));
            names.push_back((int(w - p.weeks.data()) == pace.this_week ? "This week, " : "Week " + std::to_string(w->index) + ", ") +
                            certplan::format_date_long(w->start_day));
        }
        std::vector<const char*> key_ptrs, name_ptrs;
        for (size_t i = 0; i < keys.size(); ++i) {
            key_ptrs.push_back(keys[i].c_str());
            name_ptrs.push_back(names[i].c_str());
        }
        std::string value = certplan::format_date(week->start_day);
        ImGui::SetNextItemWidth(std::fmin(320.0f, ImGui::GetContentRegionAvail().x));
        if (ui::combo("##check-in week", value, key_ptrs.data(), name_ptrs.data(), int(key_ptrs.size()), "Check in for"))
            views.plan.check_in_week = certplan::parse_date(value).value_or(0);
    }
    const int monday = week->start_day;
    std::optional<int> toggled, set_hours;
    certplan::Replan replan;
    const auto found = app.plan.progress.find(week->start_day);
    const certplan::WeekLog log = found == app.plan.progress.end() ? certplan::WeekLog{} : found->second;
    ui::text(certplan::fill("Week {}, {}: {} planned, {} done",
                             {std::to_string(week->index), certplan::format_date_long(week->start_day),
                              certplan::hours(week->hours), certplan::hours(log.hours)}));
    ImGui::PushID(week->start_day);
    for (size_t i = 0; i < week->tasks.size() && i < 32; ++i) {
        const certplan::StudyTask& t = week->tasks[i];
        const std::string text = certplan::task_line(t);
        if (t.moved) {  // nothing to tick here: the task is in a later week now
            ui::text_muted(text);
            continue;
        }
        ImGui::PushID(int(i));
        bool done = log.done & (1u << i);
        if (ui::checkbox("##done", &done, ("Done: " + text).c_str())) toggled = int(i);
        ImGui::SameLine();
        if (!certplan::openable_url(t.url)) ui::text(text);
        else if (ui::link(text, t.url)) app_open_url(app, t.url);
        ImGui::PopID();
    }
    // The hours logged: a stepped slider, as for the hours per week.
    ImGui::AlignTextToFramePadding();
    ui::label("Hours done");
    ImGui::SameLine();
    int logged = int(std::lround(log.hours));
    if (ui::stepped_slider_int("logged", &logged, 0, certplan::logged_hours_max(*week), "%d h", "Hours done",
                               "one hour less done this week", "one hour more done this week"))
        set_hours = logged;
    ImGui::PopID();
    if (pace.logged) {
        draw_date_statement(app);
        ui::text_muted(certplan::progress_line(pace));
        const certplan::BurnDown& b = app.derived.burn_down;
        draw_burn_down("burn-down", b.planned, b.actual, b.today, b.exam, b.text);
        ui::text_muted("Hours left: dashed as planned, solid as done.");
    } else {
        ui::text_muted("Tick what you finished: each task adds its hours, and certplan tells you your pace.");
    }
    // Re-plan: each offer says what it changes before it is applied; the last one applied can be undone.
    const certplan::ReplanOption* offers[] = {&app.derived.replan_at_pace, &app.derived.replan_at_needed};
    const char* buttons[] = {"Re-plan at my pace", "Re-plan to keep the date"};
    for (int i = 0; i < 2; ++i) {
        if (offers[i]->replan.from == 0) continue;
        ui::text_muted(offers[i]->summary);
        if (ui::button(buttons[i])) replan = offers[i]->replan;
    }
    const bool undo = !app.plan.replans.empty() && ui::button("Undo re-plan");
    // Edits last: each one re-derives the plan, whose weeks and offers this function has been reading.
    if (toggled) app_toggle_task(app, monday, *toggled);
    if (set_hours) app_log_hours(app, monday, *set_hours);
    if (replan.from) app_replan(app, replan);
    if (undo) app_undo_replan(app);
}

std::string phase_label(certplan::Phase phase) { return certplan::label(phase); }

void draw_timeline(App& app) {
    const certplan::StudyPlan& p = app.derived.study_plan;
    const ThemeColors& c = theme_colors();
    const float width = ImGui::GetContentRegionAvail().x;
    const int n = int(p.weeks.size());
    const int span = p.target_day ? std::max(n, (*p.target_day - p.start_day) / 7 + 1) : n;
    const float cell = (width - 2) / float(std::max(span, 1));  // the whole plan fits, however many weeks
    const float h = 26;
    ImVec2 o = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (int i = 0; i < n; ++i) {
        ImVec2 a(o.x + cell * i, o.y), b(o.x + cell * (i + 1) - 1, o.y + h);
        dl->AddRectFilled(a, b, ImGui::GetColorU32(phase_color(p.weeks[i].phase)), 2);
    }
    if (p.target_day) {
        float x = o.x + cell * float(*p.target_day - p.start_day) / 7.0f;
        dl->AddLine(ImVec2(x, o.y - 4), ImVec2(x, o.y + h + 4), ImGui::GetColorU32(c.text), 2);
    }
    ImGui::Dummy(ImVec2(width, h + 6));
    // Legend.
    const bool any_free = std::any_of(p.weeks.begin(), p.weeks.end(), [](const certplan::StudyWeek& w) { return w.phase == certplan::Phase::free; });
    for (certplan::Phase phase : certplan::all_of<certplan::Phase>()) {
        if ((phase == certplan::Phase::off && p.weeks_off == 0) || (phase == certplan::Phase::free && !any_free)) continue;
        ui::same_line_if_fits(ImGui::CalcTextSize(phase_label(phase).c_str()).x + 20);
        ImVec2 q = ImGui::GetCursorScreenPos();
        dl->AddRectFilled(ImVec2(q.x, q.y + 3), ImVec2(q.x + 12, q.y + 15), ImGui::GetColorU32(phase_color(phase)), 2);
        ImGui::Dummy(ImVec2(14, 16));
        ImGui::SameLine();
        ui::label(phase_label(phase));
    }
    if (p.target_day) {
        ui::same_line_if_fits(ImGui::CalcTextSize("| target date").x);
        ui::label("| target date");
    }
    ui::text(p.calendar_message);
    if (!p.pace_message.empty()) ui::text_muted(p.pace_message);  // the re-plan in force
}

void draw_weeks(App& app) {
    const certplan::StudyPlan& p = app.derived.study_plan;
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    ui::text_muted("Tick a week you cannot study (a holiday): the plan moves around it.");
    if (!ImGui::BeginTable("weeks", 3, flags)) return;
    // As wide as what they hold: a checkbox with its word "Off" beside it (a bare box read as a done tick), a
    // date its longest.
    ImGui::TableSetupColumn("Week off", ImGuiTableColumnFlags_WidthFixed,
                            std::max(ui::checkbox_width("Off"), ImGui::CalcTextSize("Week off").x));
    ImGui::TableSetupColumn("Week", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("Wed 30 Dec 2026").x);
    ImGui::TableSetupColumn("What to study", ImGuiTableColumnFlags_WidthStretch, 1.0f);  // an explicit weight: 0 would divide by zero
    ui::table_headers();
    std::optional<int> toggled;  // applied after the loop: it rebuilds the plan this loop reads
    for (const auto& w : p.weeks) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        bool off = w.phase == certplan::Phase::off;
        if (w.phase != certplan::Phase::exam || !p.target_day) {  // the exam week of a target date moves with the date, not here
            const std::string id = "Off##off" + certplan::format_date(w.start_day);
            const std::string name = "Week off, " + certplan::format_date_long(w.start_day);
            if (ui::checkbox(id.c_str(), &off, name.c_str())) toggled = w.start_day;
        }
        ImGui::TableSetColumnIndex(1);
        ui::text("Week " + std::to_string(w.index) + "\n" + certplan::format_date_long(w.start_day));
        ImGui::TableSetColumnIndex(2);
        char total[48] = "";
        if (w.hours > 0) snprintf(total, sizeof total, ", %.0f h", w.hours);
        const ImVec4 color = phase_color(w.phase);
        const auto logged = app.plan.progress.find(w.start_day);
        if (logged != app.plan.progress.end() && w.phase != certplan::Phase::off) snprintf(total + strlen(total), sizeof total - strlen(total), ", %.0f h done", logged->second.hours);
        ui::label(phase_label(w.phase) + total, &color);
        if (off || w.phase == certplan::Phase::free) {
            ui::text(certplan::no_study_line(w));
            continue;
        }
        ImGui::PushID(w.start_day);
        for (size_t i = 0; i < w.tasks.size(); ++i) {
            const certplan::StudyTask& t = w.tasks[i];
            // What to study opens where it is: the task's resource is a link when the data gives it one.
            ImGui::PushID(int(i));
            if (t.moved) ui::text_muted(certplan::task_line(t));
            else if (!certplan::openable_url(t.url)) ui::text(certplan::task_line(t));
            else if (ui::link(certplan::task_line(t), t.url)) app_open_url(app, t.url);
            ImGui::PopID();
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
    if (toggled) app_toggle_week(app, *toggled);
}

void draw_courses(App& app) {
    // Every course the article recommends, whatever the target: the study path above says which of them
    // this exam's plan uses, so the list must not read as part of it.
    ui::heading("The article's courses");
    ui::text_muted("The source article recommends these for ML certification prep in general; the study path above "
                   "names the ones this plan uses.");
    for (const auto& course : app.catalog.courses) {
        ImGui::PushID(course.id.c_str());
        ui::bullet();
        std::string len = course.length.value ? *course.length.value + (course.length.verified ? "" : " (unverified)")
                                              : "length unverified";
        ui::text(course.title + " - " + course.provider + " on " + course.platform + " - " + len);
        ImGui::Indent();
        ui::text_muted(course.why.value.value_or(""));
        if (!course.why.note.empty()) ui::text_muted(course.why.note);
        if (certplan::openable_url(course.url) && ui::link(course.url.substr(8), course.url)) app_open_url(app, course.url);
        ImGui::Unindent();
        ImGui::PopID();
    }
}

// The target's own study path: each resource with its provider, length (or "hours unknown"), the
// blueprint domains it covers, and why another provider's resource is in this vendor's path.
void draw_study_path(App& app) {
    const Credential* cred = app.derived.credential;
    if (!cred || app.derived.study_resources.empty()) return;
    ui::heading(("Study path for " + cred->short_name).c_str());
    for (const certplan::StudyResource& r : app.derived.study_resources) {
        ImGui::PushID(r.id.c_str());
        ui::bullet();
        if (!certplan::openable_url(r.url)) ui::text(r.title + " (no verified link)");
        else if (ui::link(r.title, r.url)) app_open_url(app, r.url);
        ImGui::Indent();
        ui::text_muted(r.provider + " - " + certplan::resource_hours(r) + " - covers: " + certplan::covered_domains(*cred, r));
        if (!r.hours.value && !r.hours.note.empty()) ui::text_muted(r.hours.note);
        if (!r.why.empty()) ui::text_muted("Why here: " + r.why);
        ImGui::Unindent();
        ImGui::PopID();
    }
}

void draw_exports(App& app) {
    ui::heading("Take it with you");
    if (ui::button("Download calendar (.ics)") && app.host.download) {
        app.host.download("certplan-study-plan.ics", "text/calendar", app_calendar_ics(app));
        app_notify(app, Notice::Kind::info, "Downloaded certplan-study-plan.ics: open it with your calendar app.");
    }
    ui::same_line_if_fits(ImGui::CalcTextSize("Copy summary (Markdown)").x + 20);
    if (ui::button("Copy summary (Markdown)") && app.host.copy_text) {
        app.host.copy_text(app_summary_markdown(app));
        app_notify(app, Notice::Kind::info, "Copied the plan summary as Markdown.");
    }
    ui::same_line_if_fits(ImGui::CalcTextSize("Download summary (.md)").x + 20);
    if (ui::button("Download summary (.md)") && app.host.download) {
        app.host.download("certplan-summary.md", "text/markdown", app_summary_markdown(app));
        app_notify(app, Notice::Kind::info, "Downloaded certplan-summary.md.");
    }
    ui::same_line_if_fits(ImGui::CalcTextSize("Printable summary (HTML)").x + 20);
    if (ui::button("Printable summary (HTML)") && app.host.download) {
        app.host.download("certplan-summary.html", "text/html",
                          certplan::markdown_to_html_page(app_summary_markdown(app), "certplan: my study plan"));
        app_notify(app, Notice::Kind::info, "Downloaded certplan-summary.html: a plain page to read or print.");
    }
}

}  // namespace

void draw_plan_view(App& app, Views& views) {
    if (app.derived.study_plan.ok) app_fix_start(app, true);  // looked at: its weeks no longer move with the calendar
    const float w = ImGui::GetContentRegionAvail().x;
    if (w >= 1000) {
        ImGui::BeginChild("profile", ImVec2(w * 0.42f, 0), ImGuiChildFlags_None, ImGuiWindowFlags_NavFlattened);
        draw_questionnaire(app);
        ImGui::Spacing();
        draw_advice(app);
        ImGui::Spacing();
        if (app.catalog.complete()) draw_courses(app);
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("estimate", ImVec2(0, 0), ImGuiChildFlags_Border, ImGuiWindowFlags_NavFlattened);
    }
    // What to study now comes first: at the top of the plan's column, or on a phone at the top of the view for a
    // returning user (core/returning.h; before that, the questionnaire that makes the plan comes first).
    const bool plan_shown = app.derived.study_plan.ok && certplan::exam_plan_shown(app.derived.advice, app.plan.profile);
    const bool check_in_first = plan_shown && (w >= 1000 || certplan::returning_user(app.plan, app.today));
    if (check_in_first) {
        draw_check_in(app, views);
        ImGui::Spacing();
    }
    if (w < 1000) {
        if (!check_in_first) draw_plan_in_short(app);  // the check-in, when there is one, is the answer
        draw_questionnaire(app);
        draw_advice(app);
    }
    // The estimate, the week plan and the courses come with the catalog's late part; the questions work before.
    if (draw_late_catalog_wait(app)) {
        if (w >= 1000) ImGui::EndChild();
        return;
    }
    if (plan_shown && !check_in_first) {
        draw_check_in(app, views);
        ImGui::Spacing();
    }
    if (!certplan::exam_plan_shown(app.derived.advice, app.plan.profile)) {
        draw_build_plan(app);
        if (app.derived.build.ok) draw_exports(app);
        ImGui::Spacing();
        ui::heading("No exam plan");
        ui::text_muted("The verdict is to skip certification for now. You can still see the estimate and a week plan.");
        // Here too, where the plan would be: on a desktop the advice card's own button can sit below the fold.
        // (On a phone the advice card, with its button, is right above: one button, one ImGui id.)
        if (w >= 1000 && ui::button("Plan for an exam anyway")) app_choose_exam_plan(app, true);
    } else {
        draw_estimate(app);
    }
    if (app.derived.study_plan.ok && certplan::exam_plan_shown(app.derived.advice, app.plan.profile)) {
        ImGui::Spacing();
        ui::heading("Week by week");
        draw_timeline(app);
        draw_exports(app);
        draw_weeks(app);
        ImGui::Spacing();
        draw_study_path(app);
    }
    if (w >= 1000) ImGui::EndChild();
    else draw_courses(app);
}
