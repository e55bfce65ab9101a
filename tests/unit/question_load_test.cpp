#include <catch_amalgamated.hpp>

#include "catalog_binary.h"
#include "question_load.h"
#include <fstream>
#include <sstream>

#include "shipped_catalog.h"

using namespace certplan;

namespace {
const Catalog& test_catalog() {
    static const CatalogLoad load = shipped_catalog();
    return load.catalog;
}
std::string read_data_file(const std::string& name) {
    std::ifstream in(std::string(CERTPLAN_SOURCE_DIR) + "/data/" + name, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}
// One well-formed question for google-pmle d1; each SECTION breaks one thing.
std::string question_json(const std::string& id = "q1", const std::string& situation = "A team has a table.",
                          const std::string& best2 = "false", const std::string& why3 = "\"Because.\"",
                          const std::string& item = "gp-1-1", const std::string& source = "google-pmle-guide-2026") {
    return "{\"id\":\"" + id + "\",\"credential\":\"google-pmle\",\"domain\":\"d1\",\"items\":[\"" + item +
           "\"],\"source\":\"" + source + "\",\"section\":\"1.1\",\"as_of\":\"2026-06-01\",\"situation\":\"" + situation +
           "\",\"options\":[{\"text\":\"A\",\"best\":true,\"why\":\"Right.\"},{\"text\":\"B\",\"best\":" + best2 +
           ",\"why\":\"No.\"},{\"text\":\"C\",\"best\":false,\"why\":\"No.\"},{\"text\":\"D\",\"best\":false,\"why\":" + why3 + "}]}";
}
Problems problems(const std::string& questions) {
    return load_questions({"data/questions.json", "{\"questions\":[" + questions + "]}"}, test_catalog()).problems;
}
bool names(const Problems& ps, const std::string& field, const std::string& words) {
    for (const Problem& p : ps)
        if (p.file == "data/questions.json" && p.field == field && p.message.find(words) != std::string::npos) return true;
    return false;
}
}  // namespace

TEST_CASE("the question check names the file and field of each flaw") {
    SECTION("two best answers") { CHECK(names(problems(question_json("q1", "S.", "true")), "questions[0].options", "2 best answers")); }
    SECTION("an option without its reason") {
        CHECK(names(problems(question_json("q1", "S.", "false", "\"\"")), "questions[0].options[3].why", "every option needs its reason"));
    }
    SECTION("a checklist item that does not exist") {
        CHECK(names(problems(question_json("q1", "S.", "false", "\"x\"", "gp-9-9")), "questions[0].items[0]", "not a checklist item"));
    }
    SECTION("a source that does not exist") {
        CHECK(names(problems(question_json("q1", "S.", "false", "\"x\"", "gp-1-1", "nowhere")), "questions[0].source", "not in data/sources.json"));
    }
    SECTION("the same stem twice, differing only in case and spacing") {
        CHECK(names(problems(question_json("q1", "A team has a table.") + "," + question_json("q2", "a team  has a TABLE")),
                    "questions[1].situation", "repeats another question"));
    }
}

TEST_CASE("the shipped questions pass the check and survive the late-data bytes") {
    const QuestionLoad load = load_questions({"data/questions.json", read_data_file("questions.json")}, test_catalog());
    for (const Problem& p : load.problems) UNSCOPED_INFO(p.text());
    REQUIRE(load.ok());
    SECTION("every domain of every active credential has at least three, each with exactly one best answer") {
        for (const Credential& k : test_catalog().credentials) {
            if (k.status.value != Status::active || !k.has_blueprint) continue;
            for (const Domain& d : k.blueprint.domains) {
                auto qs = load.bank.for_domain(k.id, d.id);
                CHECK(qs.size() >= kMinQuestionsPerDomain);
                for (const Question* q : qs) CHECK(q->best() >= 0);
            }
        }
    }
    SECTION("bytes round-trip; cut bytes are refused, not half-read") {
        const std::string bytes = write_questions_binary(load.bank);
        auto back = read_questions_binary(bytes);
        REQUIRE(back);
        REQUIRE(back->questions.size() == load.bank.questions.size());
        CHECK(back->questions[5].options[2].why == load.bank.questions[5].options[2].why);
        CHECK_FALSE(read_questions_binary(bytes.substr(0, bytes.size() - 1)));
        CHECK_FALSE(read_questions_binary(write_catalog_binary(test_catalog())));
    }
}
