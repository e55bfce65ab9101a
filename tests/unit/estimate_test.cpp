#include <catch_amalgamated.hpp>

#include "catalog_load.h"
#include "date.h"
#include "embedded_catalog.h"
#include "estimate.h"
#include "schedule.h"

using namespace certplan;
using Catch::Approx;

namespace {
const Catalog& catalog() {
    static const CatalogLoad load = load_catalog(embedded_catalog_files());
    return load.catalog;
}
EstimateInput input(const std::string& background, const std::string& credential) {
    EstimateInput in;
    in.background = background;
    in.credential = credential;
    return in;
}
}  // namespace

TEST_CASE("the estimator reproduces every calibration point of the article at its rhythm") {
    const EstimateModel& m = catalog().estimate;
    REQUIRE(m.rhythm_hours_per_week == 10);
    REQUIRE(m.calibration.size() >= 4);
    for (const Calibration& cal : m.calibration) {
        INFO(cal.basis);
        Estimate e = estimate(m, catalog(), input(cal.background, cal.credential));
        REQUIRE(e.ok);
        CHECK(e.weeks_low == int(cal.weeks_low));
        CHECK(e.weeks_high == int(cal.weeks_high));
    }
}

TEST_CASE("the estimate, worked by hand") {
    const EstimateModel& m = catalog().estimate;
    SECTION("working ML, 8 h/week: 40-80 h -> ceil(5) = 5 to 10 weeks") {
        EstimateInput in = input("working-ml", "google-pmle");
        in.hours_per_week = 8;
        in.hours_answered = true;
        Estimate e = estimate(m, catalog(), in);
        CHECK(e.hours_low == 40);
        CHECK(e.hours_high == 80);
        CHECK(e.weeks_low == 5);
        CHECK(e.weeks_high == 10);
    }
    SECTION("readiness 60%: exam hours x 0.4 -> 16-32 h -> 2-4 weeks at 10 h/week") {
        EstimateInput in = input("working-ml", "google-pmle");
        in.readiness = 0.6;
        in.rated = 20;
        Estimate e = estimate(m, catalog(), in);
        CHECK(e.gap == Approx(0.4));
        CHECK(e.hours_low == Approx(16));
        CHECK(e.weeks_low == 2);
        CHECK(e.weeks_high == 4);
    }
    SECTION("fully ready: a short review plan, not zero (25% of 40-80 h = 10-20 h)") {
        EstimateInput in = input("working-ml", "google-pmle");
        in.readiness = 1.0;
        in.rated = 36;
        Estimate e = estimate(m, catalog(), in);
        CHECK(e.hours_low == Approx(10));
        CHECK(e.hours_high == Approx(20));
        CHECK(e.weeks_low == 1);
        CHECK(e.weeks_high == 2);
    }
    SECTION("a pivoter keeps the foundations whatever the exam readiness") {
        EstimateInput in = input("software-engineer", "google-pmle");
        in.readiness = 1.0;
        in.rated = 36;
        Estimate e = estimate(m, catalog(), in);
        CHECK(e.hours_low == Approx(90 + 10));
    }
}

TEST_CASE("edge cases of the estimate get clear messages") {
    const EstimateModel& m = catalog().estimate;
    EstimateInput in = input("working-ml", "google-pmle");
    SECTION("zero hours per week") {
        in.hours_answered = true;
        in.hours_per_week = 0;
        Estimate e = estimate(m, catalog(), in);
        CHECK_FALSE(e.ok);
        CHECK(e.error.find("0 hours") != std::string::npos);
    }
    SECTION("absurd hours per week are capped, with a warning") {
        in.hours_answered = true;
        in.hours_per_week = 120;
        Estimate e = estimate(m, catalog(), in);
        CHECK(e.ok);
        CHECK(e.hours_per_week == 60);
        REQUIRE(e.warnings.size() == 1);
    }
}

