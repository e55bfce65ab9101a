#include "share.h"

#include "own_copy.h"
#include "persistence.h"
#include "storage.h"
#include "share_link.h"

std::string app_share_fragment(const App& app) {
    return std::string(certplan::kSharePrefix) + certplan::encode_share_fragment(app.plan, app.catalog);
}

std::string app_share_url(const App& app) { return app.address.base_url + "#" + app_share_fragment(app); }

bool app_open_link(App& app, const std::string& fragment) {
    std::string f = certplan::trim_pasted_link(fragment);
    if (!f.empty() && f[0] == '#') f.erase(0, 1);
    if (f.empty()) return false;
    if (f.rfind(certplan::kSharePrefix, 0) != 0) return false;  // an ordinary in-page anchor: not ours, ignored quietly
    // A link holds its answers as checklist positions: without the checklists it can be neither read in full
    // nor told apart from our own. It opens when they arrive (late_catalog.h); the address bar keeps it.
    if (!app.catalog.complete()) {
        app.late.pending_link = f;
        return false;
    }
    if (app.shared.viewing && f == app_share_fragment(app)) return true;       // the same link again
    if (!app.shared.viewing && f == app_share_fragment(app)) return false;     // our own address
    certplan::ShareDecode d = certplan::decode_share_fragment(f, app.catalog);
    if (!d.ok) {
        app_notify(app, Notice::Kind::error,
                   "This link could not be opened: " + d.message() + ". Your own plan is shown; nothing was changed.", true);
        app.address.rewrite_now = true;  // put the user's own link back in the address bar
        return false;
    }
    if (!app.shared.viewing && certplan::earlier_copy_of(d.plan, app.plan)) {  // one's own bookmark: one's own plan
        app_notify(app, Notice::Kind::info, "This link is an earlier copy of your own plan: your plan is shown, with everything "
                                            "you have done since.");
        app.address.rewrite_now = true;  // the address bar gets the plan as it is now
        return false;
    }
    std::string left_out;
    for (const auto& p : d.problems) left_out += (left_out.empty() ? "" : "; ") + p.message;
    app.shared.link_problems = left_out;
    app_replace_plan(app, d.plan, PlanChange::shared_shown);  // persistence does not save while viewing
    app_check_target_status(app);
    return true;
}

void app_keep_own_plan(App& app) {
    if (!app.shared.viewing) return;
    app_replace_plan(app, app.shared.own, PlanChange::shared_left);
}

void app_use_shared_plan(App& app) {
    if (!app.shared.viewing) return;
    const std::string key = persistence_backup(app, "before-shared-plan", certplan::plan_to_json(app.shared.own));
    app_replace_plan(app, app.plan, PlanChange::shared_used, key);
}

void app_follow_address(App& app) {
    if (app.shared.viewing || !app.address.replace_hash) return;
    // Before the checklists arrive the link would lose its answers (and a waiting link its place).
    if (!app.catalog.complete()) return;
    if (!app.address.rewrite_now) {
        if (app.address.written_revision == app.plan_revision) return;
        // Follow the save's rhythm: no history spam while the user clicks through a checklist.
        if (app.now - app.save.edited_at < kSaveDelay) return;
    }
    app.address.replace_hash(app_share_fragment(app));
    app.address.written_revision = app.plan_revision;
    app.address.rewrite_now = false;
}
