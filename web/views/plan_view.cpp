// The Plan view: a short questionnaire, the article's verdict on certifying (and which credential first),
// the prep-time estimate with its assumptions, and the week-by-week plan with its timeline and exports.
// Its parts are drawn by plan_questions_view.cpp, this_week_view.cpp and weeks_view.cpp (plan_view.h);
// this file lays them out, in two columns on a wide screen or one on a phone.
#include "returning.h"
#include "imgui.h"
#include "plan_text.h"
#include "plan_view.h"
#include "views.h"
#include "widgets.h"

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
        ui::text_muted(certplan::no_exam_plan_line(true));
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
