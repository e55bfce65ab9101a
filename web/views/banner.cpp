// The banner over a plan opened from a link: what it is, and the two ways out.
#include "imgui.h"
#include "share.h"
#include "theme.h"
#include "views.h"
#include "widgets.h"

void draw_shared_banner(App& app) {
    if (!app.shared.viewing) return;
    const ThemeColors& c = theme_colors();
    ImGui::Separator();
    ImGui::PushStyleColor(ImGuiCol_Text, c.warn);
    ui::heading("Viewing a shared plan");
    ImGui::PopStyleColor();
    ui::text("This is someone's plan, opened from a link. Your own progress is safe and unchanged: nothing is saved "
             "until you choose.");
    if (!app.shared.link_problems.empty()) ui::text_colored(c.warn, "Left out: " + app.shared.link_problems + ".");
    if (ui::button("Keep mine")) app_keep_own_plan(app);
    ImGui::SameLine();
    if (ui::button("Use this plan")) app_use_shared_plan(app);
    ImGui::SameLine();
    ui::text_muted("(your current plan is kept as a backup)");
    ImGui::Separator();
}
