#include <catch_amalgamated.hpp>

#include "advice.h"
#include "plan.h"
#include "vocabulary.h"
#include "wording.h"

using namespace certplan;

TEST_CASE("figures are worded one way everywhere") {
    SECTION("percent rounds to the nearest whole point") {
        CHECK(percent(0) == "0%");
        CHECK(percent(0.735) == "74%");
        CHECK(percent(0.5) == "50%");
        CHECK(percent(1) == "100%");
    }
    SECTION("hours round to whole hours") {
        CHECK(hours(12.4) == "12 h");
        CHECK(hours(12.6) == "13 h");
        CHECK(hours(0) == "0 h");
    }
    SECTION("weeks: singular and plural as a person writes them") {
        CHECK(weeks(1) == "1 week");
        CHECK(weeks(2) == "2 weeks");
        CHECK(weeks(0) == "0 weeks");
    }
    SECTION("weight ranges: one figure when both ends agree") {
        CHECK(weight_range(20, 20) == "20%");
        CHECK(weight_range(10, 15) == "10-15%");
    }
}

TEST_CASE("each list of values is one table: keys in order, a label for each, unknown keys shown as themselves") {
    CHECK(vocabulary::platform().keys() == std::vector<std::string>{"google-cloud", "aws", "azure", "databricks", "any"});
    CHECK(vocabulary::platform().label("aws") == "AWS");
    CHECK(vocabulary::platform().label("ibm") == "ibm");
    CHECK(vocabulary::cloud().label("databricks") == "Databricks / Spark");
    CHECK(vocabulary::employer().label(kEnterpriseEmployer) == "Large enterprise");
    CHECK(std::string(vocabulary::employer().find(kEnterpriseEmployer)->long_label()) == "Large enterprise (bank, hospital, insurer)");
    CHECK(std::string(vocabulary::employer().find("research")->long_label()) == "ML research / applied science");
    REQUIRE(vocabulary::phase().find("core"));
    CHECK(std::string(vocabulary::phase().find("core")->title) == "Production ML and project structure");
    // The enums' order is the tables' order: storage keys and titles are read by position.
    CHECK(std::string(vocabulary::rating().terms[size_t(Rating::can_explain)].key) == "can_explain");
    CHECK(vocabulary::rating().terms.size() == size_t(kRatingCount));
    CHECK(std::string(verdict_title(Verdict::foundations_first)) == "Foundations first, then certify");
    for (const Vocabulary* v : {&vocabulary::rating(), &vocabulary::verdict(), &vocabulary::background(), &vocabulary::employer(), &vocabulary::cloud(),
                                &vocabulary::employer_pays(), &vocabulary::goal(), &vocabulary::tradeoff(),
                                &vocabulary::platform(), &vocabulary::status(), &vocabulary::hiring_weight(),
                                &vocabulary::phase()}) {
        REQUIRE_FALSE(v->terms.empty());
        for (size_t i = 0; i < v->terms.size(); ++i) {
            INFO(v->terms[i].key);
            CHECK(std::string(v->terms[i].label).size() > 0);
            for (size_t j = i + 1; j < v->terms.size(); ++j) CHECK(std::string(v->terms[i].key) != v->terms[j].key);
        }
    }
}
