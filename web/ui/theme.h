// certplan's colours, light and dark, and the ImGui style built from them.
#pragma once
#include "imgui.h"

struct ThemeColors {
    ImVec4 text, muted, background, panel, accent, accent_text, good, warn, bad, border, focus;
};

enum class ThemeKind { light, dark };

const ThemeColors& theme_colors();
ThemeKind theme_kind();
void apply_theme(ThemeKind kind);
