#include "app.h"

#include "link.h"

#include <algorithm>

#include "shipped_catalog.h"
#include "availability.h"
#include "date.h"
#include "date_statement.h"
#include "ics.h"
#include "replan.h"
#include "storage.h"
#include "summary.h"
#include "target.h"

void app_init(App& app, Host host) {
    app.host = std::move(host);
    certplan::CatalogLoad load = certplan::shipped_catalog();
    app.catalog_problems = std::move(load.problems);
    app_set_catalog(app, std::move(load.catalog));
}

void app_set_catalog(App& app, Catalog catalog) {
    app.catalog = std::move(catalog);
    app.derived_for.revision = ~0u;  // the figures point into the catalog: derive them again, now
    app_derive(app);
}

namespace {
std::string replace_notice(PlanChange why, const std::string& kept_key, const std::string& left_out) {
    const bool kept = !kept_key.empty();
    switch (why) {
        case PlanChange::imported:
            return (left_out.empty() ? "Imported your progress." : "Imported, but " + left_out + " were left out.") +
                   (kept ? " The plan it replaced is kept in this browser." : "");
        case PlanChange::reset: return kept ? "Your progress was reset. The old plan is kept in this browser." : "Your progress was reset.";
        case PlanChange::restored:
            return kept ? "Your replaced plan is back. The plan it replaced is kept in this browser." : "Your replaced plan is back.";
        case PlanChange::shared_left: return "Kept your own plan; the shared one was closed.";
        case PlanChange::shared_used:
            return kept ? "This plan is now yours. Your previous plan is kept in this browser." : "This plan is now yours.";
        case PlanChange::loaded:
        case PlanChange::merged:
        case PlanChange::shared_shown: break;
    }
    return "";
}
}  // namespace

void app_replace_plan(App& app, const PlanDocument& plan, PlanChange why, const std::string& kept_key,
                      const std::string& left_out) {
    switch (why) {
        case PlanChange::shared_shown:
            if (!app.shared.viewing) app.shared.own = app.plan;
            app.shared.viewing = true;
            app.plan = plan;
            break;
        case PlanChange::shared_left:
            app.plan = app.shared.own;
            app.shared.viewing = false;
            break;
        case PlanChange::shared_used:
            app.plan = plan;
            app.plan.checks = app.shared.own.checks;  // a link carries no check answers (data/README.md): the user's own stay
            app.plan.check_attempts = app.shared.own.check_attempts;  // nor attempts
            app.shared.viewing = false;
            break;
        case PlanChange::merged:
            // While a shared plan is shown, another tab's save merges into the user's own plan, kept aside.
            (app.shared.viewing ? app.shared.own : app.plan) = plan;
            break;
        default: app.plan = plan; break;
    }
    if (why != PlanChange::merged) ++app.plan_replaced;
    app_plan_edited(app);  // the figures, the address bar and (as below) the save follow
    switch (why) {
        case PlanChange::imported:
        case PlanChange::reset:
        case PlanChange::restored:
        case PlanChange::shared_used:
            app.save.due_now = true;        // save at once: the user just chose this
            app.save.replace_whole = true;  // the whole plan, not merged with what another tab saved
            app.address.rewrite_now = why == PlanChange::shared_used;
            break;
        case PlanChange::shared_left:
            app.save.saved_revision = app.plan_revision;  // unchanged: nothing to save
            app.address.rewrite_now = true;
            break;
        case PlanChange::loaded:
        case PlanChange::merged:
        case PlanChange::shared_shown: break;
    }
    app_derive(app);
    const std::string notice = replace_notice(why, kept_key, left_out);
    if (!notice.empty())
        app_notify(app, why == PlanChange::imported && !left_out.empty() ? Notice::Kind::warning : Notice::Kind::info, notice,
                   why != PlanChange::shared_left, kept_key);
}

void app_notify(App& app, Notice::Kind kind, const std::string& text, bool sticky, const std::string& restore_key) {
    for (Notice& n : app.notices)
        if (n.text == text) {
            n.shown_at = -1;  // the same message again: show it afresh rather than twice
            return;
        }
    app.notices.push_back({kind, text, -1, sticky, restore_key, "", ""});
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
    // A shared plan being viewed is someone else's (an earlier copy of one's own is not shown as shared): its
    // sentences say so (core/pace.h Voice).
    app.derived = certplan::derive(app.catalog, app.plan, app.today, app.shared.viewing ? certplan::Voice::shared : certplan::Voice::own);
}

namespace {
// A plan's start is fixed by its first answer, or when the Plan view first shows it (core/weeks.h:
// start_to_fix), never for a shared plan being viewed. Part of the edit that answers.
void fix_start(const App& app, PlanDocument& p, bool looked_at) {
    if (app.shared.viewing) return;
    const std::string start = certplan::start_to_fix(p.profile, looked_at, app.today);
    if (!start.empty()) p.profile.start_date = start;
}
}  // namespace

void app_fix_start(App& app, bool looked_at) {
    app_edit(app, [&](PlanDocument& p) { fix_start(app, p, looked_at); });
}

void app_set_profile(App& app, const std::string& field, const std::string& value) {
    app_edit(app, [&](PlanDocument& p) {
        if (certplan::set_profile_value(p.profile, field, value)) fix_start(app, p, false);
    });
}

