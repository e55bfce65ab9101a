#include "replan.h"

#include <algorithm>
#include <cmath>

#include "date.h"
#include "fill.h"
#include "wording.h"

namespace certplan {

StudyPlan replanned(const StudyPlan& plan, const Progress& progress, const Replan& replan, const WeekSet& unavailable,
                    int moved_before) {
    const double per_week = std::floor(replan.hours_per_week);
    if (!plan.ok || replan.from == 0 || per_week < 1 || weekday(replan.from) != 0) return plan;
    StudyPlan out = plan;
    out.weeks.clear();
    out.total_hours = 0;
    out.study_weeks = 0;
    out.weeks_off = 0;
    std::vector<StudyTask> left;  // the work not done, in plan order
    for (const StudyWeek& w : plan.weeks) {
        if (w.phase == Phase::exam) continue;
        const auto log = progress.find(w.start_day);
        const uint32_t done = log == progress.end() ? 0 : log->second.done;
        if (w.start_day >= replan.from) {
            for (const StudyTask& t : w.tasks) left.push_back(t);
            continue;
        }
        StudyWeek kept = w;
        for (size_t i = 0; i < w.tasks.size() && w.start_day >= moved_before; ++i)
            if (i >= 32 || !(done & (1u << i))) {
                left.push_back(w.tasks[i]);
                kept.tasks[i].moved = true;
            }
        kept.hours = w.phase == Phase::off || log == progress.end() ? 0 : log->second.hours;  // what was done is the plan now
        out.total_hours += kept.hours;
        if (w.phase == Phase::off) ++out.weeks_off;
        else ++out.study_weeks;
        out.weeks.push_back(kept);
    }
    // The work left, week after week from `from`, whole hours, per_week at most; weeks off stay in the calendar.
    size_t task = 0;
    double task_left = left.empty() ? 0 : left[0].hours;
    int monday = out.weeks.empty() ? replan.from : out.weeks.back().start_day + 7;
    for (int guard = 0; task < left.size() && guard < 520; ++guard, monday += 7) {
        StudyWeek week;
        week.index = int(out.weeks.size()) + 1;
        week.start_day = monday;
        if (monday < replan.from) {  // between the plan's end and the re-plan: nothing planned
            week.phase = Phase::free;
            out.weeks.push_back(week);
            continue;
        }
        if (std::find(unavailable.begin(), unavailable.end(), monday) != unavailable.end()) {
            week.phase = Phase::off;
            ++out.weeks_off;
            out.weeks.push_back(week);
            continue;
        }
        double room = per_week;
        while (room > 1e-9 && task < left.size()) {
            const double h = std::min(room, task_left);
            StudyTask part = left[task];
            part.hours = h;
            // The same task met again in this week (a split course, a foundations pass) is listed once, with its hours.
            const auto same = std::find_if(week.tasks.begin(), week.tasks.end(), [&](const StudyTask& t) {
                return t.title == part.title && t.phase == part.phase && t.resource_id == part.resource_id && t.domain_id == part.domain_id;
            });
            if (h > 1e-9 && same != week.tasks.end()) same->hours += h;
            else if (h > 1e-9) week.tasks.push_back(part);
            week.hours += h;
            room -= h;
            task_left -= h;
            if (task_left < 1e-9 && ++task < left.size()) task_left = left[task].hours;
        }
        // The phase with the most hours this week.
        double best = -1;
        for (const StudyTask& t : week.tasks) {
            double h = 0;
            for (const StudyTask& u : week.tasks)
                if (u.phase == t.phase) h += u.hours;
            if (h > best) best = h, week.phase = t.phase;
        }
        if (week.tasks.empty()) week.phase = Phase::free;
        ++out.study_weeks;
        out.total_hours += week.hours;
        out.weeks.push_back(week);
    }
    const int exam_monday = next_available_week(out.weeks.empty() ? replan.from : out.weeks.back().start_day + 7, unavailable);
    for (int m = out.weeks.empty() ? exam_monday : out.weeks.back().start_day + 7; m < exam_monday; m += 7) {
        StudyWeek off;
        off.index = int(out.weeks.size()) + 1;
        off.start_day = m;
        off.phase = Phase::off;
        ++out.weeks_off;
        out.weeks.push_back(off);
    }
    StudyWeek exam;
    exam.index = int(out.weeks.size()) + 1;
    exam.start_day = exam_monday;
    exam.phase = Phase::exam;
    exam.tasks.push_back({Phase::exam, "Light review and sit the exam", "", "", 0, "", ""});
    out.weeks.push_back(exam);
    // The target date stays the exam day while it is in the exam week or later; otherwise certplan proposes one.
    const bool keeps_target = plan.target_day && *plan.target_day >= exam_monday;
    out.exam_day = keeps_target ? *plan.target_day : proposed_exam_day(exam_monday);
    if (!keeps_target) out.target_day.reset();  // the date no longer anchors the plan: no marker, no "your target date"
    out.start_day = out.weeks.front().start_day;
    out.pace_message = fill("Re-planned from {}: the work left at {} a week.", {format_date_long(replan.from), hours(per_week)});
    out.calendar_message = fill("Plan: {} from {}; exam {}.",
                                {out.study_weeks == 1 ? "1 study week" : std::to_string(out.study_weeks) + " study weeks",
                                 format_date_long(out.start_day), format_date_long(out.exam_day)});
    return out;
}

ReplanOption replan_option(const StudyPlan& now, const Progress& progress, const Replan& replan, const WeekSet& unavailable,
                           int moved_before) {
    ReplanOption o;
    if (!now.ok || replan.from == 0 || replan.hours_per_week < 1) return o;
    o.replan = replan;
    o.plan = replanned(now, progress, replan, unavailable, moved_before);
    // A re-plan that would leave every week's hours and the exam day as they are is not offered.
    bool same = o.plan.exam_day == now.exam_day && o.plan.weeks.size() == now.weeks.size();
    for (size_t i = 0; same && i < now.weeks.size(); ++i)
        same = o.plan.weeks[i].start_day == now.weeks[i].start_day && o.plan.weeks[i].hours == now.weeks[i].hours;
    if (same) return ReplanOption{};
    double left = 0;
    for (const StudyWeek& w : o.plan.weeks)
        if (w.start_day >= replan.from) left += w.hours;
    const long h = std::lround(left);
    o.summary = fill("From {}, the {} of tasks not done at {} a week: exam {}{}.",
                     {format_date_long(replan.from), std::to_string(h) + (h == 1 ? " hour" : " hours"),
                      hours(std::floor(replan.hours_per_week)), format_date_long(o.plan.exam_day),
                      o.plan.exam_day == now.exam_day ? ", as now" : " instead of " + format_date_long(now.exam_day)});
    return o;
}

StudyPlan replanned(const StudyPlan& plan, const Progress& progress, const std::vector<Replan>& replans, const WeekSet& unavailable) {
    StudyPlan out = plan;
    int last = 0;
    for (const Replan& r : replans)
        if (r.from > last) {
            out = replanned(out, progress, r, unavailable, last);
            last = r.from;
        }
    return out;
}

// The re-plan in force: the last of those applied, each after the one before (as replanned() reads them).
static const Replan* last_applied(const std::vector<Replan>& replans) {
    const Replan* last = nullptr;
    for (const Replan& r : replans)
        if (r.from > (last ? last->from : 0)) last = &r;
    return last;
}

InForce in_force(const std::vector<Replan>& replans, const StudyPlan& replanned_plan, std::optional<int> answered_target) {
    InForce f;
    const Replan* r = last_applied(replans);
    if (!r || !replanned_plan.ok || std::floor(r->hours_per_week) < 1) return f;
    f.replanned = true;
    f.from = r->from;
    f.hours_per_week = std::floor(r->hours_per_week);
    f.exam_day = replanned_plan.exam_day;
    f.target_kept = answered_target && replanned_plan.target_day && *replanned_plan.target_day == *answered_target;
    const std::string head = fill("Re-planned from {} at {} a week", {format_date_long(f.from), hours(f.hours_per_week)});
    if (answered_target && !f.target_kept)
        f.note = fill("{}: the exam moved from your date, {}, to {}.", {head, format_date_long(*answered_target), format_date_long(f.exam_day)});
    else
        f.note = fill("{}: exam {}.", {head, format_date_long(f.exam_day)});
    return f;
}

std::optional<double> hours_in_force(const PlanDocument& doc) {
    if (const Replan* r = last_applied(doc.replans)) return std::floor(r->hours_per_week);
    return doc.profile.hours_per_week;
}

void set_hours_in_force(PlanDocument& doc, double hours) {
    if (!(hours >= 0)) return;
    hours = std::min(hours, kMaxHoursPerWeek);
    Replan* last = nullptr;
    for (Replan& r : doc.replans)
        if (r.from > (last ? last->from : 0)) last = &r;
    if (last) last->hours_per_week = std::max(1.0, std::floor(hours));
    else doc.profile.hours_per_week = hours;
}

}  // namespace certplan
