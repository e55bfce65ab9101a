// The views: one file per tab, plus the page around them (app_view.cpp), the notices and the shared-plan
// banner. Each draws what the user sees through the kit (web/kit/) and turns clicks into session edits.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "app.h"
#include "compare_view.h"
#include "view_state.h"

// What the views remember between frames, each part declared beside its view. The session (App) holds the
// user's plan and what is saved; this holds only how it is being looked at.
// The Plan view's check-in: which week it is for (its Monday; 0: this week, or the latest that has begun).
struct PlanViewState {
    int check_in_week = 0;
};

// "Check me" (check_view.cpp): the attempt in progress. Not saved: the answers are (the plan's checks), and so
// is the count of finished attempts (check_attempts) that numbers this one and so fixes its orders.
struct CheckViewState {
    std::string credential, domain;  // the check open (none when they are not the target's and a domain)
    std::vector<size_t> order;       // this attempt's order: indexes into the domain's questions
    size_t at = 0;                   // the question shown (order.size(): the attempt is done, its score shown)
    int chosen = -1;                 // the option chosen for it in this attempt, by its data index (-1: none yet)
    uint32_t attempt = 0;            // this attempt's number (core/check_order.h)
    bool reveal = false;             // scroll the first question into view on the next frame
};

struct Views {
    ViewState view_state;  // the view shown and the theme (web/kit/view_state.h)
    CompareViewState compare;
    PlanViewState plan;
    CheckViewState check;
};

// Draws one frame of the interface (between ImGui::NewFrame and ImGui::Render).
void app_draw(App& app, Views& views);
// The browser tests' window onto the app, as JSON (window.certplan.snapshot()): the plan exactly as saved
// and the figures those tests check against the page. Only what they read: every field is code in the
// download, and the figures themselves are unit-tested in the core.
std::string app_snapshot_json(const App& app, const Views& views);

void draw_compare_view(App& app, Views& views);
void draw_assess_view(App& app, Views& views);
void draw_plan_view(App& app, Views& views);
void draw_share_view(App& app, Views& views);
// "Check me" for one domain of the Assess view (check_view.cpp): its two figures and its questions.
void draw_domain_check(App& app, CheckViewState& state, const certplan::DomainReadiness& domain);
void draw_notices(App& app);
// Until the catalog's late part is in (web/session/late_catalog.h), a view that needs it shows this line, or
// the failure and a way to try again, in its place. True while it does: the caller draws nothing more.
bool draw_late_catalog_wait(App& app);
void draw_shared_banner(App& app);
