// Issue 26, points 6, 7 and 11: after a re-plan everything said follows the re-planned plan; a "skip" verdict
// gives what to build instead, in weeks; the verdict agrees with the plan; a shared plan says whose it is.
#include <catch_amalgamated.hpp>

#include <algorithm>

#include "data_catalog.h"

#include "build_instead.h"
#include "date.h"
#include "date_statement.h"
#include "figures.h"
#include "ics.h"
#include "summary.h"

using namespace certplan;

namespace {
const int kMonday = 20780;  // Mon 2026-11-23

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

PlanDocument eight_hours() {
    PlanDocument plan;
    plan.profile.background = "working-ml";
    plan.profile.hours_per_week = 8;
    plan.profile.start_date = "2026-11-23";
    return plan;
}
}  // namespace

TEST_CASE("issue 26.6: after a re-plan the estimate, the hours and the exam day are the re-planned plan's") {
    PlanDocument plan = eight_hours();
    const Figures base = derive(data_catalog(), plan, kMonday);
    REQUIRE(base.study_plan.ok);
    CHECK_FALSE(base.in_force.replanned);
    const int target = base.study_plan.exam_day;
    plan.profile.target_date = format_date(target);
    plan.progress[kMonday].hours = 2;                // week 1 light, week 2 skipped
    plan.replans = {{kMonday + 14, 3}};              // the work left at 3 h a week from Mon 7 Dec 2026
    const Figures f = derive(data_catalog(), plan, kMonday + 15);
    REQUIRE(f.in_force.replanned);
    CHECK(f.in_force.hours_per_week == 3);
    // The estimate line was "… at 8 h/week": it is at the re-plan's hours.
    CHECK(f.estimate.hours_per_week == 3);
    CHECK(f.estimate.weeks_low == weeks_for(f.estimate.hours_low, 3));
    CHECK(contains(estimate_line(f.estimate), " at 3 h/week"));
    // The date no longer fits: no target marker, and one note says how the exam moved.
    CHECK(f.study_plan.exam_day > target);
    CHECK_FALSE(f.study_plan.target_day);
    CHECK(f.in_force.exam_day == f.study_plan.exam_day);
    CHECK_FALSE(f.in_force.target_kept);
    CHECK(f.in_force.note == "Re-planned from Mon 7 Dec 2026 at 3 h a week: the exam moved from your date, " +
                                 format_date_long(target) + ", to " + format_date_long(f.study_plan.exam_day) + ".");
    SECTION("the hours shown are the re-plan's, and moving them changes the re-plan, not the answers it was made from") {
        REQUIRE(hours_in_force(plan));
        CHECK(*hours_in_force(plan) == 3);
        set_hours_in_force(plan, 6.6);
        CHECK(plan.replans.back().hours_per_week == 6);  // whole hours
        CHECK(*plan.profile.hours_per_week == 8);
        CHECK(derive(data_catalog(), plan, kMonday + 15).estimate.hours_per_week == 6);
        set_hours_in_force(plan, 0);
        CHECK(plan.replans.back().hours_per_week == 1);  // a re-plan keeps at least an hour a week
    }
    SECTION("with no re-plan the hours are the profile's") {
        PlanDocument none = eight_hours();
        set_hours_in_force(none, 5);
        CHECK(*none.profile.hours_per_week == 5);
        CHECK(*hours_in_force(none) == 5);
        CHECK(in_force({}, base.study_plan, target).note.empty());
    }
}