void app_set_hours(App& app, double hours) {
    app_edit(app, [&](PlanDocument& p) {
        certplan::set_hours_in_force(p, hours);  // a re-plan's hours while one is in force (core/replan.h)
        fix_start(app, p, false);
    });
}

void app_set_target_date(App& app, const std::string& date) {
    if (!date.empty() && !certplan::parse_date(date)) return;
    app_edit(app, [&](PlanDocument& p) {
        p.profile.target_date = date;
        fix_start(app, p, false);
    });
}

void app_choose_exam_plan(App& app, bool chosen) {
    app_edit(app, [&](PlanDocument& p) { p.profile.exam_plan_chosen = chosen; });
}

void app_toggle_week(App& app, int day) {
    app_edit(app, [&](PlanDocument& p) {
        certplan::toggle_unavailable_week(p.profile.unavailable_weeks, day);
        fix_start(app, p, false);
    });
}

namespace {

// The week of the study plan starting on `monday`, when it can be checked in today; else null.
const certplan::StudyWeek* check_in_week(const App& app, int monday) {
    const certplan::StudyPlan& plan = app.derived.study_plan;
    for (const certplan::StudyWeek& w : plan.weeks)
        if (w.start_day == monday) return certplan::can_check_in(plan, w, app.today) ? &w : nullptr;
    return nullptr;
}

// The first check-in or re-plan fixes the plan's start: otherwise it would move with each new day's week.
void anchor_plan(const App& app, PlanDocument& p) {
    if (p.profile.start_date.empty()) p.profile.start_date = certplan::format_date(app.derived.study_plan.start_day);
}

}  // namespace

void app_toggle_task(App& app, int monday, int task) {
    const certplan::StudyWeek* week = check_in_week(app, monday);
    if (!week || task < 0 || task >= int(week->tasks.size()) || task >= certplan::kMaxTasksPerWeek) return;
    const double task_hours = week->tasks[size_t(task)].hours;
    app_edit(app, [&](PlanDocument& p) {
        anchor_plan(app, p);
        certplan::WeekLog& log = p.progress[monday];
        log.done ^= 1u << task;
        const bool ticked = log.done & (1u << task);
        log.hours = std::min(certplan::kMaxHoursPerWeek, std::max(0.0, log.hours + (ticked ? task_hours : -task_hours)));
    });
}

void app_log_hours(App& app, int monday, double hours) {
    if (!check_in_week(app, monday) || !(hours >= 0)) return;
    app_edit(app, [&](PlanDocument& p) {
        anchor_plan(app, p);
        p.progress[monday].hours = std::min(hours, certplan::kMaxHoursPerWeek);
    });
}

void app_replan(App& app, const certplan::Replan& replan) {
    if (replan.from == 0 || replan.hours_per_week < 1 || replan.hours_per_week > certplan::kMaxHoursPerWeek) return;
    app_edit(app, [&](PlanDocument& p) {
        if (!p.replans.empty() && p.replans.back().from >= replan.from) p.replans.pop_back();  // replaces one from the same week
        anchor_plan(app, p);
        p.replans.push_back(replan);
    });
}

void app_undo_replan(App& app) {
    app_edit(app, [&](PlanDocument& p) {
        if (!p.replans.empty()) p.replans.pop_back();
    });
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
    in.build = &app.derived.build;
    in.exam_plan = certplan::exam_plan_shown(app.derived.advice, app.plan.profile);
    return certplan::plan_summary_markdown(in);
}

std::string app_calendar_ics(const App& app) {
    // No exam plan (a "skip" verdict not overridden): the calendar holds what to build instead.
    if (!certplan::exam_plan_shown(app.derived.advice, app.plan.profile) && app.derived.build.ok)
        return certplan::build_plan_ics(app.derived.build, app.today);
    const std::string name = app.derived.credential ? app.derived.credential->short_name : "exam";
    return certplan::study_plan_ics(app.derived.study_plan, name, app.today,
                                    certplan::date_statement(app.derived.study_plan, app.derived.pace).text);
}

void app_choose_target(App& app, const std::string& id) {
    if (certplan::can_be_target(app.catalog, id, app.today) == certplan::TargetFit::no) return;  // core/target.h
    app_edit(app, [&](PlanDocument& p) {
        p.credential = id;  // each credential keeps its own answers in plan.answers
        p.target_chosen = true;
        p.profile.exam_plan_chosen = true;  // choosing a target is choosing its exam plan, whatever the verdict (issue 26.7)
    });
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
    app_edit(app, [&](PlanDocument& p) {
        certplan::Answers& a = p.answers[target];
        if (rating == certplan::Rating::unrated) a.erase(item_id);
        else a[item_id] = rating;
        if (a.empty()) p.answers.erase(target);
    });
}

void app_check_answer(App& app, const std::string& question_id, int option) {
    if (option < 0 || option > 255) return;
    app_edit(app, [&](PlanDocument& p) { p.checks[question_id] = uint8_t(option); });
}

void app_check_finished(App& app, const std::string& check_key) {
    // Wraps at 256: only the step from one attempt to the next matters.
    app_edit(app, [&](PlanDocument& p) { ++p.check_attempts[check_key]; });
}

void app_dismiss_notice(App& app, size_t i) {
    if (i >= app.notices.size()) return;
    const Notice& n = app.notices[i];
    if (!n.dismiss_key.empty() && app.host.storage_set) app.host.storage_set(n.dismiss_key, n.dismiss_value);
    app.notices.erase(app.notices.begin() + long(i));
}
