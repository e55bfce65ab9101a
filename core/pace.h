// Pace: what the user's weekly check-ins (PlanDocument::progress) say against the study plan: hours done and
// hours planned to date, ahead or behind (in hours and in weeks), the finish date at the pace actually kept,
// and the hours per week that keep the exam date. Once anything is logged, its one sentence is the plan's
// statement about the date (it replaces StudyPlan::fit_message in the views and exports, never beside it).
#pragma once
#include <string>
#include <vector>

#include "plan.h"
#include "voice.h"
#include "weeks.h"

namespace certplan {

// The hours a week's ticked tasks hold: the default a check-in logs when a task is ticked.
double ticked_hours(const StudyWeek& week, uint32_t done);

// A week can be checked in when it is a study week of the plan (not off, not after the exam week) that has
// begun by `today`.
bool can_check_in(const StudyPlan& plan, const StudyWeek& week, int today);

struct Pace {
    bool logged = false;            // a check-in exists for a week of the plan: the sentence below owns the date statement
    int this_week = -1;             // index in plan.weeks of the week holding today (-1: before or after the plan)
    // "To date": the plan's weeks before today's, and today's once it is checked in (a week counts whole).
    double hours_done = 0;          // logged in the weeks to date
    double hours_planned_to_date = 0;  // what the plan's weeks to date hold
    double hours_total = 0;         // what the whole plan holds
    double hours_remaining = 0;     // total - done, at least 0
    double hours_ahead = 0;         // done - planned to date: below 0 is behind
    double weeks_ahead = 0;         // hours_ahead in the plan's average study week, one decimal
    double hours_per_week_kept = 0; // done / the weeks to date that were not off
    // The rate kept: done / planned to date (1 when nothing was planned yet). The finish is projected from the
    // plan's own shape at that rate, not from the weeks to date (a light first week kept exactly is on time).
    double share_kept = 1;
    double hours_per_week_at_rate = 0;  // share_kept x the plan's average study week from first_left on
    int finish_day = 0;             // at that rate: the Monday after the last study week needed (0: never, at 0 h)
    int study_weeks_left = 0;       // the study weeks from first_left to the exam week (weeks off not counted)
    double hours_per_week_needed = 0;  // remaining / study_weeks_left (0: nothing left, or no study week left)
    int first_left = 0;             // the first week not "to date" (its Monday): where a re-plan starts
    bool exam_passed = false;       // today is after the exam day
    bool on_time = true;            // finish_day is no later than the exam week
    std::string message;            // one sentence (empty when nothing is logged)
};

// Whose plan the sentence speaks of (core/voice.h): "You have logged 4 hours …" or "Its owner has logged 4 hours …".
Pace pace(const StudyPlan& plan, const Progress& progress, int today, Voice voice = Voice::own);

// The burn-down: the hours left at the start of each week of the plan and after the last (weeks + 1 points),
// as planned and as done (the done line stops at the weeks to date), with today and the exam day placed on
// the same axis (in weeks from the plan's first Monday), and the figures as text for the accessibility mirror.
struct BurnDown {
    std::vector<double> planned;  // plan.weeks.size() + 1 points
    std::vector<double> actual;   // the points to date: 1 + the weeks to date
    double today = 0;             // weeks from the start (may be outside 0..weeks)
    double exam = 0;
    std::string text;             // "Hours left, planned: 30, 20, 10, 10, 0, 0. Done so far: 30, 16, 16."
};
BurnDown burn_down(const StudyPlan& plan, const Progress& progress, const Pace& pace, int today);

}  // namespace certplan
