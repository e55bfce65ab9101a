#include "charts.h"

#include <cmath>
#include <cstdio>

#include "imgui_internal.h"  // RenderTextEllipsis
#include "mirror.h"
#include "theme.h"

void draw_readiness_bars(const char* id, const std::vector<BarRow>& rows, float threshold) {
    const ThemeColors& c = theme_colors();
    const float width = ImGui::GetContentRegionAvail().x;
    // Each name sits beside its bar when every name fits its column whole; otherwise (a phone, a long domain
    // name) each sits whole above its bar: a name is never cut.
    const float column_w = std::fmin(width * 0.45f, 320.0f);
    bool stacked = width < 440;
    for (const BarRow& r : rows) stacked = stacked || ImGui::CalcTextSize(r.label.c_str()).x > column_w - 8;
    const float label_w = stacked ? 0 : column_w;
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
        if (!stacked) dl->AddText(ImVec2(p.x, p.y + 4), ImGui::GetColorU32(c.text), r.label.c_str());
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
        item_text(Role::text, r.label + ": " + pct + (r.detail.empty() ? "" : " (" + r.detail + ")"));
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

void draw_burn_down(const char* id, const std::vector<double>& planned, const std::vector<double>& actual, double today,
                    double exam, const std::string& text) {
    if (planned.size() < 2) return;
    const ThemeColors& c = theme_colors();
    const float width = ImGui::GetContentRegionAvail().x;
    const float height = std::fmin(180.0f, std::fmax(120.0f, width * 0.35f));
    const float label_h = ImGui::GetTextLineHeight();
    ImGui::PushID(id);
    ImGui::BeginGroup();
    const ImVec2 o = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    double top = 1;
    for (double v : planned) top = std::fmax(top, v);
    for (double v : actual) top = std::fmax(top, v);
    const float left = 4, right = 4, plot_h = height - label_h - 8;
    const float plot_w = width - left - right;
    const float n = float(planned.size() - 1);
    const auto at = [&](float week, double hours) {
        return ImVec2(o.x + left + plot_w * std::fmax(0.f, std::fmin(1.f, week / n)), o.y + plot_h * float(1.0 - hours / top));
    };
    dl->AddRect(ImVec2(o.x + left, o.y), ImVec2(o.x + left + plot_w, o.y + plot_h), ImGui::GetColorU32(c.border));
    // Planned: dashes.
    for (size_t i = 0; i + 1 < planned.size(); ++i) {
        const ImVec2 a = at(float(i), planned[i]), b = at(float(i + 1), planned[i + 1]);
        for (int k = 0; k < 4; k += 2)
            dl->AddLine(ImVec2(a.x + (b.x - a.x) * k / 4, a.y + (b.y - a.y) * k / 4),
                        ImVec2(a.x + (b.x - a.x) * (k + 1) / 4, a.y + (b.y - a.y) * (k + 1) / 4), ImGui::GetColorU32(c.muted), 2);
    }
    for (size_t i = 0; i + 1 < actual.size(); ++i)
        dl->AddLine(at(float(i), actual[i]), at(float(i + 1), actual[i + 1]), ImGui::GetColorU32(c.accent), 3);
    for (size_t i = 0; i < actual.size(); ++i) dl->AddCircleFilled(at(float(i), actual[i]), 3.5f, ImGui::GetColorU32(c.accent));
    // A marker's line, and its name under the plot, centred on the line but kept inside the chart and clear of
    // the name placed before it (`taken`: that name's span), on whichever side of it has room.
    ImVec2 taken(-1e9f, -1e9f);  // none yet
    const auto mark = [&](double week, const ImVec4& color, const char* name) {
        if (week < 0 || week > n) return;
        const float x = at(float(week), 0).x;
        dl->AddLine(ImVec2(x, o.y), ImVec2(x, o.y + plot_h), ImGui::GetColorU32(color), 2);
        const float w = ImGui::CalcTextSize(name).x, gap = 8;
        const auto inside = [&](float from) { return std::fmin(std::fmax(o.x, from), o.x + width - w); };
        float from = inside(x - w / 2);
        if (from < taken.y + gap && from + w > taken.x - gap)
            from = x < (taken.x + taken.y) / 2 && taken.x - gap - w >= o.x ? taken.x - gap - w : inside(taken.y + gap);
        dl->AddText(ImVec2(from, o.y + plot_h + 4), ImGui::GetColorU32(color), name);
        taken = ImVec2(from, from + w);
    };
    mark(exam, c.bad, "exam");
    mark(today, c.text, "today");
    ImGui::Dummy(ImVec2(width, height));
    ImGui::EndGroup();
    item_text(Role::text, text);
    ImGui::PopID();
}
