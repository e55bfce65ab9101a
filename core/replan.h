// Re-planning when life happens: the work not yet done re-spread from a week on at a chosen number of hours a
// week (the pace the user kept, or the hours that keep the exam date), keeping what is done. Re-plans are part
// of the plan document (PlanDocument::replans); each applies on top of the plan the one before left.
#pragma once
#include "availability.h"
#include "plan.h"
#include "weeks.h"

#include <optional>
#include <string>
#include <vector>

namespace certplan {

// The study plan with `replan` applied. The weeks before replan.from keep their tasks as listed (so their
// ticks still name them) but plan what was logged in them; every task not ticked done, in plan order (a task
// split over weeks counts per part), is re-spread from replan.from on, whole hours, at most
// replan.hours_per_week a week, skipping the weeks marked off; the exam is in the next week free after that,
// on the target date when it still fits, else on the day certplan proposes. No re-plan (from 0, hours 0), or
// a plan that is not ok: the plan unchanged.
// `moved_before`: the Monday of the re-plan `plan` already holds (0: none): the weeks before it were kept by that
// re-plan, and their tasks not done have been moved on already (they are not moved twice).
StudyPlan replanned(const StudyPlan& plan, const Progress& progress, const Replan& replan, const WeekSet& unavailable,
                    int moved_before = 0);
// Each of the document's re-plans in order, the ones not after the one before ignored.
StudyPlan replanned(const StudyPlan& plan, const Progress& progress, const std::vector<Replan>& replans, const WeekSet& unavailable);

// A re-plan the Plan view offers, shown before it is applied: what it is, the plan it makes, and one sentence
// comparing it with the plan now.
struct ReplanOption {
    Replan replan;          // from 0: not offered (nor when it would change no week's hours and not the exam day)
    StudyPlan plan;
    std::string summary;    // "From Mon 18 Jan 2027, the 23 hours of tasks not done at 9 h a week: exam Fri 12 Feb 2027 instead of Fri 5 Feb 2027."
};
ReplanOption replan_option(const StudyPlan& now, const Progress& progress, const Replan& replan, const WeekSet& unavailable,
                           int moved_before = 0);

// What the page shows while a re-plan is in force (issue 26.6): everything on screen follows the re-planned plan,
// not the answers it was made from. The hours a week are the last re-plan's; the exam day is the one the
// re-planned plan keeps or proposes; `note` says, once, how they differ from the answers (empty: no re-plan).
struct InForce {
    bool replanned = false;
    int from = 0;                        // the Monday the re-plan in force starts on
    double hours_per_week = 0;           // the re-plan's; 0 when none is in force
    int exam_day = 0;                    // the re-planned plan's exam day
    bool target_kept = false;            // the answered target date is still the exam day
    std::string note;                    // "Re-planned from Mon 18 Jan 2027 at 5 h a week: the exam moved from Fri 5 Feb 2027 to Fri 12 Feb 2027."
};
// `answered_target`: the profile's target date (days since 1970), if any; `replanned_plan`: the plan with the
// document's re-plans applied (replanned above).
InForce in_force(const std::vector<Replan>& replans, const StudyPlan& replanned_plan, std::optional<int> answered_target);

// The hours a week the plan runs at: the re-plan in force's, else the profile's (none: not answered).
std::optional<double> hours_in_force(const PlanDocument& doc);
// Sets the hours a week the plan runs at: while a re-plan is in force, the work left is re-spread at the new
// hours from that re-plan's week (its hours change, the weeks before it keep what was logged); otherwise the
// profile's hours. Clamped to 0..kMaxHoursPerWeek (a re-plan's to 1..kMaxHoursPerWeek, whole hours).
void set_hours_in_force(PlanDocument& doc, double hours);

}  // namespace certplan
