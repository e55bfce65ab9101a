// The messages for the user, above the views: infos fade, warnings and errors stay until dismissed.
#include "imgui.h"
#include "theme.h"
#include "views.h"
#include "widgets.h"

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
