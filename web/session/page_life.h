// What the page's life in the browser does to the plan, beyond the frame loop: another tab saved, or this page
// is being hidden or closed. Either may come while no frame runs (a background tab draws none), so what would
// wait for the next frames (the save's delay, the address bar's rhythm) is done at once.
#pragma once
#include "app.h"

// The browser's `storage` event: another tab saved. Its changes are merged in (persistence_sync), and the
// address bar takes the merged plan now, so that reloading this tab reopens the plan it shows, not an older
// copy of it that would open as someone else's shared plan.
void app_other_tab_saved(App& app);
// The page is hidden or closed (pagehide, visibilitychange): an edit still inside kSaveDelay is saved now,
// and the address bar (what a restored tab or a bookmark reopens) holds the plan as it is now.
void app_leaving(App& app, double now);
