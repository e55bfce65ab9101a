// The page and the Markdown export say the same words for the same plan (issue 25): the estimate line, the
// date statement, the progress line and the weeks with no study, each worded once in core.
#include "ui_harness.h"

#include "date_statement.h"
#include "date.h"
#include "markdown_html.h"
#include "plan_text.h"

TEST_CASE("the Plan view and the Markdown summary say the plan's sentences in the same words") {
    UiHarness ui(1280, 4000);
    app_set_hours(ui.app, 10);
    show_view(ui.views.view_state, View::plan);
    ui.frames(3);
    app_toggle_week(ui.app, ui.app.today + 14);  // a week off
    ui.frames(2);
    const std::string first = ui.app.derived.study_plan.weeks[0].tasks[0].title;
    ui.click(ui.find_prefix("Done: " + first, "checkbox"));
    ui.frames(2);
    REQUIRE(ui.app.derived.pace.logged);
    const std::string md = app_summary_markdown(ui.app);
    std::vector<std::string> sentences = {certplan::estimate_line(ui.app.derived.estimate),
                                          certplan::date_statement(ui.app.derived.study_plan, ui.app.derived.pace).text,
                                          certplan::progress_line(ui.app.derived.pace)};
    for (const certplan::StudyWeek& w : ui.app.derived.study_plan.weeks)
        if (!certplan::no_study_line(w).empty()) sentences.push_back(certplan::no_study_line(w));
    REQUIRE(sentences.size() >= 4);  // the week off is among them
    for (const std::string& s : sentences) {
        INFO(s);
        CHECK_FALSE(s.empty());
        CHECK(ui.has_text(s));
        CHECK(md.find(s) != std::string::npos);
    }
}

// Issue 26.7: a "skip" verdict's page shows what to build instead and no exam plan; the Markdown, the HTML and
// the calendar tell that story too, not the exam's estimate and weeks beside it. Once the user plans for the
// exam anyway, the page and the exports all show the exam plan, and not what to build.
TEST_CASE("a 'Skip it' verdict's exports tell the page's story: what to build, no exam estimate or exam weeks") {
    UiHarness ui(1280, 4000);
    app_set_hours(ui.app, 8);
    show_view(ui.views.view_state, View::plan);
    app_set_profile(ui.app, "employer", "startup-or-midsize");
    ui.frames(3);
    REQUIRE(ui.app.derived.advice.verdict == certplan::Verdict::skip);
    REQUIRE(ui.app.derived.build.ok);
    REQUIRE(ui.app.derived.study_plan.ok);  // an exam plan exists: it is not shown
    const auto exports = [&] {
        const std::string md = app_summary_markdown(ui.app);
        const std::string ics = app_calendar_ics(ui.app);
        std::string flat;  // unfolded (RFC 5545) and unescaped, to be read as text
        for (size_t i = 0; i < ics.size(); ++i) {
            if (ics.compare(i, 3, "\r\n ") == 0) i += 2;
            else if (ics[i] != '\\') flat += ics[i];
        }
        return std::vector<std::string>{md, certplan::markdown_to_html_page(md, "certplan"), flat};
    };
    const std::string estimate = certplan::estimate_line(ui.app.derived.estimate);
    const std::string date = certplan::date_statement(ui.app.derived.study_plan, ui.app.derived.pace).text;
    const std::string exam_day = certplan::format_date_long(ui.app.derived.study_plan.exam_day);
    const std::string& line = ui.app.derived.build.line;
    SECTION("skipped: what to build, on the page and in every export; the exam's figures in none") {
        CHECK(ui.has_text(line));
        // On the Plan tab the line points at the button beside it, not at "the Plan tab"; an export says where.
        CHECK(ui.has_text(certplan::no_exam_plan_line(true)));
        CHECK_FALSE(ui.has_text("on certplan's Plan tab"));
        CHECK_FALSE(ui.has_text(estimate));
        const std::vector<std::string> out = exports();
        CHECK(out[0].find(certplan::no_exam_plan_line(false)) != std::string::npos);
        for (const std::string& e : out) {
            INFO(e.substr(0, 200));
            CHECK(e.find(line) != std::string::npos);
            CHECK(e.find(estimate) == std::string::npos);
            CHECK(e.find("Week by week") == std::string::npos);
            CHECK(e.find("Exam day") == std::string::npos);
            CHECK(e.find(exam_day) == std::string::npos);
            if (!date.empty()) CHECK(e.find(date) == std::string::npos);
        }
    }
    SECTION("planned for the exam anyway: the exam plan, on the page and in every export; what to build in none") {
        app_choose_exam_plan(ui.app, true);
        ui.frames(2);
        CHECK(ui.has_text(estimate));
        CHECK_FALSE(ui.has_text(line));
        const std::vector<std::string> out = exports();
        CHECK(out[0].find(estimate) != std::string::npos);
        CHECK(out[0].find("## Week by week") != std::string::npos);
        for (const std::string& e : out) CHECK(e.find(line) == std::string::npos);
    }
}
