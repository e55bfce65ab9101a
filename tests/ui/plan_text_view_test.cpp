// The page and the Markdown export say the same words for the same plan (issue 25): the estimate line, the
// date statement, the progress line and the weeks with no study, each worded once in core.
#include "ui_harness.h"

#include "date_statement.h"
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
