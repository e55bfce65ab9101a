// certplan's widgets: Dear ImGui's, each telling the item registry what it is (its role), so that
// automation, the accessibility mirror and tests see the same interface the user sees.
#pragma once
#include <string>

#include "imgui.h"

namespace ui {

bool button(const char* label, const ImVec2& size = ImVec2(0, 0));
bool small_button(const char* label);
bool checkbox(const char* label, bool* v);
bool radio(const char* label, bool active, const char* context = nullptr, const char* description = nullptr);
// One answer of a multiple-choice question: a radio whose label wraps over the full width, at least
// 44 px tall so a thumb hits it; the accessibility mirror sees a radio named by the answer's text.
bool option_radio(const char* id, const std::string& text, bool active, const char* context = nullptr);
bool selectable(const char* label, bool selected, ImGuiSelectableFlags flags = 0, const ImVec2& size = ImVec2(0, 0));
bool tab(const char* label, ImGuiTabItemFlags flags = 0);  // BeginTabItem; call EndTabItem when true
// Sliders: drag, click, or arrow keys (on the canvas and on the accessibility mirror). No text entry.
bool slider_float(const char* label, float* v, float min, float max, const char* format);
// `name`: what assistive technology calls it when the visible label is hidden ("##id").
bool slider_int(const char* label, int* v, int min, int max, const char* format, const char* name = nullptr);
// A combo over a list of (value, label) pairs; `value` is a string key. Returns true when changed.
// `name`: what assistive technology calls it when the visible label is hidden ("##id").
bool combo(const char* label, std::string& value, const char* const* values, const char* const* labels, int count,
           const char* name = nullptr);
bool collapsing(const char* label, ImGuiTreeNodeFlags flags = 0);

void heading(const char* text);                       // a larger title, role "heading"
void text(const std::string& s);                      // plain text, wrapped
void text_muted(const std::string& s);                // secondary text, wrapped
void text_colored(const ImVec4& c, const std::string& s);
void status(const std::string& s);                    // a live message, role "status"
void help_marker(const char* text);                   // (?) with a tooltip
// Keeps the next widget on this line if `next_width` still fits; otherwise it wraps to a new line, at
// `wrap_indent` from the window's left (under a control rather than under its label).
void same_line_if_fits(float next_width, float wrap_indent = 0);
float checkbox_width(const char* label);

// Fonts: the body font and a larger one for headings (set up by fonts.cpp).
ImFont* heading_font();

}  // namespace ui
