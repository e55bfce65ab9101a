// The Plan tab's weeks (plan_view.h): the prep-time estimate with its assumptions and the one statement about
// the date, the week-by-week plan with its timeline, the study path and the article's courses, and the exports.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include "date.h"
#include "date_statement.h"
#include "estimate.h"
#include "plan_text.h"
#include "markdown_html.h"
#include "study_path.h"
#include "imgui.h"
#include "link.h"
#include "plan_view.h"
#include "theme.h"
#include "views.h"
#include "vocabulary.h"
#include "widgets.h"

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

namespace {

std::string phase_label(certplan::Phase phase) { return certplan::label(phase); }

}  // namespace

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
    // Legend: the phases the weeks show.
    for (certplan::Phase phase : certplan::phases_shown(p)) {
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
    const char* off_title = certplan::label(certplan::Phase::off);  // "Week off": the phase's own name
    ImGui::TableSetupColumn(off_title, ImGuiTableColumnFlags_WidthFixed,
                            std::max(ui::checkbox_width("Off"), ImGui::CalcTextSize(off_title).x));
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
