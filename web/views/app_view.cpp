// The page around the views: title, theme switch, notices, the shared-plan banner and the four tabs.
#include "imgui.h"
#include "late_catalog.h"
#include "theme.h"
#include "views.h"
#include "widgets.h"

bool draw_late_catalog_wait(App& app) {
    if (app_catalog_complete(app)) return false;
    if (!app.late.failed) {
        ui::status("Loading the checklists…");
        return true;
    }
    ui::text_colored(theme_colors().bad, "The checklists, courses and estimate could not be loaded (" + app.late.problem +
                                             "). Are you offline? Check the connection, then try again.");
    if (ui::button("Try again")) app_retry_late_catalog(app);
    return true;
}

namespace {

void draw_catalog_problems(const App& app) {
    ui::heading("The catalog embedded in this build is invalid");
    ui::text("certplan cannot show its comparison until these problems in data/ are fixed:");
    for (const auto& p : app.catalog_problems) ui::text_colored(theme_colors().bad, p.text());
}

// A tab of the bar; true when it is the one shown. Its view is drawn after the bar (draw_view), so that
// Tab moves through all four tabs first and then into the view, in reading order.
bool draw_tab(const ViewState& shown, const char* label, View view) {
    ImGuiTabItemFlags flags = shown.view_requested && shown.view == view ? ImGuiTabItemFlags_SetSelected : 0;
    if (!ui::tab(label, flags)) return false;
    ImGui::EndTabItem();
    return true;
}

void draw_view(App& app, Views& views, void (*draw)(App&, Views&)) {
    // Flattened: Tab moves from the tabs into the view's controls and on through them, one by one, with
    // no panel to enter first (child windows are otherwise one stop for Tab, entered with Enter).
    ImGui::BeginChild("view", ImVec2(0, 0), ImGuiChildFlags_None, ImGuiWindowFlags_NavFlattened);
    draw(app, views);
    ImGui::EndChild();  // (each view its own child, by the caller's ID: its own scroll position)
}

// In place of a view whose code is not in yet (App::late.code_ready): it comes with the catalog's late part,
// so the same line, or the same failure and retry; "Loading…" if the catalog came first.
void draw_later_code_wait(App& app, Views&) {
    if (!draw_late_catalog_wait(app)) ui::status("Loading…");
}

}  // namespace

void app_draw(App& app, Views& views) {
    app_derive(app);
    compare_view_follow_plan(app, views.compare);
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    // No background of its own: the page's canvas is cleared with the same colour before every frame (web/main.cpp),
    // and a canvas-sized quad is real work for a software rasteriser (1170x2532 pixels on a phone).
    ImGui::Begin("certplan", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoBackground);
    if (theme_touch()) ImGui::AlignTextToFramePadding();  // level with the thumb-sized theme button beside it
    ui::heading("certplan");
    const float full_w = ImGui::GetContentRegionAvail().x;
    if (full_w >= 760) {  // phones: the title alone, the tabs say the rest
        ImGui::SameLine();
        ui::text_muted("Plan an ML-engineering certification: compare, assess, estimate. Offline; nothing leaves this browser.");
    }
    const bool dark = theme_kind() == ThemeKind::dark;
    const char* theme_label = dark ? "Light theme" : "Dark theme";
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - ImGui::CalcTextSize(theme_label).x - ImGui::GetStyle().FramePadding.x * 2);
    if (ui::small_button(theme_label)) theme_choose(views.view_state, !dark);
    draw_notices(app);
    draw_shared_banner(app);
    if (!app.catalog_problems.empty()) {
        draw_catalog_problems(app);
    } else if (ImGui::BeginTabBar("views")) {
        struct Tab {
            const char* label;
            View view;
            void (*draw)(App&, Views&);
        };
        static const Tab tabs[] = {{"Compare", View::compare, draw_compare_view}, {"Assess", View::assess, draw_assess_view},
                                   {"Plan", View::plan, draw_plan_view}, {"Share", View::share, draw_share_view}};
        const Tab* shown = nullptr;
        for (const Tab& t : tabs)
            if (draw_tab(views.view_state, t.label, t.view)) shown = &t;
        ImGui::EndTabBar();
        if (shown) {
            // A request (a button in a view, Alt+1..4) holds until its tab is the one shown: a request made
            // while a view draws comes after the tab bar, so the bar selects it on a later frame.
            ViewState& vs = views.view_state;
            if (vs.view_requested && shown->view == vs.view) vs.view_requested = false;
            if (!vs.view_requested) vs.view = shown->view;
            ImGui::PushID(shown->label);
            // Only Compare's code comes with the first frame; the other views' follows it (App::late.code_ready).
            const bool code_in = shown->view == View::compare || app.late.code_ready;
            draw_view(app, views, code_in ? shown->draw : draw_later_code_wait);
            ImGui::PopID();
        }
    }
    // Keyboard shortcuts: Alt+1..4 switch views (documented in the README and on the Share view).
    const ImGuiIO& io = ImGui::GetIO();
    if (io.KeyAlt && !io.WantTextInput) {
        const View shortcuts[] = {View::compare, View::assess, View::plan, View::share};
        for (int i = 0; i < 4; ++i)
            if (ImGui::IsKeyPressed(ImGuiKey(ImGuiKey_1 + i), false)) show_view(views.view_state, shortcuts[i]);
    }
    ImGui::End();
}
