#include "page_life.h"

#include "persistence.h"
#include "share.h"

void app_other_tab_saved(App& app) {
    if (persistence_sync(app)) app.address.rewrite_now = true;
    app_follow_address(app);
}

void app_leaving(App& app, double now) {
    const bool unsaved = app.plan_revision != app.save.saved_revision || app.save.stale;
    if (unsaved && !app.shared.viewing) {  // a shared plan being viewed is never saved (share.h)
        app.save.due_now = true;
        persistence_tick(app, now);
    }
    if (app.address.written_revision != app.plan_revision) app.address.rewrite_now = true;
    app_follow_address(app);
}
