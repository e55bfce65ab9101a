#include <catch_amalgamated.hpp>

#include "data_catalog.h"

#include <algorithm>

#include "advice.h"
#include "date.h"
#include "status.h"
#include "catalog_load.h"
#include "embedded_catalog.h"

using namespace certplan;

namespace {
const int kToday = *parse_date("2026-12-06");  // statuses are read at a day: this change's

// A catalog with the article's shape: a retired AWS exam whose successor is active.
Catalog test_catalog() {
    Catalog c;
    Credential g;
    g.id = "google-pmle";
    g.name = "Google PMLE";
    Credential old_aws;
    old_aws.id = "aws-mls-c01";
    old_aws.name = "AWS ML Specialty";
    old_aws.status.events = {{"", Status::active}, {"2026-03-31", Status::retired}};
    old_aws.status.successors = {"aws-mla-c01"};
    Credential new_aws;
    new_aws.id = "aws-mla-c01";
    new_aws.name = "AWS MLA-C01";
    c.credentials = {g, old_aws, new_aws};
    c.advice.criteria = {
        {"pays", ReasonKind::pursue, 2, "Employer pays", "article", "x", {{"employer_pays", {"yes"}}}},
        {"enterprise", ReasonKind::pursue, 1, "Large enterprise", "article", "x", {{"employer", {"large-enterprise"}}}},
        {"startup", ReasonKind::skip, 1, "Startups ignore certs", "article", "x", {{"employer", {"startup-or-midsize"}}}},
        {"senior", ReasonKind::skip, 1, "2+ years in production", "article", "x", {{"background", {"production-ml-2y"}}}},
    };
    c.advice.first_choice = {
        {"new", "google-pmle", "Foundations first", "article", "x", true, {{"background", {"new-to-ml"}}}},
        {"aws", "aws-mls-c01", "AWS-first team", "article", "x", false, {{"cloud", {"aws"}}}},
        {"default", "google-pmle", "Safest default", "article", "x", false, {}},
    };
    return c;
}
}  // namespace

TEST_CASE("the advisor weighs the article's criteria into a verdict") {
    Catalog c = test_catalog();
    Profile p;
    SECTION("no answers: optional, and it says why") {
        AdviceResult a = advise(c, p, kToday);
        CHECK(a.verdict == Verdict::optional);
        CHECK(a.reasons.front().id == "no-criteria");
        CHECK(a.first_credential == "google-pmle");
    }
    SECTION("a startup target: skip, traced to the criterion") {
        p.employer = "startup-or-midsize";
        AdviceResult a = advise(c, p, kToday);
        CHECK(a.verdict == Verdict::skip);
        CHECK(a.score == -1);
        CHECK(a.reasons.front().id == "startup");
    }
    SECTION("an employer who pays outweighs one skip reason (2 - 1 = +1)") {
        p.employer = "startup-or-midsize";
        p.employer_pays = "yes";
        AdviceResult a = advise(c, p, kToday);
        CHECK(a.score == 1);
        CHECK(a.verdict == Verdict::pursue);
    }
    SECTION("one pursue and one skip reason of equal weight: optional") {
        p.employer = "large-enterprise";
        p.background = "production-ml-2y";
        CHECK(advise(c, p, kToday).verdict == Verdict::optional);
    }
    SECTION("new to ML: foundations first, whatever else") {
        p.background = "new-to-ml";
        p.employer = "large-enterprise";
        AdviceResult a = advise(c, p, kToday);
        CHECK(a.verdict == Verdict::foundations_first);
        CHECK(a.foundations_first);
    }
}

TEST_CASE("a retired credential is never recommended: its successor is, with the reason") {
    Catalog c = test_catalog();
    Profile p;
    p.cloud = "aws";
    AdviceResult a = advise(c, p, kToday);
    CHECK(a.first_credential == "aws-mla-c01");
    CHECK(a.article_credential == "aws-mls-c01");
    bool explained = false;
    for (const auto& r : a.reasons) explained |= r.id == "retired-successor" && r.text.find("2026-03-31") != std::string::npos;
    CHECK(explained);
}

TEST_CASE("conditions match only answered fields with a listed value") {
    Profile p;
    Condition when = {{"cloud", {"google-cloud", "aws"}}, {"goal", {"validate-platform"}}};
    CHECK_FALSE(condition_matches(when, p));
    p.cloud = "aws";
    CHECK_FALSE(condition_matches(when, p));
    p.goal = "validate-platform";
    CHECK(condition_matches(when, p));
    p.cloud = "azure";
    CHECK_FALSE(condition_matches(when, p));
    CHECK(condition_matches({}, p));
}

