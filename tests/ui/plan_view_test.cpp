#include "ui_harness.h"
#include <nlohmann/json.hpp>

TEST_CASE("the plan view turns profile answers into a verdict, an estimate and a plan") {
    UiHarness ui(1280, 3000);
    show_view(ui.views.view_state, View::plan);
    ui.frames(3);
    REQUIRE(ui.views.view_state.view == View::plan);
    SECTION("with no answers, the estimate says what it assumes") {
        CHECK(ui.app.derived.estimate.ok);
        CHECK(ui.app.derived.estimate.weeks_low == 4);
        CHECK(ui.app.derived.estimate.weeks_high == 8);
        CHECK(ui.has_text("Background not given"));
        CHECK(ui.find("Download calendar (.ics)", "button") != nullptr);
    }
    SECTION("an AWS-first team is sent to today's AWS exam (MLA-C02: MLA-C01 ended in English on 2026-09-28), and the estimate and week plan follow it at once") {
        app_set_profile(ui.app, "cloud", "aws");
        ui.frames(2);
        CHECK(ui.app.derived.advice.first_credential == "aws-mla-c02");
        CHECK(ui.app.derived.target.credential == "aws-mla-c02");
        CHECK(ui.app.derived.target.origin == certplan::TargetOrigin::advice);
        CHECK(ui.has_text("How long for AWS MLA-C02"));
        CHECK_FALSE(ui.has_text("How long for Google PMLE"));
        CHECK(ui.find("Make this my target", "button") == nullptr);  // it is the target already
        auto snap = nlohmann::json::parse(app_snapshot_json(ui.app, ui.views));
        CHECK(snap["target"]["credential"] == "aws-mla-c02");
        CHECK(snap["target"]["origin"] == "advice");
    }
    SECTION("a target the user picked stays when the advice changes; the advice card offers its pick back") {
        app_choose_target(ui.app, "google-pmle");
        app_set_profile(ui.app, "cloud", "aws");
        ui.frames(2);
        CHECK(ui.app.derived.target.credential == "google-pmle");
        CHECK(ui.app.derived.target.origin == certplan::TargetOrigin::user);
        CHECK(ui.has_text("How long for Google PMLE"));
        CHECK(ui.has_text("(your target is Google PMLE, your choice)"));
        ui.click("Make this my target", "button");
        CHECK(ui.app.plan.credential == "aws-mla-c02");
        CHECK(ui.app.plan.target_chosen);
        ui.frames(2);
        CHECK(ui.has_text("How long for AWS MLA-C02"));
        auto snap = nlohmann::json::parse(app_snapshot_json(ui.app, ui.views));
        CHECK(snap["target"]["credential"] == "aws-mla-c02");
        CHECK(snap["target"]["origin"] == "user");
        CHECK(snap["plan"]["plan"]["target_chosen"] == true);
    }
    SECTION("a pivoter's plan starts with foundations") {
        app_set_profile(ui.app, "background", "software-engineer");
        ui.frames(2);
        CHECK(ui.app.derived.estimate.weeks_low == 13);
        CHECK(ui.app.derived.study_plan.weeks.front().phase == certplan::Phase::foundations);
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
        // No answers: 4-8 weeks, so 8 study weeks from Monday 2026-11-23; the exam week's Friday.
        CHECK(ui.app.plan.profile.target_date == "2027-01-22");
        REQUIRE(ui.find("Target year", "combo") != nullptr);
        CHECK(ui.find("Target year", "combo")->value == "2027");
        CHECK(ui.find("Target month", "combo")->value == "Jan");
        CHECK(ui.find("Target day", "combo")->value == "22");
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
        CHECK(ui.has_text("The exam date Thu 15 Jan 2026 has passed. The earliest date at 10 h/week is Wed 23 Dec 2026."));
        CHECK_FALSE(ui.has_text("Behind by"));
    }
    SECTION("one statement about the date, and the plan ends on it") {
        app_set_hours(ui.app, 14);
        app_set_target_date(ui.app, "2026-12-18");  // 3 study weeks: 42 h >= the low 40 h, < the high 80 h
        ui.frames(2);
        CHECK(ui.app.derived.study_plan.fit == certplan::DateFit::tight);
        CHECK(ui.has_text("Tight: 3 study weeks before Fri 18 Dec 2026 at 14 h/week give 42 h, enough for the low estimate (40 h) "
                          "but not the high (80 h). To cover the high estimate, study 27 h/week. The week plan fits its 60 h "
                          "into 3 study weeks: about 20 h/week, more than the 14 you set."));  // one statement, not two
        CHECK(ui.has_text("Plan: 3 study weeks from Mon 23 Nov 2026; exam Fri 18 Dec 2026."));
        CHECK_FALSE(ui.has_text("Possible but tight"));
        CHECK_FALSE(ui.has_text("Behind by"));
    }
    SECTION("a week ticked off is skipped: no study in it, and the exam moves past it") {
        REQUIRE(ui.app.derived.study_plan.weeks.size() == 7);  // 6 study weeks, exam Fri 8 Jan
        const UiItem* box = ui.find("Week off, Mon 21 Dec 2026", "checkbox");
        REQUIRE(box != nullptr);
        CHECK_FALSE(box->checked);
        ui.click("Week off, Mon 21 Dec 2026", "checkbox");
        CHECK(ui.app.plan.profile.unavailable_weeks == std::vector<int>{*certplan::parse_date("2026-12-21")});
        const certplan::StudyPlan& p = ui.app.derived.study_plan;
        CHECK(p.weeks_off == 1);
        CHECK(certplan::format_date(p.exam_day) == "2027-01-15");
        ui.frames(2);
        CHECK(ui.has_text("No study: marked unavailable"));
        CHECK(ui.has_text("Plan: 6 study weeks from Mon 23 Nov 2026; exam Fri 15 Jan 2027. 1 week off skipped."));
        CHECK(ui.find("Week off, Mon 21 Dec 2026", "checkbox")->checked);
        // The calendar and the summary say the same days.
        const std::string ics = app_calendar_ics(ui.app), md = app_summary_markdown(ui.app);
        CHECK(ics.find("DTSTART;VALUE=DATE:20270115\r\nDTEND;VALUE=DATE:20270116\r\nSUMMARY:Exam day") != std::string::npos);
        CHECK(ics.find("DTSTART;VALUE=DATE:20261221") == std::string::npos);  // nothing in the week off
        CHECK(md.find("Exam day: Fri 15 Jan 2027") != std::string::npos);
        CHECK(md.find("| 5 | Mon 21 Dec 2026 | No study: marked unavailable | - |") != std::string::npos);
        ui.click("Week off, Mon 21 Dec 2026", "checkbox");
        CHECK(ui.app.plan.profile.unavailable_weeks.empty());
    }
    SECTION("a skip verdict leads with what to do instead; the exam plan only on request") {
        app_set_profile(ui.app, "employer", "startup-or-midsize");
        ui.frames(2);
        REQUIRE(ui.app.derived.advice.verdict == certplan::Verdict::skip);
        CHECK(ui.has_text("What the article says to do instead:"));
        CHECK_FALSE(ui.has_text("How long for Google PMLE"));
        // The calendar holds what to build instead (issue 26.7), not the exam plan.
        REQUIRE(ui.find("Download calendar (.ics)", "button") != nullptr);
        CHECK(app_calendar_ics(ui.app).find("SUMMARY:Exam day") == std::string::npos);
        ui.click("Plan for an exam anyway", "button");
        CHECK(ui.app.plan.profile.exam_plan_chosen);
        ui.frames(2);
        CHECK(ui.has_text("How long for Google PMLE"));
        CHECK(ui.find("Download calendar (.ics)", "button") != nullptr);
        ui.click("Hide the exam plan", "button");
        CHECK_FALSE(ui.app.plan.profile.exam_plan_chosen);
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

TEST_CASE("every cell of the weeks table is in the accessibility mirror: week off, week and start, phase, hours and tasks") {
    UiHarness ui(1280, 4000);
    show_view(ui.views.view_state, View::plan);
    ui.frames(3);
    const certplan::StudyPlan& p = ui.app.derived.study_plan;
    REQUIRE(p.weeks.size() == 7);  // nothing answered: 60 h at 10 h/week, then the exam week
    // Each row's three cells, as the table draws them (row 0 holds the column headers).
    ImGuiID table = 0;
    for (const UiItem& it : item_registry_items())
        if (it.label == "Week 1\nMon 23 Nov 2026" && it.column == 1) table = it.table;
    REQUIRE(table != 0);
    auto cell = [&](int row, int column) {
        std::string s;
        for (const UiItem& it : item_registry_items())
            if (it.table == table && it.row == row && it.column == column) s += (s.empty() ? "" : " / ") + it.label;
        return s;
    };
    CHECK(cell(1, 0) == "Week off, Mon 23 Nov 2026");  // the week's "Off" box, named for the mirror
    CHECK(cell(1, 1) == "Week 1\nMon 23 Nov 2026");
    CHECK(cell(1, 2).rfind("Core courses, 10 h / ", 0) == 0);
    CHECK(cell(7, 1) == "Week 7\nMon 4 Jan 2027");
    CHECK(cell(7, 2).rfind("Exam / ", 0) == 0);  // the exam week has no study hours
}

TEST_CASE("the snapshot is valid JSON with the figures the browser tests read") {
    UiHarness ui(1280, 3000);
    show_view(ui.views.view_state, View::plan);
    app_notify(ui.app, Notice::Kind::info, "a \"quoted\" notice\\with a backslash\nand a new line");
    app_toggle_week(ui.app, *certplan::parse_date("2026-12-21"));
    ui.frames(2);
    const nlohmann::json j = nlohmann::json::parse(app_snapshot_json(ui.app, ui.views), nullptr, false);
    REQUIRE_FALSE(j.is_discarded());
    CHECK(j["view"] == "plan");
    CHECK(j["plan"]["plan"]["profile"]["unavailable_weeks"][0] == "2026-12-21");
    CHECK(j["compare"]["rows"].size() == ui.app.catalog.credentials.size());
    CHECK(j["readiness"]["overall"] == 0.0);
    CHECK(j["advice"]["first_credential"] == ui.app.derived.advice.first_credential);
    CHECK(j["estimate"]["ok"] == true);
    CHECK(j["estimate"]["weeks_low"] == 4);
    CHECK(j["estimate"]["feasibility"] == "no-date");
    CHECK(j["study_plan"]["weeks_off"] == 1);
    CHECK(j["study_plan"]["exam_day"] == "2027-01-15");
    CHECK(j["share"]["viewing_shared"] == false);
    CHECK(j["notices"].back() == "a \"quoted\" notice\\with a backslash\nand a new line");
}

TEST_CASE("courses and fact sources are links: a click opens their https: page, nothing else is opened") {
    UiHarness ui(1280, 3000);
    SECTION("a course in the Plan view") {
        show_view(ui.views.view_state, View::plan);
        ui.frames(3);
        const std::string url = "https://www.coursera.org/learn/gcp-production-ml-systems";
        const UiItem* link = ui.find("www.coursera.org/learn/gcp-production-ml-systems", "link");
        REQUIRE(link != nullptr);
        CHECK(link->value == url);  // the mirror makes it <a href=url>
        ui.click(link);
        REQUIRE(ui.opened.size() == 1);
        CHECK(ui.opened[0] == url);
    }
    SECTION("a fact's source line in Compare opens its source") {
        ui.frames(3);
        const certplan::Source* s = ui.app.catalog.source(ui.app.catalog.credential("google-pmle")->fee_usd.source);
        REQUIRE(s != nullptr);
        REQUIRE_FALSE(s->url.empty());
        const UiItem* link = nullptr;
        for (const UiItem& it : item_registry_items())
            if (it.role == Role::link && it.value == s->url && it.label.rfind("Source: ", 0) == 0) link = &it;
        REQUIRE(link != nullptr);
        ui.click(link);
        REQUIRE(ui.opened.size() == 1);
        CHECK(ui.opened[0] == s->url);
    }
    SECTION("the session refuses anything but a plain https: link") {
        app_open_url(ui.app, "javascript:alert(1)");
        app_open_url(ui.app, "http://www.coursera.org/learn/x");
        app_open_url(ui.app, "https://example.com/\"x");
        CHECK(ui.opened.empty());
        app_open_url(ui.app, "https://www.coursera.org/learn/x");
        CHECK(ui.opened.size() == 1);
    }
}

TEST_CASE("each task of the week plan names its resource as a link; an AWS target's plan is AWS's") {
    for (float width : {1280.0f, 390.0f}) {  // a desktop, and a phone's narrow table cell (the link wraps)
        UiHarness ui(width, 6000);
        app_choose_target(ui.app, "aws-mla-c01");
        show_view(ui.views.view_state, View::plan);
        ui.frames(3);
        INFO("width " << width);
        const std::string guide = "https://docs.aws.amazon.com/aws-certification/latest/examguides/machine-learning-engineer-associate-01.html";
        const UiItem* prep = ui.find_prefix(
            "Check me on Data Preparation for Machine Learning (Assess tab), then study what you missed in the MLA-C01 exam guide (", "link");
        REQUIRE(prep != nullptr);
        CHECK(prep->value == guide);  // the mirror makes it <a href=guide>, its name the whole task
        ui.click(prep);
        REQUIRE(ui.opened.size() == 1);
        CHECK(ui.opened[0] == guide);
        // No task, link or line of the plan names Google Cloud's course.
        for (const UiItem& it : item_registry_items()) {
            if (it.table != 0) CHECK(it.label.find("Production Machine Learning Systems") == std::string::npos);
            if (it.role == Role::link && it.table != 0) CHECK(it.value.find("google") == std::string::npos);
        }
        // The study path lists the guide, its length said to be unknown.
        CHECK(ui.has_text("Study path for AWS MLA-C01"));
        CHECK(ui.has_text("Amazon Web Services - hours unknown - covers: Data Preparation for Machine Learning; ML Model Development"));
    }
}

TEST_CASE("a target retired since the plan was made: the Plan view and one notice say so and offer the switch") {
    UiHarness ui(1280, 3000);  // today 2026-11-23: MLA-C01's English delivery ended on 2026-09-28
    app_choose_target(ui.app, "aws-mla-c01");
    ui.app.plan.answers["aws-mla-c01"] = {{"mla-1-1", certplan::Rating::learning}, {"mla-3-7", certplan::Rating::can_explain}};
    app_plan_edited(ui.app);
    app_check_target_status(ui.app);
    app_check_target_status(ui.app);  // opened twice: still one notice
    show_view(ui.views.view_state, View::plan);
    ui.frames(3);
    CHECK(ui.has_text("Your target, AWS MLA-C01, can no longer be booked: its English delivery ended on 2026-09-28. Its successor is "
                      "AWS MLA-C02 (Beta since 2026-09-29)."));
    int notices = 0;
    for (const Notice& n : ui.app.notices) notices += n.switch_to == "aws-mla-c02";
    CHECK(notices == 1);
    CHECK(ui.app.plan.credential == "aws-mla-c01");  // kept until the user chooses
    ui.click(ui.find("Switch to AWS MLA-C02", "button"));
    ui.frames(2);
    CHECK(ui.app.plan.credential == "aws-mla-c02");
    CHECK(ui.app.derived.target.credential == "aws-mla-c02");
    // mla-1-1 is taken over by an MLA-C02 item (data/checklists.json carried_from); mla-3-7 is not. Both stay.
    CHECK(ui.app.plan.answers["aws-mla-c01"].size() == 2);
    CHECK(ui.app.plan.answers["aws-mla-c02"].size() == 1);
    CHECK(ui.has_text("Your target is now AWS MLA-C02. 1 answer carried over to its checklist; 1 answer not carried over"));
    CHECK_FALSE(ui.has_text("can no longer be booked"));
}
