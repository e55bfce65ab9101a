// The Assess view: the official blueprint as a checklist. Each item gets a rating; readiness per domain
// and overall (weighted by the blueprint), a chart, and what to work on next.
#include <cmath>

#include "charts.h"
#include "focus_text.h"
#include "format.h"
#include "imgui.h"
#include "mirror.h"
#include "persistence.h"
#include "target.h"
#include "trust.h"
#include "theme.h"
#include "views.h"
#include "widgets.h"
#include "wording.h"

using certplan::Rating;

namespace {

using certplan::percent;

std::string weight_text(const certplan::Domain& d) { return certplan::weight_range(d.weight_low, d.weight_high); }

void draw_credential_picker(App& app) {
    const Credential* current = app.derived.credential;
    std::string preview = current ? current->short_name : "Choose an exam";
    ImGui::SetNextItemWidth(std::fmin(320.0f, ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize("Exam").x - 16));
    if (ui::combo_open("Exam", preview.c_str())) {
        for (const auto& c : app.catalog.credentials) {
            if (certplan::can_be_target(app.catalog, c.id, app.today) == certplan::TargetFit::no) continue;
            const certplan::Status st = certplan::status_at(c, app.today).value;
            std::string label = c.short_name + (st == certplan::Status::retired ? " (retired)"
                                                : st == certplan::Status::beta ? " (beta)"
                                                : st == certplan::Status::announced ? " (not open yet)" : "");
            bool selected = c.id == app.derived.target.credential;
            if (ui::combo_option(label.c_str(), selected, c.id.c_str())) app_choose_target(app, c.id);
        }
        ui::combo_close();
    }
    if (current && app.derived.status.value == certplan::Status::retired) {
        ui::text_colored(theme_colors().bad, certplan::status_sentence(app.derived.status) +
                                                 " The checklist stays for holders reviewing, but plan for its successor.");
    }
}

// `heading`: false on a phone, where the line kept above the scrolling list says the overall figure already.
void draw_summary(App& app, bool heading = true) {
    const certplan::Readiness& r = app.derived.readiness;
    const ThemeColors& c = theme_colors();
    const float radius = 46;
    const certplan::ReadinessBand band = certplan::readiness_band(r);
    ImVec4 ring = band == certplan::ReadinessBand::ready ? c.good : band == certplan::ReadinessBand::near ? c.accent : c.warn;
    draw_ring(float(r.overall), radius, ImGui::GetColorU32(ring));
    ImGui::SameLine();
    ImGui::BeginGroup();
    if (heading) ui::heading(("Overall readiness " + percent(r.overall)).c_str());
    ui::text_muted(certplan::weights_sentence(certplan::blueprint_trust(app.catalog, *app.derived.credential, *app.derived.checklist)) +
                   " Rated " + std::to_string(r.rated) + " of " +
                   std::to_string(r.items) + " items; unrated items count as \"" + certplan::rating_in_prose(certplan::Rating::not_yet) + "\".");
    // The rule's figures come from core/readiness.h, so the sentence cannot drift from the rule.
    const std::string floor = percent(certplan::kReadyDomainFloor), overall = percent(certplan::kReadyOverall);
    if (r.ready_to_book)
    {
        ui::text_colored(c.good, "Ready to book: every domain is at " + floor + " or more and the total is at least " + overall + ".");
        const std::string first = certplan::check_first_note(r);  // no check taken: Check me first
        if (!first.empty()) ui::text_colored(c.warn, first);
    }
    else
        ui::text_colored(c.warn, "Not ready to book yet. certplan's rule of thumb: at least " + overall +
                                     " overall and no domain below " + floor + ".");
    ImGui::EndGroup();
}

void draw_chart(App& app) {
    const certplan::Readiness& r = app.derived.readiness;
    std::vector<BarRow> rows;
    for (size_t i = 0; i < r.domains.size(); ++i) {
        const auto& d = r.domains[i];
        rows.push_back({d.name, "weight " + weight_text(app.derived.credential->blueprint.domains[i]) +
                                    (d.lowered ? ", counted at its check" : ""), float(d.readiness)});
    }
    ui::heading("Readiness by domain");
    ui::text_muted("The line marks " + percent(certplan::kReadyDomainFloor) + ", the least each domain needs before booking.");
    draw_readiness_bars("domains", rows, float(certplan::kReadyDomainFloor));
}

void draw_focus(App& app) {
    const certplan::FocusText t = certplan::focus_text(app.derived.readiness);
    ui::heading("Focus next");
    if (!t.done.empty()) {
        ui::text(t.done);
        return;
    }
    if (!t.weakest.empty()) ui::text_muted(t.weakest);
    ui::text_muted(t.intro);
    for (const std::string& line : t.items) {
        ui::bullet();
        ui::text(line);
    }
}

void draw_item(App& app, const certplan::ChecklistItem& item) {
    const Rating current = [&] {
        auto& a = app.plan.answers_for(app.derived.target.credential);
        auto it = a.find(item.id);
        return it == a.end() ? Rating::unrated : it->second;
    }();
    ImGui::PushID(item.id.c_str());
    ui::text(item.text);
    if (item.judgement) ui::text_muted("Engineering judgement the source article says the exam really tests.");
    static const Rating choices[] = {Rating::not_yet, Rating::learning, Rating::can_explain, Rating::in_production};
    const float avail = ImGui::GetContentRegionAvail().x;
    for (int i = 0; i < 4; ++i) {
        const char* label = certplan::rating_label(choices[i]);
        if (i > 0) {
            float next_w = ImGui::CalcTextSize(label).x + ImGui::GetFrameHeight() + 24;
            if (ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + next_w < avail) ImGui::SameLine(0, 16);
        }
        bool active = current == choices[i];
        if (ui::radio(label, active, item.id.c_str(), item.text.c_str()))
            app_rate(app, item.id, active ? Rating::unrated : choices[i]);  // clicking the active one clears it
    }
    ImGui::PopID();
    ImGui::Spacing();
}

void draw_domains(App& app, Views& views) {
    const certplan::Readiness& r = app.derived.readiness;
    const auto& domains = app.derived.credential->blueprint.domains;
    ui::heading("Checklist");
    ui::text_muted("Rate each item honestly: " + certplan::rating_scale() + ". Click a "
                   "chosen rating again to clear it. Saved in this browser as you go.");
    // The calibration rule's figure comes from core/calibration.h, so the sentence cannot drift from the rule.
    ui::text_muted("Under each domain, Check me asks short scenario questions in certplan's own words (not exam "
                   "questions). When a finished check falls more than " + percent(certplan::kCheckGap) +
                   " below your self-rating, the plan counts the checked figure.");
    for (size_t i = 0; i < domains.size(); ++i) {
        const auto& d = domains[i];
        // The figure that moves first: a phone's width cuts the end of a long header off.
        std::string label = percent(r.domains[i].readiness) + " ready  -  " + d.name + "  -  " + weight_text(d) +
                            " of the exam###" + d.id;
        if (ui::disclosure(label.c_str(), i == 0, true)) {
            ImGui::Indent(8);
            for (const auto& item : app.derived.checklist->items)
                if (item.domain == d.id) draw_item(app, item);
            draw_domain_check(app, views.check, r.domains[i]);
            ImGui::Unindent(8);
        }
    }
}

void draw_data_tools(App& app) {
    ImGui::Separator();
    ui::heading("Your data");
    ui::text_muted("Progress is saved in this browser only. Export it to back it up or move it to another browser.");
    if (ui::button("Export progress (JSON)")) app_export_plan(app);
    ImGui::SameLine();
    if (ui::button("Import progress...") && app.host.open_import) app.host.open_import();
    ImGui::SameLine();
    if (ui::button("Reset...")) ImGui::OpenPopup("Reset all progress?");  // ImGui keeps the popup open until closed
    if (ImGui::BeginPopupModal("Reset all progress?", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ui::text("This clears every rating and your profile. The current plan is kept as a backup in this browser.");
        if (ui::button("Reset everything")) {
            app_reset_plan(app);
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ui::button("Cancel") || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
}

}  // namespace

void draw_assess_view(App& app, Views& views) {
    if (draw_late_catalog_wait(app)) return;  // the checklists come with the catalog's late part
    draw_credential_picker(app);
    if (!app.derived.credential || !app.derived.checklist || !app.derived.credential->has_blueprint) {
        ui::text("This credential has no exam blueprint to assess against (course certificates are completed, not "
                 "examined). Choose an exam above.");
        draw_data_tools(app);
        return;
    }
    const certplan::Checklist& cl = *app.derived.checklist;
    ui::text_muted(certplan::checklist_origin_sentence(app.catalog, *app.derived.credential, cl, app.today));
    ImGui::Spacing();
    const float w = ImGui::GetContentRegionAvail().x;
    if (w >= 900) {
        // Two panes that scroll on their own: the checklist, and the figures it moves.
        ImGui::BeginChild("checklist", ImVec2(w * 0.58f, 0), ImGuiChildFlags_None, ImGuiWindowFlags_NavFlattened);
        draw_domains(app, views);
        draw_data_tools(app);
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("figures", ImVec2(0, 0), ImGuiChildFlags_Border, ImGuiWindowFlags_NavFlattened);
        draw_summary(app);
        ImGui::Spacing();
        draw_chart(app);
        ImGui::Spacing();
        draw_focus(app);
        ImGui::EndChild();
    } else {
        // Narrow (phones): the overall figure stays on screen above the scrolling checklist, so each rating
        // is seen to move it.
        const certplan::Readiness& r = app.derived.readiness;
        ui::status("Overall readiness " + percent(r.overall) + "  -  rated " + std::to_string(r.rated) + " of " +
                   std::to_string(r.items) + " items");
        ImGui::BeginChild("checklist", ImVec2(0, 0), ImGuiChildFlags_None, ImGuiWindowFlags_NavFlattened);
        draw_summary(app, false);
        draw_chart(app);
        draw_focus(app);
        draw_domains(app, views);
        draw_data_tools(app);
        ImGui::EndChild();
    }
}
