// certplan's colours, light and dark, and the ImGui style built from them.
#pragma once
#include <array>
#include <string>

#include "imgui.h"

#include "vocabulary.h"

// The study plan's phases (certplan::Phase): the last one's position + 1.
constexpr size_t kPhaseCount = size_t(certplan::Phase::free) + 1;

struct ThemeColors {
    ImVec4 text, muted, background, panel, accent, accent_text, good, warn, bad, border, focus;
    // Each phase's colour: the plan's timeline and legend, and the phase's name as text in the weeks table.
    std::array<ImVec4, kPhaseCount> phase;
};

enum class ThemeKind { light, dark };

const ThemeColors& theme_colors();
ThemeKind theme_kind();
void apply_theme(ThemeKind kind);
// On a touch screen every control is at least kTouchTarget CSS px tall (the common guideline for a
// thumb); with a mouse they stay compact. Call before apply_theme, which sizes the style.
constexpr float kTouchTarget = 44.0f;
void theme_set_touch(bool touch);
bool theme_touch();
const ThemeColors& theme_colors_of(ThemeKind kind);
// The colour of a phase in the current theme.
const ImVec4& phase_color(certplan::Phase phase);
// WCAG 2.x contrast ratio of two opaque colours (1 to 21); AA asks 4.5 for text.
double contrast_ratio(const ImVec4& a, const ImVec4& b);
