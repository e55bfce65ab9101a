// The Plan tab's "This week" (plan_view.h): what to study now, and the check-in.
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "date.h"
#include "fill.h"
#include "pace.h"
#include "plan_text.h"
#include "charts.h"
#include "imgui.h"
#include "link.h"
#include "plan_view.h"
#include "views.h"
#include "widgets.h"
#include "wording.h"

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
