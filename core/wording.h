// How certplan words its figures, in one place for the views and the exports (summary, calendar):
// percentages, hours, weeks and weight ranges. (The target-date statement is the schedule's fit_message.)
// Plain words, and singular or plural as a person writes them.
#pragma once
#include <string>

namespace certplan {

std::string percent(double fraction);                   // 0.735 -> "74%"
std::string hours(double h);                            // 12.4 -> "12 h"
std::string weeks(int n);                               // "1 week", "3 weeks"
std::string weight_range(double low, double high);      // percent points: 20, 20 -> "20%"; 10, 15 -> "10-15%"

}  // namespace certplan
