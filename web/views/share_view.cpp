// The Share view: the plan as one link (the whole plan is in the part after '#', which never reaches a
// server), with a copy button and the link shown in full.
#include "imgui.h"
#include "mirror.h"
#include "share.h"
#include "theme.h"
#include "views.h"
#include "widgets.h"

void draw_share_view(App& app, Views&) {
    ui::heading("Share your plan as a link");
    ui::text("Send this link to a mentor or a study partner: it opens exactly this plan (credential, answers, "
             "profile and dates). Everything is in the link itself, after the '#', so it never reaches a server. "
             "Opening it never touches the other person's own progress.");
    if (draw_late_catalog_wait(app)) return;  // the link holds the answers by checklist position
    std::string url = app_share_url(app);
    if (app.shared.viewing) ui::text_colored(theme_colors().warn, "You are viewing a shared plan: this is its link.");
    if (ui::button("Copy link") && app.host.copy_text) {
        app.host.copy_text(url);
        app_notify(app, Notice::Kind::info, "Link copied. If pasting does not work, copy it from the address bar: it holds the same link.");
    }
    ImGui::SameLine();
    ui::text_muted(std::to_string(url.size()) + " characters");
    // The link in full, wrapped; where the clipboard is not available the address bar holds the same link.
    ui::text_muted(url);
    ImGui::Spacing();
    ui::text_muted("The link follows your plan: the address bar always holds the current one, so bookmarking the "
                   "page also bookmarks your plan.");
    ImGui::Spacing();
    ui::heading("Keyboard");
    ui::text("Tab moves to the next control and Shift+Tab to the previous one, in reading order through the whole "
             "view. Space or Enter operates the control with the focus: presses a button, ticks a box, chooses a "
             "rating, opens a list. The arrow keys move within a group: between an item's ratings, or the options "
             "of an open list. Escape closes a list or dialog without changing it. Alt+1 to Alt+4 switch to "
             "Compare, Assess, Plan and Share. Screen readers use the page's accessible copy of this interface: "
             "every control is a real button, tab, radio, checkbox, slider or list there.");
}
