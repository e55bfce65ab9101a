// certplan's widgets: Dear ImGui's, each telling the item registry what it is (its role), so that
// automation, the accessibility mirror and tests see the same interface the user sees.
#pragma once
#include <string>

#include "imgui.h"

namespace ui {

bool button(const char* label, const ImVec2& size = ImVec2(0, 0));
bool small_button(const char* label);
// A link: `text` in the accent colour, underlined, the hand cursor on hover; true when clicked or tapped.
// Registered with role "link" and the url as its value, so the accessibility mirror makes it a real <a href>;
// a url core/link.h refuses is left out (the mirror then shows the text, with nothing to open).
bool link(const std::string& text, const std::string& url);
bool checkbox(const char* label, bool* v, const char* name = nullptr);  // name: what the mirror calls a "##" label
bool radio(const char* label, bool active, const char* context = nullptr, const char* description = nullptr);
bool selectable(const char* label, bool selected, ImGuiSelectableFlags flags = 0, const ImVec2& size = ImVec2(0, 0));
bool tab(const char* label, ImGuiTabItemFlags flags = 0);  // BeginTabItem; call EndTabItem when true
// Sliders: drag, click, or arrow keys (on the canvas and on the accessibility mirror). No text entry.
// `name`: what assistive technology calls it when the visible label is hidden ("##id").
// `step`: what an arrow key on the mirror adds or takes.
bool slider_int(const char* label, int* v, int min, int max, const char* format, const char* name = nullptr, int step = 1);
// A slider with a one-step button either side: dragging for big changes, the buttons (held, they repeat) for
// exact ones; no keyboard needed, so it works on a phone. `less` and `more` describe the buttons ("one hour
// less per week") to assistive technology, which reads them as "-" and "+".
bool stepped_slider_int(const char* label, int* v, int min, int max, const char* format, const char* name,
                        const char* less, const char* more);
// A combo over a list of (value, label) pairs; `value` is a string key. Returns true when changed.
// `name`: what assistive technology calls it when the visible label is hidden ("##id").
bool combo(const char* label, std::string& value, const char* const* values, const char* const* labels, int count,
           const char* name = nullptr);
// A heading that shows or hides what follows it (a tree node, "treeitem" in the mirror; the open state is kept
// per window). `framed`: a tinted, full-width bar, as a section header. Returns whether it is open.
bool disclosure(const char* label, bool default_open, bool framed);
// The current table's header row (sort buttons when the table is sortable), recorded for the mirror; a
// thumb's height on touch screens.
void table_headers();
// A combo whose options the caller draws (combo_option each), between combo_open and combo_close.
bool combo_open(const char* label, const char* preview);  // true: the list is open; draw options, then combo_close
bool combo_option(const char* label, bool selected, const char* context = nullptr);
void combo_close();

void heading(const char* text);                       // a larger title, role "heading"
void text(const std::string& s);                      // plain text, wrapped
void text_muted(const std::string& s);                // secondary text, wrapped
void text_colored(const ImVec4& c, const std::string& s);
void status(const std::string& s);                    // a live message, role "status"
// One line of text, not wrapped: a table cell, a field's label, a legend entry. `color`: null for the
// theme's text colour.
void label(const std::string& s, const ImVec4* color = nullptr);
void bullet();                                        // a bullet, then the next item on its line
void progress(float fraction, const ImVec2& size, const char* overlay);  // a bar, its overlay text in the mirror
void tooltip(const std::string& s);                   // shown while the last item is hovered
// Keeps the next widget on this line if `next_width` still fits; otherwise it wraps to a new line, at
// `wrap_indent` from the window's left (under a control rather than under its label).
void same_line_if_fits(float next_width, float wrap_indent = 0);
float checkbox_width(const char* label);
// Lines up the next text of a table row with the row's selectable label (centred in a thumb-tall row on
// touch screens; nothing to do otherwise).
void align_to_row();
// The height of a selectable row (a table row, a list option): a line of text, or a thumb's on touch screens.
float row_height();

// Fonts: the body font and a larger one for headings (set up by fonts.cpp).
ImFont* heading_font();

}  // namespace ui
