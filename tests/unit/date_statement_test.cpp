// Issue 26, points 2 and 9: one statement about the date, the same on the page (date_statement), in the Markdown
// and HTML summaries and in the calendar, never two that disagree; absurd dates get a plain sentence.
#include <catch_amalgamated.hpp>

#include "data_catalog.h"

#include "date.h"
#include "date_statement.h"
#include "figures.h"
#include "ics.h"
#include "markdown_html.h"
#include "summary.h"

using namespace certplan;

namespace {
const int kMonday = 20780;  // Mon 2026-11-23; nothing answered: working ML, 40-60-80 h at 10 h/week

std::string summary_of(const Figures& f, const PlanDocument& plan) {
    SummaryInput in;
    in.catalog = &data_catalog();
    in.credential = f.credential;
    in.advice = &f.advice;
    in.readiness = &f.readiness;
    in.estimate = &f.estimate;
    in.plan = &f.study_plan;
    in.pace = &f.pace;
    in.progress = &plan.progress;
    return plan_summary_markdown(in);
}

size_t occurrences(const std::string& text, const std::string& what) {
    size_t n = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}
}  // namespace

TEST_CASE("issue 26.2: one statement about the date, everywhere, never two that disagree") {
    PlanDocument plan;
    SECTION("the date certplan itself proposes is feasible and never 'later than it needs to be'") {
        const Figures before = derive(data_catalog(), plan, kMonday);
        plan.profile.target_date = format_date(suggested_target_day(before.estimate, kMonday, {}));
        const Figures f = derive(data_catalog(), plan, kMonday);
        const DateStatement s = date_statement(f.study_plan, f.pace);
        CHECK(f.study_plan.fit == DateFit::feasible);
        CHECK(s.tone == Tone::good);
        CHECK(s.text.rfind("Feasible: ", 0) == 0);
        CHECK(s.text.find("later than") == std::string::npos);
        CHECK(s.text.find("room to revise") == std::string::npos);
        CHECK(f.study_plan.pace_message.empty());  // nothing said beside it
        const std::string md = summary_of(f, plan);
        CHECK(occurrences(md, s.text) == 1);
        CHECK(md.find("Stretched") == std::string::npos);
    }
    SECTION("tight with a plan lighter than the hours set: never 'less than the 10 you set' beside 'study 12 h/week'") {
        plan.profile.target_date = "2027-01-15";  // 7 study weeks: 70 h, between the low 40 and the high 80
        const Figures f = derive(data_catalog(), plan, kMonday);
        const DateStatement s = date_statement(f.study_plan, f.pace);
        CHECK(f.study_plan.fit == DateFit::tight);
        CHECK(s.tone == Tone::warn);
        CHECK(s.text.find("study 12 h/week") != std::string::npos);  // ceil(80 / 7)
        CHECK(s.text.find("The week plan holds the middle estimate, 60 h: about 9 h/week.") != std::string::npos);
        CHECK(s.text.find("less than the") == std::string::npos);
    }
    SECTION("once a week is logged the pace's sentence is the only one, in the Markdown and the calendar too") {
        plan.profile.target_date = "2027-01-29";  // stretched: the fit's sentence would say so
        plan.profile.start_date = "2026-11-23";
        plan.progress[kMonday] = {2, 0};
        const Figures f = derive(data_catalog(), plan, kMonday + 2);
        REQUIRE(f.pace.logged);
        const DateStatement s = date_statement(f.study_plan, f.pace);
        CHECK(s.text == f.pace.message);
        const std::string md = summary_of(f, plan);
        CHECK(occurrences(md, s.text) == 1);
        CHECK(md.find(f.study_plan.fit_message) == std::string::npos);
        CHECK(md.find("spreads") == std::string::npos);
        std::string ics = study_plan_ics(f.study_plan, "PMLE", kMonday, s.text), flat;
        for (size_t i = 0; i < ics.size(); ++i) {  // unfold (RFC 5545) and unescape the commas
            if (ics.compare(i, 3, "\r\n ") == 0) i += 2;
            else if (ics[i] != '\\') flat += ics[i];
        }
        CHECK(occurrences(flat, s.text) == 1);
    }
}

