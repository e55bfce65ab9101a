#include "ui_harness.h"

using certplan::Rating;

namespace {
// The option radio `letter` of the question shown (its context is the question's id).
const UiItem* option(const std::string& letter) {
    for (const UiItem& it : item_registry_items())
        if (it.role == "radio" && it.label == letter && it.context.rfind("gp-d1-", 0) == 0) return &it;
    return nullptr;
}
}  // namespace

TEST_CASE("Check me: questions one at a time, feedback and source, a score that calibrates the domain, a retake") {
    UiHarness ui(1280, 6000);  // tall enough that nothing in the view is scrolled out
    app_choose_target(ui.app, "google-pmle");
    for (const auto& item : ui.app.derived.checklist->items)
        if (item.domain == "d1") app_rate(ui.app, item.id, Rating::in_production);
    app_show(ui.app, View::assess);
    ui.frames(3);
    CHECK(ui.has_text("Self-rated 100%; checked not yet."));
    ui.click("Check me", "button");
    std::vector<std::string> first_order;
    for (int i = 0; i < 6; ++i) {
        REQUIRE(ui.has_text("Question " + std::to_string(i + 1) + " of 6"));
        const UiItem* a = option("A");
        REQUIRE(a);
        const std::string id = a->context;
        first_order.push_back(id);
        // A is the best answer of gp-d1-q5 alone (q4's is C, q6's B, q7's D, q8's C, q9's D): answering A
        // gets one of six right.
        CHECK(a->description == ui.app.catalog.question(id)->options[0].text);
        ui.click(a);
        CHECK(ui.app.plan.checks.at(id) == 0);
        CHECK(ui.has_text(id == "gp-d1-q5" ? "Right: that is the best choice." : "Not the best choice"));
        CHECK(ui.has_text("Source: "));
        ui.click(option("C"));  // one answer per question per attempt: a second click changes nothing
        CHECK(ui.app.plan.checks.at(id) == 0);
        ui.click(i < 5 ? "Next question" : "See my score", "button");
    }
    CHECK(ui.has_text("Score: 1 of 6 right."));
    const certplan::DomainReadiness& d1 = ui.app.derived.readiness.domains[0];
    CHECK(d1.lowered);
    CHECK(d1.readiness == Catch::Approx(1.0 / 6));
    CHECK(ui.has_text("The plan counts this domain at 17%"));
    ui.click("Retake in a new order", "button");
    REQUIRE(ui.has_text("Question 1 of 6"));
    std::vector<std::string> order_ids;
    for (size_t i : ui.views.check.order) order_ids.push_back(ui.app.catalog.questions_for("google-pmle", "d1")[i]->id);
    CHECK(order_ids != first_order);
}
