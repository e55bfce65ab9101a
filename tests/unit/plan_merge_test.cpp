#include <catch_amalgamated.hpp>

#include "plan_merge.h"

using namespace certplan;

TEST_CASE("two tabs' plans merge value by value: what this tab changed wins, the rest comes from storage") {
    PlanDocument base;  // what both tabs read at start
    base.answers["google-pmle"]["gp-1-1"] = Rating::learning;
    base.profile.background = "working-ml";
    PlanDocument ours = base, theirs = base;

    SECTION("tab A rated one item, tab B another: both ratings are kept") {
        theirs.answers["google-pmle"]["gp-2-1"] = Rating::can_explain;  // A saved first
        ours.answers["google-pmle"]["gp-3-1"] = Rating::not_yet;        // B merges before saving
        PlanDocument m = merge_plans(base, ours, theirs);
        const Answers& a = m.answers_for("google-pmle");
        REQUIRE(a.size() == 3);
        CHECK(a.at("gp-1-1") == Rating::learning);
        CHECK(a.at("gp-2-1") == Rating::can_explain);
        CHECK(a.at("gp-3-1") == Rating::not_yet);
    }
    SECTION("a rating cleared here stays cleared; one cleared there stays cleared") {
        ours.answers["google-pmle"].erase("gp-1-1");
        CHECK(merge_plans(base, ours, theirs).answers.empty());
        PlanDocument ours2 = base, theirs2 = base;
        theirs2.answers.clear();
        CHECK(merge_plans(base, ours2, theirs2).answers.empty());
    }
    SECTION("both changed the same rating: this tab's, the later save, wins") {
        theirs.answers["google-pmle"]["gp-1-1"] = Rating::can_explain;
        ours.answers["google-pmle"]["gp-1-1"] = Rating::in_production;
        CHECK(merge_plans(base, ours, theirs).answers_for("google-pmle").at("gp-1-1") == Rating::in_production);
    }
    SECTION("profile answers merge field by field, hours and dates included") {
        theirs.profile.goal = "switch-into-ml";
        theirs.profile.hours_per_week = 12;
        ours.profile.background = "software-engineer";
        ours.profile.target_date = "2027-03-01";
        PlanDocument m = merge_plans(base, ours, theirs);
        CHECK(m.profile.background == "software-engineer");
        CHECK(m.profile.goal == "switch-into-ml");
        CHECK(m.profile.hours_per_week == 12.0);
        CHECK(m.profile.target_date == "2027-03-01");
    }
    SECTION("another credential's answers and the credential chosen there come through") {
        theirs.credential = "aws-mla-c01";
        theirs.answers["aws-mla-c01"]["mla-1-1"] = Rating::learning;
        PlanDocument m = merge_plans(base, ours, theirs);
        CHECK(m.credential == "aws-mla-c01");
        CHECK(m.answers_for("aws-mla-c01").at("mla-1-1") == Rating::learning);
    }
    SECTION("the target chosen in the other tab comes through with its credential, as one pair") {
        theirs.credential = "aws-mla-c01";
        theirs.target_chosen = true;
        PlanDocument m = merge_plans(base, ours, theirs);
        CHECK(m.credential == "aws-mla-c01");
        CHECK(m.target_chosen);
    }
    SECTION("this tab chose a target: its pair wins over the other tab's") {
        ours.target_chosen = true;  // chose the credential it already had
        theirs.credential = "aws-mla-c01";
        PlanDocument m = merge_plans(base, ours, theirs);
        CHECK(m.credential == ours.credential);
        CHECK(m.target_chosen);
    }
    SECTION("nothing changed here: the result is exactly storage's plan") {
        theirs.answers["google-pmle"]["gp-9-9"] = Rating::not_yet;
        theirs.profile.cloud = "aws";
        CHECK(merge_plans(base, ours, theirs) == theirs);
    }
}

TEST_CASE("check answers merge question by question: this tab's new or changed answer wins, the rest from storage") {
    PlanDocument base;
    base.checks = {{"gp-d1-q4", 0}, {"gp-d1-q5", 1}};
    PlanDocument ours = base, theirs = base;
    ours.checks["gp-d1-q4"] = 2;      // this tab answered again
    ours.checks["gp-d1-q6"] = 3;      // and a new one
    theirs.checks["gp-d1-q5"] = 0;    // the other tab changed another
    theirs.checks["mla-d1-q1"] = 1;
    PlanDocument m = merge_plans(base, ours, theirs);
    CHECK(m.checks == CheckAnswers{{"gp-d1-q4", 2}, {"gp-d1-q5", 0}, {"gp-d1-q6", 3}, {"mla-d1-q1", 1}});
}

TEST_CASE("a week off and the exam-plan choice made in one tab survive a rating saved in another") {
    PlanDocument base;
    PlanDocument ours = base, theirs = base;
    ours.answers["google-pmle"]["gp-1-1"] = Rating::learning;  // tab B rates an item, then saves
    theirs.profile.unavailable_weeks = {20458};                 // tab A marked a week off (a Monday) and saved
    theirs.profile.exam_plan_chosen = true;                     // and asked for the exam plan
    PlanDocument m = merge_plans(base, ours, theirs);
    CHECK(m.profile.unavailable_weeks == std::vector<int>{20458});
    CHECK(m.profile.exam_plan_chosen);
    CHECK(m.answers_for("google-pmle").at("gp-1-1") == Rating::learning);
    SECTION("weeks off merge week by week: one added here and one taken off there both hold") {
        PlanDocument b2 = base;
        b2.profile.unavailable_weeks = {20458, 20465};
        PlanDocument o2 = b2, t2 = b2;
        o2.profile.unavailable_weeks = {20458, 20465, 20472};  // this tab adds a week
        t2.profile.unavailable_weeks = {20465};                // the other took one off
        CHECK(merge_plans(b2, o2, t2).profile.unavailable_weeks == std::vector<int>{20465, 20472});
    }
    SECTION("and the other way round: this tab's choice survives storage's other values") {
        PlanDocument m2 = merge_plans(base, theirs, ours);
        CHECK(m2.profile.unavailable_weeks == std::vector<int>{20458});
        CHECK(m2.profile.exam_plan_chosen);
        CHECK(m2.answers_for("google-pmle").size() == 1);
    }
}

TEST_CASE("finished check attempts merge check by check, like the answers") {
    PlanDocument base;
    base.check_attempts = {{"google-pmle/d1", 1}, {"google-pmle/d2", 1}};
    PlanDocument ours = base, theirs = base;
    ours.check_attempts["google-pmle/d1"] = 2;    // this tab finished another attempt at d1
    theirs.check_attempts["google-pmle/d2"] = 3;  // the other tab two at d2
    theirs.check_attempts["aws-mla-c01/d1"] = 1;
    CHECK(merge_plans(base, ours, theirs).check_attempts ==
          CheckAttempts{{"aws-mla-c01/d1", 1}, {"google-pmle/d1", 2}, {"google-pmle/d2", 3}});
}
