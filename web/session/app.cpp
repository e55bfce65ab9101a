#include "app.h"

#include "link.h"

#include <algorithm>

#include "shipped_catalog.h"
#include "availability.h"
#include "date.h"
#include "ics.h"
#include "plan_codec.h"
#include "summary.h"

void app_init(App& app, Host host) {
    app.host = std::move(host);
    certplan::CatalogLoad load = certplan::shipped_catalog();
    app.catalog = std::move(load.catalog);
    app.catalog_problems = std::move(load.problems);
}

void app_notify(App& app, Notice::Kind kind, const std::string& text, bool sticky, const std::string& restore_key) {
    for (Notice& n : app.notices)
        if (n.text == text) {
            n.shown_at = -1;  // the same message again: show it afresh rather than twice
            return;
        }
    app.notices.push_back({kind, text, -1, sticky, restore_key});
}

void app_plan_edited(App& app) {
    ++app.plan_revision;
    app.save.edited_at = app.now;
}

void app_derive(App& app) {
    const bool current = app.derived_for.revision == app.plan_revision && app.derived_for.today == app.today &&
                         app.derived.credential && (!app.plan.target_chosen || app.derived.target.credential == app.plan.credential);
    if (current) return;
    app.derived_for = {app.plan_revision, app.today};
    app.derived = certplan::derive(app.catalog, app.plan, app.today);
}

void app_set_profile(App& app, const std::string& field, const std::string& value) {
    if (certplan::profile_value(app.plan.profile, field) == value) return;
    if (!certplan::set_profile_value(app.plan.profile, field, value)) return;
    app_plan_edited(app);
    app_derive(app);
}

void app_set_hours(App& app, double hours) {
    const double stored = std::min(std::max(hours, 0.0), certplan::kMaxHoursPerWeek);
    if (app.plan.profile.hours_per_week == stored) return;
    app.plan.profile.hours_per_week = stored;
    app_plan_edited(app);
    app_derive(app);
}

void app_set_target_date(App& app, const std::string& date) {
    if (!date.empty() && !certplan::parse_date(date)) return;
    if (app.plan.profile.target_date == date) return;
    app.plan.profile.target_date = date;
    app_plan_edited(app);
    app_derive(app);
}

void app_choose_exam_plan(App& app, bool chosen) {
    if (app.plan.profile.exam_plan_chosen == chosen) return;
    app.plan.profile.exam_plan_chosen = chosen;
    app_plan_edited(app);
    app_derive(app);
}

void app_toggle_week(App& app, int day) {
    certplan::toggle_unavailable_week(app.plan.profile.unavailable_weeks, day);
    app_plan_edited(app);
    app_derive(app);
}

namespace {

// The week of the study plan starting on `monday`, when it can be checked in today; else null.
const certplan::StudyWeek* check_in_week(const App& app, int monday) {
    const certplan::StudyPlan& plan = app.derived.study_plan;
    for (const certplan::StudyWeek& w : plan.weeks)
        if (w.start_day == monday) return certplan::can_check_in(plan, w, app.today) ? &w : nullptr;
    return nullptr;
}

void anchor_plan(App& app) {
    if (app.plan.profile.start_date.empty())
        app.plan.profile.start_date = certplan::format_date(app.derived.study_plan.start_day);
}

}  // namespace

void app_toggle_task(App& app, int monday, int task) {
    const certplan::StudyWeek* week = check_in_week(app, monday);
    if (!week || task < 0 || task >= int(week->tasks.size()) || task >= 32) return;
    const double task_hours = week->tasks[size_t(task)].hours;
    anchor_plan(app);
    certplan::WeekLog& log = app.plan.progress[monday];
    log.done ^= 1u << task;
    const bool ticked = log.done & (1u << task);
    log.hours = std::min(certplan::kMaxHoursPerWeek, std::max(0.0, log.hours + (ticked ? task_hours : -task_hours)));
    app_plan_edited(app);
    app_derive(app);
}

