// How certplan words its figures, in one place for the views and the exports (summary, calendar):
// percentages, hours, weeks, weight ranges and the target-date sentence. Plain words, and singular or
// plural as a person writes them.
#pragma once
#include <string>

#include "schedule.h"

namespace certplan {

std::string percent(double fraction);                   // 0.735 -> "74%"
std::string hours(double h);                            // 12.4 -> "12 h"
std::string weeks(int n);                               // "1 week", "3 weeks"
std::string weight_range(double low, double high);      // percent points: 20, 20 -> "20%"; 10, 15 -> "10-15%"
// Where the plan stands against the target date, or "" with no target: "On track for your target date.",
// "Behind by 2 weeks for your target date.", or that the target is before the plan starts.
std::string target_sentence(const StudyPlan& plan);

}  // namespace certplan
