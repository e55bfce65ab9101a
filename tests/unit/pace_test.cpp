#include <catch_amalgamated.hpp>

#include "date.h"
#include "pace.h"

using namespace certplan;

namespace {

const int kMon4Jan = *parse_date("2027-01-04");

// A hand-made plan: three study weeks of 10 h (the third after a week off), then the exam week.
//   w1 Mon 4 Jan 10 h | w2 Mon 11 Jan 10 h | w3 Mon 18 Jan off | w4 Mon 25 Jan 10 h | w5 Mon 1 Feb exam (Fri 5 Feb)
StudyPlan hand_plan() {
    StudyPlan p;
    p.ok = true;
    const Phase phases[] = {Phase::core, Phase::core, Phase::off, Phase::practice, Phase::exam};
    for (int i = 0; i < 5; ++i) {
        StudyWeek w;
        w.index = i + 1;
        w.start_day = kMon4Jan + 7 * i;
        w.phase = phases[i];
        if (w.phase != Phase::off && w.phase != Phase::exam) {
            w.tasks = {{Phase::core, "Course A", "a", "", 6, "a", ""}, {Phase::core, "Course B", "b", "", 4, "b", ""}};
            w.hours = 10;
        }
        p.weeks.push_back(w);
    }
    p.start_day = kMon4Jan;
    p.exam_day = kMon4Jan + 28 + 4;
    p.target_day = p.exam_day;
    p.fit = DateFit::feasible;
    p.total_hours = 30;
    p.study_weeks = 3;
    p.weeks_off = 1;
    return p;
}

int day(const char* iso) { return *parse_date(iso); }

}  // namespace

