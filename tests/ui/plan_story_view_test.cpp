// Issue 26, points 6, 7 and 11, as the Plan view shows them: after a re-plan every figure on screen is the
// re-planned plan's; a "skip" verdict shows what to build, in weeks, and a picked target gets its exam plan; the
// verdict agrees with a plan of foundations; a shared plan says whose hours were logged.
#include "ui_harness.h"

#include "build_instead.h"
#include "date.h"

namespace {
const UiItem* item(UiHarness& ui, const std::string& label, const std::string& role) {
    const UiItem* it = ui.find(label, role);
    REQUIRE(it != nullptr);
    return it;
}
}  // namespace

TEST_CASE("issue 26.6: after 'Re-plan at my pace' the form, the timeline and the estimate follow the re-planned plan") {
    UiHarness ui(1280, 3000);
    app_set_hours(ui.app, 8);
    show_view(ui.views.view_state, View::plan);
    ui.frames(3);
    const int target = ui.app.derived.study_plan.exam_day;
    app_set_target_date(ui.app, certplan::format_date(target));
    ui.frames(2);
    const std::string first = ui.app.derived.study_plan.weeks[0].tasks[0].title;
    ui.click(ui.find_prefix("Done: " + first, "checkbox"));  // a little in week 1, then two weeks of nothing
    ui.app.today += 14;
    ui.frames(3);
    REQUIRE(ui.app.derived.replan_at_pace.replan.from != 0);
    const double pace_hours = ui.app.derived.replan_at_pace.replan.hours_per_week;
    REQUIRE(pace_hours != 8);
    ui.click("Re-plan at my pace", "button");
    ui.frames(2);
    REQUIRE(ui.app.plan.replans.size() == 1);
    const std::string h = std::to_string(std::lround(pace_hours));
    // The hours slider, the estimate line and the target date lists are the re-plan's.
    CHECK(item(ui, "Hours per week", "slider")->value == h + " h/week");
    CHECK(ui.has_text(" at " + h + " h/week"));
    CHECK_FALSE(ui.has_text(" at 8 h/week"));
    const certplan::CivilDate exam = certplan::civil_date(ui.app.derived.study_plan.exam_day);
    CHECK(item(ui, "Target day", "combo")->value == std::to_string(exam.day));
    CHECK(ui.has_text(ui.app.derived.in_force.note));
    CHECK_FALSE(ui.has_text("| target date"));  // the timeline's target marker went with the date
    SECTION("moving the hours changes the re-plan in force, not the answers it was made from") {
        app_set_hours(ui.app, pace_hours + 2);
        ui.frames(2);
        CHECK(ui.app.plan.replans.back().hours_per_week == pace_hours + 2);
        CHECK(*ui.app.plan.profile.hours_per_week == 8);
        CHECK(item(ui, "Hours per week", "slider")->value == std::to_string(std::lround(pace_hours + 2)) + " h/week");
    }
    SECTION("undone: the answers' figures come back") {
        ui.click("Undo re-plan", "button");
        ui.frames(2);
        CHECK(item(ui, "Hours per week", "slider")->value == "8 h/week");
        CHECK(ui.has_text(" at 8 h/week"));
        CHECK(ui.has_text("| target date"));
    }
}

TEST_CASE("issue 26.7: 'Skip it' gives what to build, in weeks; 'Make this my target' gives that exam's plan") {
    UiHarness ui(1280, 3000);
    show_view(ui.views.view_state, View::plan);
    app_set_profile(ui.app, "employer", "startup-or-midsize");
    ui.frames(3);
    REQUIRE(ui.app.derived.advice.verdict == certplan::Verdict::skip);
    const certplan::BuildPlan& b = ui.app.derived.build;
    REQUIRE(b.ok);
    CHECK(ui.has_text("What the article says to do instead:"));
    CHECK(ui.has_text(ui.app.catalog.advice.instead.text));
    CHECK(ui.has_text("What to build instead"));
    CHECK(ui.has_text(b.line));
    for (const certplan::BuildRow& r : b.rows) CHECK(ui.has_text(certplan::build_row_line(r)));
    CHECK(ui.has_text("If you certify anyway, start with: "));
    CHECK(ui.find("Download calendar (.ics)", "button") != nullptr);  // the plan to build goes in the calendar
    ui.click("Download calendar (.ics)", "button");
    CHECK(ui.downloads.back() == "certplan-study-plan.ics");
    CHECK(app_calendar_ics(ui.app).find("SUMMARY:Build: ") != std::string::npos);
    CHECK(app_summary_markdown(ui.app).find("## What to build instead") != std::string::npos);

    // The user had picked Google's exam, and works on AWS: the advice card offers AWS's.
    app_choose_target(ui.app, "google-pmle");
    app_choose_exam_plan(ui.app, false);  // "Hide the exam plan": the verdict still says skip
    app_set_profile(ui.app, "cloud", "aws");
    ui.frames(3);
    CHECK(ui.has_text("No exam plan"));
    ui.click("Make this my target", "button");
    ui.frames(3);
    CHECK(ui.app.plan.credential == "aws-mla-c02");
    CHECK_FALSE(ui.has_text("No exam plan"));  // was: the Plan still said "No exam plan"
    CHECK(ui.has_text("How long for AWS MLA-C02"));
    for (const UiItem& it : item_registry_items()) CHECK(it.label.find("better target") == std::string::npos);
}

TEST_CASE("issue 26.11: a pivoting software engineer is told foundations first, with their length") {
    UiHarness ui(1280, 3000);
    show_view(ui.views.view_state, View::plan);
    app_set_profile(ui.app, "background", "software-engineer");
    app_set_hours(ui.app, 8);
    ui.frames(3);
    CHECK(ui.app.derived.advice.verdict == certplan::Verdict::foundations_first);
    CHECK_FALSE(ui.has_text("Pursue certification"));
    CHECK(ui.has_text("Pursue after the foundations: "));
}
