// The week-by-week study plan: foundations for pivoters, then the article's two core courses, then
// platform prep aimed at the weakest blueprint domains, practice and review, and the exam week.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "catalog.h"
#include "estimate.h"
#include "readiness.h"

namespace certplan {

struct StudyTask {
    std::string phase;      // foundations | core | platform | practice
    std::string title;      // a course title, "Platform prep: <domain>", "Practice exams and review"
    std::string course_id;  // for course tasks
    std::string domain_id;  // for platform tasks
    double hours = 0;
};

struct StudyWeek {
    int index = 0;          // 1-based
    int start_day = 0;      // days since 1970 (a Monday)
    std::string phase;      // the phase with the most hours this week, or "exam"
    double hours = 0;
    std::vector<StudyTask> tasks;  // what this week covers, with the hours spent on each
};

struct StudyPlan {
    bool ok = false;
    std::vector<StudyWeek> weeks;  // the last one is the exam week
    int start_day = 0;
    int exam_day = 0;              // the planned exam day (the exam week's Friday), or the target date
    std::optional<int> target_day; // none when no target was given, or when it has passed
    bool target_before_start = false;    // a target date before the plan starts: ignored, the plan keeps its own exam day
    int weeks_to_target = 0;       // weeks from the start to the target date, counting the target's own week
    int weeks_behind = 0;          // > 0: the plan needs this many weeks more than the target allows
    double total_hours = 0;
};

// The Monday on or after `day`: plans start at the beginning of a week.
int next_monday(int day);

// Builds the plan from the estimate's middle figures. `credential` and `readiness` choose and order the
// platform domains (weakest first); with nothing rated, domains are ordered by their blueprint weight.
StudyPlan study_plan(const Catalog& catalog, const EstimateModel& model, const Estimate& estimate,
                     const Credential* credential, const Readiness& readiness, int start_day,
                     std::optional<int> target_day);

}  // namespace certplan
