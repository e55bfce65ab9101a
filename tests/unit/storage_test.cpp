#include <catch_amalgamated.hpp>

#include <fstream>
#include <sstream>

#include "storage.h"

using namespace certplan;

namespace {
PlanDocument sample_plan() {
    PlanDocument p;
    p.credential = "aws-mla-c01";
    p.profile.background = "software-engineer";
    p.profile.cloud = "aws";
    p.profile.hours_per_week = 8;
    p.profile.target_date = "2027-03-01";
    p.profile.unavailable_weeks = {20808, 20815};  // Mon 21 and Mon 28 Dec 2026
    p.profile.exam_plan_chosen = true;
    p.target_chosen = true;
    p.answers["aws-mla-c01"] = {{"mla-1-1", Rating::learning}, {"mla-2-3", Rating::in_production}};
    p.answers["google-pmle"] = {{"gp-1-1", Rating::can_explain}};
    p.progress[20822] = {6, 0b101};  // Mon 4 Jan 2027: 6 h, tasks 0 and 2 done
    p.progress[20829] = {2.5, 0};
    p.replans = {{20829, 9}, {20843, 12}};
    p.checks = {{"mla-d1-q1", 1}, {"gp-d2-q6", 0}};
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
    PlanDocument p = sample_plan();
    PlanRead back = plan_from_json(plan_to_json(p), "test");
    CHECK(back.lossless());
    CHECK(back.version == kPlanFormatVersion);
    CHECK(back.plan == p);
}

TEST_CASE("hours per week: unanswered is left out, an answered 0 is kept as 0") {
    PlanDocument p = sample_plan();
    SECTION("not answered: no field, and none read back") {
        p.profile.hours_per_week.reset();
        const std::string text = plan_to_json(p);
        CHECK(text.find("hours_per_week") == std::string::npos);
        CHECK_FALSE(plan_from_json(text, "test").plan.profile.hours_per_week);
    }
    SECTION("answered 0: saved as 0 and read back as 0, not as unanswered") {
        p.profile.hours_per_week = 0;
        PlanRead back = plan_from_json(plan_to_json(p), "test");
        REQUIRE(back.plan.profile.hours_per_week);
        CHECK(*back.plan.profile.hours_per_week == 0);
    }
}

TEST_CASE("the stored plan is written as JSON text that reads back exactly, empty or odd") {
    SECTION("an empty plan") {
        PlanDocument p;
        PlanRead back = plan_from_json(plan_to_json(p), "test");
        CHECK(back.lossless());
        CHECK(back.plan == p);
    }
    SECTION("an imported answer to an item id with quotes, backslashes and a new line is kept as it was") {
        PlanDocument p = sample_plan();
        p.answers["google-pmle"]["odd \"id\"\\\n"] = Rating::learning;
        PlanRead back = plan_from_json(plan_to_json(p), "test");
        CHECK(back.lossless());
        CHECK(back.plan == p);
    }
    SECTION("a half hour a week survives") {
        PlanDocument p;
        p.profile.hours_per_week = 7.5;
        CHECK(plan_from_json(plan_to_json(p), "test").plan.profile.hours_per_week == 7.5);
    }
}

TEST_CASE("a version 1 document migrates: its flat ratings become that credential's answers") {
    std::string v1 = read_file(std::string(CERTPLAN_SOURCE_DIR) + "/tests/fixtures/storage-v1.json");
    REQUIRE_FALSE(v1.empty());
    PlanRead r = plan_from_json(v1, "localStorage");
    REQUIRE(r.usable);
    CHECK(r.problems.empty());
    CHECK(r.version == 1);
    CHECK(r.plan.credential == "google-pmle");
    CHECK_FALSE(r.plan.target_chosen);  // the old default: the advice decides the target
    CHECK(r.plan.profile.background == "working-ml");
    CHECK(r.plan.profile.hours_per_week == 10);
    const Answers& a = r.plan.answers_for("google-pmle");
    REQUIRE(a.size() == 3);
    CHECK(a.at("gp-1-1") == Rating::not_yet);        // v1 stored 0
    CHECK(a.at("gp-3-2") == Rating::can_explain);    // v1 stored 2
    CHECK(a.at("gp-5-1") == Rating::in_production);  // v1 stored 3
}

TEST_CASE("a version 2 document (today's format before weeks off) reads unchanged, with no weeks off") {
    std::string v2 = read_file(std::string(CERTPLAN_SOURCE_DIR) + "/tests/fixtures/storage-v2.json");
    REQUIRE_FALSE(v2.empty());
    PlanRead r = plan_from_json(v2, "localStorage");
    REQUIRE(r.usable);
    CHECK(r.problems.empty());
    CHECK(r.version == 2);
    PlanDocument expected = sample_plan();
    expected.profile.unavailable_weeks.clear();
    expected.profile.exam_plan_chosen = false;
    expected.answers.erase("google-pmle");
    expected.progress.clear();  // check-ins and re-plans came in version 5
    expected.replans.clear();
    expected.checks.clear();    // check answers came in version 6
    CHECK(r.plan == expected);
    CHECK(r.plan.target_chosen);  // aws-mla-c01 is not the old default: the user picked it
    // Saved again, it is a version 4 document that reads back the same.
    PlanRead again = plan_from_json(plan_to_json(r.plan), "localStorage");
    CHECK(again.version == kPlanFormatVersion);
    CHECK(again.plan == expected);
}

TEST_CASE("a version 3 document (before the one target) migrates: its old default credential is not a choice") {
    std::string v3 = read_file(std::string(CERTPLAN_SOURCE_DIR) + "/tests/fixtures/storage-v3.json");
    REQUIRE_FALSE(v3.empty());
    PlanRead r = plan_from_json(v3, "localStorage");
    REQUIRE(r.usable);
    CHECK(r.problems.empty());
    CHECK(r.version == 3);
    CHECK(r.plan.credential == "google-pmle");
    SECTION("google-pmle was certplan's default, so the advice decides the target") {
        CHECK_FALSE(r.plan.target_chosen);
    }
    SECTION("everything else reads unchanged") {
        CHECK(r.plan.profile.cloud == "aws");
        CHECK(r.plan.profile.hours_per_week == 12);
        CHECK(r.plan.profile.exam_plan_chosen);
        CHECK(r.plan.profile.unavailable_weeks == std::vector<int>{20808, 20815});
        CHECK(r.plan.answers_for("google-pmle").at("gp-1-1") == Rating::can_explain);
    }
    SECTION("another credential in a version 3 document was the user's pick") {
        std::string doc = v3;
        const std::string old = "\"credential\": \"google-pmle\"";
        REQUIRE(doc.find(old) != std::string::npos);
        doc.replace(doc.find(old), old.size(), "\"credential\": \"aws-mla-c01\"");
        PlanRead other = plan_from_json(doc, "localStorage");
        REQUIRE(other.usable);
        CHECK(other.plan.credential == "aws-mla-c01");
        CHECK(other.plan.target_chosen);
    }
    SECTION("saved again: version 4, and the choice survives both ways") {
        PlanRead again = plan_from_json(plan_to_json(r.plan), "localStorage");
        CHECK(again.version == kPlanFormatVersion);
        CHECK(again.plan == r.plan);
        CHECK(plan_to_json(r.plan).find("target_chosen") == std::string::npos);  // not chosen: not written
        r.plan.target_chosen = true;
        CHECK(plan_from_json(plan_to_json(r.plan), "localStorage").plan.target_chosen);
    }
}

TEST_CASE("version 4: target_chosen must be true or false") {
    PlanRead r = plan_from_json(R"({"format":"certplan-plan","version":4,"plan":{"credential":"aws-mla-c01","target_chosen":"yes"}})", "localStorage");
    REQUIRE(r.usable);
    CHECK_FALSE(r.plan.target_chosen);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].field == "plan.target_chosen");
}