TEST_CASE("pace: the check-ins against the plan, worked by hand") {
    const StudyPlan plan = hand_plan();
    Progress logs;

    SECTION("no logs: nothing is said, the plan keeps its own statement about the date") {
        const Pace p = pace(plan, logs, day("2027-01-20"));  // Wed of the week off
        CHECK_FALSE(p.logged);
        CHECK(p.message.empty());
        CHECK(p.hours_done == 0);
        CHECK(p.hours_planned_to_date == 20);  // w1 + w2 (+ the week off's 0)
        CHECK(p.hours_total == 30);
        CHECK(p.this_week == 2);
    }
    SECTION("ahead: 14 + 14 h against 10 + 10 planned") {
        logs[kMon4Jan] = {14, 0b11};
        logs[kMon4Jan + 7] = {14, 0b11};
        const Pace p = pace(plan, logs, day("2027-01-13"));  // Wed of w2, which is checked in: to date = w1 + w2
        CHECK(p.logged);
        CHECK(p.hours_done == 28);
        CHECK(p.hours_planned_to_date == 20);
        CHECK(p.hours_ahead == 8);
        CHECK(p.weeks_ahead == Catch::Approx(0.8));  // 8 h of a 10 h study week
        CHECK(p.hours_per_week_kept == 14);          // 28 h over 2 weeks
        CHECK(p.hours_remaining == 2);
        CHECK(p.share_kept == Catch::Approx(1.4));      // 28 of 20
        CHECK(p.hours_per_week_at_rate == Catch::Approx(14));  // 1.4 x w4's 10 h
        // 2 h at 1.4 x the plan's weeks left: w3 is off, w4 holds 14; ready by Mon 1 Feb, the exam week.
        CHECK(format_date(p.finish_day) == "2027-02-01");
        CHECK(p.on_time);
        CHECK(p.hours_per_week_needed == 2);  // 2 h over the one study week left (w4)
        CHECK(p.message ==
              "You have logged 28 hours of the 20 hours planned so far, 8 hours (1 week) ahead; at that rate (about "
              "14 hours a week from here) you are ready by Mon 1 Feb 2027, in time for your target date (Fri 5 Feb 2027).");
    }
    SECTION("behind: 12 + 6 h against 10 + 10 planned") {
        logs[kMon4Jan] = {12, 0b11};
        logs[kMon4Jan + 7] = {6, 0b01};
        const Pace p = pace(plan, logs, day("2027-01-13"));
        CHECK(p.hours_done == 18);
        CHECK(p.hours_ahead == -2);
        CHECK(p.hours_per_week_kept == 9);
        CHECK(p.hours_remaining == 12);
        // 12 h at 0.9 of the plan: w3 off, w4 holds 9 h, then 0.9 x the average 10 h: Mon 1 Feb's week -> ready Mon 8 Feb.
        CHECK(format_date(p.finish_day) == "2027-02-08");
        CHECK_FALSE(p.on_time);
        CHECK(p.hours_per_week_needed == 12);  // all of it in w4
        CHECK(p.message ==
              "You have logged 18 hours of the 20 hours planned so far, 2 hours (under a week) behind; at that rate "
              "(about 9 hours a week from here) you are ready by Mon 8 Feb 2027, after your target date: 12 hours a week keeps your "
              "target date, Fri 5 Feb 2027.");
    }
    SECTION("a week skipped: w2 not checked in counts as 0 h done of its 10") {
        logs[kMon4Jan] = {10, 0b11};
        const Pace p = pace(plan, logs, day("2027-01-27"));  // Wed of w4, not checked in yet
        CHECK(p.hours_planned_to_date == 20);  // w1, w2, the week off
        CHECK(p.hours_done == 10);
        CHECK(p.weeks_ahead == Catch::Approx(-1.0));
        CHECK(p.hours_per_week_kept == 5);  // 10 h over w1 and w2 (the week off is not counted)
        // 20 h at half the plan: w4 holds 5, then 5 a week: w5, w6, w7 -> ready Mon 22 Feb.
        CHECK(format_date(p.finish_day) == "2027-02-22");
        CHECK(p.hours_per_week_needed == 20);
        CHECK(p.message.find("10 hours (1 week) behind") != std::string::npos);
    }
    SECTION("a past target date the plan could not use is said in the same sentence") {
        StudyPlan past = plan;
        past.fit = DateFit::past;
        past.target_day.reset();
        logs[kMon4Jan] = {10, 0b11};
        const Pace p = pace(past, logs, day("2027-01-06"));
        CHECK(p.message.rfind("Your target date is not used (it has passed); you have logged 10 hours of the 10 hours", 0) == 0);
        CHECK(p.message.find("the planned exam day") != std::string::npos);
    }
    SECTION("after the exam day: said once; a check-in after the exam week is kept but not counted") {
        logs[kMon4Jan] = {10, 0b11};
        logs[kMon4Jan + 35] = {8, 0};  // Mon 8 Feb: after the exam week
        const Pace p = pace(plan, logs, day("2027-02-10"));
        CHECK(p.exam_passed);
        CHECK(p.hours_done == 10);
        CHECK(p.hours_planned_to_date == 30);
        CHECK(p.this_week == -1);
        CHECK(p.message == "Your target date passed on Fri 5 Feb 2027 with 10 hours of 30 hours done: set a new "
                           "target date to plan the rest.");
    }
    SECTION("zero remaining work: all planned hours done") {
        logs[kMon4Jan] = {15, 0b11};
        logs[kMon4Jan + 7] = {15, 0b11};
        const Pace p = pace(plan, logs, day("2027-01-12"));
        CHECK(p.hours_remaining == 0);
        CHECK(p.hours_per_week_needed == 0);
        CHECK(p.on_time);
        CHECK(p.message == "All 30 hours planned are done: you are ready for the exam on Fri 5 Feb 2027.");
    }
    SECTION("a check-in of 0 h: the pace is none, and the sentence says what keeps the date") {
        logs[kMon4Jan] = {0, 0};
        const Pace p = pace(plan, logs, day("2027-01-06"));
        CHECK(p.logged);
        CHECK(p.finish_day == 0);
        CHECK_FALSE(p.on_time);
        CHECK(p.hours_per_week_needed == 15);  // 30 h over w2 and w4
        CHECK(p.message.find("at no hours a week the plan does not finish, and 15 hours a week keeps your target date") !=
              std::string::npos);
    }
    SECTION("in the exam week with work left: no weekly pace keeps the date, and none is named") {
        logs[kMon4Jan] = {10, 0b11};
        const Pace p = pace(plan, logs, day("2027-02-01"));  // Mon of the exam week (w5), not checked in
        CHECK(p.hours_remaining == 20);
        CHECK(p.study_weeks_left == 0);
        CHECK(p.hours_per_week_needed == 0);
        CHECK_FALSE(p.on_time);
        CHECK(p.message.find("after your target date: no study week is left before your target date, Fri 5 Feb 2027.") !=
              std::string::npos);
        CHECK(p.message.find("a week keeps") == std::string::npos);
    }
    SECTION("a check-in in a week off is not counted") {
        logs[kMon4Jan + 14] = {5, 0};
        const Pace p = pace(plan, logs, day("2027-01-20"));
        CHECK_FALSE(p.logged);
        CHECK(p.hours_done == 0);
    }
}

