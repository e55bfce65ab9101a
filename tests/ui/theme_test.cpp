#include <catch_amalgamated.hpp>

#include "imgui.h"
#include "theme.h"

TEST_CASE("contrast is computed as WCAG defines it") {
    CHECK(contrast_ratio(ImVec4(0, 0, 0, 1), ImVec4(1, 1, 1, 1)) == Catch::Approx(21.0));
    CHECK(contrast_ratio(ImVec4(1, 1, 1, 1), ImVec4(1, 1, 1, 1)) == Catch::Approx(1.0));
    // #767676 on white is the classic 4.54:1 just passing AA.
    const float g = 0x76 / 255.0f;
    CHECK(contrast_ratio(ImVec4(g, g, g, 1), ImVec4(1, 1, 1, 1)) == Catch::Approx(4.54).epsilon(0.005));
}

TEST_CASE("every text colour of both themes meets WCAG AA (4.5:1) on every surface it is drawn on") {
    for (ThemeKind kind : {ThemeKind::light, ThemeKind::dark}) {
        const ThemeColors& c = theme_colors_of(kind);
        for (const ImVec4* surface : {&c.background, &c.panel}) {
            INFO((kind == ThemeKind::dark ? "dark" : "light"));
            CHECK(contrast_ratio(c.text, *surface) >= 4.5);
            CHECK(contrast_ratio(c.muted, *surface) >= 4.5);
            CHECK(contrast_ratio(c.good, *surface) >= 4.5);
            CHECK(contrast_ratio(c.warn, *surface) >= 4.5);
            CHECK(contrast_ratio(c.bad, *surface) >= 4.5);
            CHECK(contrast_ratio(c.accent, *surface) >= 4.5);
        }
    }
}

TEST_CASE("each theme sets every ImGui colour itself, whatever was there before") {
    ImGuiContext* context = ImGui::CreateContext();
    for (ThemeKind kind : {ThemeKind::light, ThemeKind::dark}) {
        INFO((kind == ThemeKind::dark ? "dark" : "light"));
        ImGuiStyle& style = ImGui::GetStyle();
        for (ImVec4& colour : style.Colors) colour = ImVec4(-1, -1, -1, -1);  // no colour is this
        apply_theme(kind);
        for (int i = 0; i < ImGuiCol_COUNT; ++i) {
            INFO(ImGui::GetStyleColorName(i));
            CHECK(style.Colors[i].x >= 0);
            CHECK(style.Colors[i].w >= 0);
        }
        CHECK(style.Colors[ImGuiCol_Text].x == theme_colors_of(kind).text.x);
    }
    ImGui::DestroyContext(context);
}
