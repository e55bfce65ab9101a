#include "weeks.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "date.h"
#include "fill.h"
#include "stable_order.h"
#include "study_path.h"
#include "wording.h"

namespace certplan {

const char* date_fit_key(DateFit f) {
    switch (f) {
        case DateFit::no_date: return "no-date";
        case DateFit::past: return "past";
        case DateFit::before_start: return "before-start";
        case DateFit::unavailable: return "unavailable";
        case DateFit::feasible: return "feasible";
        case DateFit::tight: return "tight";
        case DateFit::not_feasible: return "not-feasible";
    }
    return "no-date";
}

int next_monday(int day) {
    int wd = weekday(day);
    return wd == 0 ? day : day + (7 - wd);
}

std::string start_to_fix(const Profile& profile, bool looked_at, int today) {
    if (!profile.start_date.empty()) return "";  // fixed already (an unreadable one is kept: figures.h reads it as today)
    Profile blank;
    blank.start_date = profile.start_date;
    if (!looked_at && profile == blank) return "";
    return format_date(next_monday(today));
}

namespace {

// Whole hours, as everywhere (an estimate's 29.8 h reads "30 h").
std::string num(double v) { return std::to_string(std::lround(v)); }

std::string count(int n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

// Whole hours that add up to the rounded total (largest remainders get the spare hours), so that no
// task shows a fraction and none rounds away to "0 h" while its neighbours keep their share.
std::vector<int> whole_hours(const std::vector<double>& hours, int total) {
    std::vector<int> out(hours.size());
    int given = 0;
    for (size_t i = 0; i < hours.size(); ++i) {
        out[i] = int(std::floor(hours[i] + 1e-9));
        given += out[i];
    }
    const std::vector<size_t> order =
        stable_order(hours.size(), [&](size_t a, size_t b) { return hours[a] - out[a] > hours[b] - out[b]; });
    for (size_t k = 0; given < total && !order.empty(); k = (k + 1) % order.size(), ++given) ++out[order[k]];
    return out;
}

StudyTask course_task(Phase phase, const Course& c, double hours) {
    StudyTask t{phase, c.title, c.id, "", hours, c.id, c.url};
    return t;
}

// The foundations, split between their courses by the data's shares (weighted toward evaluation and
// pipelines rather than theory: estimate.json "foundations_split") and run in passes, each pass taking an
// equal part of every course, so that no course fills a long run of weeks.
std::vector<StudyTask> foundations_tasks(const Catalog& catalog, const EstimateModel& model, double hours) {
    std::vector<StudyTask> tasks;
    if (hours <= 0) return tasks;
    const int passes = std::max(1, model.foundations_passes);
    for (int pass = 0; pass < passes; ++pass)
        for (size_t i = 0; i < model.plan_foundations.size(); ++i)
            if (const Course* c = catalog.course(model.plan_foundations[i])) {
                const double share = i < model.foundations_shares.size() ? model.foundations_shares[i]
                                                                         : 1.0 / double(model.plan_foundations.size());
                tasks.push_back(course_task(Phase::foundations, *c, share * hours / passes));
            }
    return tasks;
}

// The path's courses. When every course's length is known, hours follow those lengths; otherwise they are
// split equally (most course lengths are unverified, and certplan does not guess them).
std::vector<StudyTask> core_tasks(const Catalog& catalog, const std::vector<StudyResource>& courses, double hours) {
    std::vector<StudyTask> tasks;
    if (hours <= 0 || courses.empty()) return tasks;
    double known = 0;
    bool all_known = true;
    for (const StudyResource& r : courses) {
        if (r.hours.value) known += *r.hours.value;
        else all_known = false;
    }
    for (const StudyResource& r : courses)
        if (const Course* c = catalog.course(r.course)) {
            const double share = all_known && known > 0 ? *r.hours.value / known : 1.0 / double(courses.size());
            tasks.push_back(course_task(Phase::core, *c, share * hours));
        }
    return tasks;
}

StudyTask resource_task(Phase phase, const std::string& title, const StudyResource* r, double hours) {
    StudyTask t{phase, title, "", "", hours, "", ""};
    if (r) t.resource_id = r->id, t.url = r->url;
    return t;
}

// A domain's prep task. A learning path is something to do: its units on the domain. An exam guide only says
// what is asked, so with Check me questions on the domain the task is to answer them and study, in the guide,
// what they showed missing: something to do, never "read the guide" alone (issue 26.10).
std::string domain_task_title(const StudyResource* r, const std::string& domain, bool checks) {
    if (!r) return "Platform prep: " + domain;
    if (r->kind == ResourceKind::exam_guide && checks)
        return fill("Check me on {} (Assess tab), then study what you missed in the {}", {domain, r->title});
    return r->title + ": " + domain;
}

// What to study, in order, in fractional hours.
std::vector<StudyTask> study_queue(const Catalog& catalog, const EstimateModel& model, const Estimate& est,
                                   const Credential* credential, const Readiness& readiness) {
    const double foundations = (est.foundations_low + est.foundations_high) / 2;
    const double exam = (est.exam_low + est.exam_high) / 2;
    const std::vector<StudyResource> resources = credential ? study_resources(catalog, *credential) : std::vector<StudyResource>();
    // Whether Check me has questions for this exam (for one domain, or any: "").
    const auto has_checks = [&](const std::string& domain) {
        return credential && std::any_of(catalog.questions.begin(), catalog.questions.end(), [&](const Question& q) {
                   return q.credential == credential->id && (domain.empty() || q.domain == domain);
               });
    };
    std::vector<StudyTask> queue = foundations_tasks(catalog, model, foundations);
    // A weak spot among strong domains (a check well below the self-rating, or a domain under the booking floor
    // while the whole is above it) is studied first, before the courses (issue 26.5): its prep tasks go here.
    const size_t weak_at = queue.size();
    const auto weak_spot = [&](const DomainReadiness& d) {
        return readiness.rated > 0 && (d.lowered || (d.readiness < kReadyDomainFloor && readiness.overall >= kReadyDomainFloor));
    };
    // Then the courses of the credential's own path (Google's: the article's two); a path with none gives
    // their hours to the per-domain prep, so no vendor's plan opens with another vendor's course.
    // Each of the article's core courses stands for its share of the core hours: a path holding fewer
    // courses (AWS's holds one, vendor-neutral) gives the rest to its own guide.
    const std::vector<StudyResource> courses = path_courses(resources);
    const double core_share = model.plan_core.empty() ? 1.0 : std::min(1.0, double(courses.size()) / double(model.plan_core.size()));
    std::vector<StudyTask> core = core_tasks(catalog, courses, exam * model.split_core * core_share);
    queue.insert(queue.end(), core.begin(), core.end());
    double core_hours = 0;
    for (const StudyTask& t : core) core_hours += t.hours;
    const double platform = exam * (model.split_platform + model.split_core) - core_hours;
    // … then per-domain prep, weakest domains first, hours in proportion to what each still costs, each
    // with the resource that covers it.
    if (credential && credential->has_blueprint && !readiness.domains.empty()) {
        double total_shortfall = 0;
        size_t weak_count = 0;
        for (const auto& d : readiness.domains) total_shortfall += d.shortfall();
        for (size_t i : readiness.weakest) {
            const DomainReadiness& d = readiness.domains[i];
            double share = total_shortfall > 1e-9 ? d.shortfall() / total_shortfall : d.weight;
            if (share * platform < 0.5) continue;  // already strong: review covers it
            const StudyResource* r = resource_for_domain(resources, d.id);
            StudyTask t = resource_task(Phase::platform, domain_task_title(r, d.name, has_checks(d.id)), r, share * platform);
            t.domain_id = d.id;
            if (weak_spot(d)) queue.insert(queue.begin() + std::ptrdiff_t(weak_at + weak_count++), t);
            else queue.push_back(t);
        }
    } else if (platform > 0) {
        queue.push_back({Phase::platform, "Platform-specific prep guides", "", "", platform, "", ""});
    }
    // Practice with a practice resource of the path; with none, certplan's own checks when it has some for this
    // exam; never the exam guide (issue 26.10).
    const StudyResource* practice = practice_resource(resources);
    const bool checks = has_checks("");
    queue.push_back(resource_task(Phase::practice,
                                  practice ? practice->title
                                  : checks ? "Check me on every domain (Assess tab), then review what you missed"
                                           : "Practice exams and review",
                                  practice, exam * model.split_practice));
    return queue;
}

// The queue in whole hours adding up to `total`; tasks left with none are dropped.
// Scaled to `total` first: a plan cut to fit its date cuts every task by the same share.
std::vector<StudyTask> in_whole_hours(std::vector<StudyTask>&& queue, int total) {
    double sum = 0;
    for (const StudyTask& t : queue) sum += t.hours;
    std::vector<double> hours;
    for (const StudyTask& t : queue) hours.push_back(sum > 0 ? t.hours * total / sum : 0);
    std::vector<int> whole = whole_hours(hours, total);
    std::vector<StudyTask> out;
    for (size_t i = 0; i < queue.size(); ++i)
        if (whole[i] > 0) queue[i].hours = whole[i], out.push_back(queue[i]);
    return out;
}

// `total` hours spread as evenly as whole hours allow over `weeks` weeks: week k gets
// floor((k+1) total / weeks) - floor(k total / weeks).
std::vector<int> even_loads(int total, int weeks) {
    std::vector<int> loads;
    for (int k = 0; k < weeks; ++k) loads.push_back(int((long(k + 1) * total) / weeks - (long(k) * total) / weeks));
    return loads;
}

Phase dominant_phase(const StudyWeek& week) {
    Phase best = Phase::free;
    double best_hours = -1;
    for (const StudyTask& t : week.tasks) {
        double h = 0;
        for (const StudyTask& u : week.tasks)
            if (u.phase == t.phase) h += u.hours;
        if (h > best_hours) best = t.phase, best_hours = h;
    }
    return best;
}

// The earliest exam day when `hours` are studied at `per_week` from `first_monday`, weeks off skipped.
int earliest_exam_day(double hours, double per_week, int first_monday, const WeekSet& unavailable) {
    const int weeks = std::max(1, weeks_for(hours, per_week));
    const std::vector<int> ws = available_weeks(first_monday, weeks, unavailable);
    const int after = ws.empty() ? first_monday : ws.back() + 7;
    return proposed_exam_day(next_available_week(after, unavailable));
}

// The one statement about the target date, from what fits in the study weeks before it.
void judge_date(StudyPlan& plan, const Estimate& est, int weeks, int target, int first_monday, const WeekSet& unavailable) {
    const bool own = plan.voice == Voice::own;
    const double hpw = est.hours_per_week;
    const double capacity = hpw * weeks;
    const std::string date = format_date_long(target), per_week = num(hpw);
    const std::string give = fill("{} before {} at {} h/week give {} h",
                                  {count(weeks, "study week", "study weeks"), date, per_week, num(capacity)});
    if (weeks > 0 && capacity >= est.hours_high - 1e-9) {
        plan.fit = DateFit::feasible;
        plan.fit_message = fill("Feasible: {}, enough for even the high estimate ({} h).", {give, num(est.hours_high)});
    } else if (weeks > 0 && capacity >= est.hours_low - 1e-9) {
        plan.fit = DateFit::tight;
        plan.hours_per_week_needed = std::ceil(est.hours_high / weeks - 1e-9);
        plan.fit_message = fill("Tight: {}, enough for the low estimate ({} h) but not the high ({} h). "
                                "{} {} h/week.",
                                {give, num(est.hours_low), num(est.hours_high),
                                 own ? "To cover the high estimate, study" : "To cover the high estimate, its owner needs",
                                 num(plan.hours_per_week_needed)});
    } else {
        plan.fit = DateFit::not_feasible;
        plan.earliest_day = earliest_exam_day(est.hours_low, hpw, first_monday, unavailable);
        if (weeks > 0) plan.hours_per_week_needed = std::ceil(est.hours_low / weeks - 1e-9);
        const std::string why = weeks > 0 ? fill("{}, and even the low estimate needs {} h", {give, num(est.hours_low)})
                                          : fill("no study week is left before {}", {date});
        plan.fit_message = fill("Not feasible at {} h/week: {}. The earliest date at {} h/week is {}.",
                                {per_week, why, per_week, format_date_long(plan.earliest_day)});
    }
}

}  // namespace

int suggested_target_day(const Estimate& e, int today, const WeekSet& unavailable) {
    const int weeks = e.ok && e.weeks_high > 0 ? e.weeks_high : 8;
    const int first = next_available_week(next_monday(today), unavailable);
    const std::vector<int> ws = available_weeks(first, weeks, unavailable);
    return proposed_exam_day(next_available_week(ws.empty() ? first : ws.back() + 7, unavailable));
}

StudyPlan study_plan(const Catalog& catalog, const EstimateModel& model, const Estimate& est, const Credential* credential,
                     const Readiness& readiness, int today, int start_day, std::optional<int> target_day,
                     const WeekSet& unavailable, Voice voice) {
    StudyPlan plan;
    plan.voice = voice;
    if (!est.ok || est.hours_per_week <= 0) return plan;
    const bool own = voice == Voice::own;
    // "the 8 you set", "the 8 its owner set"; "the 10 certplan assumes" until hours are given (the slider says so)
    const char* who_set = est.hours_assumed ? "certplan assumes" : own ? "you set" : "its owner set";
    const int first_monday = next_monday(start_day);
    plan.start_day = next_available_week(first_monday, unavailable);

    std::vector<StudyTask> queue = study_queue(catalog, model, est, credential, readiness);
    double planned = 0;
    for (const StudyTask& t : queue) planned += t.hours;
    plan.planned_hours = std::round(planned);
    int total = int(plan.planned_hours);

    // Which target, if any, anchors the plan; one that cannot is stated, with the earliest date instead.
    const auto set_aside = [&](DateFit why, const char* message, const std::string& also = std::string()) {
        plan.fit = why;
        plan.earliest_day = earliest_exam_day(est.hours_low, est.hours_per_week, plan.start_day, unavailable);
        plan.fit_message = fill(message, {format_date_long(*target_day), also}) +
                           fill(" The earliest date at {} h/week is {}.", {num(est.hours_per_week), format_date_long(plan.earliest_day)});
        target_day.reset();
    };
    // A date that passed before the plan began is set aside; one the plan was made for stays its exam day once it
    // passes, so that the plan, its calendar and the statement that the date passed all name the same day.
    if (target_day && *target_day < today && *target_day < start_day)
        set_aside(DateFit::past, "The exam date {} has passed.");
    else if (target_day && *target_day < start_day)
        set_aside(DateFit::before_start, "The exam date {} is before the plan starts ({}).", format_date_long(start_day));
    else if (target_day && is_unavailable(unavailable, monday_of(*target_day)))
        set_aside(DateFit::unavailable, own ? "The exam date {} falls in a week you marked unavailable: certplan plans no exam there."
                                            : "The exam date {} falls in a week its owner marked unavailable: certplan plans no exam there.");

    std::vector<int> study;  // the Mondays of the study weeks
    int exam_monday = 0;
    if (target_day) {
        plan.target_day = target_day;
        exam_monday = monday_of(*target_day);
        study = available_weeks_before(plan.start_day, exam_monday, unavailable);
        judge_date(plan, est, int(study.size()), *target_day, plan.start_day, unavailable);
        const int weeks = int(study.size());
        const double most = model.max_hours_per_week;
        const std::string date = format_date_long(*target_day), set = num(est.hours_per_week);
        const std::string in_weeks = count(weeks, "study week", "study weeks");
        const std::string load = weeks > 0 ? num(std::ceil(double(total) / weeks)) : std::string();
        // How the week plan fits the date, said in the same statement as the date's verdict (never beside it in
        // words of its own): it goes on from what judge_date said and never contradicts it.
        std::string fitted;
        if (weeks == 0) {
            total = 0;  // judge_date said no study week is left: the plan holds only the exam week
        } else if (total > most * weeks) {
            const int fit = int(most * weeks);
            fitted = fill("Even at {} h/week, the most certplan plans with, only {} of the week plan's {} h fit: "
                          "every task is cut to {}% of its hours.",
                          {num(most), std::to_string(fit), std::to_string(total), std::to_string(int(std::floor(100.0 * fit / total)))});
            total = fit;
        } else if (double(total) / weeks > est.hours_per_week + 1e-9) {
            fitted = fill("The week plan fits its {} h into {}: about {} h/week, more than the {} {}.",
                          {std::to_string(total), in_weeks, load, set, who_set});
        } else if (double(total) / weeks < est.hours_per_week - 1 && plan.fit == DateFit::tight) {
            // The hours set cover the middle estimate the week plan holds, not the high one judge_date named.
            fitted = fill("The week plan holds the middle estimate, {} h: about {} h/week.", {std::to_string(total), load});
        } else if (double(total) / weeks < est.hours_per_week - 1) {
            // Later than needed only when even the high estimate ends before the date at the hours set; a date
            // certplan proposed (the high estimate's end) never is.
            const int high_end = earliest_exam_day(est.hours_high, est.hours_per_week, plan.start_day, unavailable);
            fitted = fill("The week plan spreads its {} h over {}: about {} h/week, less than the {} {}{}.",
                          {std::to_string(total), in_weeks, load, set, who_set,
                           *target_day > high_end ? fill(", so there is room to revise; at {} h/week {} could sit it by {}",
                                                          {set, own ? "you" : "its owner", format_date_long(high_end)})
                                                  : std::string()});
        }
        if (!fitted.empty()) plan.fit_message += " " + fitted;
        // A date certplan would never propose is used, and said with the nearest day it would (issue 26.9).
        const int open_day = proposed_exam_day(exam_monday);
        if (closed_exam_day(*target_day) && open_day != *target_day && !closed_exam_day(open_day))
            plan.fit_message += fill(" Test centres are widely closed or thin on {}: book {} instead, the same week.",
                                     {date, format_date_long(open_day)});
    } else {
        study = available_weeks(plan.start_day, std::max(1, weeks_for(total, est.hours_per_week)), unavailable);
        exam_monday = next_available_week(study.empty() ? plan.start_day : study.back() + 7, unavailable);
    }
    std::vector<StudyTask> tasks = in_whole_hours(std::move(queue), total);
    std::vector<int> loads = even_loads(total, int(study.size()));

    // Every calendar week from the first study week to the exam week; weeks off stay in, empty and marked.
    size_t task = 0, next_study = 0;
    double task_left = tasks.empty() ? 0 : tasks[0].hours;
    const int first = study.empty() ? exam_monday : std::min(study.front(), exam_monday);
    for (int monday = first; monday <= exam_monday; monday += 7) {
        StudyWeek week;
        week.index = int(plan.weeks.size()) + 1;
        week.start_day = monday;
        if (monday == exam_monday) {
            week.phase = Phase::exam;
            week.tasks.push_back({Phase::exam, "Light review and sit the exam", "", "", 0, "", ""});
        } else if (next_study < study.size() && study[next_study] == monday) {
            double room = loads[next_study++];
            while (room > 1e-9 && task < tasks.size()) {
                const double h = std::min(room, task_left);
                StudyTask part = tasks[task];
                part.hours = h;
                week.tasks.push_back(part);
                week.hours += h;
                room -= h;
                task_left -= h;
                if (task_left < 1e-9 && ++task < tasks.size()) task_left = tasks[task].hours;
            }
            // A plan stretched to a far date can hold fewer hours than weeks: the weeks left with none are
            // said to be free rather than shown as study weeks of nothing (no task of 0 hours).
            week.phase = week.tasks.empty() ? Phase::free : dominant_phase(week);
            ++plan.study_weeks;
        } else {
            week.phase = Phase::off;
            ++plan.weeks_off;
        }
        plan.total_hours += week.hours;
        plan.weeks.push_back(week);
    }
    plan.start_day = plan.weeks.front().start_day;
    plan.exam_day = target_day ? *target_day : proposed_exam_day(exam_monday);
    plan.calendar_message =
        plan.study_weeks == 0
            ? fill("Plan: no study week is left before the exam on {}; only the exam week.", {format_date_long(plan.exam_day)})
            : fill("Plan: {} from {}; exam {}.{}",
                   {count(plan.study_weeks, "study week", "study weeks"), format_date_long(plan.start_day),
                    format_date_long(plan.exam_day),
                    plan.weeks_off > 0 ? fill(" {} skipped.", {count(plan.weeks_off, "week off", "weeks off")}) : ""});
    plan.ok = true;
    return plan;
}

std::string task_line(const StudyTask& t) {
    return t.title + (t.hours > 0 ? " (" + hours(t.hours) + ")" : "") + (t.moved ? ": moved on by the re-plan" : "");
}

std::vector<Phase> phases_shown(const StudyPlan& plan) {
    std::vector<Phase> out;
    for (Phase phase : all_of<Phase>())
        if (std::any_of(plan.weeks.begin(), plan.weeks.end(), [&](const StudyWeek& w) { return w.phase == phase; }))
            out.push_back(phase);
    return out;
}

}  // namespace certplan
