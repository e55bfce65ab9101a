#include "app.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "shipped_catalog.h"
#include "imgui.h"
#include "check_order.h"
#include "date.h"
#include "ics.h"
#include "plan_codec.h"
#include "share.h"
#include "summary.h"
#include "theme.h"
#include "views.h"
#include "widgets.h"

void app_init(App& app, Host host) {
    app.host = std::move(host);
    certplan::CatalogLoad load = certplan::shipped_catalog();
    app.catalog = std::move(load.catalog);
    app.catalog_problems = std::move(load.problems);
    if (!app.catalog.credentials.empty()) app.compare.selected = app.plan.credential;
}

void app_notify(App& app, Notice::Kind kind, const std::string& text, bool sticky) {
    for (Notice& n : app.notices)
        if (n.text == text) {
            n.shown_at = -1;  // the same message again: show it afresh rather than twice
            return;
        }
    app.notices.push_back({kind, text, -1, sticky});
}

void app_plan_edited(App& app) {
    ++app.plan_revision;
    app.save.edited_at = app.now;
}

void app_derive(App& app) {
    Derived& d = app.derived;
    if (d.revision == app.plan_revision && d.today == app.today && d.credential && d.credential->id == app.plan.credential)
        return;
    d.revision = app.plan_revision;
    d.today = app.today;
    d.credential = app.catalog.credential(app.plan.credential);
    d.checklist = app.catalog.checklist(app.plan.credential);
    if (d.credential && d.checklist && d.credential->has_blueprint) {
        std::vector<certplan::DomainCheck> checks;
        for (const auto& dom : d.credential->blueprint.domains)
            checks.push_back(certplan::domain_check(app.questions, d.credential->id, dom.id, app.plan.checks_for(d.credential->id)));
        d.readiness = certplan::readiness(d.credential->blueprint, *d.checklist, app.plan.answers_for(app.plan.credential), 5, &checks);
    } else
        d.readiness = {};
    const certplan::Profile& p = app.plan.profile;
    d.advice = certplan::advise(app.catalog, p);
    certplan::EstimateInput in;
    in.background = p.background;
    in.credential = app.plan.credential;
    in.readiness = d.readiness.overall;
    in.rated = d.readiness.rated;
    in.hours_per_week = p.hours_per_week;
    in.hours_answered = p.hours_per_week > 0 || app.hours_zero_typed;
    in.today = app.today;
    in.target = certplan::parse_date(p.target_date);
    d.estimate = certplan::estimate(app.catalog.estimate, app.catalog, in);
    const int start = certplan::parse_date(p.start_date).value_or(app.today);
    d.study_plan = certplan::study_plan(app.catalog, app.catalog.estimate, d.estimate, d.credential, d.readiness, start, in.target);
}

void app_set_profile(App& app, const std::string& field, const std::string& value) {
    if (certplan::profile_value(app.plan.profile, field) == value) return;
    if (!certplan::set_profile_value(app.plan.profile, field, value)) return;
    app_plan_edited(app);
    app_derive(app);
}