void app_log_hours(App& app, int monday, double hours) {
    if (!check_in_week(app, monday) || !(hours >= 0)) return;
    anchor_plan(app);
    app.plan.progress[monday].hours = std::min(hours, certplan::kMaxHoursPerWeek);
    app_plan_edited(app);
    app_derive(app);
}

void app_replan(App& app, const certplan::Replan& replan) {
    if (replan.from == 0 || replan.hours_per_week < 1 || replan.hours_per_week > certplan::kMaxHoursPerWeek) return;
    if (!app.plan.replans.empty() && app.plan.replans.back().from >= replan.from) app.plan.replans.pop_back();  // replaces one from the same week
    anchor_plan(app);
    app.plan.replans.push_back(replan);
    app_plan_edited(app);
    app_derive(app);
}

void app_undo_replan(App& app) {
    if (app.plan.replans.empty()) return;
    app.plan.replans.pop_back();
    app_plan_edited(app);
    app_derive(app);
}

std::string app_summary_markdown(const App& app) {
    certplan::SummaryInput in;
    in.catalog = &app.catalog;
    in.credential = app.derived.credential;
    in.advice = &app.derived.advice;
    in.readiness = &app.derived.readiness;
    in.estimate = &app.derived.estimate;
    in.plan = &app.derived.study_plan;
    in.pace = &app.derived.pace;
    in.progress = &app.plan.progress;
    return certplan::plan_summary_markdown(in);
}

std::string app_calendar_ics(const App& app) {
    const std::string name = app.derived.credential ? app.derived.credential->short_name : "exam";
    return certplan::study_plan_ics(app.derived.study_plan, name, app.today);
}

void app_choose_target(App& app, const std::string& id) {
    if (!app.catalog.credential(id) || (app.plan.target_chosen && app.plan.credential == id)) return;
    app.plan.credential = id;  // each credential keeps its own answers in plan.answers
    app.plan.target_chosen = true;
    app_plan_edited(app);
    app_derive(app);
}

void app_switch_target(App& app, const std::string& id) {
    const std::string from = app.derived.target.credential;
    if (!app.catalog.credential(id) || id == from || !app.catalog.holds(certplan::CatalogSection::checklists)) return;
    const certplan::CarryOver carried = certplan::carry_over(app.catalog, from, id, app.plan);
    app.plan.answers[id] = carried.answers;  // the old credential's answers stay where they are
    if (app.plan.answers[id].empty()) app.plan.answers.erase(id);
    app.plan.credential = id;
    app.plan.target_chosen = true;
    // The notice that offered the switch has been answered.
    app.notices.erase(std::remove_if(app.notices.begin(), app.notices.end(), [](const Notice& n) { return !n.switch_to.empty(); }),
                      app.notices.end());
    app_plan_edited(app);
    app_derive(app);
    app_notify(app, Notice::Kind::info, carried.text, true);
}

void app_check_target_status(App& app) {
    app_derive(app);
    const certplan::TargetRetirement& r = app.derived.retirement;
    if (!r.past) return;  // a target that ends before the exam day is said in the Plan view; a notice is for a change since
    Notice n{Notice::Kind::warning, r.text, -1, true};
    n.switch_to = r.successor;
    n.switch_label = r.button;
    for (const Notice& o : app.notices)
        if (o.text == n.text) return;  // one notice
    app.notices.push_back(n);
}

void app_open_url(const App& app, const std::string& url) {
    if (certplan::openable_url(url) && app.host.open_url) app.host.open_url(url);
}

void app_rate(App& app, const std::string& item_id, certplan::Rating rating) {
    const std::string target = app.derived.target.credential;  // Assess rates the one target
    certplan::Answers& a = app.plan.answers[target];
    if (rating == certplan::Rating::unrated) a.erase(item_id);
    else a[item_id] = rating;
    if (a.empty()) app.plan.answers.erase(target);
    app_plan_edited(app);
    app_derive(app);
}

void app_check_answer(App& app, const std::string& question_id, int option) {
    app.plan.checks[question_id] = option;
    app_plan_edited(app);
    app_derive(app);
}

void app_show(App& app, View view) {
    app.view = view;
    app.view_requested = true;
}
