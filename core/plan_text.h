// The plan's text, worded once (issue 25): what the Plan view and the exports (Markdown, HTML, .ics) say about
// the plan, and what the questionnaire says each answer changes. Views and exports call these; neither words
// these sentences itself.
#pragma once
#include <string>

#include "advice.h"
#include "catalog.h"
#include "pace.h"
#include "weeks.h"

namespace certplan {

// "Done 12 h of 16 h planned to date; 40 h left of 56 h." (the check-in, and the summary's Progress).
std::string progress_line(const Pace& pace);

// What a week with no study says in place of its tasks: "No study: marked unavailable" (a week off), "No study
// planned: the plan needs less than an hour a week" (a free week); empty for any other week.
std::string no_study_line(const StudyWeek& week);

// What a "skip" verdict not overridden says where the exam plan would be: on the Plan tab, beside its button; in
// an export (the summary), where the button is.
std::string no_exam_plan_line(bool on_plan_tab);

// The most hours the check-in's slider offers for a week: twice its planned hours, and at least 40.
int logged_hours_max(const StudyWeek& week);

// What answering `field` changes, from the rules that read it: the verdict (a criterion in data/advice.json names
// it), which credential first (a first-choice rule names it), the prep-time estimate (the background).
std::string answer_effect(const Advice& advice, const std::string& field);

// What the hours-per-week slider changes: the hours of a re-plan while one is in force, else the estimate and the
// plan's length; `assumed` while the user has not set it (the slider then stands at the estimate's rhythm).
std::string hours_effect(bool assumed, bool replanned);

// What the yes/no question `field` (its one "yes" value) does for this user: the verdict with it checked and
// unchecked, from the rules (core/advice.h verdict_with), and whether its criteria count for or against
// certifying. "Checking it makes the verdict …" only when the rules do; else what it adds, and the verdict that
// stays. `checked`: whether it is checked now.
struct CheckboxVerdicts {
    Verdict checked, unchecked;
};
std::string checkbox_effect(const Advice& advice, const std::string& field, const std::string& yes, bool checked,
                            const CheckboxVerdicts& verdicts);

}  // namespace certplan
