#include "build_instead.h"

#include <algorithm>
#include <cmath>

#include "date.h"
#include "fill.h"
#include "weeks.h"
#include "wording.h"

namespace certplan {

BuildPlan build_plan(const BuildInstead& instead, double hours_per_week, int start_day) {
    BuildPlan p;
    const double per_week = std::floor(hours_per_week);
    if (instead.steps.empty() || !(per_week >= 1)) return p;
    p.hours_per_week = per_week;
    p.start_day = next_monday(start_day);
    double before = 0;  // the hours of the steps before this one
    int last = 0;       // the last week of the step before
    for (const BuildStep& s : instead.steps) {
        const double h = s.hours.value.value_or(0);
        if (h <= 0) continue;
        BuildRow row;
        row.step = &s;
        row.hours = h;
        row.first_week = last + 1;
        row.last_week = row.first_week + std::max(1, int(std::ceil(h / per_week - 1e-9))) - 1;
        row.first_day = p.start_day + 7 * (row.first_week - 1);
        last = row.last_week;
        before += h;
        p.rows.push_back(row);
    }
    if (p.rows.empty()) return p;
    p.total_hours = before;
    p.weeks = p.rows.back().last_week;
    p.ok = true;
    p.line = fill("In all: {} hours over {} at {} h/week, from {}.",
                  {std::to_string(std::lround(p.total_hours)), p.weeks == 1 ? std::string("1 week") : std::to_string(p.weeks) + " weeks",
                   std::to_string(std::lround(per_week)), format_date_long(p.start_day)});
    return p;
}

std::string build_row_line(const BuildRow& row) {
    const std::string when = row.first_week == row.last_week
                                 ? fill("Week {} ({})", {std::to_string(row.first_week), format_date_long(row.first_day)})
                                 : fill("Weeks {}-{} (from {})", {std::to_string(row.first_week), std::to_string(row.last_week),
                                                                  format_date_long(row.first_day)});
    return fill("{}: {} ({})", {when, row.step ? row.step->text : std::string(), hours(row.hours)});
}

}  // namespace certplan
