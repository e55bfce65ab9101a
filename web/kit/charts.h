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