TEST_CASE("issue 26.9: absurd dates get a plain sentence and a next step") {
    PlanDocument plan;
    SECTION("an exam on Fri 25 Dec is used, and said to be a day centres close, with the day to book instead") {
        plan.profile.target_date = "2026-12-25";
        const Figures f = derive(data_catalog(), plan, kMonday);
        CHECK(f.study_plan.exam_day == *parse_date("2026-12-25"));
        CHECK(date_statement(f.study_plan, f.pace).text.find(
                  "Test centres are widely closed or thin on Fri 25 Dec 2026: book Wed 23 Dec 2026 instead, the same week.") !=
              std::string::npos);
    }
    SECTION("no study week before the exam: not '0 study weeks from …'") {
        plan.profile.target_date = "2026-11-27";  // the Friday of the plan's first week
        const Figures f = derive(data_catalog(), plan, kMonday);
        CHECK(f.study_plan.calendar_message == "Plan: no study week is left before the exam on Fri 27 Nov 2026; only the exam week.");
        CHECK(date_statement(f.study_plan, f.pace).text.find("The earliest date at 10 h/week is") != std::string::npos);
    }
    SECTION("whole hours: no '29.8 h' and no '1.5 hours a week'") {
        plan.profile.hours_per_week = 3;
        plan.profile.target_date = "2027-03-05";
        plan.profile.start_date = "2026-11-23";
        plan.progress[kMonday] = {1, 0};
        plan.progress[kMonday + 7] = {2, 0};
        const Figures f = derive(data_catalog(), plan, kMonday + 8);
        for (const std::string& s : {f.study_plan.fit_message, f.pace.message, date_statement(f.study_plan, f.pace).text})
            for (size_t i = 1; i + 1 < s.size(); ++i) CHECK_FALSE((s[i] == '.' && isdigit((unsigned char)s[i - 1]) && isdigit((unsigned char)s[i + 1])));
    }
    SECTION("after the exam day with nothing checked in: the plan is over, said once, with what to do") {
        plan.profile.start_date = "2026-11-23";
        const Figures f = derive(data_catalog(), plan, kMonday + 7 * 30);
        REQUIRE(f.pace.exam_passed);
        const DateStatement s = date_statement(f.study_plan, f.pace);
        CHECK(s.text == "The planned exam day passed on Fri 8 Jan 2027 with nothing checked in: set a new target date to plan again.");
    }
    SECTION("a target date long passed stays the plan's exam day: the statement and the calendar name it") {
        // 10 h/week from Mon 23 Nov: at its own pace the plan would end Fri 8 Jan; the user's date was Fri 5 Mar.
        plan.profile.hours_per_week = 10;
        plan.profile.start_date = "2026-11-23";
        plan.profile.target_date = "2027-03-05";
        const int today = *parse_date("2027-04-30");
        const Figures f = derive(data_catalog(), plan, today);
        CHECK(f.study_plan.exam_day == *parse_date("2027-03-05"));
        CHECK(f.study_plan.calendar_message.find("exam Fri 5 Mar 2027") != std::string::npos);
        CHECK(date_statement(f.study_plan, f.pace).text ==
              "Your target date passed on Fri 5 Mar 2027 with nothing checked in: set a new target date to plan again.");
        plan.progress[kMonday] = {5, 0};
        const Figures g = derive(data_catalog(), plan, today);
        CHECK(date_statement(g.study_plan, g.pace).text.rfind("Your target date passed on Fri 5 Mar 2027 with 5 hours of ", 0) == 0);
    }
}

// Issue 26 "Done when": for every case of point 2 (and the shared voice, the exam day passed, a date too near),
// the page's one statement (date_statement) is in the Markdown, the HTML and the calendar exactly once, and no
// export says a second thing about the date beside it.
TEST_CASE("every export says the page's one date statement, once, and nothing else about the date") {
    struct Case {
        const char* name;
        double hours;
        const char* target;          // "" : none
        double logged_week1;         // 0: nothing checked in
        int today;                   // days after kMonday
        Voice voice;
        const char* expect;          // a part the statement must hold
    };
    const std::vector<Case> cases = {
        {"a stretched date, behind after a light week 1: the pace's sentence, not 'Stretched' beside it", 10, "2027-01-29", 2, 15,
         Voice::own, "after your target date"},
        {"the date certplan proposed: feasible, never 'later than it needs to be'", 10, nullptr, 0, 0, Voice::own, "Feasible: "},
        {"tight at 8 h/week: one sentence about the hours", 8, "2027-01-22", 0, 0, Voice::own, "Tight: "},
        {"the same, someone else's plan", 8, "2027-01-22", 0, 0, Voice::shared, "its owner needs"},
        {"a far date, someone else's plan", 8, "2027-06-04", 0, 0, Voice::shared, "less than the 8 its owner set"},
        {"not feasible", 10, "2026-12-18", 0, 0, Voice::own, "Not feasible at 10 h/week"},
        {"the exam day passed with nothing checked in", 10, "", 0, 7 * 30, Voice::own, "passed on"},
    };
    const std::vector<std::string> about_date = {"Feasible:", "Tight:", "Not feasible", "Stretched", "ready by", "passed on",
                                                 "spreads its", "fits its", "later than it needs to be"};
    for (const Case& c : cases) {
        DYNAMIC_SECTION(c.name) {
            PlanDocument plan;
            plan.profile.hours_per_week = c.hours;
            plan.profile.start_date = "2026-11-23";
            if (c.target && *c.target) plan.profile.target_date = c.target;
            if (!c.target) {  // "Set a date": the date certplan proposes
                const Figures before = derive(data_catalog(), plan, kMonday);
                plan.profile.target_date = format_date(suggested_target_day(before.estimate, kMonday, {}));
            }
            if (c.logged_week1 > 0) plan.progress[kMonday] = {c.logged_week1, 0};
            const Figures f = derive(data_catalog(), plan, kMonday + c.today, c.voice);
            const std::string s = date_statement(f.study_plan, f.pace).text;
            INFO(s);
            REQUIRE_FALSE(s.empty());
            CHECK(s.find(c.expect) != std::string::npos);
            const std::string md = summary_of(f, plan);
            const std::string html = markdown_to_html_page(md, "certplan");
            const std::string ics = study_plan_ics(f.study_plan, "PMLE", kMonday, s);
            std::string flat;  // the calendar unfolded (RFC 5545) and unescaped
            for (size_t i = 0; i < ics.size(); ++i) {
                if (ics.compare(i, 3, "\r\n ") == 0) i += 2;
                else if (ics[i] != '\\') flat += ics[i];
            }
            CHECK(occurrences(md, s) == 1);
            CHECK(occurrences(html, html_escape(s)) == 1);
            CHECK(occurrences(flat, s) == 1);
            for (const std::string& mark : about_date) {
                INFO(mark);
                CHECK(occurrences(md, mark) == occurrences(s, mark));
                CHECK(occurrences(html, mark) == occurrences(html_escape(s), mark));
                CHECK(occurrences(flat, mark) == occurrences(s, mark));
            }
        }
    }
}
