// The weeks: the week-by-week study plan (StudyPlan), fitted to the calendar: foundations for pivoters, then the courses of the
// credential's own study path, then prep with its guide aimed at the weakest blueprint domains, practice and review, and the
// exam week. Weeks the user marked unavailable are skipped (no study, no exam in them). With a target
// date the plan ends on it, compressed or stretched, and says what that costs; the plan also makes the
// one statement about the date: feasible, tight (with the hours per week needed) or not feasible (with
// the earliest date at the current hours).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "availability.h"
#include "catalog.h"
#include "estimate.h"
#include "profile.h"
#include "readiness.h"
#include "voice.h"
#include "vocabulary.h"

namespace certplan {

struct StudyTask {
    Phase phase = Phase::foundations;  // foundations | core | platform | practice | exam
    std::string title;      // a course title, "<resource>: <domain>", "Practice exams and review"
    std::string course_id;  // for course tasks
    std::string domain_id;  // for platform tasks
    double hours = 0;       // whole hours, at least 1 (the exam week's task has none)
    std::string resource_id;  // what to study: a resource of the credential's study path (core/study_path.h)
    std::string url;          // its link (https: from data/), empty when it has none
    bool moved = false;       // not done, and re-planned into a later week (kept here so the week's ticks still name their tasks)
};

// A task as the views and exports list it: "Course title (8 h)", and for a moved one what became of it.
std::string task_line(const StudyTask& t);

struct StudyWeek {
    int index = 0;          // 1-based, counting every calendar week of the plan (weeks off too)
    int start_day = 0;      // days since 1970 (a Monday)
    Phase phase = Phase::free;  // the phase with the most hours this week, exam, off (marked unavailable) or free
                            // (a stretched plan with fewer hours than weeks: none left for this one)
    double hours = 0;
    std::vector<StudyTask> tasks;  // what this week covers, with the hours spent on each
};

// What certplan says about the target date.
enum class DateFit {
    no_date,       // no target date: the plan keeps the user's pace and proposes its own exam day
    past,          // the date has passed: not used
    before_start,  // the date is before the plan's first week: not used
    unavailable,   // the date falls in a week marked unavailable: not used
    feasible,      // at the user's hours even the high estimate fits before the date
    tight,         // the low estimate fits, the high one does not
    not_feasible,  // not even the low estimate fits
};
const char* date_fit_key(DateFit f);  // "no-date", "past", … (snapshot, tests)

struct StudyPlan {
    bool ok = false;
    std::vector<StudyWeek> weeks;  // from the first study week to the exam week (the last one)
    int start_day = 0;             // the first week's Monday
    int exam_day = 0;              // the target date, or the day certplan proposes (proposed_exam_day)
    std::optional<int> target_day; // the target date when it anchors the plan
    DateFit fit = DateFit::no_date;
    std::string fit_message;       // the one statement about the target date, with how the week plan fits it (empty with no date)
    int study_weeks = 0;           // weeks with study in them
    int weeks_off = 0;             // weeks marked unavailable inside the plan
    double hours_per_week_needed = 0;  // tight: to cover the high estimate; not feasible: the low one
    int earliest_day = 0;          // not feasible, past, before start, unavailable: the earliest exam day at the user's hours
    std::string calendar_message;  // "Plan: 6 study weeks from …; exam …." and the weeks off skipped
    std::string pace_message;      // the re-plan in force, if any (core/replan.h); how the plan fits a date is in fit_message
    double planned_hours = 0;      // the estimate's middle figure, in whole hours
    double total_hours = 0;        // what the weeks hold (less than planned when even the most hours do not fit)
    Voice voice = Voice::own;      // whose plan its sentences speak of: "the 8 you set" or "the 8 its owner set"
};

// The Monday on or after `day`: plans start at the beginning of a week.
int next_monday(int day);

// A plan's start is fixed once, when the plan is made (its first answer) or first looked at: from then on
// its weeks stay where they are (Profile::start_date), so week 1 can be checked in all that week and after,
// and the calendar's check-in reminders fall on days that can still log it. Returns the date to keep
// ("YYYY-MM-DD": the Monday on or after `today`), or "" when the start is fixed already or there is no plan
// yet (nothing answered and not looked at).
std::string start_to_fix(const Profile& profile, bool looked_at, int today);

// The date a "set a target date" control starts from: the end of the high estimate at the user's hours,
// on a day certplan would propose (never in a week marked unavailable). With no estimate, the article's
// upper figure for working ML knowledge: 8 weeks.
int suggested_target_day(const Estimate& e, int today, const WeekSet& unavailable);

// Builds the plan from the estimate's middle figures. `credential` and `readiness` choose and order the
// platform domains (weakest first); with nothing rated, domains are ordered by their blueprint weight.
// `voice`: whose plan the date statement speaks of (core/voice.h).
StudyPlan study_plan(const Catalog& catalog, const EstimateModel& model, const Estimate& estimate,
                     const Credential* credential, const Readiness& readiness, int today, int start_day,
                     std::optional<int> target_day, const WeekSet& unavailable, Voice voice = Voice::own);

// The phases the plan's weeks show, in the phases' own order: what the timeline's legend names (a plan with no
// foundations has no "Foundations" in it).
std::vector<Phase> phases_shown(const StudyPlan& plan);

}  // namespace certplan
