// window.certplan.snapshot(): the plan exactly as saved, what the views show, and the figures the browser
// tests check against the page.
#include <nlohmann/json.hpp>

#include "plan_codec.h"
#include "views.h"

std::string app_snapshot_json(const App& app, const Views& views) {
    using nlohmann::json;
    json j;
    j["view"] = app.view == View::compare ? "compare" : app.view == View::assess ? "assess" : app.view == View::plan ? "plan" : "share";
    // The plan exactly as it is saved.
    j["plan"] = json::parse(certplan::plan_to_json(app.plan), nullptr, false);
    json rows = json::array();
    for (size_t i : certplan::compare_rows(app.catalog, views.compare.filter, views.compare.order))
        rows.push_back(app.catalog.credentials[i].id);
    j["compare"] = {{"rows", rows}, {"selected", views.compare.selected}};
    const certplan::Readiness& r = app.derived.readiness;
    json domains = json::array();
    for (const auto& d : r.domains) domains.push_back({{"id", d.id}, {"readiness", d.readiness}});
    j["readiness"] = {{"overall", r.overall}, {"rated", r.rated}, {"domains", domains}};
    j["advice"] = {{"first_credential", app.derived.advice.first_credential}};
    const certplan::Estimate& e = app.derived.estimate;
    j["estimate"] = {{"ok", e.ok}, {"weeks_low", e.weeks_low}, {"weeks_high", e.weeks_high},
                     {"feasibility", certplan::feasibility_key(e.feasibility)}};
    j["study_plan"] = {{"weeks", app.derived.study_plan.weeks.size()}};
    j["share"] = {{"viewing_shared", app.shared.viewing}};
    j["saving"] = {{"saved", app.plan_revision == app.save.saved_revision && !app.save.failing}};
    json notices = json::array();
    for (const Notice& n : app.notices) notices.push_back(n.text);
    j["notices"] = notices;
    return j.dump(-1, ' ', false, json::error_handler_t::replace);
}
