#include <catch_amalgamated.hpp>

#include <cctype>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "catalog_load.h"
#include "date.h"
#include "status.h"
#include "embedded_catalog.h"

using namespace certplan;
using nlohmann::json;

namespace {
std::vector<DataFile> real_files() { return embedded_catalog_files(); }

// The real catalog with one file's JSON changed by `edit`.
CatalogLoad load_with(const std::string& base, const std::function<void(json&)>& edit) {
    auto files = real_files();
    for (auto& f : files)
        if (f.name == "data/" + base) {
            json j = json::parse(f.text);
            edit(j);
            f.text = j.dump();
        }
    return load_catalog(files);
}

bool has_problem(const CatalogLoad& l, const std::string& file, const std::string& field, const std::string& words) {
    for (const auto& p : l.problems)
        if (p.file == file && p.field == field && p.message.find(words) != std::string::npos) return true;
    std::string all;
    for (const auto& p : l.problems) all += "\n  " + p.text();
    UNSCOPED_INFO("problems:" << all);
    return false;
}
}  // namespace

TEST_CASE("the shipped catalog loads with no problems") {
    CatalogLoad l = load_catalog(real_files());
    for (const auto& p : l.problems) UNSCOPED_INFO(p.text());
    REQUIRE(l.ok());
    const Catalog& c = l.catalog;
    SECTION("every credential family of the article is there, with today's status") {
        for (const char* id : {"google-pmle", "aws-mla-c01", "aws-mls-c01", "azure-ai-103", "azure-ai-102",
                               "databricks-ml-pro", "databricks-ml-assoc", "coursera-edx-certificates"})
            CHECK(c.credential(id) != nullptr);
        // Statuses are dated events, read at a day (core/status.h): here the day the catalog was last checked.
        const int checked = *parse_date(c.last_checked);
        CHECK(status_at(*c.credential("aws-mls-c01"), checked).value == Status::retired);
        CHECK(last_day(*c.credential("aws-mls-c01")) == parse_date("2026-03-31"));
        CHECK(last_day(*c.credential("azure-ai-102")) == parse_date("2026-06-30"));
        // AI-103 left its beta (page of 2026-07-23); AIP-C01, the Specialty's second successor, is in.
        CHECK(status_at(*c.credential("azure-ai-103"), checked).value == Status::active);
        REQUIRE(c.credential("aws-aip-c01") != nullptr);
        CHECK(status_at(*c.credential("aws-aip-c01"), checked).current->on == "2026-04-14");
        CHECK(c.credential("aws-mls-c01")->status.successors == std::vector<std::string>{"aws-mla-c02", "aws-aip-c01"});
    }
    SECTION("AIP-C01's blueprint: five domains, 31/26/20/12/11, the weights marked as third-party copies") {
        const Credential* a = c.credential("aws-aip-c01");
        REQUIRE(a->blueprint.domains.size() == 5);
        std::vector<double> weights;
        for (const auto& d : a->blueprint.domains) weights.push_back(d.weight_low);
        CHECK(weights == std::vector<double>{31, 26, 20, 12, 11});
        CHECK_FALSE(a->blueprint.verified);
        REQUIRE(c.checklist("aws-aip-c01") != nullptr);
    }
    SECTION("the catalog says when its facts were last checked") {
        CHECK(c.last_checked == "2026-11-27");
    }
    SECTION("every checklist item names a section its guide version has") {
        for (const Checklist& cl : c.checklists) {
            const Credential* k = c.credential(cl.credential);
            for (const ChecklistItem& it : cl.items) {
                bool found = false;
                for (const Domain& d : k->blueprint.domains)
                    if (d.id == it.domain)
                        for (const std::string& s : d.sections) found = found || s == it.section;
                INFO(it.id << " cites " << it.section);
                CHECK(found);
            }
        }
    }
    SECTION("the Google exam matches the article and the 2026 guide") {
        const Credential* g = c.credential("google-pmle");
        CHECK(g->fee_usd.value == 200.0);
        CHECK(g->duration_minutes.value == 120.0);
        REQUIRE(g->blueprint.domains.size() == 6);
        double sum = 0;
        for (const auto& d : g->blueprint.domains) sum += d.weight_mid();
        CHECK(sum == 101);  // as published: Google calls the weights approximate
        CHECK(g->blueprint.domains[2].weight_low == 21);  // Scaling prototypes: 18 -> 21 in 2026
    }
    SECTION("every fact names a source that exists") {
        for (const auto& k : c.credentials) {
            CHECK(c.source(k.fee_usd.source) != nullptr);
            CHECK(c.source(k.tests_what.source) != nullptr);
        }
    }
}

