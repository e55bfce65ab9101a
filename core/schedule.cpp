#include "schedule.h"

#include <algorithm>
#include <cmath>

#include "date.h"

namespace certplan {

int next_monday(int day) {
    int wd = weekday(day);
    return wd == 0 ? day : day + (7 - wd);
}

namespace {

std::vector<StudyTask> course_tasks(const Catalog& catalog, const std::string& stage, const std::vector<std::string>& ids,
                                    double hours) {
    std::vector<StudyTask> tasks;
    if (hours <= 0) return tasks;
    std::vector<const Course*> courses;
    for (const std::string& id : ids)
        if (const Course* c = catalog.course(id)) courses.push_back(c);
    if (courses.empty()) return tasks;
    // When every course's length is known, hours follow those lengths; otherwise they are split equally
    // (most course lengths are unverified, and certplan does not guess them).
    double known = 0;
    bool all_known = true;
    for (const Course* c : courses) {
        if (c->hours.value) known += *c->hours.value;
        else all_known = false;
    }
    for (const Course* c : courses) {
        double share = all_known && known > 0 ? *c->hours.value / known : 1.0 / double(courses.size());
        tasks.push_back({stage, c->title, c->id, "", share * hours});
    }
    return tasks;
}

}  // namespace

StudyPlan study_plan(const Catalog& catalog, const EstimateModel& model, const Estimate& est, const Credential* credential,
                     const Readiness& readiness, int start_day, std::optional<int> target_day) {
    StudyPlan plan;
    if (!est.ok || est.hours_per_week <= 0) return plan;
    plan.start_day = next_monday(start_day);
    // A target date before the start cannot anchor the plan (it would put the exam before the first week).
    if (target_day && *target_day < start_day) plan.target_before_start = true, target_day.reset();
    plan.target_day = target_day;

    const double foundations = (est.foundations_low + est.foundations_high) / 2;
    const double exam = (est.exam_low + est.exam_high) / 2;
    std::vector<StudyTask> queue;
    // Foundations for pivoters, then the core courses (data/estimate.json "plan_courses" says which and why) …
    for (auto& t : course_tasks(catalog, "foundations", model.plan_foundations, foundations)) queue.push_back(t);
    for (auto& t : course_tasks(catalog, "core", model.plan_core, exam * model.split_core)) queue.push_back(t);
    // … then platform-specific prep.
    // Platform prep, weakest domains first, hours in proportion to what each still costs.
    const double platform = exam * model.split_platform;
    if (credential && credential->has_blueprint && !readiness.domains.empty()) {
        double total_shortfall = 0;
        for (const auto& d : readiness.domains) total_shortfall += d.shortfall();
        for (size_t i : readiness.weakest) {
            const DomainReadiness& d = readiness.domains[i];
            double share = total_shortfall > 1e-9 ? d.shortfall() / total_shortfall : d.weight;
            if (share * platform < 0.5) continue;  // already strong: review covers it
            queue.push_back({"platform", "Platform prep: " + d.name, "", d.id, share * platform});
        }
    } else if (platform > 0) {
        queue.push_back({"platform", "Platform-specific prep guides", "", "", platform});
    }
    queue.push_back({"practice", "Practice exams and review", "", "", exam * model.split_practice});

    // Fill weeks of `hours_per_week`, in order; a task may span weeks, a week may hold several tasks.
    const double capacity = est.hours_per_week;
    StudyWeek week;
    auto close_week = [&]() {
        if (week.tasks.empty()) return;
        week.index = int(plan.weeks.size()) + 1;
        week.start_day = plan.start_day + 7 * (week.index - 1);
        std::string best;
        double best_hours = -1;
        for (const StudyTask& t : week.tasks) {
            double h = 0;
            for (const StudyTask& u : week.tasks)
                if (u.phase == t.phase) h += u.hours;
            if (h > best_hours) best = t.phase, best_hours = h;
        }
        week.phase = best;
        plan.total_hours += week.hours;
        plan.weeks.push_back(week);
        week = StudyWeek{};
    };
    for (StudyTask task : queue) {
        while (task.hours > 1e-6) {
            double room = capacity - week.hours;
            double h = std::min(room, task.hours);
            StudyTask part = task;
            part.hours = h;
            week.tasks.push_back(part);
            week.hours += h;
            task.hours -= h;
            if (capacity - week.hours < 1e-6) close_week();
        }
    }
    close_week();
    StudyWeek exam_week;
    exam_week.tasks.push_back({"exam", "Light review and sit the exam", "", "", 0});
    week = exam_week;
    close_week();
    plan.weeks.back().phase = "exam";

    plan.exam_day = plan.weeks.back().start_day + 4;  // the Friday of the exam week
    if (target_day) {
        plan.weeks_to_target = (*target_day - plan.start_day) / 7 + 1;  // counting the target's own week
        plan.weeks_behind = std::max(0, int(plan.weeks.size()) - plan.weeks_to_target);
        plan.exam_day = *target_day;
    }
    plan.ok = true;
    return plan;
}

}  // namespace certplan
