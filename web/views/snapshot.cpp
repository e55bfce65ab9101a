// window.certplan.snapshot(): the plan exactly as saved, what the views show, and the figures the browser
// tests check against the page. Written as JSON text (core/json_text): no JSON builder in the download.
#include "date.h"
#include "date_statement.h"
#include "fill.h"
#include "json_text.h"
#include "storage.h"
#include "vocabulary.h"
#include "views.h"

namespace {
const char* boolean(bool b) { return b ? "true" : "false"; }
}  // namespace

std::string app_snapshot_json(const App& app, const Views& views) {
    using certplan::fill;
    using certplan::json_string;
    const View shown = views.view_state.view;
    const char* view = shown == View::compare ? "compare" : shown == View::assess ? "assess" : shown == View::plan ? "plan" : "share";
    std::string rows, domains, notices;
    for (size_t i : certplan::compare_rows(app.catalog, views.compare.filter, views.compare.order, app.today))
        rows += (rows.empty() ? "" : ",") + json_string(app.catalog.credentials[i].id);
    const certplan::Readiness& r = app.derived.readiness;
    for (const auto& d : r.domains)
        domains += fill("{}{\"id\":{},\"readiness\":{},\"self_rated\":{},\"checked\":{},\"lowered\":{}}",
                        {domains.empty() ? "" : ",", json_string(d.id), certplan::json_number(d.readiness),
                         certplan::json_number(d.self_rated), d.check.complete() ? certplan::json_number(d.check.score()) : "null",
                         boolean(d.lowered)});
    for (const Notice& n : app.notices) notices += (notices.empty() ? "" : ",") + json_string(n.text);
    const certplan::Estimate& e = app.derived.estimate;
    const certplan::StudyPlan& sp = app.derived.study_plan;
    const certplan::Pace& pg = app.derived.pace;
    const auto num = [](double v) { return certplan::json_number(v); };
    // The plan exactly as it is saved (plan_to_json is JSON already).
    return fill("{\"view\":\"{}\",\"plan\":{},\"compare\":{\"rows\":[{}],\"selected\":{}},"
                "\"readiness\":{\"overall\":{},\"rated\":{},\"domains\":[{}]},\"advice\":{\"first_credential\":{},\"verdict\":{},\"exam_plan_shown\":{}},"
                "\"target\":{\"credential\":{},\"origin\":\"{}\",\"status\":\"{}\",\"retirement\":{}},"
                "\"estimate\":{\"ok\":{},\"weeks_low\":{},\"weeks_high\":{},\"feasibility\":\"{}\"},"
                "\"study_plan\":{\"weeks\":{},\"weeks_off\":{},\"exam_day\":\"{}\"},\"share\":{\"viewing_shared\":{}},"
                "\"progress\":{\"logged\":{},\"today\":\"{}\",\"hours_done\":{},\"hours_planned_to_date\":{},\"hours_total\":{},"
                "\"hours_ahead\":{},\"weeks_ahead\":{},\"hours_per_week_kept\":{},\"finish_day\":\"{}\",\"hours_per_week_needed\":{},"
                "\"on_time\":{},\"message\":{},\"date_statement\":{},\"burn_down\":{},\"replan_at_pace\":{},\"replan_to_keep_date\":{}},"
                "\"saving\":{\"saved\":{}},\"notices\":[{}]}",
                {view, certplan::plan_to_json(app.plan), rows, json_string(views.compare.selected), certplan::json_number(r.overall),
                 std::to_string(r.rated), domains, json_string(app.derived.advice.first_credential),
                 json_string(certplan::vocabulary::verdict().terms[size_t(app.derived.advice.verdict)].key),
                 boolean(certplan::exam_plan_shown(app.derived.advice, app.plan.profile)),
                 json_string(app.derived.target.credential), certplan::target_origin_key(app.derived.target.origin),
                 certplan::to_string(app.derived.status.value), json_string(app.derived.retirement.text), boolean(e.ok),
                 std::to_string(e.weeks_low), std::to_string(e.weeks_high), certplan::date_fit_key(sp.fit),
                 std::to_string(sp.weeks.size()), std::to_string(sp.weeks_off), certplan::format_date(sp.exam_day),
                 boolean(app.shared.viewing), boolean(pg.logged), certplan::format_date(app.today), num(pg.hours_done),
                 num(pg.hours_planned_to_date), num(pg.hours_total), num(pg.hours_ahead), num(pg.weeks_ahead),
                 num(pg.hours_per_week_kept), pg.finish_day ? certplan::format_date(pg.finish_day) : "",
                 num(pg.hours_per_week_needed), boolean(pg.on_time), json_string(pg.message),
                 json_string(certplan::date_statement(sp, pg).text), json_string(app.derived.burn_down.text),
                 json_string(app.derived.replan_at_pace.summary), json_string(app.derived.replan_at_needed.summary), boolean(app.plan_revision == app.save.saved_revision && !app.save.stale && !app.save.failing), notices});
}
