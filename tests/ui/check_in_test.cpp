// The Plan view's check-in, driven as a person does: tick a task (its hours are logged), set the hours,
// come back weeks later; the pace's one sentence replaces the plan's statement about the date.
#include "ui_harness.h"
#include <nlohmann/json.hpp>

TEST_CASE("the plan view opens on this week: ticking a task logs its hours, and the pace owns the date statement") {
    UiHarness ui(1280, 3000);
    app_set_hours(ui.app, 10);
    app_set_target_date(ui.app, "2027-01-29");
    show_view(ui.views.view_state, View::plan);
    ui.frames(3);
    const certplan::StudyPlan& plan = ui.app.derived.study_plan;
    REQUIRE(plan.ok);
    REQUIRE(plan.start_day == ui.app.today);  // Mon 23 Nov 2026: the plan starts this week
    CHECK(ui.has_text("This week"));
    CHECK(ui.has_text("Tick what you finished"));
    CHECK(ui.has_text(plan.fit_message));
    const std::string first = plan.weeks[0].tasks[0].title;
    const double first_hours = plan.weeks[0].tasks[0].hours;

    ui.click(ui.find_prefix("Done: " + first, "checkbox"));
    REQUIRE(ui.app.plan.progress.count(ui.app.today) == 1);
    CHECK(ui.app.plan.progress.at(ui.app.today).hours == first_hours);
    CHECK(ui.app.plan.progress.at(ui.app.today).done == 1u);
    CHECK(ui.app.plan.profile.start_date == "2026-11-23");  // the plan no longer moves with the calendar
    ui.frames(2);
    CHECK(ui.app.derived.pace.logged);
    CHECK(ui.has_text(ui.app.derived.pace.message));
    CHECK_FALSE(ui.has_text(plan.fit_message));  // one statement about the date, never two

    SECTION("unticking takes the hours off again") {
        ui.click(ui.find_prefix("Done: " + first, "checkbox"));
        CHECK(ui.app.plan.progress.at(ui.app.today).hours == 0);
        CHECK(ui.app.plan.progress.at(ui.app.today).done == 0u);
    }
    SECTION("two weeks later: the earlier week can still be checked in, and the snapshot carries the figures") {
        ui.app.today += 14;
        ui.frames(2);
        app_log_hours(ui.app, ui.app.today - 7, 4);
        ui.frames(2);
        auto snap = nlohmann::json::parse(app_snapshot_json(ui.app, ui.views));
        CHECK(snap["progress"]["logged"] == true);
        CHECK(snap["progress"]["hours_done"] == first_hours + 4);
        CHECK(snap["progress"]["hours_planned_to_date"] == plan.weeks[0].hours + plan.weeks[1].hours);
        CHECK(snap["progress"]["date_statement"] == ui.app.derived.pace.message);
        CHECK(snap["plan"]["plan"]["progress"]["2026-11-30"]["hours"] == 4);
        CHECK(ui.find("Check in for", "combo") != nullptr);
    }
    SECTION("a week not begun cannot be checked in") {
        app_log_hours(ui.app, ui.app.today + 7, 5);
        CHECK(ui.app.plan.progress.count(ui.app.today + 7) == 0);
    }
}

TEST_CASE("in the exam week with work left, nothing offers to keep the date: only the re-plan at the user's pace") {
    UiHarness ui(1280, 3000);
    app_set_hours(ui.app, 10);
    show_view(ui.views.view_state, View::plan);
    ui.frames(3);
    const certplan::StudyPlan& plan = ui.app.derived.study_plan;
    REQUIRE(plan.ok);
    const std::string first = plan.weeks[0].tasks[0].title;
    ui.click(ui.find_prefix("Done: " + first, "checkbox"));  // a little done in week 1, nothing after
    ui.app.today = plan.weeks.back().start_day;              // Monday of the exam week
    ui.frames(3);
    const certplan::Pace& pace = ui.app.derived.pace;
    REQUIRE(pace.hours_remaining > 0);
    CHECK(pace.study_weeks_left == 0);
    CHECK(pace.message.find("no study week is left before") != std::string::npos);
    CHECK(ui.app.derived.replan_at_pace.replan.from != 0);
    CHECK(ui.app.derived.replan_at_needed.replan.from == 0);
    CHECK(ui.find("Re-plan at my pace", "button") != nullptr);
    CHECK(ui.find("Re-plan to keep the date", "button") == nullptr);
}

TEST_CASE("issue 26.1: a plan made on its Monday and opened again on the Wednesday still starts that Monday, week 1 open to check in") {
    UiHarness ui(1280, 3000);
    ui.app.today = *certplan::parse_date("2026-12-07");  // a Monday
    app_set_profile(ui.app, "background", "working-ml");  // the plan is made
    show_view(ui.views.view_state, View::plan);
    ui.frames(3);
    REQUIRE(ui.app.derived.study_plan.start_day == ui.app.today);
    const std::string fit = ui.app.derived.study_plan.fit_message;
    ui.app.today += 2;  // Wednesday, nothing checked in
    ui.frames(3);
    CHECK(ui.app.plan.profile.start_date == "2026-12-07");
    CHECK(ui.app.derived.study_plan.start_day == ui.app.today - 2);
    CHECK_FALSE(ui.has_text("Your plan starts on Mon 14 Dec 2026"));
    CHECK(ui.has_text("Week 1, Mon 7 Dec 2026"));
    CHECK(ui.app.derived.study_plan.fit_message == fit);
}

TEST_CASE("issue 26.1: a plan only looked at in the Plan view on a Monday keeps that start on the Friday") {
    UiHarness ui(1280, 3000);
    ui.app.today = *certplan::parse_date("2026-12-07");
    show_view(ui.views.view_state, View::plan);
    ui.frames(3);
    ui.app.today += 4;
    ui.frames(3);
    CHECK(ui.app.derived.study_plan.start_day == ui.app.today - 4);
}
