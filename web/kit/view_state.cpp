#include "view_state.h"

#include "theme.h"

void show_view(ViewState& state, View view) {
    state.view = view;
    state.view_requested = true;
}

void theme_restore(ViewState& state, const std::string* stored, bool system_dark) {
    if (stored && (*stored == "dark" || *stored == "light")) {
        apply_theme(*stored == "dark" ? ThemeKind::dark : ThemeKind::light);
        state.theme_chosen = true;
    } else {
        theme_follow_system(state, system_dark);
    }
}

void theme_choose(ViewState& state, bool dark) {
    apply_theme(dark ? ThemeKind::dark : ThemeKind::light);
    state.theme_chosen = true;
    if (state.store) state.store(kThemeKey, dark ? "dark" : "light");
}

void theme_follow_system(ViewState& state, bool dark) {
    if (state.theme_chosen) return;  // the user's own choice wins over the system's
    apply_theme(dark ? ThemeKind::dark : ThemeKind::light);
}