TEST_CASE("issue 26.7: what to build instead is a plan of its own, in weeks") {
    BuildInstead instead;
    for (const auto& [id, h] : std::vector<std::pair<std::string, double>>{{"frame", 4}, {"build", 24}, {"ship", 16}, {"monitor", 8}, {"explain", 6}}) {
        BuildStep s;
        s.id = s.text = id;
        s.hours.value = h;
        instead.steps.push_back(s);
    }
    SECTION("one after the other at 8 h a week: each step from the Monday after the one before, never two in a week") {
        // frame 4 h: 1 week (1); build 24 h: 3 weeks (2-4); ship 16 h: 2 weeks (5-6); monitor 8 h: 1 week (7);
        // explain 6 h: 1 week (8). Before, "Week 1" and "Weeks 1-4" both started on the same Monday.
        const BuildPlan p = build_plan(instead, 8, kMonday + 2);  // a Wednesday: from the next Monday
        REQUIRE(p.ok);
        CHECK(p.start_day == kMonday + 7);
        CHECK(p.total_hours == 58);
        CHECK(p.weeks == 8);
        const std::vector<std::pair<int, int>> spans = {{1, 1}, {2, 4}, {5, 6}, {7, 7}, {8, 8}};
        REQUIRE(p.rows.size() == spans.size());
        for (size_t i = 0; i < spans.size(); ++i) {
            CHECK(p.rows[i].first_week == spans[i].first);
            CHECK(p.rows[i].last_week == spans[i].second);
            if (i > 0) CHECK(p.rows[i].first_day == p.rows[i - 1].first_day + 7 * (spans[i - 1].second - spans[i - 1].first + 1));
        }
        CHECK(p.line == "In all: 58 hours over 8 weeks at 8 h/week, from Mon 30 Nov 2026.");
        CHECK(build_row_line(p.rows[0]) == "Week 1 (Mon 30 Nov 2026): frame (4 h)");
        CHECK(build_row_line(p.rows[1]) == "Weeks 2-4 (from Mon 7 Dec 2026): build (24 h)");
        CHECK(build_row_line(p.rows[2]) == "Weeks 5-6 (from Mon 28 Dec 2026): ship (16 h)");
        CHECK(build_row_line(p.rows[4]) == "Week 8 (Mon 18 Jan 2027): explain (6 h)");
    }
    SECTION("at 10 h a week: 1 + 3 + 2 + 1 + 1 = 8 weeks, whole weeks per step") {
        const BuildPlan p = build_plan(instead, 10, kMonday);
        CHECK(p.weeks == 8);
        CHECK(p.rows[2].first_week == 5);  // ship: 16 h, 2 weeks after build's 24 h in weeks 2-4
        CHECK(p.rows[2].last_week == 6);
    }
    SECTION("at 30 h a week: one week each") {
        const BuildPlan p = build_plan(instead, 30, kMonday);
        CHECK(p.weeks == 5);
        for (size_t i = 0; i < p.rows.size(); ++i) CHECK(p.rows[i].first_week == int(i) + 1);
    }
    SECTION("no steps, or no hours: no plan") {
        CHECK_FALSE(build_plan(BuildInstead{}, 8, kMonday).ok);
        CHECK_FALSE(build_plan(instead, 0.5, kMonday).ok);
    }
    SECTION("a startup-bound user is told to skip: the page's plan and the exports hold what to build") {
        PlanDocument plan = eight_hours();
        plan.profile.employer = "startup-or-midsize";
        const Figures f = derive(data_catalog(), plan, kMonday);
        REQUIRE(f.advice.verdict == Verdict::skip);
        REQUIRE(f.build.ok);
        CHECK(f.build.rows.size() == data_catalog().advice.instead.steps.size());
        CHECK(f.build.start_day == f.study_plan.start_day);
        for (const BuildStep& s : data_catalog().advice.instead.steps) {
            CHECK(s.source == "article");
            CHECK(s.hours.source == "certplan-rules");
            CHECK_FALSE(s.hours.verified);
        }
        SummaryInput in;
        in.catalog = &data_catalog();
        in.advice = &f.advice;
        in.build = &f.build;
        in.exam_plan = false;  // the page shows no exam plan (exam_plan_shown)
        const std::string md = plan_summary_markdown(in);
        CHECK(contains(md, "## What to build instead"));
        CHECK(contains(md, f.build.line));
        CHECK(contains(md, build_row_line(f.build.rows.back())));
        CHECK(contains(md, "If you certify anyway, first credential"));
        const std::string ics = build_plan_ics(f.build, kMonday);
        size_t events = 0;
        for (size_t at = ics.find("BEGIN:VEVENT"); at != std::string::npos; at = ics.find("BEGIN:VEVENT", at + 1)) ++events;
        CHECK(events == f.build.rows.size());
        CHECK(contains(ics, "UID:certplan-build-" + f.build.rows[0].step->id));
        // Any other verdict: no such plan.
        CHECK_FALSE(derive(data_catalog(), eight_hours(), kMonday).build.ok);
    }
    SECTION("no reason calls the retired Specialty the better target: the rule that named it is said through its successor") {
        Profile aws;
        aws.cloud = "aws";
        const AdviceResult a = advise(data_catalog(), aws, *parse_date("2026-12-06"));
        CHECK(a.first_credential == "aws-mla-c02");
        for (const Reason& r : a.reasons) CHECK_FALSE(contains(r.text, "better target"));
        CHECK(std::any_of(a.reasons.begin(), a.reasons.end(), [](const Reason& r) { return r.id == "retired-successor"; }));
        const auto rule = std::find_if(a.reasons.begin(), a.reasons.end(), [](const Reason& r) { return r.id == "aws-first"; });
        REQUIRE(rule != a.reasons.end());
        CHECK(rule->text == "The article's pick for this case (before 2025-10): AWS Certified Machine Learning – Specialty (MLS-C01).");
    }
}

