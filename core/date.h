// Calendar dates as whole days, for plans, target dates and calendars. No time zones: a date is a day.
#pragma once
#include <optional>
#include <string>

namespace certplan {

// Days since 1970-01-01 for a valid "YYYY-MM-DD" (years 1970..9999), else nullopt.
std::optional<int> parse_date(const std::string& iso);
std::string format_date(int days);     // "YYYY-MM-DD"
std::string format_date_compact(int days);  // "YYYYMMDD" (iCalendar)
int weekday(int days);                 // 0 = Monday … 6 = Sunday
std::string format_date_long(int days);  // "Mon 23 Nov 2026"
struct CivilDate {
    int year;
    unsigned month, day;  // 1..12, 1..31
};
CivilDate civil_date(int days);
unsigned days_in_month(int year, unsigned month);
// The months' short names, January first: "Jan" … "Dec" (dates as the page writes them, the month list).
extern const char* const kMonthNames[12];
// The day for a year, month and day picked separately, the day clamped into the month: picking
// February after the 31st of a month gives the last day of February, not an invalid date.
int date_from_parts(int year, unsigned month, unsigned day);
// The shape checks the catalog uses for "as of" dates: "YYYY-MM-DD", "YYYY-MM", "before YYYY-MM".
bool is_iso_date(const std::string& s);  // a real calendar day, YYYY-MM-DD
bool is_as_of(const std::string& s);

}  // namespace certplan
