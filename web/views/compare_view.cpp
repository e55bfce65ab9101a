// The Compare view: the credentials side by side in a sortable, filterable table, and a details panel
// with what the exam really tests, every fact's source, and today's status.
#include <algorithm>
#include <cmath>

#include "format.h"
#include "freshness.h"
#include "link.h"
#include "status.h"
#include "target.h"
#include "trust.h"
#include "imgui.h"
#include "mirror.h"
#include "theme.h"
#include "vocabulary.h"
#include "views.h"
#include "widgets.h"
#include "wording.h"

using certplan::CompareColumn;
using certplan::Status;

namespace {

void draw_filters(CompareViewState& v) {
    CompareFilter& f = v.filter;
    static const auto choices = [] {
        std::pair<std::vector<const char*>, std::vector<const char*>> c{{""}, {"All platforms"}};
        for (const certplan::Term& t : certplan::vocabulary::platform().terms) {
            c.first.push_back(t.key);
            c.second.push_back(t.long_label());
        }
        return c;
    }();
    ImGui::SetNextItemWidth(170);
    ui::combo("##platform", f.platform, choices.first.data(), choices.second.data(), int(choices.first.size()), "Platform");
    ui::same_line_if_fits(ui::checkbox_width("Retired"));
    ui::checkbox("Retired", &f.include_retired);
    ui::same_line_if_fits(ui::checkbox_width("Beta"));
    ui::checkbox("Beta", &f.include_beta);
    ui::same_line_if_fits(ui::checkbox_width("Course certificates"));
    ui::checkbox("Course certificates", &f.include_courses);
    ui::same_line_if_fits(ui::checkbox_width("Fee limit"));
    bool limit = f.max_fee_usd >= 0;
    if (ui::checkbox("Fee limit", &limit)) f.max_fee_usd = certplan::fee_limit_when(limit);
    if (limit) {
        ui::same_line_if_fits(140 + ImGui::CalcTextSize("Maximum fee").x);
        // The scale is core's (core/compare.h): whole dollars, an arrow key on the mirror moves it one step.
        const certplan::FeeLimitScale& scale = certplan::kFeeLimit;
        int fee = int(std::lround(f.max_fee_usd));
        ImGui::SetNextItemWidth(140);
        if (ui::slider_int("Maximum fee", &fee, scale.low, scale.high, "up to $%d", nullptr, scale.step)) f.max_fee_usd = fee;
    }
}

void weight_cell(const Credential& c) {
    ui::align_to_row();
    const certplan::HiringLevel w = certplan::hiring_weight_for(c, certplan::kEnterpriseEmployer);
    const ThemeColors& col = theme_colors();
    ImVec4 color = w == certplan::HiringLevel::high ? col.good : w == certplan::HiringLevel::unknown ? col.muted : col.text;
    ui::label(certplan::label(w), &color);
}

void cell(const std::string& s, bool muted = false) {
    ui::align_to_row();
    ui::label(s, muted ? &theme_colors().muted : nullptr);
}

// The columns that decide come first: status, fee, hiring weight and pass rate, then the rest. Every column's
// rows are controls of the view itself: Tab walks them one by one. Where the last three columns do not fit
// (a 1280 px screen beside the details), they are left out, whole rather than squeezed: the details show them.
// (A phone gets cards instead: draw_cards.) Returns whether every column is shown.
constexpr float kEveryColumnWidth = 920;  // the eight columns' content, measured at 1x
bool draw_table(App& app, CompareViewState& v) {
    const bool every_column = ImGui::GetContentRegionAvail().x >= kEveryColumnWidth;
    const ImGuiTableColumnFlags rest = every_column ? 0 : ImGuiTableColumnFlags_Disabled;
    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_Resizable;
    if (!ImGui::BeginTable("credentials", 8, flags)) return every_column;
    ImGui::TableSetupColumn("Credential", ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_WidthFixed, 190,
                            ImGuiID(CompareColumn::name));
    ImGui::TableSetupColumn("Status", 0, 0, ImGuiID(CompareColumn::status));
    ImGui::TableSetupColumn("Fee", 0, 0, ImGuiID(CompareColumn::fee));
    ImGui::TableSetupColumn("Enterprise", 0, 0, ImGuiID(CompareColumn::enterprise_weight));
    // The last column shown takes what width is left: no empty sliver of a column after it.
    const ImGuiTableColumnFlags last = ImGuiTableColumnFlags_WidthStretch;
    ImGui::TableSetupColumn("Pass rate", every_column ? 0 : last, 0, ImGuiID(CompareColumn::pass_rate));
    ImGui::TableSetupColumn("Platform", rest, 0, ImGuiID(CompareColumn::platform));
    ImGui::TableSetupColumn("Length", rest, 0, ImGuiID(CompareColumn::duration));
    ImGui::TableSetupColumn("Valid for", rest | (every_column ? last : 0), 0, ImGuiID(CompareColumn::validity));
    ui::table_headers();  // sort buttons
    if (ImGuiTableSortSpecs* sort = ImGui::TableGetSortSpecs(); sort && sort->SpecsCount > 0) {
        v.order.column = CompareColumn(sort->Specs[0].ColumnUserID);
        v.order.descending = sort->Specs[0].SortDirection == ImGuiSortDirection_Descending;
    }
    const ThemeColors& col = theme_colors();
    for (size_t i : certplan::compare_rows(app.catalog, v.filter, v.order, app.today)) {
        const Credential& c = app.catalog.credentials[i];
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        bool selected = v.selected == c.id;
        if (ui::selectable(c.short_name.c_str(), selected, ImGuiSelectableFlags_SpanAllColumns)) {
            v.selected = c.id;
            v.chosen = true;
        }
        ImGui::TableSetColumnIndex(1);
        const certplan::StatusAt st = certplan::status_at(c, app.today);
        ImVec4 sc = st.value == Status::retired ? col.bad : st.value == Status::active ? col.good : col.warn;
        ImGui::PushStyleColor(ImGuiCol_Text, sc);
        cell(certplan::status_cell(st));
        ImGui::PopStyleColor();
        ImGui::TableSetColumnIndex(2);
        cell(fmt_fee(c.fee_usd), !c.fee_usd.value);
        ImGui::TableSetColumnIndex(3);
        weight_cell(c);
        ImGui::TableSetColumnIndex(4);
        cell(c.pass_rate.value ? *c.pass_rate.value : "not published", !c.pass_rate.value);
        ImGui::TableSetColumnIndex(5);
        cell(platform_label(c.platform));
        ImGui::TableSetColumnIndex(6);
        cell(fmt_minutes(c.duration_minutes), !c.duration_minutes.value);
        ImGui::TableSetColumnIndex(7);
        cell(fmt_months(c.validity_months), !c.validity_months.value);
    }
    ImGui::EndTable();
    return every_column;
}

// Narrow (phones): each credential folds into a card, the whole card the row to tap: its name, and the deciding
// figures (status, fee, weight in hiring, pass rate) on the lines below it, wrapped whole: nothing cut, no
// sideways scrolling; a separator as close to the card above as to the card below.
// The order is a list's pick rather than column headers, which a phone's width cannot hold.
void draw_cards(App& app, CompareViewState& v) {
    static const char* const kKeys[] = {"name", "status", "fee", "enterprise", "pass-rate"};
    static const char* const kLabels[] = {"Credential", "Status", "Fee", "Enterprise", "Pass rate"};
    static const CompareColumn kColumns[] = {CompareColumn::name, CompareColumn::status, CompareColumn::fee,
                                             CompareColumn::enterprise_weight, CompareColumn::pass_rate};
    std::string key = "name";
    for (int i = 0; i < 5; ++i)
        if (v.order.column == kColumns[i]) key = kKeys[i];
    ImGui::AlignTextToFramePadding();
    ui::label("Sort by");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x);
    if (ui::combo("##sort", key, kKeys, kLabels, 5, "Sort by"))
        for (int i = 0; i < 5; ++i)
            if (key == kKeys[i]) v.order = {kColumns[i], false};
    const ThemeColors& col = theme_colors();
    const ImGuiStyle& style = ImGui::GetStyle();
    const float line = ImGui::GetTextLineHeight();
    for (size_t i : certplan::compare_rows(app.catalog, v.filter, v.order, app.today)) {
        const Credential& c = app.catalog.credentials[i];
        ImGui::Separator();
        const certplan::StatusAt st = certplan::status_at(c, app.today);
        const ImVec4 sc = st.value == Status::retired ? col.bad : st.value == Status::active ? col.good : col.warn;
        const certplan::HiringLevel weight = certplan::hiring_weight_for(c, certplan::kEnterpriseEmployer);
        const ImVec4 wc = weight == certplan::HiringLevel::high ? col.good : weight == certplan::HiringLevel::unknown ? col.muted : col.text;
        std::pair<std::string, ImVec4> parts[] = {
            {certplan::status_cell(st), sc},
            {"Fee " + fmt_fee(c.fee_usd), c.fee_usd.value ? col.text : col.muted},
            {std::string("Enterprise ") + certplan::label(weight), wc},
            {"Pass rate " + (c.pass_rate.value ? *c.pass_rate.value : std::string("not published")),
             c.pass_rate.value ? col.text : col.muted}};
        // The figures' places under the name: each on the line so far where it fits whole, else at the start of
        // the next. Laid out first, so that the whole card, name and figures, is the one row to tap.
        const float avail = ImGui::GetContentRegionAvail().x;
        ImVec2 at[4];
        float x = 0, y = line + style.ItemSpacing.y;
        for (size_t k = 0; k < 4; ++k) {
            if (k > 0) {
                const std::string joined = "  -  " + parts[k].first;
                if (x + ImGui::CalcTextSize(joined.c_str()).x <= avail) parts[k].first = joined;
                else x = 0, y += line + style.ItemSpacing.y;
            }
            at[k] = ImVec2(x, y);
            x += ImGui::CalcTextSize(parts[k].first.c_str()).x;
        }
        const ImVec2 top = ImGui::GetCursorScreenPos();
        ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(0, 0));  // the name at the card's top
        if (ui::selectable(c.short_name.c_str(), v.selected == c.id, 0, ImVec2(0, y + line))) {
            v.selected = c.id;
            v.chosen = true;
        }
        ImGui::PopStyleVar();
        const ImVec2 below = ImGui::GetCursorScreenPos();
        for (size_t k = 0; k < 4; ++k) {
            ImGui::SetCursorScreenPos(ImVec2(top.x + at[k].x, top.y + at[k].y));
            ui::label(parts[k].first, &parts[k].second);
        }
        ImGui::SetCursorScreenPos(below);
    }
    ImGui::Separator();
}

