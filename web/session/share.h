// Sharing a plan as a link, and opening one: a shared plan is shown in a marked "viewing" mode and
// nothing saved changes until the visitor chooses "keep mine" or "use this plan".
#pragma once
#include <string>

#include "app.h"

// "plan=…" for the current plan (the fragment, without '#').
std::string app_share_fragment(const App& app);
std::string app_share_url(const App& app);
// Opens a fragment from the address bar. Only "plan=…" is a plan link: anything else (empty, or an
// ordinary anchor such as "section-overview") is ignored quietly. A bad link: a clear
// message, the user's own plan stays. Returns true when a shared plan is now shown. Before the catalog's
// late part arrives a plan link waits (App::late.pending_link) and opens when it does.
bool app_open_link(App& app, const std::string& fragment);
void app_keep_own_plan(App& app);
void app_use_shared_plan(App& app);
// Keeps the address bar in step with the plan (call each frame; it writes only when the plan changed).
void app_follow_address(App& app);