TEST_CASE("bad data is refused naming the file and the field") {
    SECTION("a file that is not JSON") {
        auto files = real_files();
        files[1].text = "{ \"credentials\": [ ";
        CatalogLoad l = load_catalog(files);
        CHECK(has_problem(l, "data/credentials.json", "", "not valid JSON"));
    }
    SECTION("a missing file") {
        auto files = real_files();
        files.erase(files.begin() + 2);
        CHECK(has_problem(load_catalog(files), "data/checklists.json", "", "is missing"));
    }
    SECTION("a missing field") {
        auto l = load_with("credentials.json", [](json& j) { j["credentials"][0].erase("provider"); });
        CHECK(has_problem(l, "data/credentials.json", "credentials[0].provider", "is missing"));
    }
    SECTION("a value of the wrong type") {
        auto l = load_with("credentials.json", [](json& j) { j["credentials"][0]["fee_usd"]["value"] = "two hundred"; });
        CHECK(has_problem(l, "data/credentials.json", "credentials[0].fee_usd.value", "expected a number or null"));
    }
    SECTION("a value outside its allowed set") {
        auto l = load_with("credentials.json", [](json& j) { j["credentials"][1]["status"]["events"][0]["becomes"] = "sunset"; });
        CHECK(has_problem(l, "data/credentials.json", "credentials[1].status.events[0].becomes", "\"sunset\" is not one of"));
    }
    SECTION("a status event's day that is not a date") {
        auto l = load_with("credentials.json", [](json& j) { j["credentials"][1]["status"]["events"][0]["on"] = "autumn 2024"; });
        CHECK(has_problem(l, "data/credentials.json", "credentials[1].status.events[0].on", "is not a YYYY-MM-DD date"));
    }
    SECTION("a credential's last_checked that is not a date") {
        auto l = load_with("credentials.json", [](json& j) { j["credentials"][1]["last_checked"] = "2026-13-01"; });
        CHECK(has_problem(l, "data/credentials.json", "credentials[1].last_checked", "is not a YYYY-MM-DD date"));
    }
    SECTION("carried_from naming an item that does not exist, or one of a credential that is not a predecessor") {
        // AIP-C01's checklist: its predecessor MLS-C01 names it among its successors.
        size_t aip = 0;
        for (const Checklist& cl : load_catalog(real_files()).catalog.checklists)
            if (cl.credential != "aws-aip-c01") ++aip;
            else break;
        const std::string at = "checklists[" + std::to_string(aip) + "].items[0].carried_from[0]";
        auto ok = load_with("checklists.json", [&](json& j) { j["checklists"][aip]["items"][0]["carried_from"] = json::array({"mls-1-1"}); });
        for (const auto& p : ok.problems) UNSCOPED_INFO(p.text());
        CHECK(ok.ok());
        auto none = load_with("checklists.json", [&](json& j) { j["checklists"][aip]["items"][0]["carried_from"] = json::array({"mls-9-9"}); });
        CHECK(has_problem(none, "data/checklists.json", at, "\"mls-9-9\" is not a checklist item"));
        auto other = load_with("checklists.json", [&](json& j) { j["checklists"][aip]["items"][0]["carried_from"] = json::array({"gp-1-1"}); });
        CHECK(has_problem(other, "data/checklists.json", at,
                          "\"gp-1-1\" is an item of google-pmle, which does not name aws-aip-c01 among its successors"));
    }
    SECTION("a source that does not exist") {
        auto l = load_with("credentials.json", [](json& j) { j["credentials"][0]["fee_usd"]["source"] = "a-blog"; });
        CHECK(has_problem(l, "data/credentials.json", "credentials[0].fee_usd.source", "\"a-blog\", which is not in data/sources.json"));
    }
    SECTION("an as-of that is not a date") {
        auto l = load_with("credentials.json", [](json& j) { j["credentials"][0]["fee_usd"]["as_of"] = "recently"; });
        CHECK(has_problem(l, "data/credentials.json", "credentials[0].fee_usd.as_of", "is not YYYY-MM-DD"));
    }
    SECTION("weights that cannot add up to 100") {
        auto l = load_with("credentials.json", [](json& j) { j["credentials"][0]["blueprint"]["domains"][0]["weight_low"] = 50;
                                                             j["credentials"][0]["blueprint"]["domains"][0]["weight_high"] = 50; });
        CHECK(has_problem(l, "data/credentials.json", "credentials[0].blueprint.domains", "cannot add up to 100"));
    }
    SECTION("a successor that is not a credential") {
        auto l = load_with("credentials.json", [](json& j) {
            for (auto& k : j["credentials"])
                if (k["id"] == "aws-mls-c01") k["status"]["successors"] = json::array({"aws-mla-c99"});  // an id no credential has (aws-mla-c02 exists since 2026-12)
        });
        bool found = false;
        for (const auto& p : l.problems) found |= p.message == "\"aws-mla-c99\" is not a credential id";
        CHECK(found);
    }
    SECTION("a duplicated id") {
        auto l = load_with("credentials.json", [](json& j) { j["credentials"][1]["id"] = j["credentials"][0]["id"]; });
        CHECK(has_problem(l, "data/credentials.json", "credentials[1].id", "is used twice"));
    }
    SECTION("a checklist item in a domain the blueprint does not have") {
        auto l = load_with("checklists.json", [](json& j) { j["checklists"][0]["items"][0]["domain"] = "d9"; });
        CHECK(has_problem(l, "data/checklists.json", "checklists[0].items[0].domain", "\"d9\" is not a domain of"));
    }
    SECTION("a checklist item citing a section its guide version lacks") {
        // The 2026 Google guide has no 1.3 (AutoML moved into 1.1): an item citing it fails the build.
        auto l = load_with("checklists.json", [](json& j) { j["checklists"][0]["items"][0]["section"] = "1.3"; });
        CHECK(has_problem(l, "data/checklists.json", "checklists[0].items[0].section",
                          "\"1.3\" is not a section of d1 in Exam guide of 2026-06-01"));
    }
    SECTION("a section listed under the wrong domain does not count") {
        auto l = load_with("checklists.json", [](json& j) { j["checklists"][0]["items"][0]["section"] = "2.1"; });
        CHECK(has_problem(l, "data/checklists.json", "checklists[0].items[0].section", "is not a section of d1"));
    }
    SECTION("a last-checked date that is not a day") {
        auto l = load_with("sources.json", [](json& j) { j["last_checked"] = "autumn 2026"; });
        CHECK(has_problem(l, "data/sources.json", "last_checked", "is not a YYYY-MM-DD date"));
    }
    SECTION("an advice rule on a question the profile does not ask") {
        auto l = load_with("advice.json", [](json& j) { j["criteria"][0]["when"] = {{"salary", {"high"}}}; });
        CHECK(has_problem(l, "data/advice.json", "criteria[0].when.salary", "is not a profile field"));
    }
    SECTION("a criterion's kind is read as its term, and one that is not a case of the article is refused") {
        auto ok = load_with("advice.json", [](json& j) { j["criteria"][0]["kind"] = "skip"; });
        REQUIRE(ok.problems.empty());
        CHECK(ok.catalog.advice.criteria[0].kind == ReasonKind::skip);
        auto l = load_with("advice.json", [](json& j) { j["criteria"][0]["kind"] = "maybe"; });
        CHECK(has_problem(l, "data/advice.json", "criteria[0].kind", "\"maybe\" is not one of: pursue, skip"));
        // A reason's kind the advisor gives, not one a criterion takes.
        auto k = load_with("advice.json", [](json& j) { j["criteria"][0]["kind"] = "first-choice"; });
        CHECK(has_problem(k, "data/advice.json", "criteria[0].kind", "\"first-choice\" is not one of: pursue, skip"));
    }
    SECTION("a planned course that does not exist, or is planned in the wrong stage") {
        auto l = load_with("estimate.json", [](json& j) {
            j["plan_courses"]["foundations"][0] = "ml-basics";
            j["plan_courses"]["core"][1] = "ml-regression";
            auto& shares = j["foundations_split"]["shares"];  // its share moves with it, so only the plan is wrong
            shares["ml-basics"] = shares["applied-ml-python"];
            shares.erase("applied-ml-python");
        });
        CHECK(has_problem(l, "data/estimate.json", "plan_courses.foundations[0]", "\"ml-basics\" is not a course id"));
        CHECK(has_problem(l, "data/estimate.json", "plan_courses.core[1]", "is a foundations course, not core"));
    }
    SECTION("foundations shares that miss a planned course or do not add up to 1") {
        auto l = load_with("estimate.json", [](json& j) { j["foundations_split"]["shares"].erase("ml-regression"); });
        CHECK(has_problem(l, "data/estimate.json", "foundations_split.shares.ml-regression", "every planned foundations course needs a share"));
        CHECK(has_problem(l, "data/estimate.json", "foundations_split.shares", "must add up to 1"));
    }
}

