// One function per view: each draws what the user sees and turns clicks into plan edits.
#pragma once
#include "app.h"

void draw_compare_view(App& app);
void draw_assess_view(App& app);
void draw_plan_view(App& app);
void draw_share_view(App& app);
void draw_notices(App& app);
