#include <catch_amalgamated.hpp>

#include "date.h"
#include "freshness.h"

using namespace certplan;

namespace {
int day(const char* iso) { return *parse_date(iso); }
}  // namespace

TEST_CASE("a fact more than twelve months old reads as possibly out of date") {
    SECTION("an as-of stands for a day: itself, the first of its month, or the first of the month it is before") {
        CHECK(as_of_day("2026-06-01") == day("2026-06-01"));
        CHECK(as_of_day("2026-10") == day("2026-10-01"));
        CHECK(as_of_day("before 2025-10") == day("2025-10-01"));
        CHECK_FALSE(as_of_day("autumn 2026").has_value());
        CHECK_FALSE(as_of_day("").has_value());
    }
    SECTION("twelve months to the day is still current; one day more is not") {
        // 2025-11-27 + 12 months = 2026-11-27.
        CHECK_FALSE(possibly_out_of_date("2025-11-27", day("2026-11-27")));
        CHECK(possibly_out_of_date("2025-11-26", day("2026-11-27")));
    }
    SECTION("the catalog's own dates on 2026-11-27") {
        const int today = day("2026-11-27");
        CHECK_FALSE(possibly_out_of_date("2026-06-01", today));  // Google's 2026 guide
        CHECK_FALSE(possibly_out_of_date("2026-10", today));
        CHECK_FALSE(possibly_out_of_date("2025-12-23", today));  // AI-102's skills outline: 11 months
        CHECK(possibly_out_of_date("2025-09", today));           // Databricks Professional guide: 14 months
        CHECK(possibly_out_of_date("2025-03-01", today));        // Databricks Associate guide: 20 months
        CHECK(possibly_out_of_date("before 2025-10", today));    // the article: at least 13 months
    }
    SECTION("month-precise dates count from the first of the month") {
        // 2025-11 is 2025-11-01: out of date from 2026-11-02 on.
        CHECK_FALSE(possibly_out_of_date("2025-11", day("2026-11-01")));
        CHECK(possibly_out_of_date("2025-11", day("2026-11-02")));
    }
    SECTION("the 29th of February ages to the 28th a year later") {
        CHECK_FALSE(possibly_out_of_date("2028-02-29", day("2029-02-28")));
        CHECK(possibly_out_of_date("2028-02-29", day("2029-03-01")));
    }
    SECTION("a date that cannot be read is not called out of date (the data check refuses it)") {
        CHECK_FALSE(possibly_out_of_date("soon", day("2026-11-27")));
    }
}