TEST_CASE("a study path is refused naming the file and the field") {
    // paths[1] is AWS MLA-C01's: its resources are Structuring ML Projects (with a why), then the exam guide.
    SECTION("a domain its credential's blueprint does not have") {
        auto l = load_with("study_paths.json", [](json& j) { j["paths"][1]["resources"][1]["domains"][0] = "d6"; });
        CHECK(has_problem(l, "data/study_paths.json", "paths[1].resources[1].domains[0]", "\"d6\" is not a domain of aws-mla-c01"));
    }
    SECTION("a kind that is not a resource kind, and a course given as a kind") {
        auto l = load_with("study_paths.json", [](json& j) { j["paths"][1]["resources"][1]["kind"] = "video"; });
        CHECK(has_problem(l, "data/study_paths.json", "paths[1].resources[1].kind",
                          "\"video\" is not one of: exam-guide, learning-path, course, practice"));
        auto k = load_with("study_paths.json", [](json& j) { j["paths"][1]["resources"][1]["kind"] = "course"; });
        CHECK(has_problem(k, "data/study_paths.json", "paths[1].resources[1].kind", "a course is named by its id in courses.json"));
    }
    SECTION("a link that is not https:") {
        auto l = load_with("study_paths.json", [](json& j) { j["paths"][1]["resources"][1]["url"] = "http://docs.aws.amazon.com/x"; });
        CHECK(has_problem(l, "data/study_paths.json", "paths[1].resources[1].url", "is not a plain https: link"));
    }
    SECTION("a source that does not exist") {
        auto l = load_with("study_paths.json", [](json& j) { j["paths"][1]["resources"][1]["source"] = "aws-blog"; });
        CHECK(has_problem(l, "data/study_paths.json", "paths[1].resources[1].source", "names source \"aws-blog\""));
    }
    SECTION("another provider's resource with no why, and a course that does not exist") {
        auto l = load_with("study_paths.json", [](json& j) {
            j["paths"][1]["resources"][0].erase("why");
            j["paths"][1]["resources"].push_back({{"id", "x"}, {"course", "ml-basics"}, {"domains", {"d1"}}, {"source", "article"}, {"as_of", "2026-11"}});
        });
        CHECK(has_problem(l, "data/study_paths.json", "paths[1].resources[0].why", "is from DeepLearning.AI (Andrew Ng), not Amazon Web Services"));
        CHECK(has_problem(l, "data/study_paths.json", "paths[1].resources[2].course", "\"ml-basics\" is not a course id"));
    }
    SECTION("unknown hours with no note saying so, and a credential with no blueprint") {
        auto l = load_with("study_paths.json", [](json& j) {
            j["paths"][1]["resources"][1]["hours"].erase("note");
            j["paths"][2]["credential"] = "coursera-edx-certificates";
        });
        CHECK(has_problem(l, "data/study_paths.json", "paths[1].resources[1].hours.note", "an unknown length needs a note"));
        auto k = load_with("study_paths.json", [](json& j) { j["paths"][2]["credential"] = "coursera-edx-certificates"; });
        CHECK(has_problem(k, "data/study_paths.json", "paths[2].credential", "is not a credential with a blueprint"));
    }
}

