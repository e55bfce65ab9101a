// The views: one file per tab, plus the page around them (app_view.cpp), the notices and the shared-plan
// banner. Each draws what the user sees through the kit (web/kit/) and turns clicks into session edits.
#pragma once
#include "app.h"

// Draws one frame of the interface (between ImGui::NewFrame and ImGui::Render).
void app_draw(App& app);
// Light or dark: `chosen` when the user picked it (remembered), not when the system preference changed.
void app_set_theme(App& app, bool dark, bool chosen);

void draw_compare_view(App& app);
void draw_assess_view(App& app);
void draw_plan_view(App& app);
void draw_share_view(App& app);
void draw_notices(App& app);
void draw_shared_banner(App& app);