TEST_CASE("issue 26.3: following a light first week exactly is on plan and on time, projected from the plan's own shape") {
    // w1 Mon 4 Jan 4 h | w2 11 Jan 10 h | w3 18 Jan 10 h | exam week 25 Jan (Fri 29 Jan): 24 h in all.
    StudyPlan plan = hand_plan();
    plan.weeks.erase(plan.weeks.begin() + 2);  // no week off
    for (size_t i = 0; i < plan.weeks.size(); ++i) plan.weeks[i].start_day = kMon4Jan + 7 * int(i), plan.weeks[i].index = int(i) + 1;
    plan.weeks[0].hours = 4;
    plan.weeks[0].tasks = {{Phase::core, "Course A", "a", "", 4, "a", ""}};
    plan.total_hours = 24;
    plan.weeks_off = 0;
    plan.exam_day = kMon4Jan + 21 + 4;
    plan.target_day = plan.exam_day;
    Progress logs;
    logs[kMon4Jan] = {4, 0b1};
    const Pace p = pace(plan, logs, kMon4Jan + 2);
    CHECK(p.hours_ahead == 0);
    CHECK(p.hours_per_week_kept == 4);              // the light week itself
    CHECK(format_date(p.finish_day) == "2027-01-25");  // w2 and w3 as planned: the exam week
    CHECK(p.on_time);
    CHECK(p.message == "You have logged 4 hours of the 4 hours planned so far, right on plan; you are ready by Mon 25 Jan "
                       "2027, in time for your target date (Fri 29 Jan 2027).");
}

TEST_CASE("a ticked task's hours are the check-in's default") {
    const StudyPlan plan = hand_plan();
    CHECK(ticked_hours(plan.weeks[0], 0) == 0);
    CHECK(ticked_hours(plan.weeks[0], 0b01) == 6);
    CHECK(ticked_hours(plan.weeks[0], 0b11) == 10);
    CHECK(ticked_hours(plan.weeks[0], 0b100) == 0);  // no third task
    CHECK(can_check_in(plan, plan.weeks[0], day("2027-01-04")));
    CHECK_FALSE(can_check_in(plan, plan.weeks[1], day("2027-01-10")));  // not begun
    CHECK_FALSE(can_check_in(plan, plan.weeks[2], day("2027-03-01")));  // a week off
    CHECK(can_check_in(plan, plan.weeks[4], day("2027-03-01")));        // the exam week, after the exam: still
}

#include "replan.h"

