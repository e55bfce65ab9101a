#include <catch_amalgamated.hpp>

#include <string>

#include "fonts.h"
#include "imgui.h"
#include "mirror.h"
#include "theme.h"
#include "widgets.h"

namespace {
const UiItem* item_labelled(const std::string& label) {
    for (const UiItem& it : item_registry_items())
        if (it.label == label) return &it;
    return nullptr;
}
}  // namespace

TEST_CASE("the mirror is given a link's address only when core/link.h lets a person open it") {
    ImGuiContext* context = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(800, 600);
    fonts_update(1.0f);
    unsigned char* pixels;
    int w, h;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    apply_theme(ThemeKind::light);
    for (int frame = 0; frame < 2; ++frame) {
        io.DeltaTime = 1.0f / 60.0f;
        ImGui::NewFrame();
        item_registry_begin_frame();
        ImGui::Begin("links");
        ui::link("Safe", "https://example.com/guide");
        ui::link("Plain", "http://example.com/guide");
        ui::link("Script", "javascript:alert(1)");
        ImGui::End();
        ImGui::Render();
        item_registry_end_frame();
    }
    const UiItem* safe = item_labelled("Safe");
    const UiItem* plain = item_labelled("Plain");
    const UiItem* script = item_labelled("Script");
    REQUIRE(safe);
    REQUIRE(plain);
    REQUIRE(script);
    CHECK(safe->role == Role::link);
    CHECK(safe->value == "https://example.com/guide");
    CHECK(plain->role == Role::link);
    CHECK(plain->value.empty());
    CHECK(script->value.empty());
    ImGui::DestroyContext(context);
}
