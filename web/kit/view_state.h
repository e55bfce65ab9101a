// How the plan is being looked at, kept apart from the plan (web/session/ holds the plan and what is saved of
// it): which view is shown, and the theme, light or dark, with the user's own choice remembered in storage.
#pragma once
#include <functional>
#include <string>

enum class View { compare, assess, plan, share };

// Where the user's theme choice is remembered, and how: "dark" or "light" (the format since the first release;
// any other text is no choice, and the system's preference is followed).
constexpr const char* kThemeKey = "certplan.theme";

struct ViewState {
    View view = View::compare;
    bool view_requested = false;  // select `view`'s tab on the next frame
    bool theme_chosen = false;    // the user picked a theme; otherwise it follows prefers-color-scheme
    // Writes the user's theme choice to storage (the platform's; none in the native tests: not remembered).
    std::function<void(const std::string& key, const std::string& value)> store;
};

// Shows `view` (a button in a view, Alt+1..4): its tab is selected on the next frame.
void show_view(ViewState& state, View view);
// At start: the remembered choice (`stored`: the text under kThemeKey, null when none), else the system's.
void theme_restore(ViewState& state, const std::string* stored, bool system_dark);
// The user chose light or dark: applied and remembered; from then on the system's preference is not followed.
void theme_choose(ViewState& state, bool dark);
// The system's preference changed: followed unless the user chose a theme.
void theme_follow_system(ViewState& state, bool dark);
