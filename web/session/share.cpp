#include "share.h"

#include "persistence.h"
#include "plan_codec.h"
#include "share_link.h"

std::string app_share_fragment(const App& app) {
    return std::string(certplan::kSharePrefix) + certplan::encode_share_fragment(app.plan, app.catalog);
}

std::string app_share_url(const App& app) { return app.address.base_url + "#" + app_share_fragment(app); }

bool app_open_link(App& app, const std::string& fragment) {
    std::string f = fragment;
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
    if (!app.shared.viewing) app.shared.own = app.plan;
    app.shared.viewing = true;
    app.shared.link_problems.clear();
    for (const auto& p : d.problems) app.shared.link_problems += (app.shared.link_problems.empty() ? "" : "; ") + p.message;
    app.plan = d.plan;
    ++app.plan_replaced;
    ++app.plan_revision;  // the figures follow the shown plan; persistence does not save while viewing
    app_check_target_status(app);
    return true;
}

void app_keep_own_plan(App& app) {
    if (!app.shared.viewing) return;
    app.plan = app.shared.own;
    app.shared.viewing = false;
    ++app.plan_replaced;
    ++app.plan_revision;
    app.save.saved_revision = app.plan_revision;  // unchanged: nothing to save
    app.address.rewrite_now = true;
    app_derive(app);
    app_notify(app, Notice::Kind::info, "Kept your own plan; the shared one was closed.");
}

void app_use_shared_plan(App& app) {
    if (!app.shared.viewing) return;
    std::string key = persistence_backup(app, "before-shared-plan", certplan::plan_to_json(app.shared.own));
    // A link carries no check answers (data/README.md): the user's own stay theirs.
    app.plan.checks = app.shared.own.checks;
    app.shared.viewing = false;
    app_plan_edited(app);
    app.save.due_now = true;        // the user just chose this plan: save it at once
    app.save.replace_whole = true;  // it replaces the stored plan, not merged into it
    app.address.rewrite_now = true;
    app_notify(app, Notice::Kind::info,
               key.empty() ? "This plan is now yours." : "This plan is now yours. Your previous plan is kept in this browser.",
               true, key);
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