TEST_CASE("re-plan: the work not done is re-spread from the first week left, what is done is kept") {
    const StudyPlan plan = hand_plan();
    Progress logs;
    logs[kMon4Jan] = {6, 0b01};  // w1: course A (6 h) done, course B (4 h) not
    const WeekSet off = {kMon4Jan + 14};
    const Pace before = pace(plan, logs, day("2027-01-13"));
    REQUIRE(before.first_left == day("2027-01-11"));  // w2 is not checked in: it is the first week left

    SECTION("at 5 hours a week: 24 hours left (B of w1, all of w2 and w4) over five study weeks") {
        const StudyPlan p = replanned(plan, logs, Replan{before.first_left, 5}, off);
        REQUIRE(p.ok);
        REQUIRE(p.weeks.size() == 8);  // w1 kept, 11 Jan .. 15 Feb (one off), the exam week of 22 Feb
        CHECK(p.weeks[0].hours == 6);   // what was done is what w1 plans now
        CHECK(p.weeks[0].tasks.size() == 2);  // its ticks still name its tasks
        CHECK_FALSE(p.weeks[0].tasks[0].moved);  // course A, done, stays
        CHECK(p.weeks[0].tasks[1].moved);        // course B, not done, is listed where it went and marked here
        CHECK(task_line(p.weeks[0].tasks[1]) == "Course B (4 h): moved on by the re-plan");
        CHECK(task_line(p.weeks[1].tasks[0]) == "Course B (4 h)");
        CHECK(p.weeks[1].hours == 5);
        CHECK(p.weeks[1].tasks[0].title == "Course B");  // w1's undone task first
        CHECK(p.weeks[1].tasks[0].hours == 4);
        CHECK(p.weeks[2].phase == Phase::off);
        CHECK(p.weeks[6].hours == 4);
        CHECK(p.weeks[7].phase == Phase::exam);
        CHECK(format_date(p.weeks[7].start_day) == "2027-02-22");
        CHECK(p.total_hours == 30);
        CHECK(p.study_weeks == 6);
        CHECK(p.weeks_off == 1);
        CHECK(weekday(p.exam_day) == 4);  // the target no longer fits: certplan proposes that week's Friday
        // On the new plan, the pace is right on plan.
        const Pace after = pace(p, logs, day("2027-01-13"));
        CHECK(after.hours_ahead == 0);
        CHECK(after.message.find("right on plan") != std::string::npos);
        const ReplanOption o = replan_option(plan, logs, Replan{before.first_left, 5}, off);
        CHECK(o.summary == "From Mon 11 Jan 2027, the 24 hours of tasks not done at 5 h a week: exam Fri 26 Feb 2027 instead of Fri 5 Feb 2027.");
    }
    SECTION("issue 26.6: a week of the re-plan lists each task once, with its hours together") {
        // At 20 h a week: w1's B (4 h), then w2's A (6) and B (4), then w4's A: 6 of its 6 -> A 12 h, B 8 h.
        const StudyPlan p = replanned(plan, logs, Replan{before.first_left, 20}, off);
        const StudyWeek& w = p.weeks[1];
        REQUIRE(w.tasks.size() == 2);
        CHECK(task_line(w.tasks[0]) == "Course B (8 h)");
        CHECK(task_line(w.tasks[1]) == "Course A (12 h)");
        // And with that re-plan kept exactly, the pace says on plan and on time, never "after your target date".
        const Pace after = pace(p, logs, day("2027-01-13"));
        CHECK(after.message.find("right on plan") != std::string::npos);
        CHECK(after.message.find("after") == std::string::npos);
    }
    SECTION("at the hours needed the target date stays") {
        const StudyPlan p = replanned(plan, logs, Replan{before.first_left, 12}, off);
        CHECK(p.exam_day == plan.exam_day);  // 24 h at 12: w2 and w4, the exam week of 1 Feb holds the target
        CHECK(format_date(p.weeks.back().start_day) == "2027-02-01");
    }
    SECTION("a re-plan on top of a re-plan moves each undone task once") {
        logs[kMon4Jan + 7] = {5, 0b11};  // the first re-plan's week of 11 Jan: both its parts done
        const std::vector<Replan> both = {{before.first_left, 5}, {day("2027-01-25"), 10}};
        const StudyPlan p = replanned(plan, logs, both, off);
        CHECK(p.total_hours == 30);  // 6 + 5 done, 19 left (not w1's course B a second time)
        CHECK(format_date(p.weeks.back().start_day) == "2027-02-08");  // 10 + 9 h from 25 Jan
        const StudyPlan first = replanned(plan, logs, Replan{before.first_left, 5}, off);
        const ReplanOption o = replan_option(first, logs, Replan{day("2027-01-25"), 10}, off, before.first_left);
        CHECK(o.plan.total_hours == 30);
    }
    SECTION("a re-plan that changes nothing is not offered") {
        logs[kMon4Jan] = {10, 0b11};  // w1 all done: w2 and w4 at 10 h a week are the plan as it stands
        const ReplanOption o = replan_option(plan, logs, Replan{before.first_left, 10}, off);
        CHECK(o.replan.from == 0);
        CHECK(o.summary.empty());
        CHECK(replan_option(plan, logs, Replan{before.first_left, 12}, off).replan.from == before.first_left);
    }
    SECTION("undone by removing it: no re-plan, the plan unchanged") {
        const StudyPlan p = replanned(plan, logs, std::vector<Replan>{}, off);
        CHECK(p.weeks.size() == plan.weeks.size());
        CHECK(p.total_hours == plan.total_hours);
    }
    SECTION("zero remaining work: only the exam week follows") {
        logs[kMon4Jan] = {10, 0b11};
        logs[kMon4Jan + 7] = {10, 0b11};
        logs[kMon4Jan + 21] = {10, 0b11};
        const StudyPlan p = replanned(plan, logs, Replan{day("2027-02-01"), 5}, off);
        CHECK(p.total_hours == 30);
        CHECK(p.weeks.back().phase == Phase::exam);
        CHECK(format_date(p.weeks.back().start_day) == "2027-02-01");
    }
}

TEST_CASE("the burn-down: hours left each week, planned and done, with today and the exam on the same axis") {
    const StudyPlan plan = hand_plan();
    Progress logs;
    logs[kMon4Jan] = {12, 0b11};
    const int today = day("2027-01-13");  // Wed of w2, not checked in
    const BurnDown b = burn_down(plan, logs, pace(plan, logs, today), today);
    CHECK(b.planned == std::vector<double>{30, 20, 10, 10, 0, 0});
    CHECK(b.actual == std::vector<double>{30, 18});
    CHECK(b.today == Catch::Approx(9 / 7.0));
    CHECK(b.exam == Catch::Approx(32 / 7.0));
    CHECK(b.text == "Hours left each week, planned: 30, 20, 10, 10, 0, 0. Done so far: 30, 18.");
}
