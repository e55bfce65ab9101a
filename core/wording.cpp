#include "wording.h"

#include <cmath>
#include <cstdio>

namespace certplan {

std::string percent(double fraction) {
    char buf[16];
    snprintf(buf, sizeof buf, "%d%%", int(std::lround(fraction * 100)));
    return buf;
}

std::string hours(double h) {
    char buf[32];
    snprintf(buf, sizeof buf, "%.0f h", std::round(h));
    return buf;
}

std::string weeks(int n) { return std::to_string(n) + (n == 1 ? " week" : " weeks"); }

std::string weight_range(double low, double high) {
    char buf[32];
    if (low == high) snprintf(buf, sizeof buf, "%.0f%%", low);
    else snprintf(buf, sizeof buf, "%.0f-%.0f%%", low, high);
    return buf;
}


}  // namespace certplan
