// What the Compare tab remembers between frames: its filter, its sort, and the credential shown in detail.
#pragma once
#include <optional>
#include <string>

#include "app.h"

struct CompareViewState {
    CompareFilter filter;
    CompareOrder order;
    std::string selected;                   // credential id shown in the details panel
    std::optional<unsigned> seen_replaced;  // app.plan_replaced when the selection last followed the plan
};

// Selects the plan's credential when the plan was replaced whole (and at start): call every frame.
void compare_view_follow_plan(const App& app, CompareViewState& state);
