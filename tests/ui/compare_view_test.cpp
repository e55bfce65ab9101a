#include <cmath>

#include "persistence.h"
#include "storage.h"
#include "trust.h"
#include "ui_harness.h"

TEST_CASE("the compare view lists every credential and shows the selected one's details") {
    UiHarness ui;
    REQUIRE(ui.app.catalog_problems.empty());
    SECTION("every credential has a row") {
        for (const auto& c : ui.app.catalog.credentials) CHECK(ui.find(c.short_name, "selectable") != nullptr);
    }
    SECTION("the plan's credential is selected at start, with what it really tests") {
        CHECK(ui.views.compare.selected == "google-pmle");
        CHECK(ui.find("What it really tests", "heading") != nullptr);
    }
    SECTION("clicking a row selects it") {
        const auto* mla = ui.app.catalog.credential("aws-mla-c01");
        ui.click(mla->short_name, "selectable");
        CHECK(ui.views.compare.selected == "aws-mla-c01");
    }
    SECTION("a retired credential leads to its successor") {
        ui.click(ui.app.catalog.credential("azure-ai-102")->short_name, "selectable");
        CHECK(ui.has_text("It was retired on 2026-06-30 (its last exam day). Holders keep it until it expires but cannot renew. Successor: AI-103."));
        ui.click(ui.find_prefix("See its successor", "button"));
        CHECK(ui.views.compare.selected == "azure-ai-103");
    }
    SECTION("the facts say when they were checked; a fact known only from over a year ago reads as possibly out of date") {
        CHECK(ui.has_text(certplan::facts_checked_sentence("2026-11-27")));
        // Google PMLE's exam facts are of 2026-10: not flagged. The article's view of it (before 2025-10) is: a
        // check of the vendor's pages does not renew the article.
        CHECK(ui.find("Source: Google Cloud, 2026-10", "link") != nullptr);
        CHECK(ui.find("- possibly out of date") == nullptr);  // beside a linked source: none of Google's is old
        CHECK(ui.has_text("Source: Source article, before 2025-10 - possibly out of date"));
        // The Databricks Associate's guide is of 2025-03-01, but confirmed on Databricks' own page on 2026-11-27
        // (issue 27: "possibly out of date" right under "checked on 2026-11-27" contradicted it): not flagged.
        ui.click(ui.app.catalog.credential("databricks-ml-assoc")->short_name, "selectable");
        CHECK(ui.find("Source: Databricks, 2025-03-01", "link") != nullptr);
        CHECK(ui.find("- possibly out of date") == nullptr);
        // The Professional's guide is known only from third-party notes of 2025-09: unverified and flagged,
        // beside its (linked) source line.
        ui.click(ui.app.catalog.credential("databricks-ml-pro")->short_name, "selectable");
        const UiItem* guide = ui.find_prefix("Source: third-party notes on Databricks' guide, 2025-09 (unverified)", "link");
        REQUIRE(guide != nullptr);
        bool beside = false;
        for (const UiItem& it : item_registry_items())
            if (it.label == "- possibly out of date" && std::abs(it.y - guide->y) < 1.0f) beside = true;
        CHECK(beside);
    }
    SECTION("unchecking Retired filters both retired exams out") {
        ui.click("Retired", "checkbox");
        CHECK_FALSE(ui.views.compare.filter.include_retired);
        CHECK(ui.find(ui.app.catalog.credential("aws-mls-c01")->short_name, "selectable") == nullptr);
    }
}

TEST_CASE("the compare view's selection is its own: it follows a replaced plan, not every edit") {
    UiHarness ui;
    REQUIRE(ui.views.compare.selected == "google-pmle");
    ui.click("Azure AI-103", "selectable");
    REQUIRE(ui.views.compare.selected == "azure-ai-103");
    SECTION("choosing the exam to assess leaves the comparison where the user put it") {
        app_choose_target(ui.app, "aws-mla-c01");
        ui.frames(2);
        CHECK(ui.views.compare.selected == "azure-ai-103");
    }
    SECTION("an imported plan is shown with its own credential selected") {
        certplan::PlanDocument other;
        other.credential = "aws-mla-c01";
        other.target_chosen = true;
        app_import_text(ui.app, certplan::plan_to_json(other));
        ui.frames(2);
        CHECK(ui.views.compare.selected == "aws-mla-c01");
    }
}

TEST_CASE("Compare: the selected credential's details make it the plan's one target") {
    UiHarness ui;
    REQUIRE(ui.app.derived.target.credential == "google-pmle");  // nothing answered: the advice's default
    SECTION("the target's own details say so and offer no button") {
        CHECK(ui.has_text("Your target: the advice's first pick."));
        CHECK(ui.find("Make this my target", "button") == nullptr);
    }
    SECTION("another exam: one press and Assess, the estimate and the plan follow it") {
        ui.click("AWS MLA-C02", "selectable");
        ui.click("Make this my target", "button");
        CHECK(ui.app.plan.credential == "aws-mla-c02");
        CHECK(ui.app.plan.target_chosen);
        CHECK(ui.app.derived.target.credential == "aws-mla-c02");
        CHECK(ui.app.derived.target.origin == certplan::TargetOrigin::user);
        CHECK(ui.app.derived.estimate.ok);
        ui.frames(2);
        CHECK(ui.has_text("Your target: you chose it."));
        show_view(ui.views.view_state, View::assess);
        ui.frames(3);
        REQUIRE(ui.find("Exam", "combo") != nullptr);
        CHECK(ui.find("Exam", "combo")->value == "AWS MLA-C02");
    }
    SECTION("a retired exam cannot be made the target") {
        ui.click(ui.app.catalog.credential("aws-mls-c01")->short_name, "selectable");
        ui.frames(2);
        CHECK(ui.find("Make this my target", "button") == nullptr);
    }
}
