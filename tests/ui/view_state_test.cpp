// The view shown and the theme live outside the session (web/kit/view_state.h); a user's theme choice is
// remembered as it always was: "dark" or "light" under "certplan.theme".
#include <catch_amalgamated.hpp>

#include <map>
#include <string>

#include "imgui.h"
#include "theme.h"
#include "view_state.h"

TEST_CASE("a theme the user chose is remembered under its old key and format, and wins over the system's preference") {
    ImGuiContext* context = ImGui::CreateContext();  // apply_theme sets ImGui's style
    std::map<std::string, std::string> storage;
    const auto store = [&](const std::string& key, const std::string& value) { storage[key] = value; };
    SECTION("a choice is written as before: \"dark\" or \"light\" under \"certplan.theme\"") {
        ViewState s;
        s.store = store;
        theme_choose(s, true);
        CHECK(theme_kind() == ThemeKind::dark);
        CHECK(storage == std::map<std::string, std::string>{{"certplan.theme", "dark"}});
        theme_follow_system(s, false);  // the system turning light does not undo the user's choice
        CHECK(theme_kind() == ThemeKind::dark);
        theme_choose(s, false);
        CHECK(storage["certplan.theme"] == "light");
    }
    SECTION("a choice saved by an earlier release comes back at the next start, whatever the system prefers") {
        for (const auto& [saved, kind] : {std::pair<std::string, ThemeKind>{"dark", ThemeKind::dark}, {"light", ThemeKind::light}}) {
            ViewState s;
            theme_restore(s, &saved, kind != ThemeKind::dark);
            CHECK(theme_kind() == kind);
            CHECK(s.theme_chosen);
            theme_follow_system(s, kind != ThemeKind::dark);
            CHECK(theme_kind() == kind);
        }
    }
    SECTION("with no choice saved, or one that is not a theme, the system's preference is followed as it changes") {
        const std::string junk = "purple";
        for (const std::string* saved : {static_cast<const std::string*>(nullptr), &junk}) {
            ViewState s;
            theme_restore(s, saved, true);
            CHECK(theme_kind() == ThemeKind::dark);
            CHECK_FALSE(s.theme_chosen);
            theme_follow_system(s, false);
            CHECK(theme_kind() == ThemeKind::light);
        }
    }
    ImGui::DestroyContext(context);
}

TEST_CASE("a view asked for is kept, marked for the tab bar to select") {
    ViewState s;
    CHECK(s.view == View::compare);
    show_view(s, View::plan);
    CHECK(s.view == View::plan);
    CHECK(s.view_requested);
}
