// The messages for the user, above the views: infos fade, warnings and errors stay until dismissed. They
// take their own space, at most a third of the screen (scrolling inside beyond that), so that however many
// there are, the view below keeps its room and every control stays reachable.
#include "imgui.h"
#include "persistence.h"
#include "theme.h"
#include "views.h"
#include "widgets.h"

void draw_notices(App& app) {
    if (app.notices.empty()) return;
    const double now = ImGui::GetTime();
    const ThemeColors& c = theme_colors();
    const float max_h = ImGui::GetMainViewport()->WorkSize.y / 3;
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(FLT_MAX, max_h));
    ImGui::BeginChild("notices", ImVec2(0, 0), ImGuiChildFlags_AutoResizeY, ImGuiWindowFlags_NavFlattened);
    std::string restore, switch_to;  // acted on after the loop: each adds a notice
    for (size_t i = 0; i < app.notices.size();) {
        Notice& n = app.notices[i];
        if (n.shown_at < 0) n.shown_at = now;
        ImVec4 color = n.kind == Notice::Kind::error ? c.bad : n.kind == Notice::Kind::warning ? c.warn : c.good;
        ImGui::PushID(int(i));
        ImGui::PushStyleColor(ImGuiCol_Text, color);
        ui::status(n.text);
        ImGui::PopStyleColor();
        bool dismiss = false;
        if (!n.restore_key.empty() && ui::small_button("Restore the replaced plan")) {
            restore = n.restore_key;
            dismiss = true;
        }
        if (!n.switch_to.empty() && ui::small_button(n.switch_label.c_str())) {
            switch_to = n.switch_to;
            dismiss = true;
        }
        if (!n.restore_key.empty() || !n.switch_to.empty()) ImGui::SameLine();
        dismiss |= ui::small_button("Dismiss");
        ImGui::PopID();
        // Infos fade after 6 s; warnings and errors stay until dismissed.
        if (dismiss)
            app_dismiss_notice(app, i);
        else if (!n.sticky && n.kind == Notice::Kind::info && now - n.shown_at > 6.0)
            app.notices.erase(app.notices.begin() + long(i));
        else
            ++i;
    }
    ImGui::EndChild();
    if (!restore.empty()) app_restore_backup(app, restore);
    if (!switch_to.empty()) app_switch_target(app, switch_to);
}
