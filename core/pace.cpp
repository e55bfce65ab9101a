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

bool studies(const StudyWeek& w) { return w.phase != Phase::off && w.phase != Phase::exam; }

std::string hours_words(double h) {
    const long n = std::lround(std::fabs(h));
    return std::to_string(n) + (n == 1 ? " hour" : " hours");
}

// A pace, in whole hours as everywhere ("about 7 hours"; a pace under an hour but above none is "1 hour").
std::string pace_words(double h) { return hours_words(h > 0 ? std::max(1.0, std::round(h)) : 0); }

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
    return plan.ok && week.phase != Phase::off && week.start_day <= today;
}

Pace pace(const StudyPlan& plan, const Progress& progress, int today, Voice voice) {
    const bool own = voice == Voice::own;
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
        if (studies(w) && w.phase != Phase::free) ++study_weeks;
        if (w.start_day == monday) p.this_week = int(i);
        const WeekLog* log = w.phase == Phase::off ? nullptr : log_of(progress, w.start_day);
        if (w.start_day < first_left) {
            p.hours_planned_to_date += w.hours;
            if (w.phase != Phase::off) ++elapsed;
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

    // The finish at the rate kept, along the plan's own shape: each week left holds share_kept of its planned
    // hours; past the plan's last study week, share_kept of its average study week (weeks off skipped). Following
    // the plan exactly finishes with it, whatever the shape of its first weeks.
    const int exam_week = plan.weeks.back().start_day;
    p.share_kept = p.hours_planned_to_date > 0 ? p.hours_done / p.hours_planned_to_date : 1;
    double planned_left = 0;
    for (const StudyWeek& w : plan.weeks)
        if (w.start_day >= first_left && studies(w)) planned_left += w.hours;
    p.hours_per_week_at_rate = p.share_kept * (left > 0 ? planned_left / left : per_week);
    if (p.hours_remaining <= 0) {
        p.finish_day = first_left;
    } else if (p.share_kept > 0) {
        double to_do = p.hours_remaining;
        int week = first_left;
        for (const StudyWeek& w : plan.weeks) {
            if (w.start_day < first_left || !studies(w)) continue;
            to_do -= p.share_kept * w.hours;
            week = w.start_day + 7;
            if (to_do <= 1e-6) break;
        }
        week = std::max(week, first_left);
        const double beyond = p.share_kept * per_week;
        for (int guard = 0; to_do > 1e-6 && beyond > 0 && guard < 520; ++guard) {
            while (week < exam_week && std::any_of(plan.weeks.begin(), plan.weeks.end(),
                                                   [&](const StudyWeek& w) { return w.start_day == week && w.phase == Phase::off; }))
                week += 7;
            to_do -= beyond;
            week += 7;
        }
        p.finish_day = to_do <= 1e-6 ? week : 0;
    }
    p.on_time = p.finish_day != 0 && p.finish_day <= exam_week;
    if (!p.logged) return p;

    // One sentence: what was done against the plan, then the date.
    const std::string done = fill(own ? "You have logged {} of the {} planned so far" : "Its owner has logged {} of the {} planned so far", {hours_words(p.hours_done),
                                                                                  hours_words(p.hours_planned_to_date)});
    std::string where;
    if (std::fabs(p.hours_ahead) < 0.5) where = ", right on plan";
    else
        where = fill(", {} ({}) {}", {hours_words(p.hours_ahead), weeks_words(p.weeks_ahead),
                                      p.hours_ahead > 0 ? "ahead" : "behind"});
    const std::string exam = format_date_long(plan.exam_day);
    const std::string date_word = plan.target_day ? (own ? "your target date" : "their target date") : "the planned exam day";
    const std::string keep = left > 0 ? fill("{} a week keeps {}, {}", {hours_words(p.hours_per_week_needed), date_word, exam})
                                      : fill("no study week is left before {}, {}", {date_word, exam});
    if (p.hours_remaining <= 0) {
        p.message = fill(own ? "All {} planned are done: you are ready for the exam on {}." : "All {} planned are done: they are ready for the exam on {}.", {hours_words(p.hours_total), exam});
    } else if (p.exam_passed) {
        p.message = fill("{} passed on {} with {} of {} done: set a new target date to plan the rest.",
                         {plan.target_day ? (own ? "Your target date" : "Its owner's target date") : "The planned exam day", exam,
                          hours_words(p.hours_done), hours_words(p.hours_total)});
    } else if (p.finish_day == 0) {
        p.message = fill("{}{}; at no hours a week the plan does not finish, and {}.", {done, where, keep});
    } else {
        const std::string finish = format_date_long(p.finish_day);
        // On plan: the plan's own finish, no pace to name. Otherwise the rate kept, in hours a week from here.
        const std::string rate = std::fabs(p.hours_ahead) < 0.5 ? std::string(own ? "you are ready by " : "they are ready by ")
                                 : fill(own ? "at that rate (about {} a week from here) you are ready by "
                                            : "at that rate (about {} a week from here) they are ready by ", {pace_words(p.hours_per_week_at_rate)});
        p.message = p.on_time ? fill("{}{}; {}{}, in time for {} ({}).", {done, where, rate, finish, date_word, exam})
                              : fill("{}{}; {}{}, after {}: {}.", {done, where, rate, finish, date_word, keep});
    }
    // A target date the plan could not use (passed, before the start, in a week off) is said too, in the same sentence.
    if (!p.exam_passed && (plan.fit == DateFit::past || plan.fit == DateFit::before_start || plan.fit == DateFit::unavailable))
        p.message = std::string(own ? "Your" : "Its owner's") + " target date is not used (" + std::string(plan.fit == DateFit::past ? "it has passed" :
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
            const auto log = w.phase == Phase::off ? progress.end() : progress.find(w.start_day);
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
