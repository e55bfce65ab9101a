// The banner over a plan opened from a link: what it is, and the two ways out.
#include "imgui.h"
#include "share.h"
#include "theme.h"
#include "views.h"
#include "widgets.h"

void draw_shared_banner(App& app) {
    if (!app.shared.viewing) return;
    const ThemeColors& c = theme_colors();
    // It stays while the shared plan is shown, so on a phone it is kept to a line and the two buttons: the
    // plan below, not the banner, is what the user came to see.
    const bool narrow = ImGui::GetContentRegionAvail().x < 600;
    ImGui::Separator();
    ui::text_colored(c.warn, narrow ? "Viewing a shared plan: yours is unchanged until you choose."
                                    : "Viewing a shared plan, opened from a link. Your own progress is safe and unchanged: "
                                      "nothing is saved until you choose.");
    if (!app.shared.link_problems.empty()) ui::text_colored(c.warn, "Left out: " + app.shared.link_problems + ".");
    if (ui::button("Keep mine")) app_keep_own_plan(app);
    ImGui::SameLine();
    if (ui::button("Use this plan")) app_use_shared_plan(app);
    if (!narrow) {
        ImGui::SameLine();
        ui::text_muted("(your current plan is kept as a backup)");
    }
    ImGui::Separator();
}
