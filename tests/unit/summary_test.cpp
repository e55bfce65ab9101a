#include <catch_amalgamated.hpp>

#include "catalog_load.h"
#include "embedded_catalog.h"
#include "figures.h"
#include "summary.h"

using namespace certplan;

namespace {
std::string summary_of(const PlanDocument& plan, int today) {
    static const CatalogLoad load = load_catalog(embedded_catalog_files());
    const Figures f = derive(load.catalog, plan, today);
    SummaryInput in;
    in.catalog = &load.catalog;
    in.credential = f.credential;
    in.advice = &f.advice;
    in.readiness = &f.readiness;
    in.estimate = &f.estimate;
    in.plan = &f.study_plan;
    return plan_summary_markdown(in);
}
const int kMonday = 20780;  // Mon 2026-11-23
}  // namespace

TEST_CASE("the summary words the target date as the Plan view does, singular and plural as written") {
    PlanDocument plan;  // nothing answered: 7 plan weeks from Mon 2026-11-23
    SECTION("no target date: no sentence about it") {
        const std::string md = summary_of(plan, kMonday);
        CHECK(md.find("4-8 weeks at 10 h/week (40 h-80 h in all)") != std::string::npos);
        CHECK(md.find("target date") == std::string::npos);
    }
    SECTION("a target 3 weeks out: the 7-week plan is 3 weeks behind (it said 'week(s) for the target date')") {
        plan.profile.target_date = "2026-12-14";  // 3 weeks after the start: weeks 1-4 fit, 7 needed
        const std::string md = summary_of(plan, kMonday);
        CHECK(md.find("Behind by 3 weeks for your target date.") != std::string::npos);
        CHECK(md.find("week(s)") == std::string::npos);
    }
    SECTION("a target 8 weeks out: on track (a new line in the summary)") {
        plan.profile.target_date = "2027-01-18";
        CHECK(summary_of(plan, kMonday).find("On track for your target date.") != std::string::npos);
    }
    SECTION("a target before the plan starts: the Plan view's sentence") {
        plan.profile.start_date = "2027-02-01";
        plan.profile.target_date = "2027-01-18";
        CHECK(summary_of(plan, kMonday).find("Your target date is before the plan starts: pick a later one.") != std::string::npos);
    }
}
