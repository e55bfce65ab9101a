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
