#include <catch_amalgamated.hpp>

#include "date.h"

using namespace certplan;

TEST_CASE("dates parse, print and count days exactly") {
    SECTION("the epoch and known days") {
        CHECK(parse_date("1970-01-01") == 0);
        CHECK(parse_date("2026-11-23") == 20780);
        CHECK(format_date(20780) == "2026-11-23");
        CHECK(format_date_compact(20780) == "20261123");
    }
    SECTION("weekdays: 2026-11-23 is a Monday") {
        CHECK(weekday(*parse_date("2026-11-23")) == 0);
        CHECK(weekday(*parse_date("2026-11-29")) == 6);
        CHECK(format_date_long(*parse_date("2026-11-23")) == "Mon 23 Nov 2026");
    }
    SECTION("leap years") {
        CHECK(parse_date("2028-02-29").has_value());
        CHECK_FALSE(parse_date("2027-02-29").has_value());
        CHECK(*parse_date("2028-03-01") - *parse_date("2028-02-28") == 2);
    }
    SECTION("malformed dates are refused") {
        for (const char* bad : {"", "2026-13-01", "2026-00-10", "2026-04-31", "26-11-23", "2026/11/23", "abcd-ef-gh", "1969-12-31"})
            CHECK_FALSE(parse_date(bad).has_value());
    }
}

TEST_CASE("a date picked as year, month and day is always a real day") {
    SECTION("months have their lengths, February by the leap-year rule") {
        CHECK(days_in_month(2027, 1) == 31);
        CHECK(days_in_month(2027, 4) == 30);
        CHECK(days_in_month(2027, 2) == 28);
        CHECK(days_in_month(2028, 2) == 29);
        CHECK(days_in_month(2100, 2) == 28);  // divisible by 100, not by 400
        CHECK(days_in_month(2000, 2) == 29);
        CHECK(days_in_month(2027, 13) == 0);
    }
    SECTION("the parts round-trip through a day number") {
        int day = date_from_parts(2027, 3, 15);
        CHECK(format_date(day) == "2027-03-15");
        CivilDate c = civil_date(day);
        CHECK(c.year == 2027);
        CHECK(c.month == 3u);
        CHECK(c.day == 15u);
    }
    SECTION("a day past the month's end becomes its last day") {
        CHECK(format_date(date_from_parts(2027, 2, 31)) == "2027-02-28");
        CHECK(format_date(date_from_parts(2028, 2, 30)) == "2028-02-29");
        CHECK(format_date(date_from_parts(2027, 4, 31)) == "2027-04-30");
        CHECK(format_date(date_from_parts(2027, 4, 0)) == "2027-04-01");
    }
}