// `last_checked`: the day the credential's facts were last checked against their sources (core/trust.h counts a
// confirmed fact's age from it).
void source_line(const App& app, const std::string& source, const std::string& as_of, bool verified,
                 const std::string& last_checked) {
    const std::string line = "Source: " + provenance(app.catalog, source, as_of, verified);
    const certplan::Source* s = app.catalog.source(source);
    const bool stale = certplan::fact_possibly_out_of_date(s, verified, as_of, last_checked, app.today);
    // With a link in data/, the line itself opens the source (a new tab); otherwise it is text.
    if (s && certplan::openable_url(s->url)) {
        ImGui::PushID(&as_of);  // one id per fact: many facts share a source line
        if (ui::link(line, s->url)) app_open_url(app, s->url);
        ImGui::PopID();
        ui::tooltip(provenance_detail(app.catalog, source));
        // A fact last known to hold more than a year before today may have changed since (core/trust.h decides).
        if (stale) {
            ImGui::SameLine();
            ui::text_colored(theme_colors().warn, "- possibly out of date");
        }
        return;
    }
    if (stale) ui::text_colored(theme_colors().warn, line + " - possibly out of date");
    else ui::text_muted(line);
    ui::tooltip(provenance_detail(app.catalog, source));
}

// One fact: its value, its note, and where it comes from (in a third column when there is room).
template <typename T>
void fact_row(const App& app, const Credential& c, const char* label, const std::string& shown, const certplan::Fact<T>& f,
              bool source_column) {
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    cell(label, true);
    ImGui::TableSetColumnIndex(1);
    ui::text(shown);
    if (!f.note.empty()) ui::text_muted(f.note);
    if (source_column) ImGui::TableSetColumnIndex(2);
    source_line(app, f.source, f.as_of, f.verified, c.last_checked);
}

