#include <catch_amalgamated.hpp>

#include "date.h"
#include "returning.h"

using namespace certplan;

TEST_CASE("a returning user has checked a week in or made the plan on an earlier day") {
    const int today = *parse_date("2026-12-09");  // a Wednesday
    PlanDocument plan;
    SECTION("nothing answered, nothing looked at: new") { CHECK_FALSE(returning_user(plan, today)); }
    SECTION("made today: its start is next Monday, 2026-12-14: new") {
        plan.profile.start_date = "2026-12-14";
        CHECK_FALSE(returning_user(plan, today));
    }
    SECTION("made on an earlier visit: its start, Monday 2026-12-07, is before today") {
        plan.profile.start_date = "2026-12-07";
        CHECK(returning_user(plan, today));
        CHECK_FALSE(returning_user(plan, *parse_date("2026-12-07")));  // on that Monday itself it may be new
    }
    SECTION("a week checked in: returning, whatever the start") {
        plan.progress[*parse_date("2026-12-14")].hours = 3;
        CHECK(returning_user(plan, today));
    }
    SECTION("a start that cannot be read is not taken as a return") {
        plan.profile.start_date = "soon";
        CHECK_FALSE(returning_user(plan, today));
    }
}