TEST_CASE("issue 26.11: a verdict of pursue over a plan mostly of foundations is foundations first, said with their length") {
    SECTION("the rule: more than half of the study weeks") {
        CHECK(foundations_lead(23, 33));
        CHECK(foundations_lead(17, 33));   // 34 > 33
        CHECK_FALSE(foundations_lead(16, 33));
        CHECK_FALSE(foundations_lead(2, 4));  // half is not more than half
        CHECK_FALSE(foundations_lead(0, 0));
    }
    SECTION("pursue becomes foundations first, with the weeks; another verdict stays") {
        AdviceResult a;
        a.verdict = Verdict::pursue;
        agree_with_plan(a, 23, 33);
        CHECK(a.verdict == Verdict::foundations_first);
        CHECK(a.foundations_first);
        REQUIRE_FALSE(a.reasons.empty());
        CHECK(a.reasons.back().text == "Pursue after the foundations: 23 of the plan's 33 study weeks are foundational ML "
                                       "coursework, so the exam prep starts in week 24.");
        AdviceResult few;
        few.verdict = Verdict::pursue;
        agree_with_plan(few, 10, 33);
        CHECK(few.verdict == Verdict::pursue);
        AdviceResult skip;
        skip.verdict = Verdict::skip;
        agree_with_plan(skip, 23, 33);
        CHECK(skip.verdict == Verdict::skip);
    }
    SECTION("a software engineer pivoting into ML: the plan is mostly foundations, and the verdict says so") {
        PlanDocument plan;
        plan.profile.background = "software-engineer";
        plan.profile.hours_per_week = 8;
        const Figures f = derive(data_catalog(), plan, kMonday);
        int foundations = 0, study = 0;
        for (const StudyWeek& w : f.study_plan.weeks)
            if (w.phase != Phase::off && w.phase != Phase::free && w.phase != Phase::exam) ++study, foundations += w.phase == Phase::foundations;
        REQUIRE(2 * foundations > study);
        CHECK(f.advice.verdict == Verdict::foundations_first);  // was "Pursue certification"
        CHECK(f.advice.reasons.back().id == "foundations-lead");
    }
}

TEST_CASE("issue 26.11: a shared plan viewed from someone else's link says whose hours were logged") {
    PlanDocument plan = eight_hours();
    plan.progress[kMonday].hours = 4;
    const Figures own = derive(data_catalog(), plan, kMonday + 3);
    const Figures shared = derive(data_catalog(), plan, kMonday + 3, Voice::shared);
    REQUIRE(own.pace.logged);
    CHECK(own.pace.message.rfind("You have logged 4 hours", 0) == 0);
    CHECK(shared.pace.message.rfind("Its owner has logged 4 hours", 0) == 0);
    CHECK_FALSE(contains(shared.pace.message, "you "));
    CHECK_FALSE(contains(shared.pace.message, "your "));
}