namespace {
Profile profile_of(const std::string& background, const std::string& cloud) {
    Profile p;
    p.background = background;
    p.cloud = cloud;
    return p;
}
// The reason the first-choice rule gave, as the page shows it.
const Reason* first_choice_reason(const AdviceResult& a) {
    for (const Reason& r : a.reasons)
        if (r.kind == ReasonKind::first_choice) return &r;
    return nullptr;
}
}  // namespace

TEST_CASE("every platform and background gets a first credential, certplan's own rules marked as such") {
    REQUIRE(data_catalog().credentials.size() > 0);
    SECTION("the article's cases are unchanged: the Google default, AWS-first (today's AWS exam), new to ML") {
        AdviceResult a = advise(data_catalog(), profile_of("", ""), kToday);
        CHECK(a.first_credential == "google-pmle");
        CHECK(std::string(reason_origin(*first_choice_reason(a))) == "source article");
        a = advise(data_catalog(), profile_of("working-ml", "google-cloud"), kToday);
        CHECK(a.first_credential == "google-pmle");
        // The article's AWS exam, the Specialty, retired: today its successor MLA-C02 (MLA-C01, the successor it had
        // first, ended in English on 2026-09-28).
        a = advise(data_catalog(), profile_of("working-ml", "aws"), kToday);
        CHECK(a.first_credential == "aws-mla-c02");
        CHECK(a.article_credential == "aws-mls-c01");
        CHECK(first_choice_reason(a)->source == "article");
        a = advise(data_catalog(), profile_of("new-to-ml", ""), kToday);
        CHECK(a.first_credential == "google-pmle");
        CHECK(a.foundations_first);
        CHECK(a.verdict == Verdict::foundations_first);
        CHECK(first_choice_reason(a)->source == "article");
    }
    SECTION("new to ML on an AWS team: foundations first, then the AWS exam (certplan's rule), MLA-C02 in beta said so") {
        AdviceResult a = advise(data_catalog(), profile_of("new-to-ml", "aws"), kToday);
        CHECK(a.first_credential == "aws-mla-c02");
        CHECK(a.foundations_first);
        CHECK(a.verdict == Verdict::foundations_first);
        CHECK(first_choice_reason(a)->id == "new-to-ml-aws");
        CHECK(std::string(reason_origin(*first_choice_reason(a))) == "certplan's rule");
        CHECK(std::any_of(a.reasons.begin(), a.reasons.end(), [](const Reason& r) { return r.id == "beta-status"; }));
    }
    SECTION("Azure: AI-103 (certplan's rule), its status said honestly") {
        AdviceResult a = advise(data_catalog(), profile_of("working-ml", "azure"), kToday);
        CHECK(a.first_credential == "azure-ai-103");
        CHECK(first_choice_reason(a)->source == kCertplanRules);
        const auto is_beta_note = [](const Reason& r) { return r.id == "beta-status"; };
        // Out of beta today (data/credentials.json): no beta warning.
        CHECK(std::none_of(a.reasons.begin(), a.reasons.end(), is_beta_note));
        // Were it in beta, the advice would say so, with the date.
        Catalog beta = data_catalog();
        for (Credential& c : beta.credentials)
            if (c.id == "azure-ai-103") c.status.events.resize(1);  // its beta, from 2026-04-21, and nothing after
        AdviceResult b = advise(beta, profile_of("working-ml", "azure"), kToday);
        const auto note = std::find_if(b.reasons.begin(), b.reasons.end(), is_beta_note);
        REQUIRE(note != b.reasons.end());
        CHECK(note->text.find("In beta since 2026-04-21") != std::string::npos);
    }
    SECTION("Databricks: the Professional with two years of production ML, else the Associate (certplan's rule)") {
        CHECK(advise(data_catalog(), profile_of("production-ml-2y", "databricks"), kToday).first_credential == "databricks-ml-pro");
        CHECK(advise(data_catalog(), profile_of("working-ml", "databricks"), kToday).first_credential == "databricks-ml-assoc");
        CHECK(advise(data_catalog(), profile_of("", "databricks"), kToday).first_credential == "databricks-ml-assoc");
        CHECK(first_choice_reason(advise(data_catalog(), profile_of("", "databricks"), kToday))->source == kCertplanRules);
    }
    SECTION("no platform at work: the general default, as certplan's rule, not the article's") {
        AdviceResult a = advise(data_catalog(), profile_of("software-engineer", "none"), kToday);
        CHECK(a.first_credential == "google-pmle");
        CHECK(first_choice_reason(a)->id == "no-platform");
        CHECK(std::string(reason_origin(*first_choice_reason(a))) == "certplan's rule");
    }
    SECTION("no rule of certplan's is attributed to the article, and every credential it names is current") {
        for (const FirstChoiceRule& rule : data_catalog().advice.first_choice) {
            if (rule.source == kCertplanRules) {
                CHECK(rule.text.rfind("certplan's rule", 0) == 0);
                const Credential* c = data_catalog().credential(rule.credential);
                REQUIRE(c != nullptr);
                CHECK(status_at(*c, kToday).value != Status::retired);
            }
        }
    }
}

