#include <catch_amalgamated.hpp>

#include "date.h"
#include "trust.h"

using namespace certplan;

namespace {
int day(const char* iso) { return *parse_date(iso); }

Catalog catalog() {
    Catalog cat;
    cat.sources = {{"vendor", "Guide", "Databricks", "https://example.com/g", "2025-03-01", SourceKind::official},
                   {"copy", "Notes", "NicheeLab", "", "2025-09", SourceKind::third_party},
                   {"article", "Article", "Someone", "", "before 2025-10", SourceKind::article}};
    return cat;
}
}  // namespace

TEST_CASE("a third-party copy never counts as verified; a fact keeps its own flag otherwise") {
    const Catalog cat = catalog();
    CHECK(counts_as_verified(cat.source("vendor"), true));
    CHECK_FALSE(counts_as_verified(cat.source("vendor"), false));
    CHECK_FALSE(counts_as_verified(cat.source("copy"), true));  // whatever its flag says
    CHECK(counts_as_verified(cat.source("article"), true));
    CHECK(counts_as_verified(nullptr, true));
    CHECK(provenance_text(cat, "vendor", "2025-03-01", true) == "Databricks, 2025-03-01");
    CHECK(provenance_text(cat, "copy", "2025-09", true) == "NicheeLab, 2025-09 (unverified)");
    CHECK(provenance_text(cat, "article", "before 2025-10", true) == "Source article, before 2025-10");
}

TEST_CASE("a fact confirmed on the vendor's page at the last check is as old as the check, not as its page") {
    const Catalog cat = catalog();
    const Source* vendor = cat.source("vendor");
    const int today = day("2026-12-06");
    SECTION("the Databricks guide of 2025-03-01, checked on 2026-11-27: known to hold 9 days ago, current") {
        CHECK_FALSE(fact_possibly_out_of_date(vendor, true, "2025-03-01", "2026-11-27", today));
    }
    SECTION("checked 2025-12-06: twelve months to the day is current; checked 2025-11-30, 12 months and 6 days: not") {
        CHECK_FALSE(fact_possibly_out_of_date(vendor, true, "2025-03-01", "2025-12-06", today));
        CHECK(fact_possibly_out_of_date(vendor, true, "2025-03-01", "2025-11-30", today));
    }
    SECTION("no readable check day: its page's date counts (2025-03-01 + 12 months = 2026-03-01, before today)") {
        CHECK(fact_possibly_out_of_date(vendor, true, "2025-03-01", "", today));
    }
    SECTION("a page dated after the check counts from its own date") {
        CHECK_FALSE(fact_possibly_out_of_date(vendor, true, "2026-12-01", "2026-11-27", day("2027-11-30")));
        CHECK(fact_possibly_out_of_date(vendor, true, "2026-12-01", "2026-11-27", day("2027-12-02")));
    }
    SECTION("an unverified fact, a third-party copy and the source article are as old as their own date") {
        CHECK(fact_possibly_out_of_date(vendor, false, "2025-03-01", "2026-11-27", today));
        CHECK(fact_possibly_out_of_date(cat.source("copy"), true, "2025-09", "2026-11-27", today));
        CHECK_FALSE(fact_possibly_out_of_date(cat.source("copy"), false, "2026-03", "2026-11-27", today));  // 9 months
        CHECK(fact_possibly_out_of_date(cat.source("article"), true, "before 2025-10", "2026-11-27", today));
    }
    SECTION("the sentence above the facts says the same rule") {
        CHECK(facts_checked_sentence("2026-11-27") ==
              "Checked against their sources on 2026-11-27: a fact from the vendor's own page held that day; one "
              "marked unverified could not be confirmed there, and one known only from more than a year ago reads "
              "as possibly out of date.");
    }
}

TEST_CASE("the blueprint's two lines on Assess say one thing about its weights") {
    const Catalog cat = catalog();
    const int today = day("2026-12-06");
    Credential c;
    c.has_blueprint = true;
    c.last_checked = "2026-11-27";
    c.blueprint.guide = "Exam guide of 2025-03-01";
    c.blueprint.source = "vendor";
    c.blueprint.as_of = "2025-03-01";
    Checklist cl{"x", "vendor", "2025-03-01", false, {}};
    SECTION("official weights, certplan's wording of the items") {
        const BlueprintTrust t = blueprint_trust(cat, c, cl);
        CHECK(t.weights_official);
        CHECK_FALSE(t.items_official);
        CHECK(weights_sentence(t) == "Weighted by the official blueprint's domain weights.");
        // One sentence, no brackets inside brackets (issue 27: "(Google Cloud, 2026-06-01 (unverified))").
        CHECK(checklist_origin_sentence(cat, c, cl, today) ==
              "Blueprint: Exam guide of 2025-03-01. Source: Databricks, 2025-03-01. The domains and their weights "
              "are the vendor's own; the items are certplan's wording of them (unverified).");
    }
    SECTION("everything official and verified") {
        cl.verified = true;
        CHECK(blueprint_trust(cat, c, cl).items_official);
        CHECK(checklist_origin_sentence(cat, c, cl, today) ==
              "Blueprint: Exam guide of 2025-03-01. Source: Databricks, 2025-03-01. The domains, their weights and "
              "the items are the vendor's own.");
    }
    SECTION("a blueprint from a third-party copy is unverified in both lines, even when flagged verified") {
        c.blueprint.source = "copy";
        c.blueprint.as_of = "2025-09";
        cl.source = "copy";
        const BlueprintTrust t = blueprint_trust(cat, c, cl);
        CHECK_FALSE(t.weights_official);
        CHECK_FALSE(t.items_official);
        CHECK(weights_sentence(t) == "Weighted by the domain weights of third-party copies of the guide (unverified).");
        CHECK(checklist_origin_sentence(cat, c, cl, today) ==
              "Blueprint: Exam guide of 2025-03-01. Source: NicheeLab, 2025-09 (unverified), possibly out of date. "
              "The domains and their weights come from third-party copies of the guide, and the items are certplan's "
              "wording of them (unverified).");
    }
    SECTION("no blueprint: nothing official") {
        c.has_blueprint = false;
        CHECK_FALSE(blueprint_trust(cat, c, cl).weights_official);
    }
}
