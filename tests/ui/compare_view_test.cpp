#include "ui_harness.h"

TEST_CASE("the compare view lists every credential and shows the selected one's details") {
    UiHarness ui;
    REQUIRE(ui.app.catalog_problems.empty());
    SECTION("every credential has a row") {
        for (const auto& c : ui.app.catalog.credentials) CHECK(ui.find(c.short_name, "selectable") != nullptr);
    }
    SECTION("the plan's credential is selected at start, with what it really tests") {
        CHECK(ui.app.compare.selected == "google-pmle");
        CHECK(ui.find("What it really tests", "heading") != nullptr);
    }
    SECTION("clicking a row selects it") {
        const auto* mla = ui.app.catalog.credential("aws-mla-c01");
        ui.click(mla->short_name, "selectable");
        CHECK(ui.app.compare.selected == "aws-mla-c01");
    }
    SECTION("a retired credential leads to its successor") {
        ui.click(ui.app.catalog.credential("azure-ai-102")->short_name, "selectable");
        CHECK(ui.has_text("Retired on 2026-06-30"));
        ui.click(ui.find_prefix("See its successor", "button"));
        CHECK(ui.app.compare.selected == "azure-ai-103");
    }
    SECTION("unchecking Retired filters both retired exams out") {
        ui.click("Retired", "checkbox");
        CHECK_FALSE(ui.app.compare.filter.include_retired);
        CHECK(ui.find(ui.app.catalog.credential("aws-mls-c01")->short_name, "selectable") == nullptr);
    }
}
