#define IMGUI_DEFINE_MATH_OPERATORS  // ImVec2 arithmetic, for the slider below (before any ImGui header)
#include "widgets.h"

#include <algorithm>
#include <cmath>

#include "imgui_internal.h"
#include "item_registry.h"
#include "theme.h"

namespace ui {

bool button(const char* label, const ImVec2& size) {
    bool pressed = ImGui::Button(label, size);
    item_annotate("button");
    return pressed;
}

bool small_button(const char* label) {
    bool pressed = ImGui::SmallButton(label);
    item_annotate("button");
    return pressed;
}

bool checkbox(const char* label, bool* v) {
    bool changed = ImGui::Checkbox(label, v);
    item_annotate("checkbox", nullptr, *v ? 1 : 0);
    return changed;
}

bool radio(const char* label, bool active, const char* context, const char* description) {
    bool pressed = ImGui::RadioButton(label, active);
    item_annotate("radio", nullptr, active ? 1 : 0, context, description);
    return pressed;
}

bool option_radio(const char* id, const std::string& text, bool active, const char* context) {
    using namespace ImGui;
    const ImGuiStyle& style = GetStyle();
    const float w = std::max(GetContentRegionAvail().x, 80.0f);
    const float box = GetFrameHeight(), gap = style.ItemInnerSpacing.x;
    const float wrap = w - box - gap;
    const ImVec2 ts = CalcTextSize(text.c_str(), nullptr, false, wrap);
    const float h = std::max(44.0f, ts.y + style.FramePadding.y * 2);
    const ImVec2 pos = GetCursorScreenPos();
    const bool pressed = InvisibleButton(id, ImVec2(w, h));
    const bool hovered = IsItemHovered();
    item_name(text.c_str());
    item_annotate("radio", nullptr, active ? 1 : 0, context);
    ImDrawList* dl = GetWindowDrawList();
    const ImRect bb(pos, pos + ImVec2(w, h));
    if (hovered || active) dl->AddRectFilled(bb.Min, bb.Max, GetColorU32(active ? ImGuiCol_FrameBgActive : ImGuiCol_FrameBgHovered), style.FrameRounding);
    RenderNavHighlight(bb, GetItemID());
    const ImVec2 centre = pos + ImVec2(box * 0.5f, h * 0.5f);
    const float radius = box * 0.5f - 2;
    dl->AddCircleFilled(centre, radius, GetColorU32(ImGuiCol_FrameBg), 16);
    dl->AddCircle(centre, radius, GetColorU32(ImGuiCol_Border), 16);
    if (active) dl->AddCircleFilled(centre, radius * 0.5f, GetColorU32(ImGuiCol_CheckMark), 16);
    dl->AddText(nullptr, 0, pos + ImVec2(box + gap, (h - ts.y) * 0.5f), GetColorU32(ImGuiCol_Text), text.c_str(), nullptr, wrap);
    return pressed;
}

bool selectable(const char* label, bool selected, ImGuiSelectableFlags flags, const ImVec2& size) {
    bool pressed = ImGui::Selectable(label, selected, flags, size);
    item_annotate("selectable", nullptr, selected ? 1 : 0);
    return pressed;
}

bool tab(const char* label, ImGuiTabItemFlags flags) {
    bool open = ImGui::BeginTabItem(label, nullptr, flags);
    item_annotate("tab", nullptr, open ? 1 : 0);
    return open;
}

namespace {

// ImGui::SliderScalar without its Ctrl+click text entry: the same look and behaviour, but the app links
// none of ImGui's text-input machinery (about 8 KB gzip), which a canvas cannot offer a phone's keyboard
// anyway. Mirrors imgui_widgets.cpp (1.90.1) SliderScalar minus TempInputScalar.
bool slider_scalar(const char* label, ImGuiDataType type, void* data, const void* min, const void* max, const char* format) {
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
    RenderTextClipped(frame_bb.Min, frame_bb.Max, value, value_end, nullptr, ImVec2(0.5f, 0.5f));
    if (label_size.x > 0.0f) RenderText(ImVec2(frame_bb.Max.x + style.ItemInnerSpacing.x, frame_bb.Min.y + style.FramePadding.y), label);
    IMGUI_TEST_ENGINE_ITEM_INFO(id, label, g.LastItemData.StatusFlags);
    return changed;
}

}  // namespace

namespace {

// What every slider adds to ImGui's: arrow keys on the accessibility mirror step it (`step` a key), and
// the mirror reads its value as the text the slider shows.
template <typename T>
bool slider_for_everyone(bool changed, T* v, T min, T max, T step, const char* format) {
    if (int direction = item_take_step(ImGui::GetItemID())) {
        *v = std::min(max, std::max(min, T(*v + direction * step)));
        changed = true;
    }
    char buf[64];
    snprintf(buf, sizeof buf, format, *v);
    item_annotate("slider", buf);
    return changed;
}

}  // namespace

bool slider_float(const char* label, float* v, float min, float max, const char* format) {
    const bool changed = slider_scalar(label, ImGuiDataType_Float, v, &min, &max, format);
    return slider_for_everyone(changed, v, min, max, (max - min) / 20.0f, format);  // a twentieth of the range
}

bool slider_int(const char* label, int* v, int min, int max, const char* format, const char* name) {
    const bool changed = slider_scalar(label, ImGuiDataType_S32, v, &min, &max, format);
    if (name) item_name(name);
    return slider_for_everyone(changed, v, min, max, 1, format);
}

bool combo(const char* label, std::string& value, const char* const* values, const char* const* labels, int count,
           const char* name) {
    int current = -1;
    for (int i = 0; i < count; ++i)
        if (value == values[i]) current = i;
    bool changed = false;
    const char* preview = current >= 0 ? labels[current] : "Not answered";
    // Up to a year of months shows whole, with no scrolling inside the list (fiddly on a phone).
    const bool open = ImGui::BeginCombo(label, preview, count <= 12 ? ImGuiComboFlags_HeightLarge : 0);
    item_register(name ? name : label);
    if (open) {
        item_annotate("combo", preview);
        for (int i = 0; i < count; ++i) {
            bool selected = i == current;
            if (ImGui::Selectable(labels[i], selected)) {
                value = values[i];
                changed = true;
            }
            item_annotate("option", nullptr, selected ? 1 : 0);
            if (selected) ImGui::SetItemDefaultFocus();
        }
        ImGui::EndCombo();
    } else {
        item_annotate("combo", preview);
    }
    return changed;
}

bool collapsing(const char* label, ImGuiTreeNodeFlags flags) {
    bool open = ImGui::CollapsingHeader(label, flags);
    item_annotate("treeitem", nullptr, open ? 1 : 0);
    return open;
}

void heading(const char* s) {
    ImGui::PushFont(heading_font());
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(s);
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    item_text("heading", s);
}

void text(const std::string& s) {
    ImGui::TextWrapped("%s", s.c_str());
    item_text("text", s);
}

void text_muted(const std::string& s) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme_colors().muted);
    ImGui::TextWrapped("%s", s.c_str());
    ImGui::PopStyleColor();
    item_text("text", s);
}

void text_colored(const ImVec4& c, const std::string& s) {
    ImGui::PushStyleColor(ImGuiCol_Text, c);
    ImGui::TextWrapped("%s", s.c_str());
    ImGui::PopStyleColor();
    item_text("text", s);
}

void status(const std::string& s) {
    ImGui::TextWrapped("%s", s.c_str());
    item_text("status", s);
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

void help_marker(const char* desc) {
    ImGui::TextDisabled("(?)");
    if (ImGui::BeginItemTooltip()) {
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
        ImGui::TextUnformatted(desc);
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

}  // namespace ui
