#include <catch_amalgamated.hpp>

#include "format.h"

TEST_CASE("facts read plainly: unknown is never shown as a value, unverified is said") {
    certplan::Fact<double> months;
    CHECK(fmt_months(months) == "unknown");
    months.note = "No expiry.";
    CHECK(fmt_months(months) == "no expiry");
    months.value = 24;
    CHECK(fmt_months(months) == "2 years");
    months.value = 12;
    CHECK(fmt_months(months) == "1 year");
    certplan::Fact<double> fee;
    fee.value = 150;
    fee.verified = false;
    CHECK(fmt_fee(fee) == "$150 (unverified)");
    CHECK(fmt_fee(certplan::Fact<double>{}) == "unknown");
}
