#include "theme.h"

#include <cmath>
#include <utility>

#include "fonts.h"
#include "vocabulary.h"

namespace {
ImVec4 rgb(unsigned hex, float a = 1.0f) {
    return ImVec4(((hex >> 16) & 0xff) / 255.0f, ((hex >> 8) & 0xff) / 255.0f, (hex & 0xff) / 255.0f, a);
}

// Text colours are chosen for WCAG AA contrast (4.5:1) against every surface text is drawn on
// (tests/ui/theme_test.cpp lists them).
// The phases: foundations and platform prep have colours of their own; core courses take the accent, practice
// the warning colour, the exam week the alarm colour, weeks without study the muted one.
ThemeColors with_phases(ThemeColors c, unsigned foundations, unsigned platform) {
    c.phase = {rgb(foundations), c.accent, rgb(platform), c.warn, c.bad, c.muted, c.muted};
    return c;
}
const ThemeColors kLight = with_phases({rgb(0x1b1f24), rgb(0x57606a), rgb(0xf6f8fa), rgb(0xffffff), rgb(0x0b5cad),
                                        rgb(0xffffff), rgb(0x1a7431), rgb(0x875b00), rgb(0xc2261d), rgb(0xd0d7de),
                                        rgb(0x0969da), {}},
                                       0x7040c8, 0x0b6e6e);
const ThemeColors kDark = with_phases({rgb(0xe6edf3), rgb(0x9da7b3), rgb(0x0d1117), rgb(0x161b22), rgb(0x58a6ff),
                                       rgb(0x0d1117), rgb(0x3fb950), rgb(0xd29922), rgb(0xff7b72), rgb(0x30363d),
                                       rgb(0x58a6ff), {}},
                                      0xbc8cff, 0x2dbdbd);

// Every colour beyond the named ones, for each theme, as a table (one loop, not a line per colour).
struct Shade {
    ImGuiCol col;
    unsigned light, dark;
    float light_alpha = 1, dark_alpha = 1;
};
const Shade kShades[] = {
    {ImGuiCol_Button, 0xf3f4f6, 0x21262d},
    {ImGuiCol_ButtonHovered, 0xe5e9ee, 0x30363d},
    {ImGuiCol_ButtonActive, 0xd6dce3, 0x3a424c},
    {ImGuiCol_Header, 0xe8f0fb, 0x1f2a37},
    {ImGuiCol_HeaderHovered, 0xdbe7f7, 0x26364a},
    {ImGuiCol_HeaderActive, 0xcddff5, 0x2d4058},
    // The active tab: a tinted background the text stays readable on, not the accent itself.
    {ImGuiCol_TabActive, 0xcfe2f8, 0x1f3a5f},
    {ImGuiCol_TableHeaderBg, 0xeef1f4, 0x1c2128},
    {ImGuiCol_TableRowBgAlt, 0x000000, 0xffffff, 0.025f, 0.03f},
    // The rest, as ImGui 1.90.1's StyleColorsLight and StyleColorsDark set them: every colour is in this
    // table or named above, so no ImGui default is applied and then partly overwritten.
    {ImGuiCol_BorderShadow, 0x000000, 0x000000, 0, 0},
    {ImGuiCol_FrameBgHovered, 0x4296fa, 0x4296fa, 0.4f, 0.4f},
    {ImGuiCol_FrameBgActive, 0x4296fa, 0x4296fa, 0.67f, 0.67f},
    {ImGuiCol_TitleBg, 0xf5f5f5, 0x0a0a0a},
    {ImGuiCol_TitleBgActive, 0xd1d1d1, 0x294a7a},
    {ImGuiCol_TitleBgCollapsed, 0xffffff, 0x000000, 0.51f, 0.51f},
    {ImGuiCol_MenuBarBg, 0xdbdbdb, 0x242424},
    {ImGuiCol_ScrollbarBg, 0xfafafa, 0x050505, 0.53f, 0.53f},
    {ImGuiCol_ScrollbarGrab, 0xb0b0b0, 0x4f4f4f, 0.8f, 1},
    {ImGuiCol_ScrollbarGrabHovered, 0x7d7d7d, 0x696969, 0.8f, 1},
    {ImGuiCol_ScrollbarGrabActive, 0x7d7d7d, 0x828282},
    {ImGuiCol_Separator, 0x636363, 0x6e6e80, 0.62f, 0.5f},
    {ImGuiCol_SeparatorHovered, 0x2470cc, 0x1a66bf, 0.78f, 0.78f},
    {ImGuiCol_SeparatorActive, 0x2470cc, 0x1a66bf},
    {ImGuiCol_ResizeGrip, 0x595959, 0x4296fa, 0.17f, 0.2f},
    {ImGuiCol_ResizeGripHovered, 0x4296fa, 0x4296fa, 0.67f, 0.67f},
    {ImGuiCol_ResizeGripActive, 0x4296fa, 0x4296fa, 0.95f, 0.95f},
    {ImGuiCol_TabUnfocused, 0xebecee, 0x111a26, 0.99f, 0.97f},
    {ImGuiCol_TabUnfocusedActive, 0xbdd1e9, 0x23436c},
    {ImGuiCol_PlotLines, 0x636363, 0x9c9c9c},
    {ImGuiCol_PlotLinesHovered, 0xff6e59, 0xff6e59},
    {ImGuiCol_PlotHistogramHovered, 0xff7300, 0xff9900},
    {ImGuiCol_TableBorderStrong, 0x9191a3, 0x4f4f59},
    {ImGuiCol_TableBorderLight, 0xadadbd, 0x3b3b40},
    {ImGuiCol_TableRowBg, 0x000000, 0x000000, 0, 0},
    {ImGuiCol_TextSelectedBg, 0x4296fa, 0x4296fa, 0.35f, 0.35f},
    {ImGuiCol_DragDropTarget, 0x4296fa, 0xffff00, 0.95f, 0.9f},
    {ImGuiCol_NavWindowingHighlight, 0xb2b2b2, 0xffffff, 0.7f, 0.7f},
    {ImGuiCol_NavWindowingDimBg, 0x333333, 0xcccccc, 0.2f, 0.2f},
    {ImGuiCol_ModalWindowDimBg, 0x333333, 0xcccccc, 0.35f, 0.35f},
};

struct {
    ThemeKind kind = ThemeKind::light;
    bool touch = false;
} state;
}  // namespace

