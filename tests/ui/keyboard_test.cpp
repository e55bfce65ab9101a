#include "ui_harness.h"

TEST_CASE("Alt+1..4 switch views") {
    UiHarness ui(1280, 4000);
    auto alt = [&](ImGuiKey k) {
        ImGuiIO& io = ImGui::GetIO();
        io.AddKeyEvent(ImGuiMod_Alt, true);
        ui.key(k);
        io.AddKeyEvent(ImGuiMod_Alt, false);
        ui.frames(3);
    };
    alt(ImGuiKey_2);
    CHECK(ui.views.view_state.view == View::assess);
    alt(ImGuiKey_3);
    CHECK(ui.views.view_state.view == View::plan);
    alt(ImGuiKey_4);
    CHECK(ui.views.view_state.view == View::share);
    alt(ImGuiKey_1);
    CHECK(ui.views.view_state.view == View::compare);
}
