// What the Compare tab remembers between frames: its filter, its sort, and the credential shown in detail.
#pragma once
#include <optional>
#include <string>

#include "app.h"

struct CompareViewState {
    CompareFilter filter;
    CompareOrder order;
    std::string selected;                   // credential id shown in the details panel
    bool chosen = false;                    // the user selected a row: the details stop following the target
    std::optional<unsigned> seen_replaced;  // app.plan_replaced when the selection last followed the plan
};

// The details follow the plan's target (the advice's pick, or the user's) until the user selects a row; a
// plan replaced whole (a link, another tab) makes them follow it again. Call every frame.
void compare_view_follow_plan(const App& app, CompareViewState& state);