TEST_CASE("issue 26.11: a shared plan's date statement says whose hours were set, on the page and in the Markdown") {
    PlanDocument plan = eight_hours();
    const auto markdown = [&](const Figures& f) {
        SummaryInput in;
        in.catalog = &data_catalog();
        in.advice = &f.advice;
        in.estimate = &f.estimate;
        in.plan = &f.study_plan;
        in.pace = &f.pace;
        in.progress = &plan.progress;
        return plan_summary_markdown(in);
    };
    const auto says_you = [](const std::string& s) {
        return contains(s, "you ") || contains(s, "your ") || contains(s, "You ") || contains(s, "Your ");
    };
    SECTION("a date far off: 'less than the 8 its owner set', and its owner could sit it sooner") {
        plan.profile.target_date = "2027-06-04";  // 27 study weeks for 60 h: about 3 h/week
        const Figures own = derive(data_catalog(), plan, kMonday);
        const Figures shared = derive(data_catalog(), plan, kMonday, Voice::shared);
        const std::string mine = date_statement(own.study_plan, own.pace).text;
        const std::string theirs = date_statement(shared.study_plan, shared.pace).text;
        CHECK(contains(mine, "about 3 h/week, less than the 8 you set, so there is room to revise; at 8 h/week you could sit it by"));
        CHECK(contains(theirs, "about 3 h/week, less than the 8 its owner set, so there is room to revise; at 8 h/week its owner could sit it by"));
        CHECK_FALSE(says_you(theirs));
        CHECK(contains(markdown(shared), theirs));
        CHECK_FALSE(contains(markdown(shared), "you set"));
    }
    SECTION("a date near: 'more than the 8 its owner set'") {
        plan.profile.target_date = "2027-01-08";  // 6 study weeks for 60 h: 10 h/week
        const Figures shared = derive(data_catalog(), plan, kMonday, Voice::shared);
        const std::string theirs = date_statement(shared.study_plan, shared.pace).text;
        CHECK(contains(theirs, "more than the 8 its owner set."));
        CHECK(contains(theirs, "To cover the high estimate, its owner needs"));
        CHECK_FALSE(says_you(theirs));
        CHECK(contains(markdown(shared), theirs));
    }
    SECTION("a date in a week off, and an exam day passed with nothing checked in") {
        plan.profile.target_date = "2027-01-08";
        plan.profile.unavailable_weeks = {*parse_date("2027-01-04")};
        CHECK(contains(derive(data_catalog(), plan, kMonday, Voice::shared).study_plan.fit_message,
                       "falls in a week its owner marked unavailable"));
        plan.profile.unavailable_weeks.clear();
        const Figures after = derive(data_catalog(), plan, kMonday + 7 * 10, Voice::shared);
        REQUIRE(after.pace.exam_passed);
        const std::string theirs = date_statement(after.study_plan, after.pace).text;
        // The date its owner set, which the plan was made for, is what passed; never the own-pace day (Fri 22 Jan
        // at 8 h/week) its owner never saw as the exam day.
        CHECK(theirs == "Its owner's target date passed on Fri 8 Jan 2027 with nothing checked in: set a new target date to plan again.");
        CHECK(contains(markdown(after), theirs));  // the Markdown says what the page says, not the fit of a date passed
        SECTION("with hours checked in, the sentence that opens with the date names whose it is") {
            plan.progress[kMonday] = {4, 0};
            const Figures logged = derive(data_catalog(), plan, kMonday + 7 * 10, Voice::shared);
            CHECK(date_statement(logged.study_plan, logged.pace).text.rfind("Its owner's target date passed on Fri 8 Jan 2027 with 4 hours", 0) == 0);
        }
    }
}
