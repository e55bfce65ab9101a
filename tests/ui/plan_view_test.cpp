#include "ui_harness.h"

TEST_CASE("the plan view turns profile answers into a verdict, an estimate and a plan") {
    UiHarness ui(1280, 3000);
    app_show(ui.app, View::plan);
    ui.frames(3);
    REQUIRE(ui.app.view == View::plan);
    SECTION("with no answers, the estimate says what it assumes") {
        CHECK(ui.app.derived.estimate.ok);
        CHECK(ui.app.derived.estimate.weeks_low == 4);
        CHECK(ui.app.derived.estimate.weeks_high == 8);
        CHECK(ui.has_text("Background not given"));
        CHECK(ui.find("Download calendar (.ics)", "button") != nullptr);
    }
    SECTION("an AWS-first team is sent to today's AWS exam, not the retired one") {
        app_set_profile(ui.app, "cloud", "aws");
        ui.frames(2);
        CHECK(ui.app.derived.advice.first_credential == "aws-mla-c01");
        ui.click("Plan for " + ui.app.catalog.credential("aws-mla-c01")->short_name, "button");
        CHECK(ui.app.plan.credential == "aws-mla-c01");
    }
    SECTION("a pivoter's plan starts with foundations") {
        app_set_profile(ui.app, "background", "software-engineer");
        ui.frames(2);
        CHECK(ui.app.derived.estimate.weeks_low == 13);
        CHECK(ui.app.derived.study_plan.weeks.front().phase == "foundations");
    }
    SECTION("zero hours per week gets a clear message instead of an estimate") {
        app_set_hours(ui.app, 0);
        ui.frames(2);
        CHECK_FALSE(ui.app.derived.estimate.ok);
        CHECK(ui.has_text("0 hours a week"));
        // Zero is an answer, kept as one (it used to be saved as "not answered" and lost on reload).
        REQUIRE(ui.app.plan.profile.hours_per_week);
        CHECK(*ui.app.plan.profile.hours_per_week == 0);
    }
    SECTION("a target date is picked without typing: the suggested day, then year, month and day lists") {
        REQUIRE(ui.app.plan.profile.target_date.empty());
        ui.click("Set a date", "button");
        // No answers: 4-8 weeks, so 8 weeks from Monday 2026-11-23.
        CHECK(ui.app.plan.profile.target_date == "2027-01-18");
        REQUIRE(ui.find("Target year", "combo") != nullptr);
        CHECK(ui.find("Target year", "combo")->value == "2027");
        CHECK(ui.find("Target month", "combo")->value == "Jan");
        CHECK(ui.find("Target day", "combo")->value == "18");
        app_set_target_date(ui.app, "2027-01-31");
        ui.frames(2);
        ui.click("Target month", "combo");
        ui.click("Feb", "option");
        CHECK(ui.app.plan.profile.target_date == "2027-02-28");  // the 31st does not exist in February
        ui.click("Clear date", "button");
        CHECK(ui.app.plan.profile.target_date.empty());
        CHECK(ui.find("Set a date", "button") != nullptr);
    }
    SECTION("hours per week: a slider with one-hour steps either side, and arrow keys from the mirror") {
        const UiItem* slider = ui.find("Hours per week", "slider");
        REQUIRE(slider != nullptr);
        // Not set: the slider stands at the 10 h/week the estimate assumes and says so; the steps start there.
        CHECK(slider->value == "10 h/week");
        CHECK(ui.has_text("Assumed until you set it. Changes the prep-time estimate and the length of the week-by-week plan."));
        ui.click("+", "button");
        CHECK(ui.app.plan.profile.hours_per_week == 11);
        ui.click("-", "button");
        ui.click("-", "button");
        CHECK(ui.app.plan.profile.hours_per_week == 9);
        item_request_step(ui.find("Hours per week", "slider")->id, +1);
        ui.frames(2);
        CHECK(ui.app.plan.profile.hours_per_week == 10);
        CHECK(ui.find("Hours per week", "slider")->value == "10 h/week");
    }
    SECTION("a past exam date is called out") {
        app_set_target_date(ui.app, "2026-01-15");
        ui.frames(2);
        CHECK(ui.has_text("is in the past"));
        CHECK(ui.has_text("Your target date is before the plan starts: pick a later one."));
        CHECK_FALSE(ui.has_text("Behind by"));
    }
    SECTION("the calendar download and the summary copy go through the host") {
        ui.click("Download calendar (.ics)", "button");
        REQUIRE(ui.downloads.size() == 1);
        CHECK(ui.downloads[0] == "certplan-study-plan.ics");
        ui.click("Copy summary (Markdown)", "button");
        REQUIRE(ui.copied.size() == 1);
        CHECK(ui.copied[0].find("# certplan") == 0);
    }
}

TEST_CASE("every cell of the weeks table is in the accessibility mirror: week, start, phase, tasks and hours") {
    UiHarness ui(1280, 4000);
    app_show(ui.app, View::plan);
    ui.frames(3);
    const certplan::StudyPlan& p = ui.app.derived.study_plan;
    REQUIRE(p.weeks.size() == 7);  // nothing answered: 60 h at 10 h/week, then the exam week
    // Each row's four cells, as the table draws them (row 0 holds the column headers).
    ImGuiID table = 0;
    for (const UiItem& it : item_registry_items())
        if (it.label == "Mon 23 Nov 2026" && it.column == 1) table = it.table;
    REQUIRE(table != 0);
    auto cell = [&](int row, int column) {
        std::string s;
        for (const UiItem& it : item_registry_items())
            if (it.table == table && it.row == row && it.column == column) s += (s.empty() ? "" : " / ") + it.label;
        return s;
    };
    CHECK(cell(1, 0) == "1");
    CHECK(cell(1, 1) == "Mon 23 Nov 2026");
    CHECK(cell(1, 2).rfind("Core courses / ", 0) == 0);
    CHECK(cell(1, 3) == "10");
    CHECK(cell(7, 0) == "7");
    CHECK(cell(7, 1) == "Mon 4 Jan 2027");
    CHECK(cell(7, 3).empty());  // the exam week has no study hours
}
