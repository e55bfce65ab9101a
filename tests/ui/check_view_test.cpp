#include "ui_harness.h"

#include <map>

#include "calibration.h"
#include "wording.h"

using certplan::Rating;

namespace {
// The option radio `letter` of the question shown (its context is the question's id).
const UiItem* option(const std::string& letter) {
    for (const UiItem& it : item_registry_items())
        if (it.role == Role::radio && it.label == letter && it.context.rfind("gp-d1-", 0) == 0) return &it;
    return nullptr;
}

// The data index of each option as shown at A, B, C, D (the mirror names each radio by its option's text).
std::vector<int> shown_order(const certplan::Question& q) {
    std::vector<int> order;
    for (const char* letter : {"A", "B", "C", "D"}) {
        const UiItem* it = option(letter);
        int index = -1;
        for (size_t j = 0; it && j < q.options.size(); ++j)
            if (q.options[j].text == it->description) index = int(j);
        order.push_back(index);
    }
    return order;
}
}  // namespace

TEST_CASE("Check me: questions one at a time, options in the attempt's order, answers saved by option, a score "
          "that calibrates the domain, a retake in new orders") {
    UiHarness ui(1280, 6000);  // tall enough that nothing in the view is scrolled out
    app_choose_target(ui.app, "google-pmle");
    for (const auto& item : ui.app.derived.checklist->items)
        if (item.domain == "d1") app_rate(ui.app, item.id, Rating::in_production);
    show_view(ui.views.view_state, View::assess);
    ui.frames(3);
    CHECK(ui.has_text("Self-rated 100%; checked not yet."));
    ui.click("Check me", "button");
    const size_t n = ui.app.catalog.questions_for("google-pmle", "d1").size();
    std::vector<std::string> first_order;
    std::map<std::string, std::vector<int>> first_options;
    int right = 0;
    for (size_t i = 0; i < n; ++i) {
        REQUIRE(ui.has_text("Question " + std::to_string(i + 1) + " of " + std::to_string(n)));
        const UiItem* a = option("A");
        REQUIRE(a);
        const std::string id = a->context;
        const certplan::Question& q = *ui.app.catalog.question(id);
        first_order.push_back(id);
        first_options[id] = shown_order(q);
        const int shown_at_a = first_options[id][0];
        REQUIRE(shown_at_a >= 0);
        // Always A: the option shown there is saved by its index in the data, whatever that is.
        ui.click(a);
        CHECK(ui.app.plan.checks.at(id) == shown_at_a);
        right += shown_at_a == q.best();
        CHECK(ui.has_text(shown_at_a == q.best() ? "Right: that is the best choice." : "Not the best choice"));
        CHECK(ui.has_text("Source: "));
        ui.click(option("C"));  // one answer per question per attempt: a second click changes nothing
        CHECK(ui.app.plan.checks.at(id) == shown_at_a);
        ui.click(i + 1 < n ? "Next question" : "See my score", "button");
    }
    CHECK(ui.has_text("Score: " + std::to_string(right) + " of " + std::to_string(n) + " right."));
    CHECK(ui.app.plan.check_attempts.at("google-pmle/d1") == 1);
    const certplan::DomainReadiness& d1 = ui.app.derived.readiness.domains[0];
    CHECK(d1.check.right == right);
    // The checked figure says what it rests on: "checked 25% (1 of 4)".
    CHECK(ui.has_text("Self-rated 100%; checked " + certplan::percent(double(right) / double(n)) + " (" + std::to_string(right) +
                      " of " + std::to_string(n) + ")."));
    CHECK(d1.lowered == (double(right) / double(n) < 0.75 - 1e-9));
    ui.click("Retake in a new order", "button");
    REQUIRE(ui.has_text("Question 1 of " + std::to_string(n)));
    std::vector<std::string> order_ids;
    for (size_t i : ui.views.check.order) order_ids.push_back(ui.app.catalog.questions_for("google-pmle", "d1")[i]->id);
    CHECK(order_ids != first_order);
    const std::string id = option("A")->context;
    CHECK(shown_order(*ui.app.catalog.question(id)) != first_options[id]);  // the same question, its options moved
}
