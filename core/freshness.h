// How old a catalog fact is. Exams, fees and blueprints change every year or so, so a fact dated more
// than twelve months before today reads as possibly out of date rather than as plain truth.
#pragma once
#include <optional>
#include <string>

namespace certplan {

// The day an "as of" stands for, in days since 1970: "YYYY-MM-DD" is that day; "YYYY-MM" and
// "before YYYY-MM" the first of that month (an undated fact is taken as no newer than that). Else nullopt.
std::optional<int> as_of_day(const std::string& as_of);

// True when the fact's date is more than twelve calendar months before `today` (days since 1970).
// A date that cannot be read is not called out of date: the data check rejects it before it ships.
bool possibly_out_of_date(const std::string& as_of, int today);

}  // namespace certplan
