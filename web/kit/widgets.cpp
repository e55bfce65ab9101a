#define IMGUI_DEFINE_MATH_OPERATORS  // ImVec2 arithmetic, for the slider below (before any ImGui header)
#include "widgets.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "imgui_internal.h"
#include "link.h"
#include "mirror.h"
#include "theme.h"

namespace ui {

bool button(const char* label, const ImVec2& size) {
    bool pressed = ImGui::Button(label, size);
    item_annotate(Role::button);
    return pressed;
}

bool link(const std::string& text, const std::string& url) {
    // Broken into lines at spaces to fit the space left (a task's resource in a phone's table cell); one
    // item over all of them, so a click anywhere on it opens the page and the mirror sees one link.
    const float width = std::fmax(40.0f, ImGui::GetContentRegionAvail().x);
    std::vector<std::string> lines(1);
    for (size_t at = 0; at < text.size();) {
        size_t end = text.find(' ', at);
        // A parenthesis stays whole on its line: "(2 h)", not "(2" then "h)".
        if (text[at] == '(' && end != std::string::npos && text.find(')', at) != std::string::npos && text.find(')', at) > end)
            end = text.find(' ', text.find(')', at));
        if (end == std::string::npos) end = text.size();
        const std::string word = text.substr(at, end - at);
        const std::string joined = lines.back().empty() ? word : lines.back() + " " + word;
        if (!lines.back().empty() && ImGui::CalcTextSize(joined.c_str()).x > width) lines.push_back(word);
        else lines.back() = joined;
        at = end + 1;
    }
    const float line_h = ImGui::GetTextLineHeight();
    ImVec2 size(0, line_h * float(lines.size()));
    for (const std::string& l : lines) size.x = std::fmax(size.x, ImGui::CalcTextSize(l.c_str()).x);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    // Several facts cite one source: the same text and address can appear many times in one window, and
    // ImGui items with one id steal each other's clicks. The line it sits on (in content coordinates, so
    // steady while scrolling) tells them apart.
    ImGui::PushID(url.c_str());
    ImGui::PushID(int(ImGui::GetCursorPosY()));
    const bool pressed = ImGui::InvisibleButton(text.c_str(), ImVec2(std::fmax(size.x, 1.0f), size.y));
    ImGui::PopID();
    ImGui::PopID();
    // The mirror makes a real link of it only with an address core/link.h lets a person open (shell/a11y.js
    // keeps no rule of its own).
    item_annotate(Role::link, certplan::openable_url(url) ? url.c_str() : nullptr);
    const ImU32 col = ImGui::GetColorU32(theme_colors().accent);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (size_t i = 0; i < lines.size(); ++i) {
        const ImVec2 at(pos.x, pos.y + line_h * float(i));
        const float w = ImGui::CalcTextSize(lines[i].c_str()).x;
        dl->AddText(at, col, lines[i].c_str());
        dl->AddLine(ImVec2(at.x, at.y + line_h - 1), ImVec2(at.x + w, at.y + line_h - 1), col);
    }
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    return pressed;
}

bool small_button(const char* label) {
    // A finger needs the full frame height; a mouse is fine with the compact one.
    bool pressed = theme_touch() ? ImGui::Button(label) : ImGui::SmallButton(label);
    item_annotate(Role::button);
    return pressed;
}

bool checkbox(const char* label, bool* v, const char* name) {
    bool changed = ImGui::Checkbox(label, v);
    if (name) item_name(name);  // the mirror's name, whether or not a word is shown beside the box
    item_annotate(Role::checkbox, nullptr, *v ? 1 : 0);
    return changed;
}

bool radio(const char* label, bool active, const char* context, const char* description) {
    bool pressed = ImGui::RadioButton(label, active);
    item_annotate(Role::radio, nullptr, active ? 1 : 0, context, description);
    return pressed;
}

float row_height() { return theme_touch() ? std::max(kTouchTarget, ImGui::GetTextLineHeight()) : ImGui::GetTextLineHeight(); }

void align_to_row() {
    if (theme_touch()) ImGui::AlignTextToFramePadding();  // the frame padding centres text in kTouchTarget
}

namespace {
// A selectable row is one line of text tall; on a touch screen, a thumb's height.
ImVec2 row_size(ImVec2 size) {
    size.y = std::max(size.y, row_height());
    return size;
}
}  // namespace

bool selectable(const char* label, bool selected, ImGuiSelectableFlags flags, const ImVec2& size) {
    bool pressed = ImGui::Selectable(label, selected, flags, row_size(size));
    item_annotate(Role::selectable, nullptr, selected ? 1 : 0);
    return pressed;
}

bool tab(const char* label, ImGuiTabItemFlags flags) {
    bool open = ImGui::BeginTabItem(label, nullptr, flags);
    item_annotate(Role::tab, nullptr, open ? 1 : 0);
    return open;
}

namespace {

// ImGui::SliderScalar without its Ctrl+click text entry: the same look and behaviour, but the app links
// none of ImGui's text-input machinery (about 8 KB gzip), which a canvas cannot offer a phone's keyboard
// anyway. Mirrors imgui_widgets.cpp (1.90.1) SliderScalar minus TempInputScalar.
// Whole numbers only: the app's sliders count hours and dollars, and a float slider would link ImGui's float
// arithmetic for nothing.
bool slider_scalar(const char* label, int* data, const int* min, const int* max, const char* format) {
    const ImGuiDataType type = ImGuiDataType_S32;
    using namespace ImGui;
    ImGuiWindow* window = GetCurrentWindow();
    if (window->SkipItems) return false;
    ImGuiContext& g = *GImGui;
    const ImGuiStyle& style = g.Style;
    const ImGuiID id = window->GetID(label);
    const float w = CalcItemWidth();
    const ImVec2 label_size = CalcTextSize(label, nullptr, true);
    const ImRect frame_bb(window->DC.CursorPos, window->DC.CursorPos + ImVec2(w, label_size.y + style.FramePadding.y * 2.0f));
    const ImRect total_bb(frame_bb.Min, frame_bb.Max + ImVec2(label_size.x > 0.0f ? style.ItemInnerSpacing.x + label_size.x : 0.0f, 0.0f));
    ItemSize(total_bb, style.FramePadding.y);
    if (!ItemAdd(total_bb, id, &frame_bb)) return false;

    const bool hovered = ItemHoverable(frame_bb, id, g.LastItemData.InFlags);
    const bool clicked = hovered && IsMouseClicked(0, id);
    if (clicked || g.NavActivateId == id) {
        if (clicked) SetKeyOwner(ImGuiKey_MouseLeft, id);
        SetActiveID(id, window);
        SetFocusID(id, window);
        FocusWindow(window);
        g.ActiveIdUsingNavDirMask |= (1 << ImGuiDir_Left) | (1 << ImGuiDir_Right);
    }
    const ImU32 frame_col = GetColorU32(g.ActiveId == id ? ImGuiCol_FrameBgActive : hovered ? ImGuiCol_FrameBgHovered : ImGuiCol_FrameBg);
    RenderNavHighlight(frame_bb, id);
    RenderFrame(frame_bb.Min, frame_bb.Max, frame_col, true, style.FrameRounding);
    ImRect grab_bb;
    const bool changed = SliderBehavior(frame_bb, id, type, data, min, max, format, ImGuiSliderFlags_AlwaysClamp, &grab_bb);
    if (changed) MarkItemEdited(id);
    if (grab_bb.Max.x > grab_bb.Min.x)
        window->DrawList->AddRectFilled(grab_bb.Min, grab_bb.Max,
                                        GetColorU32(g.ActiveId == id ? ImGuiCol_SliderGrabActive : ImGuiCol_SliderGrab), style.GrabRounding);
    char value[64];
    const char* value_end = value + DataTypeFormatString(value, IM_ARRAYSIZE(value), type, data, format);
    // The value in the wider part of the frame beside the grab, never under it (a thumb-wide grab covered
    // "7 h/week" on a phone).
    ImRect text_bb = frame_bb;
    if (grab_bb.Max.x > grab_bb.Min.x) {
        if (grab_bb.Min.x - frame_bb.Min.x >= frame_bb.Max.x - grab_bb.Max.x) text_bb.Max.x = grab_bb.Min.x;
        else text_bb.Min.x = grab_bb.Max.x;
    }
    RenderTextClipped(text_bb.Min, text_bb.Max, value, value_end, nullptr, ImVec2(0.5f, 0.5f));
    if (label_size.x > 0.0f) RenderText(ImVec2(frame_bb.Max.x + style.ItemInnerSpacing.x, frame_bb.Min.y + style.FramePadding.y), label);
    IMGUI_TEST_ENGINE_ITEM_INFO(id, label, g.LastItemData.StatusFlags);
    return changed;
}

}  // namespace

namespace {

// What every slider adds to ImGui's: arrow keys on the accessibility mirror step it (`step` a key), and
// the mirror reads its value as the text the slider shows.
bool slider_for_everyone(bool changed, int* v, int min, int max, int step, const char* format) {
    if (int direction = item_take_step(ImGui::GetItemID())) {
        *v = std::min(max, std::max(min, *v + direction * step));
        changed = true;
    }
    char buf[64];
    snprintf(buf, sizeof buf, format, *v);
    item_annotate(Role::slider, buf);
    return changed;
}

}  // namespace

bool slider_int(const char* label, int* v, int min, int max, const char* format, const char* name, int step) {
    const bool changed = slider_scalar(label, v, &min, &max, format);
    if (name) item_name(name);
    return slider_for_everyone(changed, v, min, max, step, format);
}

bool stepped_slider_int(const char* label, int* v, int min, int max, const char* format, const char* name,
                        const char* less, const char* more) {
    const int before = *v;
    ImGui::PushID(label);
    ImGui::PushButtonRepeat(true);
    const ImVec2 square(ImGui::GetFrameHeight(), 0);  // as wide as tall: a thumb-sized target on phones
    if (button("-", square)) *v = std::max(min, *v - 1);
    item_describe(less);
    ImGui::SameLine(0, 4);
    ImGui::SetNextItemWidth(std::fmin(200.0f, ImGui::GetContentRegionAvail().x - square.x - 4));
    slider_int("##value", v, min, max, format, name);
    ImGui::SameLine(0, 4);
    if (button("+", square)) *v = std::min(max, *v + 1);
    item_describe(more);
    ImGui::PopButtonRepeat();
    ImGui::PopID();
    return *v != before;
}

bool combo(const char* label, std::string& value, const char* const* values, const char* const* labels, int count,
           const char* name) {
    int current = -1;
    for (int i = 0; i < count; ++i)
        if (value == values[i]) current = i;
    bool changed = false;
    const char* preview = current >= 0 ? labels[current] : "Not answered";
    // Up to a year of months shows whole, with no scrolling inside the list (fiddly on a phone). ImGui
    // sizes the list for a line of text an option; thumb-tall options need their own height.
    if (theme_touch() && count <= 12) {
        const ImGuiStyle& style = ImGui::GetStyle();
        const float list_h = count * (row_height() + style.ItemSpacing.y) + style.WindowPadding.y * 2;
        ImGui::SetNextWindowSizeConstraints(ImVec2(ImGui::CalcItemWidth(), 0), ImVec2(FLT_MAX, list_h));
    }
    ImGuiComboFlags flags = count <= 12 ? ImGuiComboFlags_HeightLarge : 0;
    // A narrow list on a touch screen (the date's day, month and year): its text rather than a thumb-wide
    // arrow button, which would leave "D" of "Dec".
    if (theme_touch() && ImGui::CalcItemWidth() < ImGui::CalcTextSize(preview).x + ImGui::GetFrameHeight() +
                                                       ImGui::GetStyle().FramePadding.x * 2)
        flags |= ImGuiComboFlags_NoArrowButton;
    const bool open = ImGui::BeginCombo(label, preview, flags);
    item_register(name ? name : label);
    if (open) {
        item_annotate(Role::combo, preview);
        for (int i = 0; i < count; ++i) {
            bool selected = i == current;
            if (ImGui::Selectable(labels[i], selected, 0, row_size(ImVec2(0, 0)))) {
                value = values[i];
                changed = true;
            }
            item_annotate(Role::option, nullptr, selected ? 1 : 0);
            if (selected) ImGui::SetItemDefaultFocus();
        }
        ImGui::EndCombo();
    } else {
        item_annotate(Role::combo, preview);
    }
    return changed;
}

// Drawn as a selectable row with an arrow before the label rather than with ImGui's tree nodes: the page
// then carries none of their machinery (about 1 KB of gzip) for its two uses.
bool disclosure(const char* label, bool default_open, bool framed) {
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID id = ImGui::GetID(label);  // "###" in the label keeps it when the visible text changes
    bool open = storage->GetInt(id, default_open ? 1 : 0) != 0;
    const float height = framed || theme_touch() ? ImGui::GetFrameHeight() : ImGui::GetTextLineHeight();
    const std::string hidden = std::string("##") + label;  // the same id; the text is drawn below, after the arrow
    if (ImGui::Selectable(hidden.c_str(), framed, 0, ImVec2(0, height))) {
        open = !open;
        storage->SetInt(id, open ? 1 : 0);
    }
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 at(min.x + (framed ? style.FramePadding.x : 0), min.y + (ImGui::GetItemRectSize().y - ImGui::GetFontSize()) / 2);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    ImGui::RenderArrow(draw, at, text, open ? ImGuiDir_Down : ImGuiDir_Right, 1.0f);
    const char* end = ImGui::FindRenderedTextEnd(label);
    draw->AddText(ImVec2(at.x + ImGui::GetFontSize() + style.ItemInnerSpacing.x, at.y), text, label, end);
    item_name(std::string(label, end).c_str());
    item_annotate(Role::treeitem, nullptr, open ? 1 : 0);
    return open;
}

void table_headers() {
    // ImGui::TableHeadersRow, one header at a time so that each is recorded with its id (keyboard focus).
    // A header that sorts is a control, thumb-tall on touch screens; one that only names its column is no
    // stop for Tab or the arrow keys.
    ImGuiTable* table = ImGui::GetCurrentTable();
    if (!table) return;
    const bool sorts = (table->Flags & ImGuiTableFlags_Sortable) != 0;
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers, sorts && theme_touch() ? kTouchTarget : 0.0f);
    if (!sorts) ImGui::PushItemFlag(ImGuiItemFlags_NoNav, true);
    for (int c = 0; c < ImGui::TableGetColumnCount(); ++c) {
        if (!ImGui::TableSetColumnIndex(c)) continue;
        ImGui::PushID(c);
        ImGui::TableHeader(ImGui::TableGetColumnName(c));
        ImGui::PopID();
        item_table_header(c);
    }
    if (!sorts) ImGui::PopItemFlag();
}