TEST_CASE("weeks off: only Mondays are kept, each once, sorted; anything else is left out and reported") {
    const std::string doc = R"({"format":"certplan-plan","version":3,"plan":{"credential":"google-pmle",
        "profile":{"unavailable_weeks":["2026-12-28","2026-12-21","2026-12-23","2026-12-21",7]}}})";
    PlanRead r = plan_from_json(doc, "localStorage");
    REQUIRE(r.usable);
    CHECK(r.plan.profile.unavailable_weeks == std::vector<int>{20808, 20815});  // Mon 21 and Mon 28 Dec 2026
    const std::string saved = plan_to_json(r.plan);  // saved as dates, in order
    CHECK(saved.find("\"2026-12-21\"") < saved.find("\"2026-12-28\""));
    CHECK(saved.find("\"2026-12-28\"") != std::string::npos);
    REQUIRE(r.problems.size() == 1);  // a Wednesday and a number, reported once for the list
    CHECK(r.problems[0].field == "plan.profile.unavailable_weeks");
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
    PlanDocument p = sample_plan();
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
        CHECK(!r.plan.profile.hours_per_week);
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

TEST_CASE("a version 4 document (today's format before check-ins) reads unchanged, with no check-ins") {
    PlanRead r = plan_from_json(read_file(std::string(CERTPLAN_SOURCE_DIR) + "/tests/fixtures/storage-v4.json"), "localStorage");
    REQUIRE(r.lossless());
    CHECK(r.version == 4);
    CHECK(r.plan.credential == "aws-mla-c01");
    CHECK(r.plan.target_chosen);
    CHECK(r.plan.profile.start_date == "2027-01-04");
    CHECK(r.plan.answers.at("aws-mla-c01").size() == 2);
    CHECK(r.plan.progress.empty());
    SECTION("saved again: the current version, the same plan") {
        PlanRead again = plan_from_json(plan_to_json(r.plan), "localStorage");
        CHECK(again.version == kPlanFormatVersion);
        CHECK(again.plan == r.plan);
    }
}

