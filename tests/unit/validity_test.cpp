#include <catch_amalgamated.hpp>

#include "validity.h"

using namespace certplan;

TEST_CASE("a validity with no value reads as no expiry only when its note says so") {
    Fact<double> f;
    SECTION("no value, a note that begins \"No expiry\": no expiry") {
        f.note = "No expiry.";
        CHECK(never_expires(f));
    }
    SECTION("no value and no note: unknown, not no expiry") { CHECK_FALSE(never_expires(f)); }
    SECTION("no value, a note that mentions it later: unknown") {
        f.note = "Not published; some pages say no expiry.";
        CHECK_FALSE(never_expires(f));
    }
    SECTION("a value wins over the note: 24 months expire") {
        f.value = 24;
        f.note = "No expiry on the old version.";
        CHECK_FALSE(never_expires(f));
    }
}
