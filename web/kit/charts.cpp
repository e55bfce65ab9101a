#include "charts.h"

#include <cmath>
#include <cstdio>

#include "imgui_internal.h"  // RenderTextEllipsis
#include "item_registry.h"
#include "theme.h"

void draw_readiness_bars(const char* id, const std::vector<BarRow>& rows, float threshold) {
    const ThemeColors& c = theme_colors();
    const float width = ImGui::GetContentRegionAvail().x;
    // On a narrow screen (a phone) each name sits whole above its bar; on a wider one, beside it.
    const bool stacked = width < 440;
    const float label_w = stacked ? 0 : std::fmin(width * 0.45f, 320.0f);
    const float bar_w = width - label_w - 60;
    const float row_h = ImGui::GetTextLineHeight() + 10;
    ImGui::PushID(id);
    for (const BarRow& r : rows) {
        ImGui::BeginGroup();  // the row, name and bar, is one item (its box is what the mirror and tooltip use)
        if (stacked) {
            ImGui::PushTextWrapPos(0);
            ImGui::TextUnformatted(r.label.c_str());
            ImGui::PopTextWrapPos();
        }
        ImVec2 p = ImGui::GetCursorScreenPos();
        ImDrawList* dl = ImGui::GetWindowDrawList();
        bool cut = false;
        if (!stacked) {
            // Beside its bar, the label ends in an ellipsis where its column ends (the whole of it is in the tooltip).
            const ImVec2 l0(p.x, p.y + 4), l1(p.x + label_w - 8, p.y + row_h);
            const ImVec2 label_size = ImGui::CalcTextSize(r.label.c_str());
            cut = label_size.x > l1.x - l0.x;
            ImGui::RenderTextEllipsis(dl, l0, l1, l1.x, l1.x, r.label.c_str(), nullptr, &label_size);
        }
        ImVec2 b0(p.x + label_w, p.y + 3), b1(p.x + label_w + bar_w, p.y + row_h - 3);
        dl->AddRectFilled(b0, b1, ImGui::GetColorU32(c.border), 3);
        float v = std::fmax(0.f, std::fmin(1.f, r.value));
        ImVec4 fill = v >= 0.75f ? c.good : v >= 0.5f ? c.accent : v > 0 ? c.warn : c.border;
        if (v > 0) dl->AddRectFilled(b0, ImVec2(b0.x + bar_w * v, b1.y), ImGui::GetColorU32(fill), 3);
        if (threshold >= 0) {
            float x = b0.x + bar_w * threshold;
            dl->AddLine(ImVec2(x, b0.y - 2), ImVec2(x, b1.y + 2), ImGui::GetColorU32(c.text), 1.5f);
        }
        char pct[16];
        snprintf(pct, sizeof pct, "%d%%", int(std::lround(v * 100)));
        dl->AddText(ImVec2(b1.x + 8, p.y + 4), ImGui::GetColorU32(c.text), pct);
        ImGui::Dummy(ImVec2(width, row_h));
        ImGui::EndGroup();
        if (cut && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", r.label.c_str());
        item_text("text", r.label + ": " + pct + (r.detail.empty() ? "" : " (" + r.detail + ")"));
    }
    ImGui::PopID();
}

void draw_ring(float value, float radius, ImU32 color) {
    const ThemeColors& c = theme_colors();
    ImVec2 p = ImGui::GetCursorScreenPos();
    ImVec2 center(p.x + radius, p.y + radius);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float thickness = radius * 0.22f;
    dl->PathArcTo(center, radius - thickness / 2, 0, 2 * 3.14159265f, 64);
    dl->PathStroke(ImGui::GetColorU32(c.border), 0, thickness);
    float v = std::fmax(0.f, std::fmin(1.f, value));
    if (v > 0) {
        const float a0 = -3.14159265f / 2;
        dl->PathArcTo(center, radius - thickness / 2, a0, a0 + 2 * 3.14159265f * v, 64);
        dl->PathStroke(color, 0, thickness);
    }
    char pct[16];
    snprintf(pct, sizeof pct, "%d%%", int(std::lround(v * 100)));
    ImGui::PushFont(ImGui::GetIO().Fonts->Fonts.Size > 1 ? ImGui::GetIO().Fonts->Fonts[1] : ImGui::GetFont());
    ImVec2 ts = ImGui::CalcTextSize(pct);
    dl->AddText(ImVec2(center.x - ts.x / 2, center.y - ts.y / 2), ImGui::GetColorU32(c.text), pct);
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(radius * 2, radius * 2));
}
