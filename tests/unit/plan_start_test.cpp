// Issue 26, point 1: a plan's start is fixed when the plan is made or first looked at; week 1 is not lost after
// its Monday.
#include <catch_amalgamated.hpp>

#include "data_catalog.h"

#include "date.h"
#include "figures.h"
#include "ics.h"

using namespace certplan;

TEST_CASE("a plan made on Mon 7 Dec keeps week 1 all that week and after") {
    const int monday = *parse_date("2026-12-07"), tuesday = monday + 1, sunday = monday + 6;
    SECTION("the start is fixed once: at the first answer, or when first looked at; never moved again") {
        Profile p;
        CHECK(start_to_fix(p, false, monday).empty());               // nothing answered, not looked at: no plan yet
        CHECK(start_to_fix(p, true, monday) == "2026-12-07");        // looked at on its Monday: starts that day
        CHECK(start_to_fix(p, true, tuesday) == "2026-12-14");       // looked at on a Tuesday: the next Monday
        p.hours_per_week = 8;
        CHECK(start_to_fix(p, false, monday) == "2026-12-07");       // made: an answer
        p.start_date = "2026-12-07";
        CHECK(start_to_fix(p, true, tuesday).empty());               // fixed: never moved again
    }
    SECTION("with the start fixed, on the Tuesday and the Sunday week 1 is still the plan's first week and can be checked in") {
        PlanDocument plan;
        plan.profile.hours_per_week = 8;
        plan.profile.start_date = start_to_fix(plan.profile, false, monday);
        const Figures made = derive(data_catalog(), plan, monday);
        for (int day : {tuesday, sunday, monday + 9}) {
            const Figures later = derive(data_catalog(), plan, day);
            REQUIRE(later.study_plan.ok);
            CHECK(later.study_plan.start_day == monday);
            CHECK(later.study_plan.fit == made.study_plan.fit);
            CHECK(can_check_in(later.study_plan, later.study_plan.weeks[0], day));
        }
        // The calendar's weekly check-in reminder starts on Sun 13 Dec, a day week 1 can still be logged.
        const Figures sun = derive(data_catalog(), plan, sunday);
        const std::string ics = study_plan_ics(sun.study_plan, "PMLE", sunday);
        CHECK(ics.find("DTSTART;VALUE=DATE:20261213\r\nDTEND;VALUE=DATE:20261214\r\nRRULE:FREQ=WEEKLY") != std::string::npos);
        CHECK(can_check_in(sun.study_plan, sun.study_plan.weeks[0], sunday));
    }
}