const ThemeColors& theme_colors_of(ThemeKind kind) { return kind == ThemeKind::dark ? kDark : kLight; }
const ThemeColors& theme_colors() { return theme_colors_of(state.kind); }

const ImVec4& phase_color(certplan::Phase phase) { return theme_colors().phase[size_t(phase)]; }

namespace {
double linear(float c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); }
double luminance(const ImVec4& c) { return 0.2126 * linear(c.x) + 0.7152 * linear(c.y) + 0.0722 * linear(c.z); }
}  // namespace

double contrast_ratio(const ImVec4& a, const ImVec4& b) {
    double la = luminance(a), lb = luminance(b);
    if (la < lb) std::swap(la, lb);
    return (la + 0.05) / (lb + 0.05);
}
ThemeKind theme_kind() { return state.kind; }
void theme_set_touch(bool touch) { state.touch = touch; }
bool theme_touch() { return state.touch; }

void apply_theme(ThemeKind kind) {
    state.kind = kind;
    const ThemeColors& c = theme_colors();
    ImGuiStyle& s = ImGui::GetStyle();
    s.WindowRounding = 0;
    s.FrameRounding = 4;
    s.GrabRounding = 4;
    s.TabRounding = 4;
    s.ChildRounding = 6;
    s.PopupRounding = 4;
    s.FramePadding = ImVec2(8, 5);
    s.ItemSpacing = ImVec2(8, 7);
    if (state.touch) {
        // Frames (buttons, checkboxes, radios, combos, sliders, tabs, headers) are the font's height plus
        // twice this padding: a thumb-sized target. Text in taller rows and list options sits centred.
        s.FramePadding.y = (kTouchTarget - kBodyFontSize) / 2;
        s.SelectableTextAlign = ImVec2(0, 0.5f);
    }
    s.CellPadding = ImVec2(6, 4);
    s.WindowPadding = ImVec2(14, 12);
    s.ScrollbarSize = 14;
    s.WindowBorderSize = 0;
    s.FrameBorderSize = 1;
    ImVec4* col = s.Colors;
    col[ImGuiCol_Text] = c.text;
    col[ImGuiCol_TextDisabled] = c.muted;
    col[ImGuiCol_WindowBg] = c.background;
    col[ImGuiCol_ChildBg] = c.panel;
    col[ImGuiCol_PopupBg] = c.panel;
    col[ImGuiCol_Border] = c.border;
    col[ImGuiCol_FrameBg] = c.panel;
    for (const Shade& shade : kShades)
        col[shade.col] = kind == ThemeKind::dark ? rgb(shade.dark, shade.dark_alpha) : rgb(shade.light, shade.light_alpha);
    col[ImGuiCol_Tab] = col[ImGuiCol_Button];
    col[ImGuiCol_TabHovered] = col[ImGuiCol_ButtonHovered];
    col[ImGuiCol_CheckMark] = c.accent;
    col[ImGuiCol_SliderGrab] = c.accent;
    col[ImGuiCol_SliderGrabActive] = c.focus;
    col[ImGuiCol_PlotHistogram] = c.accent;
    col[ImGuiCol_NavHighlight] = c.focus;
}