TEST_CASE("version 5 check-ins: Mondays with hours and done tasks; anything else is left out and reported") {
    const std::string doc = R"({"format":"certplan-plan","version":5,"plan":{"credential":"google-pmle","progress":{
        "2027-01-04": {"hours": 6, "done": [0, 2]},
        "2027-01-05": {"hours": 1},
        "2027-01-11": {"hours": -3},
        "2027-01-18": {"hours": 4, "done": [40]},
        "2027-01-25": "lots",
        "2027-02-01": {"hours": 0}}}})";
    PlanRead r = plan_from_json(doc, "localStorage");
    REQUIRE(r.usable);
    CHECK(r.problems.size() == 4);
    CHECK(r.problems[0].field == "plan.progress.2027-01-05");
    REQUIRE(r.plan.progress.size() == 2);
    CHECK(r.plan.progress.at(20822) == WeekLog{6, 0b101});
    CHECK(r.plan.progress.at(20850) == WeekLog{0, 0});
    SECTION("not an object at all: reported, the rest of the plan kept") {
        PlanRead bad = plan_from_json(R"({"format":"certplan-plan","version":5,"plan":{"credential":"aws-mla-c01","progress":[1]}})", "x");
        CHECK(bad.usable);
        CHECK(bad.plan.credential == "aws-mla-c01");
        CHECK(bad.problems.size() == 1);
    }
}

TEST_CASE("a version 5 document (today's format before check answers) reads unchanged, with no check answers") {
    PlanRead r = plan_from_json(read_file(std::string(CERTPLAN_SOURCE_DIR) + "/tests/fixtures/storage-v5.json"), "localStorage");
    REQUIRE(r.lossless());
    CHECK(r.version == 5);
    CHECK(r.plan.credential == "aws-mla-c01");
    CHECK(r.plan.answers.at("aws-mla-c01").size() == 2);
    CHECK(r.plan.progress.at(20822) == WeekLog{6, 0b101});
    CHECK(r.plan.replans == std::vector<Replan>{{20829, 9}});
    CHECK(r.plan.checks.empty());
    SECTION("saved again: the current version, the same plan") {
        PlanRead again = plan_from_json(plan_to_json(r.plan), "localStorage");
        CHECK(again.version == kPlanFormatVersion);
        CHECK(again.plan == r.plan);
    }
}

