#include "share.h"

#include "imgui.h"
#include "persistence.h"
#include "plan_codec.h"
#include "share_link.h"
#include "theme.h"
#include "widgets.h"

std::string app_share_fragment(const App& app) {
    return std::string(certplan::kSharePrefix) + certplan::encode_share_fragment(app.plan, app.catalog);
}

std::string app_share_url(const App& app) { return app.address.base_url + "#" + app_share_fragment(app); }

bool app_open_link(App& app, const std::string& fragment) {
    std::string f = fragment;
    if (!f.empty() && f[0] == '#') f.erase(0, 1);
    if (f.empty()) return false;
    if (f.rfind(certplan::kSharePrefix, 0) != 0 && f.size() < 16) return false;  // an ordinary anchor, not a link
    if (app.shared.viewing && f == app_share_fragment(app)) return true;       // the same link again
    if (!app.shared.viewing && f == app_share_fragment(app)) return false;     // our own address
    certplan::ShareDecode d = certplan::decode_share_fragment(f, app.catalog);
    if (!d.ok) {
        app_notify(app, Notice::Kind::error,
                   "This link could not be opened: " + d.message() + ". Your own plan is shown; nothing was changed.", true);
        app.address.written_revision = ~0u;  // put the user's own link back in the address bar
        return false;
    }
    if (!app.shared.viewing) app.shared.own = app.plan;
    app.shared.viewing = true;
    app.shared.link_problems.clear();
    for (const auto& p : d.problems) app.shared.link_problems += (app.shared.link_problems.empty() ? "" : "; ") + p.message;
    app.plan = d.plan;
    app.compare.selected = d.plan.credential;
    ++app.plan_revision;  // the figures follow the shown plan; persistence does not save while viewing
    app_derive(app);
    return true;
}

void app_keep_own_plan(App& app) {
    if (!app.shared.viewing) return;
    app.plan = app.shared.own;
    app.shared.viewing = false;
    app.compare.selected = app.plan.credential;
    ++app.plan_revision;
    app.save.saved_revision = app.plan_revision;  // unchanged: nothing to save
    app.address.written_revision = ~0u;
    app_derive(app);
    app_notify(app, Notice::Kind::info, "Kept your own plan; the shared one was closed.");
}

void app_use_shared_plan(App& app) {
    if (!app.shared.viewing) return;
    std::string key = persistence_backup(app, "before-shared-plan", certplan::plan_to_json(app.shared.own));
    app.shared.viewing = false;
    app.plan.checks = app.shared.own.checks;  // links never carry check answers: they stay the user's own
    app_plan_edited(app);
    app.save.edited_at = app.now - kSaveDelay;  // save at once
    app.address.written_revision = ~0u;
    app_notify(app, Notice::Kind::info,
               key.empty() ? "This plan is now yours." : "This plan is now yours. Your previous plan is kept under \"" + key + "\".");
}

void app_follow_address(App& app) {
    if (app.shared.viewing || !app.address.replace_hash) return;
    if (app.address.written_revision == app.plan_revision) return;
    // Follow the save's rhythm: no history spam while the user clicks through a checklist.
    if (app.now - app.save.edited_at < kSaveDelay && app.address.written_revision != ~0u) return;
    app.address.replace_hash(app_share_fragment(app));
    app.address.written_revision = app.plan_revision;
}

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