bool combo_open(const char* label, const char* preview) {
    const bool open = ImGui::BeginCombo(label, preview);
    item_register(label);
    item_annotate(Role::combo, preview);
    return open;
}

bool combo_option(const char* label, bool selected, const char* context) {
    const bool pressed = ImGui::Selectable(label, selected, 0, row_size(ImVec2(0, 0)));
    item_annotate(Role::option, nullptr, selected ? 1 : 0, context);
    return pressed;
}

void combo_close() { ImGui::EndCombo(); }

void heading(const char* s) {
    ImGui::PushFont(heading_font());
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(s);
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    item_text(Role::heading, s);
}

void text(const std::string& s) {
    ImGui::TextWrapped("%s", s.c_str());
    item_text(Role::text, s);
}

void text_muted(const std::string& s) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme_colors().muted);
    ImGui::TextWrapped("%s", s.c_str());
    ImGui::PopStyleColor();
    item_text(Role::text, s);
}

void text_colored(const ImVec4& c, const std::string& s) {
    ImGui::PushStyleColor(ImGuiCol_Text, c);
    ImGui::TextWrapped("%s", s.c_str());
    ImGui::PopStyleColor();
    item_text(Role::text, s);
}

void status(const std::string& s) {
    ImGui::TextWrapped("%s", s.c_str());
    item_text(Role::status, s);
}

void label(const std::string& s, const ImVec4* color) {
    if (color) ImGui::PushStyleColor(ImGuiCol_Text, *color);
    ImGui::TextUnformatted(s.c_str());
    if (color) ImGui::PopStyleColor();
    item_text(Role::text, s);
}

void bullet() {
    ImGui::Bullet();
    ImGui::SameLine();
}

void progress(float fraction, const ImVec2& size, const char* overlay) {
    ImGui::ProgressBar(fraction, size, overlay);
    item_text(Role::text, overlay);
}

void tooltip(const std::string& s) {
    if (!ImGui::BeginItemTooltip()) return;
    ImGui::TextUnformatted(s.c_str());
    item_text(Role::text, s);
    ImGui::EndTooltip();
}

void same_line_if_fits(float next_width, float wrap_indent) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    if (ImGui::GetItemRectMax().x + style.ItemSpacing.x + next_width <= right) ImGui::SameLine();
    else if (wrap_indent > 0) ImGui::SetCursorPosX(wrap_indent);
}

float checkbox_width(const char* label) {
    return ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(label, nullptr, true).x;
}

}  // namespace ui
