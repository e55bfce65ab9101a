// Which weeks the user can study (weeks marked unavailable, e.g. holidays, are skipped) and which day of
// a week certplan proposes for an exam. A week is named by its Monday (days since 1970).
#pragma once
#include <vector>

namespace certplan {

// Mondays of the weeks the user marked unavailable, ascending. A sorted vector, not a std::set: a
// handful of weeks, and the web build then carries no tree code for them.
using WeekSet = std::vector<int>;
bool is_unavailable(const WeekSet& weeks, int monday);

// The Monday on or before `day`: the week a day belongs to.
int monday_of(int day);

// Marks the week of `day` unavailable, or available again if it was marked; keeps the list ascending.
void toggle_unavailable_week(WeekSet& weeks, int day);
// Adds the week of `day` to the list, once, in order (readers of saved plans and links).
void add_unavailable_week(WeekSet& weeks, int day);

// The first `count` available weeks from `first_monday` on, in order (unavailable weeks skipped).
std::vector<int> available_weeks(int first_monday, int count, const WeekSet& unavailable);

// The available weeks from `first_monday` up to, not including, `end_monday`.
std::vector<int> available_weeks_before(int first_monday, int end_monday, const WeekSet& unavailable);

// The first available week on or after `monday`.
int next_available_week(int monday, const WeekSet& unavailable);

// The day certplan proposes for an exam in the week of `monday`: its Friday (the end of a study week),
// or the latest weekday before it that is not 24, 25, 26 or 31 December or 1 January (days around which
// test centres and proctoring are widely closed or thin: certplan's rule, to never propose them).
int proposed_exam_day(int monday);
// A day certplan never proposes for an exam (24-26 and 31 Dec, 1 Jan): a target date there is said so.
bool closed_exam_day(int day);

}  // namespace certplan