void app_set_hours(App& app, double hours) {
    app.hours_zero_typed = hours <= 0;
    double stored = hours > 0 ? std::min(hours, 168.0) : 0;
    if (stored == app.plan.profile.hours_per_week) {
        app.derived.revision = ~0u;  // the typed-zero state changed the estimate
        app_derive(app);
        return;
    }
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

std::string app_summary_markdown(const App& app) {
    certplan::SummaryInput in;
    in.catalog = &app.catalog;
    in.credential = app.derived.credential;
    in.advice = &app.derived.advice;
    in.readiness = &app.derived.readiness;
    in.estimate = &app.derived.estimate;
    in.plan = &app.derived.study_plan;
    return certplan::plan_summary_markdown(in);
}

std::string app_calendar_ics(const App& app) {
    const std::string name = app.derived.credential ? app.derived.credential->short_name : "exam";
    return certplan::study_plan_ics(app.derived.study_plan, name, app.today);
}

void app_set_credential(App& app, const std::string& id) {
    if (!app.catalog.credential(id) || app.plan.credential == id) return;
    app.plan.credential = id;  // each credential keeps its own answers in plan.answers
    app_plan_edited(app);
    app_derive(app);
}

void app_rate(App& app, const std::string& item_id, certplan::Rating rating) {
    certplan::Answers& a = app.plan.answers[app.plan.credential];
    if (rating == certplan::Rating::unrated) a.erase(item_id);
    else a[item_id] = rating;
    if (a.empty()) app.plan.answers.erase(app.plan.credential);
    app_plan_edited(app);
    app_derive(app);
}

void app_start_check(App& app, const std::string& domain) {
    CheckSession& s = app.check;
    if (s.credential != app.plan.credential || s.domain != domain) s.last_order.clear();
    std::vector<const certplan::Question*> qs = app.questions.for_domain(app.plan.credential, domain);
    std::vector<size_t> order = certplan::check_order(qs.size(), ++s.attempts * 2654435761u, s.last_order);
    s.credential = app.plan.credential, s.domain = domain, s.at = 0, s.chosen = -1, s.right = 0;
    s.order.clear();
    for (size_t i : order) s.order.push_back(qs[i]->id);
    s.last_order = order;
}

void app_answer_check(App& app, int option) {
    CheckSession& s = app.check;
    if (s.finished() || s.order.empty() || s.chosen >= 0) return;  // one answer per question per attempt
    const certplan::Question* q = app.questions.question(s.order[s.at]);
    if (!q || option < 0 || option >= int(q->options.size())) return;
    s.chosen = option;
    if (option == q->best()) ++s.right;
    app.plan.checks[s.credential][q->id] = option;  // the latest answer counts: saved with the plan
    app_plan_edited(app);
    app_derive(app);
}

void app_next_check(App& app) {
    CheckSession& s = app.check;
    if (s.chosen < 0 || s.finished()) return;
    ++s.at, s.chosen = -1;
}

void app_close_check(App& app) { app.check.credential.clear(), app.check.domain.clear(), app.check.order.clear(); }

void app_set_theme(App& app, bool dark, bool chosen) {
    if (!chosen && app.theme_chosen) return;  // the user's own choice wins over the system's
    apply_theme(dark ? ThemeKind::dark : ThemeKind::light);
    if (chosen) {
        app.theme_chosen = true;
        if (app.host.storage_set) app.host.storage_set("certplan.theme", dark ? "dark" : "light");
    }
}

void app_show(App& app, View view) {
    app.view = view;
    app.view_requested = true;
}

namespace {

void draw_catalog_problems(const App& app) {
    ui::heading("The catalog embedded in this build is invalid");
    ui::text("certplan cannot show its comparison until these problems in data/ are fixed:");
    for (const auto& p : app.catalog_problems) ui::text_colored(theme_colors().bad, p.text());
}

void draw_tab(App& app, const char* label, View view, void (*draw)(App&)) {
    ImGuiTabItemFlags flags = app.view_requested && app.view == view ? ImGuiTabItemFlags_SetSelected : 0;
    if (ui::tab(label, flags)) {
        if (!app.view_requested) app.view = view;
        ImGui::BeginChild("view", ImVec2(0, 0), ImGuiChildFlags_None, ImGuiWindowFlags_None);
        draw(app);
        ImGui::EndChild();
        ImGui::EndTabItem();
    }
}

}  // namespace

void app_draw(App& app) {
    app_derive(app);
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGui::Begin("certplan", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    ui::heading("certplan");
    const float full_w = ImGui::GetContentRegionAvail().x;
    if (full_w >= 760) {  // phones: the title alone, the tabs say the rest
        ImGui::SameLine();
        ui::text_muted("Plan an ML-engineering certification: compare, assess, estimate. Offline; nothing leaves this browser.");
    }
    const bool dark = theme_kind() == ThemeKind::dark;
    const char* theme_label = dark ? "Light theme" : "Dark theme";
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - ImGui::CalcTextSize(theme_label).x - ImGui::GetStyle().FramePadding.x * 2);
    if (ui::small_button(theme_label)) app_set_theme(app, !dark, true);
    draw_notices(app);
    draw_shared_banner(app);
    if (!app.catalog_problems.empty()) {
        draw_catalog_problems(app);
    } else if (ImGui::BeginTabBar("views")) {
        draw_tab(app, "Compare", View::compare, draw_compare_view);
        draw_tab(app, "Assess", View::assess, draw_assess_view);
        draw_tab(app, "Plan", View::plan, draw_plan_view);
        draw_tab(app, "Share", View::share, draw_share_view);
        ImGui::EndTabBar();
    }
    app.view_requested = false;
    // Keyboard shortcuts: Alt+1..4 switch views (documented in the README and on the Share view).
    const ImGuiIO& io = ImGui::GetIO();
    if (io.KeyAlt && !io.WantTextInput) {
        const View views[] = {View::compare, View::assess, View::plan, View::share};
        for (int i = 0; i < 4; ++i)
            if (ImGui::IsKeyPressed(ImGuiKey(ImGuiKey_1 + i), false)) app_show(app, views[i]);
    }
    ImGui::End();
}

void draw_notices(App& app) {
    const double now = ImGui::GetTime();
    const ThemeColors& c = theme_colors();
    for (size_t i = 0; i < app.notices.size();) {
        Notice& n = app.notices[i];
        if (n.shown_at < 0) n.shown_at = now;
        ImVec4 color = n.kind == Notice::Kind::error ? c.bad : n.kind == Notice::Kind::warning ? c.warn : c.good;
        ImGui::PushID(int(i));
        ImGui::PushStyleColor(ImGuiCol_Text, color);
        ui::status(n.text);
        ImGui::PopStyleColor();
        ImGui::SameLine();
        bool dismiss = ui::small_button("Dismiss");
        ImGui::PopID();
        // Infos fade after 6 s; warnings and errors stay until dismissed.
        if (dismiss || (!n.sticky && n.kind == Notice::Kind::info && now - n.shown_at > 6.0))
            app.notices.erase(app.notices.begin() + long(i));
        else
            ++i;
    }
}

std::string app_snapshot_json(const App& app) {
    using nlohmann::json;
    json j;
    j["view"] = app.view == View::compare ? "compare" : app.view == View::assess ? "assess" : app.view == View::plan ? "plan" : "share";
    // The plan exactly as it is saved.
    j["plan"] = json::parse(certplan::plan_to_json(app.plan), nullptr, false);
    json rows = json::array();
    for (size_t i : certplan::compare_rows(app.catalog, app.compare.filter, app.compare.order))
        rows.push_back(app.catalog.credentials[i].id);
    j["compare"] = {{"rows", rows}, {"selected", app.compare.selected}};
    const certplan::Readiness& r = app.derived.readiness;
    json domains = json::array();
    for (const auto& d : r.domains)
        domains.push_back({{"id", d.id}, {"readiness", d.readiness}, {"self_rated", d.self_rated}, {"checked", d.check.score()},
                           {"check_complete", d.check.complete()}, {"lowered", d.lowered}});
    j["readiness"] = {{"overall", r.overall}, {"rated", r.rated}, {"domains", domains}};
    j["questions"] = app.questions_state == LateState::ready ? "ready" : app.questions_state == LateState::failed ? "failed" : "loading";
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
