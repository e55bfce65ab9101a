#include "date.h"

#include <cstdio>

namespace certplan {

namespace {
// Howard Hinnant's days_from_civil / civil_from_days: exact for the proleptic Gregorian calendar.
int days_from_civil(int y, unsigned m, unsigned d) {
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + int(doe) - 719468;
}

void civil_from_days(int z, int& y, unsigned& m, unsigned& d) {
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = int(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
}

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
}  // namespace

std::optional<int> parse_date(const std::string& s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (s[i] < '0' || s[i] > '9') return std::nullopt;
    const auto number = [&](size_t from, size_t to) {
        unsigned n = 0;
        for (size_t i = from; i < to; ++i) n = n * 10 + unsigned(s[i] - '0');
        return n;
    };
    const int y = int(number(0, 4));
    const unsigned m = number(5, 7), d = number(8, 10);
    if (y < 1970 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return std::nullopt;
    return days_from_civil(y, m, d);
}

CivilDate civil_date(int days) {
    CivilDate c{};
    civil_from_days(days, c.year, c.month, c.day);
    return c;
}

unsigned days_in_month(int year, unsigned month) {
    static const unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    return kDays[month - 1] + (month == 2 && leap(year) ? 1 : 0);
}

int date_from_parts(int year, unsigned month, unsigned day) {
    month = month < 1 ? 1 : month > 12 ? 12 : month;
    unsigned last = days_in_month(year, month);
    day = day < 1 ? 1 : day > last ? last : day;
    return days_from_civil(year, month, day);
}

std::string format_date(int days) {
    int y;
    unsigned m, d;
    civil_from_days(days, y, m, d);
    char buf[16];
    snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, d);
    return buf;
}

std::string format_date_compact(int days) {
    std::string s = format_date(days);
    return s.substr(0, 4) + s.substr(5, 2) + s.substr(8, 2);
}

bool is_iso_date(const std::string& s) { return parse_date(s).has_value(); }

bool is_as_of(const std::string& text) {
    std::string s = text.rfind("before ", 0) == 0 ? text.substr(7) : text;
    if (s.size() == 10) return is_iso_date(s);
    return s.size() == 7 && s[4] == '-' && parse_date(s + "-01").has_value();
}

int weekday(int days) { return ((days % 7) + 7 + 3) % 7; }  // 1970-01-01 was a Thursday (3)

const char* const kMonthNames[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

std::string format_date_long(int days) {
    static const char* kDay[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    int y;
    unsigned m, d;
    civil_from_days(days, y, m, d);
    char buf[32];
    snprintf(buf, sizeof buf, "%s %u %s %d", kDay[weekday(days)], d, kMonthNames[m - 1], y);
    return buf;
}

}  // namespace certplan
