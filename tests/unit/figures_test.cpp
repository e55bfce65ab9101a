#include <catch_amalgamated.hpp>

#include "data_catalog.h"

#include "catalog_load.h"
#include "date.h"
#include "embedded_catalog.h"
#include "figures.h"

using namespace certplan;
using Catch::Approx;

namespace {
const int kMonday = 20780;  // Mon 2026-11-23
}  // namespace

TEST_CASE("derive: the whole chain from a plan, worked by hand") {
    REQUIRE(format_date(kMonday) == "2026-11-23");
    PlanDocument plan;  // google-pmle, nothing answered
    SECTION("nothing answered: working ML at 10 h/week, 40-80 h -> 4-8 weeks; 60 h middle -> 6 weeks + exam week") {
        Figures f = derive(data_catalog(), plan, kMonday);
        REQUIRE(f.credential);
        CHECK(f.credential->id == "google-pmle");
        REQUIRE(f.checklist);
        CHECK(f.readiness.rated == 0);
        CHECK(f.readiness.overall == 0);
        CHECK(f.readiness.domains.size() == f.credential->blueprint.domains.size());
        REQUIRE(f.estimate.ok);
        CHECK(f.estimate.hours_per_week == 10);
        CHECK(f.estimate.weeks_low == 4);
        CHECK(f.estimate.weeks_high == 8);
        REQUIRE(f.study_plan.ok);
        CHECK(f.study_plan.start_day == kMonday);            // today is a Monday
        CHECK(f.study_plan.weeks.size() == 7);               // 60 h / 10 h a week, then the exam week
        CHECK(f.study_plan.exam_day == kMonday + 6 * 7 + 4);  // the exam week's Friday: 2027-01-08
        CHECK(format_date(f.study_plan.exam_day) == "2027-01-08");
    }
    SECTION("the plan starts on the profile's start date (the Monday on or after it), not today") {
        plan.profile.start_date = "2026-12-02";  // a Wednesday
        Figures f = derive(data_catalog(), plan, kMonday);
        CHECK(format_date(f.study_plan.start_day) == "2026-12-07");
    }
    SECTION("an unreadable start date falls back to today") {
        plan.profile.start_date = "2026-02-30";
        Figures f = derive(data_catalog(), plan, kMonday + 1);  // a Tuesday: the plan starts the next Monday
        CHECK(format_date(f.study_plan.start_day) == "2026-11-30");
    }
    SECTION("readiness feeds the estimate: every item done in production -> review floor 25% of 40-80 h = 10-20 h -> 1-2 weeks") {
        for (const ChecklistItem& item : data_catalog().checklist("google-pmle")->items)
            plan.answers["google-pmle"][item.id] = Rating::in_production;
        Figures f = derive(data_catalog(), plan, kMonday);
        CHECK(f.readiness.overall == Approx(1.0));
        CHECK(f.readiness.ready_to_book);
        CHECK(f.estimate.gap == Approx(0.25));
        CHECK(f.estimate.hours_low == Approx(10));
        CHECK(f.estimate.hours_high == Approx(20));
        CHECK(f.estimate.weeks_low == 1);
        CHECK(f.estimate.weeks_high == 2);
    }
    SECTION("another credential's answers do not count for this one") {
        for (const ChecklistItem& item : data_catalog().checklist("aws-mla-c01")->items)
            plan.answers["aws-mla-c01"][item.id] = Rating::in_production;
        Figures f = derive(data_catalog(), plan, kMonday);
        CHECK(f.readiness.rated == 0);
        CHECK(f.estimate.weeks_low == 4);
    }
    SECTION("readiness needs the official blueprint: without one it stays empty and the estimate assumes nothing known") {
        Catalog c = data_catalog();
        const std::string item = c.checklist("google-pmle")->items.front().id;
        plan.answers["google-pmle"][item] = Rating::in_production;
        REQUIRE(derive(c, plan, kMonday).readiness.rated == 1);
        for (Credential& k : c.credentials)
            if (k.id == "google-pmle") k.has_blueprint = false;
        Figures f = derive(c, plan, kMonday);
        CHECK(f.readiness.rated == 0);
        CHECK(f.readiness.domains.empty());
        CHECK(f.estimate.gap == 1);
        CHECK(f.estimate.weeks_low == 4);
    }
    SECTION("a pivoter at 15 h/week: 130-260 h -> ceil(8.67) = 9 to ceil(17.33) = 18 weeks") {
        plan.profile.background = "software-engineer";
        plan.profile.hours_per_week = 15;
        Figures f = derive(data_catalog(), plan, kMonday);
        CHECK(f.estimate.hours_low == 130);
        CHECK(f.estimate.hours_high == 260);
        CHECK(f.estimate.weeks_low == 9);
        CHECK(f.estimate.weeks_high == 18);
        CHECK(f.study_plan.weeks.front().phase == Phase::foundations);
    }
    SECTION("0 hours a week is an answer: no estimate and no plan") {
        plan.profile.hours_per_week = 0;
        Figures f = derive(data_catalog(), plan, kMonday);
        CHECK_FALSE(f.estimate.ok);
        CHECK_FALSE(f.study_plan.ok);
        CHECK(f.study_plan.weeks.empty());
    }
    SECTION("a target date 8 weeks out: feasible for 4-8 weeks, and the plan's exam day is that date") {
        plan.profile.target_date = "2027-01-18";  // 56 days after today: 8 study weeks of 10 h cover the high 80 h
        Figures f = derive(data_catalog(), plan, kMonday);
        CHECK(f.study_plan.fit == DateFit::feasible);
        REQUIRE(f.study_plan.target_day);
        CHECK(*f.study_plan.target_day == kMonday + 56);
        CHECK(f.study_plan.exam_day == kMonday + 56);
        CHECK(f.study_plan.weeks.back().start_day == kMonday + 56);  // the plan ends in the target's own week
    }
    SECTION("a chosen credential the catalog does not hold: the advice's first credential is the target") {
        plan.credential = "retired-exam";
        plan.target_chosen = true;
        Figures f = derive(data_catalog(), plan, kMonday);
        CHECK(f.target.credential == "google-pmle");
        CHECK(f.target.origin == TargetOrigin::advice);
        REQUIRE(f.credential);
        CHECK(f.credential->id == "google-pmle");
    }
}

