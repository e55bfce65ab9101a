#include "fonts.h"

#include <vector>

#include "glyphs.h"
#include "imgui.h"
#include "widgets.h"

const std::vector<unsigned char>& embedded_ui_font();

namespace {
struct {
    float ratio = 0;
    ImFont* body = nullptr;
    ImFont* heading = nullptr;
} state;

// The font carries exactly these (scripts/setup subsets it from the same list).
const ImWchar* const kGlyphs = certplan::kGlyphRanges;
}  // namespace

ImFont* ui::heading_font() { return state.heading ? state.heading : ImGui::GetFont(); }

bool fonts_update(float ratio) {
    if (ratio <= 0) ratio = 1;
    ImGuiIO& io = ImGui::GetIO();
    // An empty atlas is a new context's (the tests create several): build it whatever the ratio.
    if (ratio == state.ratio && io.Fonts->Fonts.Size > 0) return false;
    state.ratio = ratio;
    io.Fonts->Clear();
    // Only what is drawn: no mouse cursor shapes (the page's CSS cursor is used, not ImGui's drawn one), and a
    // texture as tall as its glyphs rather than rounded up to a power of two (WebGL2 takes any size): up to
    // half less to convert to RGBA and upload before the first frame, which matters most at 3x.
    io.Fonts->Flags |= ImFontAtlasFlags_NoMouseCursors | ImFontAtlasFlags_NoPowerOfTwoHeight;
    const auto& ttf = embedded_ui_font();
    ImFontConfig cfg;
    cfg.FontDataOwnedByAtlas = false;  // the bytes are static
    // No oversampling: the atlas is rasterised at the device's pixel ratio already, and screenshots at
    // 1x show no difference from 2x horizontal oversampling, which doubled the first frame's font time.
    cfg.OversampleH = 1;
    cfg.OversampleV = 1;
    void* data = const_cast<unsigned char*>(ttf.data());
    state.body = io.Fonts->AddFontFromMemoryTTF(data, int(ttf.size()), kBodyFontSize * ratio, &cfg, kGlyphs);
    state.heading = io.Fonts->AddFontFromMemoryTTF(data, int(ttf.size()), kHeadingFontSize * ratio, &cfg, kGlyphs);
    io.FontDefault = state.body;
    io.FontGlobalScale = 1.0f / ratio;
    io.Fonts->Build();
    return true;
}
