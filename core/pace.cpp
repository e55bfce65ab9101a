#include "pace.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

#include "date.h"
#include "fill.h"
#include "wording.h"

namespace certplan {

namespace {

const WeekLog* log_of(const Progress& progress, int monday) {
    auto it = progress.find(monday);
    return it == progress.end() ? nullptr : &it->second;
}

bool studies(const StudyWeek& w) { return w.phase != "off" && w.phase != "exam"; }

std::string hours_words(double h) {
    const long n = std::lround(std::fabs(h));
    return std::to_string(n) + (n == 1 ? " hour" : " hours");
}

// A pace: "7 hours", "6.5 hours" (a rounded pace would disagree with the finish day worked from the exact one).
std::string pace_words(double h) {
    const double r = std::round(h * 10) / 10;
    if (r == std::floor(r)) return hours_words(r);
    char buf[32];
    snprintf(buf, sizeof buf, "%.1f hours", r);
    return buf;
}

// "1 week", "2.5 weeks", "half a week"; never "0 weeks" for a real gap.
std::string weeks_words(double w) {
    w = std::fabs(w);
    if (w < 0.75) return "under a week";
    const double r = std::round(w * 2) / 2;  // to the half week
    if (r == std::floor(r)) return weeks(int(r));
    char buf[24];
    snprintf(buf, sizeof buf, "%.1f weeks", r);
    return buf;
}

}  // namespace

double ticked_hours(const StudyWeek& week, uint32_t done) {
    double h = 0;
    for (size_t i = 0; i < week.tasks.size() && i < 32; ++i)
        if (done & (1u << i)) h += week.tasks[i].hours;
    return h;
}

bool can_check_in(const StudyPlan& plan, const StudyWeek& week, int today) {
    return plan.ok && week.phase != "off" && week.start_day <= today;
}

Pace pace(const StudyPlan& plan, const Progress& progress, int today) {
    Pace p;
    if (!plan.ok || plan.weeks.empty()) return p;
    const int monday = today - weekday(today);
    p.hours_total = plan.total_hours;
    p.exam_passed = today > plan.exam_day;
    // The weeks "to date": those before today's week, and today's once it is checked in (the week is the unit:
    // a week counts whole, planned and done, or not yet). The rest is what is left.
    const WeekLog* now = log_of(progress, monday);
    const int first_left = now ? monday + 7 : monday;
    p.first_left = first_left;
    int elapsed = 0, study_weeks = 0, left = 0;
    for (size_t i = 0; i < plan.weeks.size(); ++i) {
        const StudyWeek& w = plan.weeks[i];
        if (studies(w) && w.phase != "free") ++study_weeks;
        if (w.start_day == monday) p.this_week = int(i);
        const WeekLog* log = w.phase == "off" ? nullptr : log_of(progress, w.start_day);
        if (w.start_day < first_left) {
            p.hours_planned_to_date += w.hours;
            if (w.phase != "off") ++elapsed;
            if (log) {
                p.logged = true;
                p.hours_done += log->hours;
            }
        } else if (studies(w)) {
            ++left;
        }
    }
    p.hours_remaining = std::max(0.0, p.hours_total - p.hours_done);
    p.hours_ahead = p.hours_done - p.hours_planned_to_date;
    const double per_week = study_weeks > 0 ? p.hours_total / study_weeks : 0;
    p.weeks_ahead = per_week > 0 ? std::round(p.hours_ahead / per_week * 10) / 10 : 0;
    p.hours_per_week_kept = elapsed > 0 ? p.hours_done / elapsed : 0;
    p.study_weeks_left = left;
    // In the exam week (or with only weeks off before it) no weekly pace keeps the date: none is named.
    p.hours_per_week_needed = p.hours_remaining <= 0 || left == 0 ? 0 : std::ceil(p.hours_remaining / left - 1e-9);

    // The finish at the pace kept: the remaining hours from the first week left on, skipping the weeks marked
    // off; the exam can be sat the week after.
    const int exam_week = plan.weeks.back().start_day;
    if (p.hours_remaining <= 0) {
        p.finish_day = first_left;
    } else if (p.hours_per_week_kept > 0) {
        int needed = int(std::ceil(p.hours_remaining / p.hours_per_week_kept - 1e-9));
        const auto off = [&](int m) {
            for (const StudyWeek& w : plan.weeks)
                if (w.start_day == m) return w.phase == "off";
            return false;
        };
        int week = first_left;
        for (; needed > 0 && week < exam_week + 7 * 520; week += 7)
            if (!off(week)) --needed;
        p.finish_day = week;
    }
    p.on_time = p.finish_day != 0 && p.finish_day <= exam_week;
    if (!p.logged) return p;

    // One sentence: what was done against the plan, then the date.
    const std::string done = fill("You have logged {} of the {} planned so far", {hours_words(p.hours_done),
                                                                                  hours_words(p.hours_planned_to_date)});
    std::string where;
    if (std::fabs(p.hours_ahead) < 0.5) where = ", right on plan";
    else
        where = fill(", {} ({}) {}", {hours_words(p.hours_ahead), weeks_words(p.weeks_ahead),
                                      p.hours_ahead > 0 ? "ahead" : "behind"});
    const std::string exam = format_date_long(plan.exam_day);
    const std::string date_word = plan.target_day ? "your target date" : "the planned exam day";
    const std::string keep = left > 0 ? fill("{} a week keeps {}, {}", {hours_words(p.hours_per_week_needed), date_word, exam})
                                      : fill("no study week is left before {}, {}", {date_word, exam});
    if (p.hours_remaining <= 0) {
        p.message = fill("All {} planned are done: you are ready for the exam on {}.", {hours_words(p.hours_total), exam});
    } else if (p.exam_passed) {
        p.message = fill("{} passed on {} with {} of {} done: set a new target date to plan the rest.",
                         {plan.target_day ? "Your target date" : "The planned exam day", exam,
                          hours_words(p.hours_done), hours_words(p.hours_total)});
    } else if (p.finish_day == 0) {
        p.message = fill("{}{}; at no hours a week the plan does not finish, and {}.", {done, where, keep});
    } else {
        const std::string finish = format_date_long(p.finish_day);
        p.message = p.on_time ? fill("{}{}; at your pace of {} a week you are ready by {}, in time for {} ({}).",
                                     {done, where, pace_words(p.hours_per_week_kept), finish, date_word, exam})
                              : fill("{}{}; at your pace of {} a week you are ready by {}, after {}: {}.",
                                     {done, where, pace_words(p.hours_per_week_kept), finish, date_word, keep});
    }
    // A target date the plan could not use (passed, before the start, in a week off) is said too, in the same sentence.
    if (!p.exam_passed && (plan.fit == DateFit::past || plan.fit == DateFit::before_start || plan.fit == DateFit::unavailable))
        p.message = "Your target date is not used (" + std::string(plan.fit == DateFit::past ? "it has passed" :
                    plan.fit == DateFit::before_start ? "it is before the plan starts" : "it falls in a week off") +
                    "); " + std::string(1, char(std::tolower(p.message[0]))) + p.message.substr(1);
    return p;
}

BurnDown burn_down(const StudyPlan& plan, const Progress& progress, const Pace& pace, int today) {
    BurnDown b;
    if (!plan.ok || plan.weeks.empty()) return b;
    const auto list = [](const std::vector<double>& v) {
        std::string s;
        for (double x : v) s += (s.empty() ? "" : ", ") + std::to_string(std::lround(x));
        return s;
    };
    double planned = plan.total_hours, actual = plan.total_hours;
    b.planned.push_back(planned);
    b.actual.push_back(actual);
    for (const StudyWeek& w : plan.weeks) {
        planned = std::max(0.0, planned - w.hours);
        b.planned.push_back(planned);
        if (w.start_day < pace.first_left) {
            const auto log = w.phase == "off" ? progress.end() : progress.find(w.start_day);
            if (log != progress.end()) actual = std::max(0.0, actual - log->second.hours);
            b.actual.push_back(actual);
        }
    }
    b.today = (today - plan.start_day) / 7.0;
    b.exam = (plan.exam_day - plan.start_day) / 7.0;
    b.text = fill("Hours left each week, planned: {}. Done so far: {}.", {list(b.planned), list(b.actual)});
    return b;
}

}  // namespace certplan
