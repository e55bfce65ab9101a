#include <catch_amalgamated.hpp>

#include "data_catalog.h"

#include "catalog_load.h"
#include "date.h"
#include "embedded_catalog.h"
#include "estimate.h"
#include "weeks.h"

using namespace certplan;
using Catch::Approx;

namespace {
EstimateInput input(const std::string& background, const std::string& credential) {
    EstimateInput in;
    in.background = background;
    in.credential = credential;
    return in;
}
}  // namespace

TEST_CASE("the estimator reproduces every calibration point of the article at its rhythm") {
    const EstimateModel& m = data_catalog().estimate;
    REQUIRE(m.rhythm_hours_per_week == 10);
    REQUIRE(m.calibration.size() >= 4);
    for (const Calibration& cal : m.calibration) {
        INFO(cal.basis);
        Estimate e = estimate(m, data_catalog(), input(cal.background, cal.credential));
        REQUIRE(e.ok);
        CHECK(e.weeks_low == int(cal.weeks_low));
        CHECK(e.weeks_high == int(cal.weeks_high));
    }
}

TEST_CASE("the estimate, worked by hand") {
    const EstimateModel& m = data_catalog().estimate;
    SECTION("working ML, 8 h/week: 40-80 h -> ceil(5) = 5 to 10 weeks") {
        EstimateInput in = input("working-ml", "google-pmle");
        in.hours_per_week = 8;
        Estimate e = estimate(m, data_catalog(), in);
        CHECK(e.hours_low == 40);
        CHECK(e.hours_high == 80);
        CHECK(e.weeks_low == 5);
        CHECK(e.weeks_high == 10);
    }
    SECTION("readiness 60%: exam hours x 0.4 -> 16-32 h -> 2-4 weeks at 10 h/week") {
        EstimateInput in = input("working-ml", "google-pmle");
        in.readiness = 0.6;
        in.rated = 20;
        Estimate e = estimate(m, data_catalog(), in);
        CHECK(e.gap == Approx(0.4));
        CHECK(e.hours_low == Approx(16));
        CHECK(e.weeks_low == 2);
        CHECK(e.weeks_high == 4);
    }
    SECTION("fully ready: a short review plan, not zero (25% of 40-80 h = 10-20 h)") {
        EstimateInput in = input("working-ml", "google-pmle");
        in.readiness = 1.0;
        in.rated = 36;
        Estimate e = estimate(m, data_catalog(), in);
        CHECK(e.hours_low == Approx(10));
        CHECK(e.hours_high == Approx(20));
        CHECK(e.weeks_low == 1);
        CHECK(e.weeks_high == 2);
    }
    SECTION("a pivoter's foundations follow readiness too (issue 26.4): 100% ready, both at the 25% review floor") {
        EstimateInput in = input("software-engineer", "google-pmle");
        in.readiness = 1.0;
        in.rated = 36;
        Estimate e = estimate(m, data_catalog(), in);
        CHECK(e.hours_low == Approx(90 * 0.25 + 40 * 0.25));
        EstimateInput none = input("software-engineer", "google-pmle");  // nothing rated: nothing assumed known
        CHECK(estimate(m, data_catalog(), none).hours_low == Approx(90 + 40));
    }
}

namespace {
bool assumes(const Estimate& e, const std::string& words) {
    for (const auto& a : e.assumptions)
        if (a.find(words) != std::string::npos) return true;
    for (const auto& a : e.assumptions) UNSCOPED_INFO(a);
    return false;
}
}  // namespace

TEST_CASE("the estimate says what it assumes, and whose assumption it is") {
    const EstimateModel& m = data_catalog().estimate;
    SECTION("the 40/40/20 split of exam hours is certplan's own assumption") {
        Estimate e = estimate(m, data_catalog(), input("working-ml", "google-pmle"));
        CHECK(assumes(e, "40% to the core courses, 40% to platform prep and 20% to practice exams"));
        CHECK(assumes(e, "certplan's own assumption"));
    }
    SECTION("a pivoter's foundations split is said, as certplan's rule with the article's reason; others have none") {
        CHECK(assumes(estimate(m, data_catalog(), input("software-engineer", "aws-mla-c01")), "certplan's rule, not the article's"));
        CHECK(assumes(estimate(m, data_catalog(), input("software-engineer", "aws-mla-c01")), "overemphasizing ML theory"));
        CHECK_FALSE(assumes(estimate(m, data_catalog(), input("working-ml", "aws-mla-c01")), "foundations hours"));
    }
    SECTION("with hours unanswered, 10 h/week is certplan's reading, and the basis says where it comes from") {
        Estimate e = estimate(m, data_catalog(), input("working-ml", "google-pmle"));
        CHECK(assumes(e, "certplan assumes 10 h/week"));
        CHECK(assumes(e, "not hours"));
        CHECK_FALSE(assumes(e, "the rhythm the article's figures imply"));
    }
    SECTION("MLA-C01: the figures were the ML Specialty's, carried over, and the estimate says so") {
        Estimate e = estimate(m, data_catalog(), input("working-ml", "aws-mla-c01"));
        CHECK(e.weeks_low == 4);
        CHECK(e.weeks_high == 8);
        CHECK(assumes(e, "The article's figures were given for AWS ML Specialty (MLS-C01); certplan carries them over to AWS MLA-C01"));
    }
    SECTION("Google PMLE: the article's own exam, no carry-over caveat") {
        Estimate e = estimate(m, data_catalog(), input("working-ml", "google-pmle"));
        CHECK_FALSE(assumes(e, "carries them over"));
        CHECK_FALSE(assumes(e, "applies the same to"));
    }
    SECTION("an exam the article never names (AIP-C01) gets the general caveat") {
        Estimate e = estimate(m, data_catalog(), input("working-ml", "aws-aip-c01"));
        CHECK(assumes(e, "certplan applies the same to AWS AIP-C01"));
    }
}

TEST_CASE("edge cases of the estimate get clear messages") {
    const EstimateModel& m = data_catalog().estimate;
    EstimateInput in = input("working-ml", "google-pmle");
    SECTION("zero hours per week") {
        in.hours_per_week = 0;
        Estimate e = estimate(m, data_catalog(), in);
        CHECK_FALSE(e.ok);
        CHECK(e.error.find("0 hours") != std::string::npos);
    }
    SECTION("absurd hours per week are capped, with a warning") {
        in.hours_per_week = 120;
        Estimate e = estimate(m, data_catalog(), in);
        CHECK(e.ok);
        CHECK(e.hours_per_week == 60);
        REQUIRE(e.warnings.size() == 1);
    }
}