TEST_CASE("version 6 check answers: a damaged one is named and left out; everything else is kept") {
    PlanRead r = plan_from_json(
        R"({"format":"certplan-plan","version":6,"plan":{"credential":"google-pmle","answers":{"google-pmle":{"gp-1-1":"learning"}},)"
        R"("progress":{"2027-01-04":{"hours":6}},"checks":{"gp-d1-q4":2,"gp-d1-q5":"b","gp-d1-q6":-1,"gp-d2-q4":4,"gp-d2-q5":3}}})",
        "localStorage");
    REQUIRE(r.usable);
    CHECK(r.plan.answers_for("google-pmle").at("gp-1-1") == Rating::learning);
    CHECK(r.plan.progress.size() == 1);
    CHECK(r.plan.checks == CheckAnswers{{"gp-d1-q4", 2}, {"gp-d2-q5", 3}});
    REQUIRE(r.problems.size() == 3);
    CHECK(r.problems[0].field == "plan.checks.gp-d1-q5");
    CHECK(r.problems[1].field == "plan.checks.gp-d1-q6");
    CHECK(r.problems[2].field == "plan.checks.gp-d2-q4");
    SECTION("not an object: named, the rest kept") {
        PlanRead bad = plan_from_json(R"({"format":"certplan-plan","version":6,"plan":{"credential":"aws-mla-c01","checks":[1]}})", "x");
        CHECK(bad.usable);
        CHECK(bad.plan.credential == "aws-mla-c01");
        REQUIRE(bad.problems.size() == 1);
        CHECK(bad.problems[0].field == "plan.checks");
    }
    SECTION("a v5 document's checks are not a field it had: ignored") {
        PlanRead old = plan_from_json(R"({"format":"certplan-plan","version":5,"plan":{"credential":"aws-mla-c01","checks":{"a":1}}})", "x");
        CHECK(old.plan.checks.empty());
    }
}

TEST_CASE("a version 6 document (before check attempts) reads unchanged: its answers by option, no attempt finished") {
    PlanRead r = plan_from_json(read_file(std::string(CERTPLAN_SOURCE_DIR) + "/tests/fixtures/storage-v6.json"), "localStorage");
    REQUIRE(r.lossless());
    CHECK(r.version == 6);
    CHECK(r.plan.checks == CheckAnswers{{"mla-d1-q1", 2}, {"mla-d1-q2", 0}});
    CHECK(r.plan.check_attempts.empty());
    SECTION("saved again: version 7, the same plan; a v6 document's check_attempts is not a field it had") {
        PlanRead again = plan_from_json(plan_to_json(r.plan), "localStorage");
        CHECK(again.version == 7);
        CHECK(again.plan == r.plan);
        PlanRead old = plan_from_json(R"({"format":"certplan-plan","version":6,"plan":{"credential":"aws-mla-c01","check_attempts":{"a/d1":1}}})", "x");
        CHECK(old.plan.check_attempts.empty());
    }
}

TEST_CASE("version 7 check attempts: kept per domain check and saved; a damaged count is named and left out") {
    PlanDocument p;
    p.checks = {{"gp-d1-q1", 3}};
    p.check_attempts = {{"google-pmle/d1", 2}, {"aws-mla-c01/d3", 255}};
    const std::string text = plan_to_json(p);
    CHECK(text.find("\"check_attempts\": {\"aws-mla-c01/d3\": 255, \"google-pmle/d1\": 2}") != std::string::npos);
    CHECK(plan_from_json(text, "x").plan == p);
    PlanRead r = plan_from_json(
        R"({"format":"certplan-plan","version":7,"plan":{"credential":"google-pmle","check_attempts":{"a/d1":1,"a/d2":256,"a/d3":-1,"a/d4":"2"}}})", "x");
    REQUIRE(r.usable);
    CHECK(r.plan.check_attempts == CheckAttempts{{"a/d1", 1}});
    REQUIRE(r.problems.size() == 3);
    CHECK(r.problems[0].field == "plan.check_attempts.a/d2");
    CHECK(r.problems[0].message == "is not a number of attempts (0-255)");
}