void draw_details(App& app, CompareViewState& v, const Credential& c) {
    const ThemeColors& col = theme_colors();
    ui::heading(c.name.c_str());
    ui::text_muted(c.provider + (platform_label(c.platform) == c.provider ? "" : " - " + platform_label(c.platform)) + " - " + c.level +
                   (c.kind == certplan::CredentialKind::exam ? " exam" : ""));
    // The status on today, from its dated events (core/status.h), with what is announced next.
    const certplan::StatusAt st = certplan::status_at(c, app.today);
    std::string said = certplan::status_sentence(st);
    if (!c.status.note.empty()) said += (said.empty() ? "" : " ") + c.status.note;
    if (st.value == Status::active) ui::text_muted(said);
    else ui::text_colored(st.value == Status::retired ? col.bad : col.warn, said);
    if (st.value == Status::retired)
        for (const std::string& s : c.status.successors)
            if (const Credential* succ = app.catalog.credential(s)) {
                std::string label = "See its successor: " + succ->short_name;
                if (ui::button(label.c_str())) {
                    v.selected = succ->id;
                    v.chosen = true;
                }
            }
    if (app.derived.target.credential == c.id)
        ui::text_muted(app.derived.target.origin == certplan::TargetOrigin::user ? "Your target: you chose it."
                                                                                : "Your target: the advice's first pick.");
    else if (certplan::can_be_target(app.catalog, c.id, app.today) == certplan::TargetFit::yes &&
             ui::button("Make this my target"))
        app_choose_target(app, c.id);
    ImGui::Spacing();
    ui::heading("What it really tests");
    ui::text(fmt_text(c.tests_what));
    source_line(app, c.tests_what.source, c.tests_what.as_of, c.tests_what.verified, c.last_checked);
    ImGui::Spacing();
    ui::heading("The facts");
    ui::text_muted(certplan::facts_checked_sentence(c.last_checked));
    const bool wide = ImGui::GetContentRegionAvail().x >= 480;
    if (ImGui::BeginTable("facts", wide ? 3 : 2, ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("Fact", ImGuiTableColumnFlags_WidthFixed, wide ? 110.0f : 90.0f);
        ImGui::TableSetupColumn("Value", ImGuiTableColumnFlags_WidthStretch, 0.6f);
        if (wide) ImGui::TableSetupColumn("Source", ImGuiTableColumnFlags_WidthStretch, 0.4f);
        ui::table_headers();
        fact_row(app, c, "Fee", fmt_fee(c.fee_usd), c.fee_usd, wide);
        fact_row(app, c, "Length", fmt_minutes(c.duration_minutes), c.duration_minutes, wide);
        fact_row(app, c, "Questions", fmt_text(c.questions), c.questions, wide);
        fact_row(app, c, "Pass mark", fmt_text(c.pass_mark), c.pass_mark, wide);
        fact_row(app, c, "Pass rate", c.pass_rate.value ? fmt_text(c.pass_rate) : "not published", c.pass_rate, wide);
        fact_row(app, c, "Valid for", fmt_months(c.validity_months), c.validity_months, wide);
        fact_row(app, c, "Renewal", fmt_text(c.renewal), c.renewal, wide);
        fact_row(app, c, "Languages", fmt_list(c.languages), c.languages, wide);
        fact_row(app, c, "Delivery", fmt_text(c.delivery), c.delivery, wide);
        fact_row(app, c, "Experience", fmt_text(c.recommended_experience), c.recommended_experience, wide);
        ImGui::EndTable();
    }
    ImGui::Spacing();
    ui::heading("Weight in hiring");
    for (const auto& h : c.hiring_weight) {
        ImVec4 color = h.weight == certplan::HiringLevel::high ? col.good : h.weight == certplan::HiringLevel::unknown ? col.muted : col.text;
        ui::text_colored(color, employer_label(h.employer) + ": " + certplan::label(h.weight) + (h.verified ? "" : " (unverified)"));
        if (!h.note.empty()) {
            ImGui::Indent();
            ui::text_muted(h.note);
            ImGui::Unindent();
        }
    }
    if (c.has_blueprint) {
        ImGui::Spacing();
        ui::heading("Exam blueprint");
        ui::text_muted(c.blueprint.guide + (c.blueprint.weights_note.empty() ? "" : ". " + c.blueprint.weights_note) + ".");
        source_line(app, c.blueprint.source, c.blueprint.as_of, c.blueprint.verified, c.last_checked);
        for (const auto& d : c.blueprint.domains) {
            ui::progress(float(d.weight_mid() / 100.0), ImVec2(90, 0), certplan::weight_range(d.weight_low, d.weight_high).c_str());
            ImGui::SameLine();
            ui::text(d.name);
        }
    }
}

// The short answer to "should I certify at all, and which first?", from the Plan view's questions.
void draw_advice_card(App& app, ViewState& shown) {
    const certplan::AdviceResult& a = app.derived.advice;
    ui::heading("Should I certify, and which first?");
    std::string first = app.catalog.credential(a.first_credential) ? app.catalog.credential(a.first_credential)->short_name : "";
    ui::text(std::string(certplan::verdict_title(a.verdict)) + (first.empty() ? "" : ". Start with " + first + "."));
    for (const auto& r : a.reasons)
        if (r.kind == certplan::ReasonKind::status) ui::text_muted(r.text);
    ui::text_muted("Based on the source article's criteria and your answers in the Plan view. The more you answer, "
                   "the firmer the verdict.");
    if (ui::button("Answer the questions")) show_view(shown, View::plan);
}

}  // namespace

