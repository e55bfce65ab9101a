#include "plan_text.h"

#include <algorithm>
#include <cmath>

#include "fill.h"
#include "wording.h"

namespace certplan {

std::string progress_line(const Pace& p) {
    return fill("Done {} of {} planned to date; {} left of {}.",
                {hours(p.hours_done), hours(p.hours_planned_to_date), hours(p.hours_remaining), hours(p.hours_total)});
}

std::string no_study_line(const StudyWeek& week) {
    if (week.phase == Phase::off) return "No study: marked unavailable";
    if (week.phase == Phase::free) return "No study planned: the plan needs less than an hour a week";
    return "";
}

std::string no_exam_plan_line(bool on_plan_tab) {
    return std::string("The verdict is to skip certification for now, so there is no exam estimate or week plan. ") +
           (on_plan_tab ? "\"Plan for an exam anyway\" shows them." : "\"Plan for an exam anyway\" on certplan's Plan tab shows them.");
}

int logged_hours_max(const StudyWeek& week) { return std::max(40, int(week.hours) * 2); }

std::string answer_effect(const Advice& advice, const std::string& field) {
    bool verdict = false, skip_only = true, first = false;
    for (const Criterion& c : advice.criteria)
        if (c.when.count(field)) {
            verdict = true;
            skip_only &= c.kind == ReasonKind::skip;
        }
    for (const FirstChoiceRule& r : advice.first_choice) first |= r.when.count(field) > 0;
    const bool estimate = field == "background";  // the estimate model's hours are by background (data/estimate.json)
    if (verdict && first && estimate) return "Changes the verdict, which credential to take first, and the prep-time estimate.";
    if (verdict && first) return "Changes the verdict and which credential to take first.";
    if (first) return "Changes which credential to take first.";
    if (estimate) return "Changes the prep-time estimate.";
    return verdict ? "Changes the verdict on whether to certify." : "";
}

std::string hours_effect(bool assumed, bool replanned) {
    return std::string(assumed ? "Assumed until you set it. " : "") +
           (replanned ? "Changes the hours of the re-plan in force, and the estimate."
                      : "Changes the prep-time estimate and the length of the week-by-week plan.");
}

std::string checkbox_effect(const Advice& advice, const std::string& field, const std::string& yes, bool checked,
                            const CheckboxVerdicts& v) {
    int pursue = 0, skip = 0;  // the weights its criteria add when checked
    for (const Criterion& c : advice.criteria) {
        const auto it = c.when.find(field);
        if (it == c.when.end() || std::find(it->second.begin(), it->second.end(), yes) == it->second.end()) continue;
        (c.kind == ReasonKind::pursue ? pursue : skip) += c.weight;
    }
    if (pursue == skip) return answer_effect(advice, field);
    const std::string leans = skip > pursue ? "a reason to skip certifying" : "a reason to certify";
    const std::string now = fill("\"{}\"", {verdict_title(v.checked)}), without = fill("\"{}\"", {verdict_title(v.unchecked)});
    if (v.checked != v.unchecked)
        return checked ? fill("Checked, it is {} that makes the verdict {} (unchecked: {}).", {leans, now, without})
                       : fill("Checking it adds {} that makes the verdict {}.", {leans, now});
    return fill(checked ? "Checked, it is {}; with your other answers the verdict stays {}."
                        : "Checking it adds {}; with your other answers the verdict stays {}.",
                {leans, now});
}

}  // namespace certplan