TEST_CASE("derive: one target, the advice's until the user picks one") {
    PlanDocument plan;  // credential "google-pmle", not chosen
    plan.profile.cloud = "aws";
    plan.profile.background = "working-ml";
    for (const ChecklistItem& item : data_catalog().checklist("aws-mla-c02")->items)
        plan.answers["aws-mla-c02"][item.id] = Rating::in_production;
    SECTION("not chosen: the advice says AWS MLA-C02 (MLA-C01 ended in English on 2026-09-28), so readiness, estimate and plan are for it, not the plan's Google PMLE") {
        Figures f = derive(data_catalog(), plan, kMonday);
        CHECK(f.advice.first_credential == "aws-mla-c02");
        CHECK(f.target.credential == "aws-mla-c02");
        CHECK(f.target.origin == TargetOrigin::advice);
        CHECK(std::string(target_origin_key(f.target.origin)) == "advice");
        REQUIRE(f.credential);
        CHECK(f.credential->id == "aws-mla-c02");
        CHECK(f.readiness.overall == Approx(1.0));  // its own answers count
        CHECK(f.estimate.gap == Approx(0.25));      // the review floor
    }
    SECTION("chosen: the user's Google PMLE stays the target although the advice says AWS") {
        plan.target_chosen = true;
        Figures f = derive(data_catalog(), plan, kMonday);
        CHECK(f.advice.first_credential == "aws-mla-c02");
        CHECK(f.target.credential == "google-pmle");
        CHECK(f.target.origin == TargetOrigin::user);
        CHECK(std::string(target_origin_key(f.target.origin)) == "user");
        CHECK(f.credential->id == "google-pmle");
        CHECK(f.readiness.rated == 0);  // AWS answers are not Google's
    }
    SECTION("the advice changes with the profile and the unchosen target follows it") {
        plan.profile.cloud = "google-cloud";
        CHECK(derive(data_catalog(), plan, kMonday).target.credential == "google-pmle");
        plan.profile.cloud = "aws";
        CHECK(derive(data_catalog(), plan, kMonday).target.credential == "aws-mla-c02");
    }
    SECTION("no advice credential the catalog knows: the plan's credential, still from the advice") {
        AdviceResult none;
        Target t = resolve_target(data_catalog(), plan, none);
        CHECK(t.credential == "google-pmle");
        CHECK(t.origin == TargetOrigin::advice);
    }
}

TEST_CASE("derive: a scenario check well below the self-rating lowers its domain, and the week plan follows it") {
    // google-pmle's domains weigh 13, 16, 21, 20, 18, 13 (101 in all). Every item rated "done it in production":
    // each domain self-rates 100%. Domain 1's check, option 0 everywhere: 1 of 6 right (option 0 is the best of
    // gp-d1-q5 alone; q4's best is option 2, q6's 1, q7's 3, q8's 2, q9's 3).
    PlanDocument plan;
    plan.target_chosen = true;
    for (const ChecklistItem& item : data_catalog().checklist("google-pmle")->items)
        plan.answers["google-pmle"][item.id] = Rating::in_production;
    const Figures before = derive(data_catalog(), plan, kMonday);
    CHECK(before.readiness.overall == Approx(1.0));
    plan.checks = {{"gp-d1-q4", 0}, {"gp-d1-q5", 0}, {"gp-d1-q6", 0}, {"gp-d1-q7", 0}, {"gp-d1-q8", 0}, {"gp-d1-q9", 0}};
    const Figures f = derive(data_catalog(), plan, kMonday);
    const DomainReadiness& d1 = f.readiness.domains[0];
    CHECK(d1.self_rated == Approx(1.0));
    CHECK(d1.check.right == 1);
    CHECK(d1.check.questions == 6);
    CHECK(d1.lowered);                          // 17% is more than 25 points under 100%
    CHECK(d1.readiness == Approx(1.0 / 6));
    CHECK(f.readiness.overall == Approx(541.0 / 606));  // 1 - 13/101 x 5/6
    CHECK_FALSE(f.readiness.ready_to_book);             // domain 1 is under the 50% floor
    // Focus next: domain 1's items first (each counts at a third now), and the plan's per-domain prep is
    // domain 1's alone (every other domain has no shortfall).
    REQUIRE_FALSE(f.readiness.focus.empty());
    CHECK(f.readiness.focus.front().domain == "d1");
    int platform = 0;
    for (const StudyWeek& w : f.study_plan.weeks)
        for (const StudyTask& t : w.tasks)
            if (t.phase == Phase::platform) {
                ++platform;
                CHECK(t.domain_id == "d1");
            }
    CHECK(platform > 0);
    SECTION("an unfinished check does not count yet") {
        plan.checks.erase("gp-d1-q9");
        CHECK_FALSE(derive(data_catalog(), plan, kMonday).readiness.domains[0].lowered);
    }
}
