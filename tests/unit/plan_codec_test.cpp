#include <catch_amalgamated.hpp>

#include <fstream>
#include <sstream>

#include "plan_codec.h"

using namespace certplan;

namespace {
Plan sample_plan() {
    Plan p;
    p.credential = "aws-mla-c01";
    p.profile.background = "software-engineer";
    p.profile.cloud = "aws";
    p.profile.hours_per_week = 8;
    p.profile.target_date = "2027-03-01";
    p.answers["aws-mla-c01"] = {{"mla-1-1", Rating::learning}, {"mla-2-3", Rating::in_production}};
    p.answers["google-pmle"] = {{"gp-1-1", Rating::can_explain}};
    p.checks["aws-mla-c01"] = {{"mla-d1-q1", 1}, {"mla-d1-q2", 0}};
    return p;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}
}  // namespace

TEST_CASE("the stored plan round-trips exactly") {
    Plan p = sample_plan();
    PlanRead back = plan_from_json(plan_to_json(p), "test");
    CHECK(back.lossless());
    CHECK(back.version == kPlanFormatVersion);
    CHECK(back.plan == p);
}

TEST_CASE("a version 1 document migrates: its flat ratings become that credential's answers") {
    std::string v1 = read_file(std::string(CERTPLAN_SOURCE_DIR) + "/tests/fixtures/storage-v1.json");
    REQUIRE_FALSE(v1.empty());
    PlanRead r = plan_from_json(v1, "localStorage");
    REQUIRE(r.usable);
    CHECK(r.problems.empty());
    CHECK(r.version == 1);
    CHECK(r.plan.credential == "google-pmle");
    CHECK(r.plan.profile.background == "working-ml");
    CHECK(r.plan.profile.hours_per_week == 10);
    const Answers& a = r.plan.answers_for("google-pmle");
    REQUIRE(a.size() == 3);
    CHECK(a.at("gp-1-1") == Rating::not_yet);        // v1 stored 0
    CHECK(a.at("gp-3-2") == Rating::can_explain);    // v1 stored 2
    CHECK(a.at("gp-5-1") == Rating::in_production);  // v1 stored 3
}

TEST_CASE("a version 2 document (the format before checks) migrates with every answer and no checks") {
    std::string v2 = read_file(std::string(CERTPLAN_SOURCE_DIR) + "/tests/fixtures/storage-v2.json");
    REQUIRE_FALSE(v2.empty());
    PlanRead r = plan_from_json(v2, "localStorage");
    REQUIRE(r.usable);
    CHECK(r.problems.empty());
    CHECK(r.version == 2);
    CHECK(r.plan.credential == "aws-mla-c01");
    CHECK(r.plan.profile.hours_per_week == 6);
    CHECK(r.plan.answers_for("aws-mla-c01").at("mla-1-2") == Rating::can_explain);
    CHECK(r.plan.answers_for("aws-mla-c01").at("mla-2-3") == Rating::learning);
    CHECK(r.plan.answers_for("google-pmle").at("gp-1-1") == Rating::in_production);
    CHECK(r.plan.checks.empty());
    // Written again, it is version 3 and reads back the same.
    PlanRead again = plan_from_json(plan_to_json(r.plan), "t");
    CHECK(again.version == 3);
    CHECK(again.plan == r.plan);
}

TEST_CASE("a damaged check answer is named and left out; the other answers are kept") {
    PlanRead r = plan_from_json(
        R"({"format":"certplan-plan","version":3,"plan":{"credential":"google-pmle","answers":{"google-pmle":{"gp-1-1":"learning"}},)"
        R"("checks":{"google-pmle":{"gp-d1-q1":2,"gp-d1-q2":"b","gp-d1-q3":-1},"aws-mla-c01":[1]}}})",
        "localStorage");
    REQUIRE(r.usable);
    CHECK(r.plan.answers_for("google-pmle").at("gp-1-1") == Rating::learning);
    CHECK(r.plan.checks_for("google-pmle") == CheckAnswers{{"gp-d1-q1", 2}});
    REQUIRE(r.problems.size() == 3);
    CHECK(r.problems[0].field == "plan.checks.aws-mla-c01");
    CHECK(r.problems[1].field == "plan.checks.google-pmle.gp-d1-q2");
    CHECK(r.problems[2].field == "plan.checks.google-pmle.gp-d1-q3");
}

TEST_CASE("unreadable documents are refused with a message, never half-read") {
    SECTION("not JSON") {
        PlanRead r = plan_from_json("{\"version\": 2, \"plan\": ", "localStorage");
        CHECK_FALSE(r.usable);
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].text() == "localStorage: is not valid JSON");
    }
    SECTION("JSON, but not a plan") {
        PlanRead r = plan_from_json("[1,2,3]", "the imported file");
        CHECK_FALSE(r.usable);
        CHECK(r.problems[0].text().find("not a certplan plan") != std::string::npos);
    }
    SECTION("from a newer version") {
        PlanRead r = plan_from_json(R"({"format":"certplan-plan","version":99,"plan":{}})", "localStorage");
        CHECK_FALSE(r.usable);
        CHECK(r.problems[0].field == "version");
        CHECK(r.problems[0].message.find("newer") != std::string::npos);
    }
    SECTION("an empty string") {
        CHECK_FALSE(plan_from_json("", "localStorage").usable);
    }
}

TEST_CASE("each wrong field is named, and the rest of the plan is kept") {
    Plan p = sample_plan();
    auto with = [&](const std::string& from, const std::string& to) {
        std::string s = plan_to_json(p);
        auto at = s.find(from);
        REQUIRE(at != std::string::npos);
        return plan_from_json(s.replace(at, from.size(), to), "localStorage");
    };
    SECTION("an unknown rating") {
        PlanRead r = with("\"learning\"", "\"expert\"");
        REQUIRE(r.usable);
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].field == "plan.answers.aws-mla-c01.mla-1-1");
        CHECK(r.plan.answers_for("aws-mla-c01").count("mla-2-3") == 1);
    }
    SECTION("hours per week out of range") {
        PlanRead r = with("\"hours_per_week\": 8", "\"hours_per_week\": 500");
        REQUIRE(r.usable);
        CHECK(r.problems[0].field == "plan.profile.hours_per_week");
        CHECK(r.plan.profile.hours_per_week == 0);
        CHECK(r.plan.profile.background == "software-engineer");
    }
    SECTION("a malformed date") {
        PlanRead r = with("\"2027-03-01\"", "\"next spring\"");
        CHECK(r.problems[0].field == "plan.profile.target_date");
    }
    SECTION("an answer that is not one of the question's") {
        PlanRead r = with("\"software-engineer\"", "\"astronaut\"");
        CHECK(r.problems[0].field == "plan.profile.background");
        CHECK(r.plan.profile.background.empty());
    }
    SECTION("the wrong type for the answers") {
        PlanRead r = with("\"answers\": {", "\"answers\": 3, \"x\": {");
        REQUIRE(r.usable);
        CHECK(r.problems[0].field == "plan.answers");
        CHECK(r.plan.answers.empty());
    }
}