void compare_view_follow_plan(const App& app, CompareViewState& v) {
    if (v.seen_replaced != app.plan_replaced) v.chosen = false;
    v.seen_replaced = app.plan_replaced;
    if (!v.chosen && !app.catalog.credentials.empty()) v.selected = app.derived.target.credential;
}

void draw_selected(App& app, CompareViewState& v) {
    if (const Credential* c = app.catalog.credential(v.selected)) draw_details(app, v, *c);
    else ui::text_muted("Select a credential in the table to see what it really tests, its facts and their sources.");
}

void draw_compare_view(App& app, Views& views) {
    CompareViewState& v = views.compare;
    draw_filters(v);
    const float avail_w = ImGui::GetContentRegionAvail().x;
    if (avail_w >= 1000) {
        // Wide: the table and the advice on the left, the selected credential's details on the right.
        ImGui::BeginChild("table", ImVec2(avail_w * 0.6f, 0), ImGuiChildFlags_None, ImGuiWindowFlags_NavFlattened);
        if (!draw_table(app, v))
            ui::text_muted("Platform, exam length and validity: in the details of the credential you select.");
        ImGui::Spacing();
        // As tall as the advice: a box to the foot of the screen stood mostly empty.
        ImGui::BeginChild("advice", ImVec2(0, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY, ImGuiWindowFlags_NavFlattened);
        draw_advice_card(app, views.view_state);
        ImGui::EndChild();
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("details", ImVec2(0, 0), ImGuiChildFlags_Border, ImGuiWindowFlags_NavFlattened);
        draw_selected(app, v);
        ImGui::EndChild();
    } else {
        // Narrow (phones): one column that scrolls as a whole; the answer first, then the cards, then details.
        draw_advice_card(app, views.view_state);
        ImGui::Separator();
        draw_cards(app, v);
        ImGui::Spacing();
        draw_selected(app, v);
    }
}
