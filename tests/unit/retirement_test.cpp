// A target retiring under a plan (core/retirement.h): said with its successor, and the switch carries answers
// over where the successor's items name the old ones in carried_from (a fixture mapping, worked by hand).
#include <catch_amalgamated.hpp>

#include "catalog_load.h"
#include "date.h"
#include "figures.h"
#include "retirement.h"
#include "status.h"

using namespace certplan;

namespace {
int day(const char* iso) { return *parse_date(iso); }

StatusEvent event(const char* on, Status becomes, std::vector<std::string> languages = {}) {
    StatusEvent e;
    e.on = on;
    e.becomes = becomes;
    e.languages = std::move(languages);
    return e;
}

ChecklistItem item(const char* id, std::vector<std::string> carried_from = {}) {
    ChecklistItem i;
    i.id = id;
    i.domain = "d1";
    i.section = "1";
    i.carried_from = std::move(carried_from);
    return i;
}

// C01 (items a, b, c, d) ends in English on 2026-09-28; C02 (beta from 2026-09-29) takes a over in x, a and b
// together in y, and has z of its own. C01's c and d have no item in C02.
Catalog fixture() {
    Catalog c;
    Credential c01, c02;
    c01.id = "c01";
    c01.short_name = "C01";
    c01.status.events = {event("2024-10-08", Status::active), event("2026-09-28", Status::retired, {"English"})};
    c01.status.successors = {"c02"};
    c02.id = "c02";
    c02.short_name = "C02";
    c02.status.events = {event("2026-09-29", Status::beta, {"English"})};
    c.credentials = {c01, c02};
    Checklist l1, l2;
    l1.credential = "c01";
    l1.items = {item("a"), item("b"), item("c"), item("d")};
    l2.credential = "c02";
    l2.items = {item("x", {"a"}), item("y", {"a", "b"}), item("z")};
    c.checklists = {l1, l2};
    return c;
}
}  // namespace

TEST_CASE("a target whose last exam day is past, or before the exam day, is said so with its successor") {
    const Catalog c = fixture();
    const Credential& c01 = c.credentials[0];
    SECTION("retired already: it can no longer be booked") {
        const TargetRetirement r = target_retirement(c, c01, day("2026-12-06"), day("2027-02-01"));
        CHECK(r.applies);
        CHECK(r.past);
        CHECK(r.successor == "c02");
        CHECK(r.button == "Switch to C02");
        CHECK(r.text == "Your target, C01, can no longer be booked: its English delivery ended on 2026-09-28. Its successor is C02 "
                        "(Beta since 2026-09-29). Your plan stays as it is until you switch.");
    }
    SECTION("still open, but its last day falls before the exam day") {
        const TargetRetirement r = target_retirement(c, c01, day("2026-09-01"), day("2026-10-12"));
        CHECK(r.applies);
        CHECK_FALSE(r.past);
        CHECK(r.successor == "c02");  // open on the exam day
        CHECK(r.text.rfind("Your target, C01, ends before your exam day (Mon 12 Oct 2026): its English delivery ends on 2026-09-28.", 0) == 0);
    }
    SECTION("an exam day on or before the last day: nothing to say") {
        CHECK_FALSE(target_retirement(c, c01, day("2026-09-01"), day("2026-09-28")).applies);
        CHECK_FALSE(target_retirement(c, c01, day("2026-09-01"), std::nullopt).applies);
        CHECK_FALSE(target_retirement(c, c.credentials[1], day("2026-12-06"), day("2027-06-01")).applies);
    }
}

TEST_CASE("switching to the successor carries answers over where its items take over the old ones, and keeps the old ones") {
    const Catalog c = fixture();
    PlanDocument plan;
    plan.credential = "c01";
    plan.target_chosen = true;
    plan.answers["c01"] = {{"a", Rating::in_production}, {"b", Rating::learning}, {"c", Rating::can_explain}, {"d", Rating::not_yet}};
    SECTION("x takes a's answer; y takes the lower of a and b; c and d are not carried over") {
        const CarryOver co = carry_over(c, "c01", "c02", plan);
        CHECK(co.answers == Answers{{"x", Rating::in_production}, {"y", Rating::learning}});
        CHECK(co.carried == 2);
        CHECK(co.not_carried == 2);
        CHECK(co.text == "Your target is now C02. 2 answers carried over to its checklist; 2 answers not carried over (C02 has "
                         "no item that takes them over). Your C01 answers stay in your plan.");
    }
    SECTION("an item already rated for the successor keeps the user's own rating") {
        plan.answers["c02"] = {{"x", Rating::not_yet}};
        const CarryOver co = carry_over(c, "c01", "c02", plan);
        CHECK(co.answers.at("x") == Rating::not_yet);
        CHECK(co.answers.at("y") == Rating::learning);
        CHECK(co.carried == 1);
    }
    SECTION("no answers: nothing to carry") {
        plan.answers.clear();
        CHECK(carry_over(c, "c01", "c02", plan).text == "Your target is now C02. You had no checklist answers to carry over.");
    }
}

TEST_CASE("derive() reads the target's status at today and says when it retires under the plan") {
    Catalog c = fixture();
    PlanDocument plan;
    plan.credential = "c01";
    plan.target_chosen = true;
    plan.profile.target_date = "2027-02-01";
    CHECK(derive(c, plan, day("2026-12-06")).status.value == Status::retired);
    CHECK(derive(c, plan, day("2026-12-06")).retirement.past);
    CHECK(derive(c, plan, day("2026-08-03")).status.value == Status::active);
    CHECK(derive(c, plan, day("2026-08-03")).retirement.applies);  // its last day is before the target date
    CHECK_FALSE(derive(c, plan, day("2026-08-03")).retirement.past);
}
