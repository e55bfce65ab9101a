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
                                &vocabulary::phase(), &vocabulary::credential_kind(), &vocabulary::source_kind(), &vocabulary::resource_kind(),
                                &vocabulary::reason_kind()}) {
        REQUIRE_FALSE(v->terms.empty());
        for (size_t i = 0; i < v->terms.size(); ++i) {
            INFO(v->terms[i].key);
            CHECK(std::string(v->terms[i].label).size() > 0);
            for (size_t j = i + 1; j < v->terms.size(); ++j) CHECK(std::string(v->terms[i].key) != v->terms[j].key);
        }
    }
}

TEST_CASE("each enum of the vocabulary is its list: one value a term, in the list's order, keys read back") {
    // The last value of each enum is the last term of its list, so neither has one the other lacks.
    CHECK(vocabulary::phase().terms.size() == size_t(Phase::free) + 1);
    CHECK(vocabulary::credential_kind().terms.size() == size_t(CredentialKind::course_certificate) + 1);
    CHECK(vocabulary::hiring_weight().terms.size() == size_t(HiringLevel::unknown) + 1);
    CHECK(vocabulary::source_kind().terms.size() == size_t(SourceKind::certplan) + 1);
    CHECK(vocabulary::resource_kind().terms.size() == size_t(ResourceKind::practice) + 1);
    CHECK(std::string(key(Phase::off)) == "off");
    CHECK(std::string(label(Phase::core)) == "Core courses");
    CHECK(std::string(long_label(Phase::exam)) == "Exam week");
    CHECK(std::string(key(CredentialKind::course_certificate)) == "course-certificate");
    CHECK(std::string(key(SourceKind::third_party)) == "third-party");
    CHECK(std::string(key(ResourceKind::learning_path)) == "learning-path");
    CHECK(from_key<ResourceKind>("exam-guide") == ResourceKind::exam_guide);
    CHECK(vocabulary::reason_kind().terms.size() == size_t(ReasonKind::note) + 1);
    CHECK(std::string(key(ReasonKind::first_choice)) == "first-choice");
    CHECK(from_key<ReasonKind>("skip") == ReasonKind::skip);
    CHECK(std::string(label(ReasonKind::pursue)) == "Pursue when");
    CHECK(std::string(label(HiringLevel::high)) == "high");
    CHECK(from_key<Phase>("platform") == Phase::platform);
    CHECK(from_key<HiringLevel>("unknown") == HiringLevel::unknown);
    CHECK_FALSE(from_key<Phase>("holiday").has_value());
    CHECK_FALSE(from_key<SourceKind>("").has_value());
    const std::vector<Phase> phases = all_of<Phase>();
    REQUIRE(phases.size() == 7);
    for (size_t i = 0; i < phases.size(); ++i) CHECK(from_key<Phase>(key(phases[i])) == phases[i]);
}

TEST_CASE("a sentence that names ratings uses the rating list's own labels") {
    CHECK(rating_scale() == "Not yet, Learning, Can explain it, Done it in production");
    CHECK(rating_in_prose(Rating::not_yet) == "not yet");
    CHECK(rating_in_prose(Rating::in_production) == "done it in production");
}
