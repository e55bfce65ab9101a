#include <catch_amalgamated.hpp>

#include "imgui.h"
#include "theme.h"
#include "vocabulary.h"

#include <iterator>
#include <string>
#include <utility>
#include <vector>

TEST_CASE("contrast is computed as WCAG defines it") {
    CHECK(contrast_ratio(ImVec4(0, 0, 0, 1), ImVec4(1, 1, 1, 1)) == Catch::Approx(21.0));
    CHECK(contrast_ratio(ImVec4(1, 1, 1, 1), ImVec4(1, 1, 1, 1)) == Catch::Approx(1.0));
    // #767676 on white is the classic 4.54:1 just passing AA.
    const float g = 0x76 / 255.0f;
    CHECK(contrast_ratio(ImVec4(g, g, g, 1), ImVec4(1, 1, 1, 1)) == Catch::Approx(4.54).epsilon(0.005));
}

namespace {
// A colour drawn over another with its alpha: what the eye sees (a table's alternate row over the panel).
ImVec4 over(const ImVec4& top, const ImVec4& under) {
    const float a = top.w;
    return ImVec4(top.x * a + under.x * (1 - a), top.y * a + under.y * (1 - a), top.z * a + under.z * (1 - a), 1);
}
}  // namespace

TEST_CASE("every text colour of both themes meets WCAG AA (4.5:1) on every surface it is drawn on") {
    ImGuiContext* context = ImGui::CreateContext();
    for (ThemeKind kind : {ThemeKind::light, ThemeKind::dark}) {
        INFO((kind == ThemeKind::dark ? "dark" : "light"));
        apply_theme(kind);
        const ThemeColors& c = theme_colors_of(kind);
        const ImVec4* col = ImGui::GetStyle().Colors;
        // Where coloured text sits: the page, a view's panel and a list's popup, a table's alternate row, and a
        // table's selected and hovered row (the Compare table colours its status cells).
        const ImVec4 surfaces[] = {col[ImGuiCol_WindowBg], col[ImGuiCol_ChildBg], col[ImGuiCol_PopupBg],
                                   over(col[ImGuiCol_TableRowBgAlt], col[ImGuiCol_ChildBg]), col[ImGuiCol_Header],
                                   col[ImGuiCol_HeaderHovered]};
        // Every colour text is drawn in: the named ones and each phase's (its name in the weeks table).
        std::vector<std::pair<std::string, ImVec4>> text_colours = {
            {"text", c.text}, {"muted", c.muted}, {"good", c.good}, {"warn", c.warn}, {"bad", c.bad}, {"accent (links)", c.accent}};
        for (certplan::Phase phase : certplan::all_of<certplan::Phase>())
            text_colours.push_back({std::string("phase ") + certplan::key(phase), phase_color(phase)});
        REQUIRE(text_colours.size() == 6 + kPhaseCount);
        for (const auto& [name, colour] : text_colours) {
            INFO(name);
            for (size_t s = 0; s < std::size(surfaces); ++s) {
                INFO("surface " << s);
                CHECK(contrast_ratio(colour, surfaces[s]) >= 4.5);
            }
        }
        // Plain text also sits on every control: buttons, tabs, table headers, and fields in each state.
        for (ImGuiCol control : {ImGuiCol_Button, ImGuiCol_ButtonHovered, ImGuiCol_ButtonActive, ImGuiCol_Tab,
                                 ImGuiCol_TabHovered, ImGuiCol_TabActive, ImGuiCol_TableHeaderBg, ImGuiCol_HeaderActive,
                                 ImGuiCol_FrameBg}) {
            INFO(ImGui::GetStyleColorName(control));
            CHECK(contrast_ratio(c.text, over(col[control], col[ImGuiCol_ChildBg])) >= 4.5);
        }
    }
    ImGui::DestroyContext(context);
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
