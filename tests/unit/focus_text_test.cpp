#include <catch_amalgamated.hpp>

#include "focus_text.h"

using namespace certplan;

TEST_CASE("Focus next words each item with its figure first and its domain named") {
    // A: 60% over two items, B: 40% over one; a1 "learning" (0.4), a2 and b1 not yet.
    // A = 0.4 / 2 = 0.2, shortfall 0.6 * 0.8 = 0.48; B = 0, shortfall 0.4: A is the weakest.
    // Gains: b1 0.4 (40.0 pts), a2 0.3 (30.0 pts), a1 0.3 * 0.6 = 0.18 (18.0 pts).
    Blueprint bp;
    bp.domains = {{"A", "Serving models", 60, 60}, {"B", "Data", 40, 40}};
    Checklist cl;
    cl.items = {{"a1", "A", "1.1", "Deploy a model"}, {"a2", "A", "1.2", "Scale it"}, {"b1", "B", "2.1", "Clean data"}};
    const FocusText t = focus_text(readiness(bp, cl, {{"a1", Rating::learning}}));
    CHECK(t.done.empty());
    CHECK(t.weakest == "Weakest domain for the exam: Serving models (20% ready, 60% of the exam).");
    REQUIRE(t.items.size() == 3);
    CHECK(t.items[0] == "+40.0 pts: Clean data (Data; now: Not rated)");
    CHECK(t.items[1] == "+30.0 pts: Scale it (Serving models; now: Not rated)");
    CHECK(t.items[2] == "+18.0 pts: Deploy a model (Serving models; now: Learning)");
}

TEST_CASE("Focus next says what to do when everything is at the top rating") {
    Blueprint bp;
    bp.domains = {{"A", "Serving models", 100, 100}};
    Checklist cl;
    cl.items = {{"a1", "A", "1.1", "Deploy a model"}};
    const FocusText t = focus_text(readiness(bp, cl, {{"a1", Rating::in_production}}));
    CHECK(t.done == "Everything is rated \"done it in production\": review, take a practice exam and book it.");
    CHECK(t.items.empty());
    CHECK(t.weakest.empty());
}
