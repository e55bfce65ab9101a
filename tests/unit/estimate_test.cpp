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

namespace {
bool assumes(const Estimate& e, const std::string& words) {
    for (const auto& a : e.assumptions)
        if (a.find(words) != std::string::npos) return true;
    for (const auto& a : e.assumptions) UNSCOPED_INFO(a);
    return false;
}
}  // namespace

TEST_CASE("the estimate says what it assumes, and whose assumption it is") {
    const EstimateModel& m = catalog().estimate;
    SECTION("the 40/40/20 split of exam hours is certplan's own assumption") {
        Estimate e = estimate(m, catalog(), input("working-ml", "google-pmle"));
        CHECK(assumes(e, "40% to the core courses, 40% to platform prep and 20% to practice exams"));
        CHECK(assumes(e, "certplan's own assumption"));
    }
    SECTION("with hours unanswered, 10 h/week is certplan's reading, and the basis says where it comes from") {
        Estimate e = estimate(m, catalog(), input("working-ml", "google-pmle"));
        CHECK(assumes(e, "certplan assumes 10 h/week"));
        CHECK(assumes(e, "not hours"));
        CHECK_FALSE(assumes(e, "the rhythm the article's figures imply"));
    }
    SECTION("MLA-C01: the figures were the ML Specialty's, carried over, and the estimate says so") {
        Estimate e = estimate(m, catalog(), input("working-ml", "aws-mla-c01"));
        CHECK(e.weeks_low == 4);
        CHECK(e.weeks_high == 8);
        CHECK(assumes(e, "The article's figures were given for AWS ML Specialty (MLS-C01); certplan carries them over to AWS MLA-C01"));
    }
    SECTION("Google PMLE: the article's own exam, no carry-over caveat") {
        Estimate e = estimate(m, catalog(), input("working-ml", "google-pmle"));
        CHECK_FALSE(assumes(e, "carries them over"));
        CHECK_FALSE(assumes(e, "applies the same to"));
    }
    SECTION("an exam the article never names (AIP-C01) gets the general caveat") {
        Estimate e = estimate(m, catalog(), input("working-ml", "aws-aip-c01"));
        CHECK(assumes(e, "certplan applies the same to AWS AIP-C01"));
    }
}

TEST_CASE("edge cases of the estimate get clear messages") {
    const EstimateModel& m = catalog().estimate;
    EstimateInput in = input("working-ml", "google-pmle");
    SECTION("zero hours per week") {
        in.hours_per_week = 0;
        Estimate e = estimate(m, catalog(), in);
        CHECK_FALSE(e.ok);
        CHECK(e.error.find("0 hours") != std::string::npos);
    }
    SECTION("absurd hours per week are capped, with a warning") {
        in.hours_per_week = 120;
        Estimate e = estimate(m, catalog(), in);
        CHECK(e.ok);
        CHECK(e.hours_per_week == 60);
        REQUIRE(e.warnings.size() == 1);
    }
    SECTION("an exam date in the past") {
        in.today = parse_date("2026-11-23");
        in.target = parse_date("2026-11-01");
        Estimate e = estimate(m, catalog(), in);
        CHECK(e.feasibility == Feasibility::past);
        CHECK(e.target_message.find("in the past") != std::string::npos);
        CHECK(e.target_message.find("2026-12-21") != std::string::npos);  // today + 4 weeks
    }
    SECTION("too soon: says the hours that would make it and the earliest date") {
        in.today = parse_date("2026-11-23");
        in.target = parse_date("2026-12-07");  // 2 weeks: 40 h / 2 = 20 h/week needed
        Estimate e = estimate(m, catalog(), in);
        CHECK(e.feasibility == Feasibility::too_soon);
        CHECK(e.hours_per_week_needed == Approx(20));
        CHECK(e.target_message.find("20 h/week") != std::string::npos);
    }
    SECTION("tight and realistic") {
        in.today = parse_date("2026-11-23");
        in.target = parse_date("2027-01-04");  // 6 weeks: within 4-8
        CHECK(estimate(m, catalog(), in).feasibility == Feasibility::tight);
        in.target = parse_date("2027-02-01");  // 10 weeks
        CHECK(estimate(m, catalog(), in).feasibility == Feasibility::realistic);
    }
}

TEST_CASE("the study plan runs foundations, core courses, platform prep, practice, then the exam week") {
    const Catalog& c = catalog();
    const Credential* g = c.credential("google-pmle");
    EstimateInput in = input("software-engineer", "google-pmle");
    Estimate e = estimate(c.estimate, c, in);
    Readiness r = readiness(g->blueprint, *c.checklist("google-pmle"), {});
    const int monday = *parse_date("2026-11-23");
    StudyPlan p = study_plan(c, c.estimate, e, g, r, monday, std::nullopt);
    REQUIRE(p.ok);
    // 135 h foundations + 60 h exam = 195 h at 10 h/week = 19.5 -> 20 study weeks + the exam week.
    CHECK(p.total_hours == Approx(195));
    CHECK(p.weeks.size() == 21);
    CHECK(p.weeks.front().phase == "foundations");
    CHECK(p.weeks.front().start_day == monday);
    CHECK(p.weeks.back().phase == "exam");
    std::vector<std::string> order;
    for (const auto& w : p.weeks)
        if (order.empty() || order.back() != w.phase) order.push_back(w.phase);
    CHECK(order == std::vector<std::string>{"foundations", "core", "platform", "practice", "exam"});
    // The courses are those data/estimate.json plans, in its order; each foundations course gets 135 / 3 h.
    std::vector<std::string> courses;
    for (const auto& w : p.weeks)
        for (const auto& t : w.tasks)
            if (!t.course_id.empty() && (courses.empty() || courses.back() != t.course_id)) courses.push_back(t.course_id);
    CHECK(courses == std::vector<std::string>{"applied-ml-python", "ml-regression", "ml-classification",
                                              "production-ml-systems", "structuring-ml-projects"});
    SECTION("with a target date too early, it says how many weeks behind") {
        StudyPlan q = study_plan(c, c.estimate, e, g, r, monday, monday + 7 * 15);
        CHECK(q.weeks_behind == 21 - 16);
    }
    SECTION("a target date before the start does not anchor the plan") {
        StudyPlan q = study_plan(c, c.estimate, e, g, r, monday, monday - 30);
        CHECK(q.target_before_start);
        CHECK_FALSE(q.target_day);
        CHECK(q.weeks_behind == 0);
        CHECK(q.exam_day == p.exam_day);  // the plan's own exam day, as with no target at all
        CHECK(q.exam_day > q.start_day);
    }
    SECTION("it starts on the next Monday") {
        StudyPlan q = study_plan(c, c.estimate, e, g, r, monday + 2, std::nullopt);
        CHECK(q.start_day == monday + 7);
    }
}

TEST_CASE("a new target date starts at the end of the high estimate") {
    const Catalog& c = catalog();
    const int monday = *parse_date("2026-11-23");
    SECTION("working ML knowledge at 10 h/week: 4-8 weeks, so 8 weeks on") {
        EstimateInput in = input("working-ml", "google-pmle");
        in.hours_per_week = 10;
        Estimate e = estimate(c.estimate, c, in);
        REQUIRE(e.ok);
        REQUIRE(e.weeks_high == 8);
        CHECK(format_date(suggested_target_day(e, monday)) == "2027-01-18");
    }
    SECTION("with no estimate, the article's 8 weeks") {
        Estimate none;
        CHECK(suggested_target_day(none, monday) == monday + 56);
    }
}