TEST_CASE("a scenario question is refused naming the file and the field") {
    // questions[0] is Google PMLE d1's first (its best answer is option 2); d1's questions come first.
    SECTION("two best answers") {
        auto l = load_with("questions.json", [](json& j) { j["questions"][0]["options"][1]["best"] = true; });
        CHECK(has_problem(l, "data/questions.json", "questions[0].options", "has 2 best answers; a question has exactly one"));
    }
    SECTION("an option without its reason") {
        auto l = load_with("questions.json", [](json& j) { j["questions"][0]["options"][3]["why"] = ""; });
        CHECK(has_problem(l, "data/questions.json", "questions[0].options[3].why", "every option needs its reason"));
    }
    SECTION("the same situation twice, differing only in case and spacing") {
        auto l = load_with("questions.json", [](json& j) {
            std::string s = j["questions"][0]["situation"];
            for (auto& ch : s) ch = char(std::toupper(static_cast<unsigned char>(ch)));
            j["questions"][1]["situation"] = "  " + s;
        });
        CHECK(has_problem(l, "data/questions.json", "questions[1].situation", "repeats another question's situation"));
    }
    SECTION("a checklist item that does not exist, or of another domain") {
        auto l = load_with("questions.json", [](json& j) { j["questions"][0]["items"] = {"gp-9-9", "gp-2-2"}; });
        CHECK(has_problem(l, "data/questions.json", "questions[0].items[0]", "\"gp-9-9\" is not a checklist item of google-pmle"));
        CHECK(has_problem(l, "data/questions.json", "questions[0].items[1]", "belongs to d2, not to the question's d1"));
    }
    SECTION("a source that does not exist, or another as-of than the source's") {
        auto l = load_with("questions.json", [](json& j) { j["questions"][0]["source"] = "nowhere"; });
        CHECK(has_problem(l, "data/questions.json", "questions[0].source", "names source \"nowhere\""));
        auto k = load_with("questions.json", [](json& j) { j["questions"][0]["as_of"] = "2020-01-01"; });
        CHECK(has_problem(k, "data/questions.json", "questions[0].as_of", "but the source is as of"));
    }
}

// How many questions a domain has is a question-form rule (tests/unit/question_bank_test.cpp).
TEST_CASE("every question of every active credential has one best answer") {
    CatalogLoad l = load_catalog(real_files());
    REQUIRE(l.ok());
    for (const Credential& k : l.catalog.credentials) {
        if (last_day(k) || !k.has_blueprint) continue;  // a retiring exam gets no new questions
        for (const Domain& d : k.blueprint.domains)
            for (const Question* q : l.catalog.questions_for(k.id, d.id)) CHECK(q->best() >= 0);
    }
}
