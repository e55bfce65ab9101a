// Charts drawn with ImDrawList: readiness bars per domain, a ring for the overall figure.
#pragma once
#include <string>
#include <vector>

#include "imgui.h"

struct BarRow {
    std::string label;   // domain name
    std::string detail;  // e.g. "weight 21%"
    float value = 0;     // 0..1
};

// Horizontal bars, one row per domain, with a marker at `threshold` (0..1, <0 for none).
void draw_readiness_bars(const char* id, const std::vector<BarRow>& rows, float threshold);
// A ring showing `value` (0..1) with the percentage in the middle.
void draw_ring(float value, float radius, ImU32 color);

// A burn-down: two lines of hours left over weeks (planned dashed in the muted colour, done solid in the accent),
// from point 0 to planned.size() - 1, with vertical marks at `today` and `exam` (weeks on the same axis) named
// under the chart. `text` goes to the accessibility mirror (the figures as words).
void draw_burn_down(const char* id, const std::vector<double>& planned, const std::vector<double>& actual, double today,
                    double exam, const std::string& text);
