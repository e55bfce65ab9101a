// What to build instead of certifying, in weeks (issue 26.7): a "skip" verdict gives the article's alternative,
// a project portfolio (data/advice.json "instead"), as a plan of its own at the user's hours a week. The page,
// the Markdown and HTML summaries and the calendar all word it from here.
#pragma once
#include <string>
#include <vector>

#include "catalog.h"

namespace certplan {

struct BuildRow {
    const BuildStep* step = nullptr;
    int first_week = 0, last_week = 0;  // 1-based weeks of the portfolio plan
    int first_day = 0;                  // the Monday of first_week
    double hours = 0;
};

struct BuildPlan {
    bool ok = false;             // false: the catalog has no steps, or no hours a week
    double hours_per_week = 0;   // whole hours, at least 1
    double total_hours = 0;
    int weeks = 0;
    int start_day = 0;           // a Monday
    std::vector<BuildRow> rows;  // each step in order, over the weeks it takes
    std::string line;            // "In all: 58 hours over 8 weeks at 8 h/week, from Mon 23 Nov 2026." (under a "What to build instead" heading)
};

// The steps in order at `hours_per_week` (whole hours, at least 1) from the Monday on or after `start_day`, one
// after the other: each step starts on the Monday after the one before it ends and takes the whole weeks its
// hours need (ceil(hours / hours a week)), so no two steps share a week and the list reads as a sequence to
// follow (a step lighter than its weeks leaves their other hours spare).
BuildPlan build_plan(const BuildInstead& instead, double hours_per_week, int start_day);

// "Weeks 1-4 (from Mon 23 Nov 2026): Build it … (24 h)"; one week: "Week 1 (Mon 23 Nov 2026): …".
std::string build_row_line(const BuildRow& row);

}  // namespace certplan