TEST_CASE("a skip verdict shows the exam plan only when the user chooses it") {
    Profile p;
    p.employer = "startup-or-midsize";  // the article's "skip when" case
    AdviceResult a = advise(data_catalog(), p, kToday);
    REQUIRE(a.verdict == Verdict::skip);
    CHECK_FALSE(exam_plan_shown(a, p));
    p.exam_plan_chosen = true;
    CHECK(exam_plan_shown(a, p));
    SECTION("any other verdict shows it without asking") {
        Profile q;
        q.employer_pays = "yes";
        AdviceResult b = advise(data_catalog(), q, kToday);
        REQUIRE(b.verdict == Verdict::pursue);
        CHECK(exam_plan_shown(b, q));
    }
}

TEST_CASE("the advice never recommends a credential retired on today: its successor, or the next rule") {
    Catalog c = test_catalog();  // the AWS rule names aws-mls-c01, whose last exam day is 2026-03-31
    Profile p;
    p.cloud = "aws";
    SECTION("on its last exam day it is still the answer") {
        const AdviceResult a = advise(c, p, *parse_date("2026-03-31"));
        CHECK(a.first_credential == "aws-mls-c01");
        CHECK(a.article_credential.empty());
    }
    SECTION("the day after, its successor is, and the advice says why") {
        const AdviceResult a = advise(c, p, *parse_date("2026-04-01"));
        CHECK(a.first_credential == "aws-mla-c01");
        CHECK(a.article_credential == "aws-mls-c01");
        const auto r = std::find_if(a.reasons.begin(), a.reasons.end(), [](const Reason& x) { return x.id == "retired-successor"; });
        REQUIRE(r != a.reasons.end());
        CHECK(r->text == "The article names AWS ML Specialty; it was retired on 2026-03-31 (its last exam day), so the exam that "
                         "succeeds it, AWS MLA-C01, is recommended instead.");
    }
    SECTION("a successor that has itself ended in English leads on to its own successor") {
        c.credentials[2].status.events = {{"2024-10-08", Status::active}, {"2026-09-28", Status::retired, {"English"}}};
        c.credentials[2].status.successors = {"aws-mla-c02"};
        Credential c02;
        c02.id = "aws-mla-c02";
        c02.name = "AWS MLA-C02";
        c02.short_name = "MLA-C02";
        c02.status.events = {{"2026-09-29", Status::beta, {"English"}}};
        c.credentials.push_back(c02);
        CHECK(advise(c, p, *parse_date("2026-09-28")).first_credential == "aws-mla-c01");
        const AdviceResult a = advise(c, p, *parse_date("2026-12-06"));
        CHECK(a.first_credential == "aws-mla-c02");
        // A beta is recommended with its status said plainly.
        const auto beta = std::find_if(a.reasons.begin(), a.reasons.end(), [](const Reason& x) { return x.id == "beta-status"; });
        REQUIRE(beta != a.reasons.end());
        CHECK(beta->text.rfind("MLA-C02: In beta since 2026-09-29 (English only).", 0) == 0);
    }
    SECTION("retired with no successor open: the next rule that fits, said so") {
        c.credentials[1].status.successors.clear();
        const AdviceResult a = advise(c, p, *parse_date("2026-12-06"));
        CHECK(a.first_credential == "google-pmle");  // the default rule
        CHECK(std::any_of(a.reasons.begin(), a.reasons.end(), [](const Reason& x) { return x.id == "retired-no-successor"; }));
    }
}
