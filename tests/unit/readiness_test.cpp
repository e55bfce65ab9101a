#include <catch_amalgamated.hpp>

#include "readiness.h"

using namespace certplan;
using Catch::Approx;

namespace {
// Two domains, 30% and 70%; A has items a1, a2; B has b1.
struct Fixture {
    Blueprint bp;
    Checklist cl;
    Fixture() {
        bp.domains = {{"A", "Domain A", 30, 30}, {"B", "Domain B", 70, 70}};
        cl.items = {{"a1", "A", "1.1", "item a1"}, {"a2", "A", "1.2", "item a2"}, {"b1", "B", "2.1", "item b1"}};
    }
};
}  // namespace

TEST_CASE("readiness weights domains by their official share") {
    Fixture f;
    SECTION("empty answers: nothing is assumed, readiness is zero") {
        Readiness r = readiness(f.bp, f.cl, {});
        CHECK(r.overall == 0);
        CHECK(r.rated == 0);
        CHECK(r.items == 3);
        CHECK_FALSE(r.ready_to_book);
    }
    SECTION("all at the top rating: 100% and ready to book") {
        Answers a = {{"a1", Rating::in_production}, {"a2", Rating::in_production}, {"b1", Rating::in_production}};
        Readiness r = readiness(f.bp, f.cl, a);
        CHECK(r.overall == Approx(1.0));
        CHECK(r.ready_to_book);
        CHECK(r.focus.empty());
    }
    SECTION("unequal weights, worked by hand: A = (1 + 0)/2 = 0.5, B = 2/3; 0.3*0.5 + 0.7*2/3 = 0.61667") {
        Answers a = {{"a1", Rating::in_production}, {"a2", Rating::not_yet}, {"b1", Rating::can_explain}};
        Readiness r = readiness(f.bp, f.cl, a);
        CHECK(r.domains[0].readiness == Approx(0.5));
        CHECK(r.domains[1].readiness == Approx(2.0 / 3.0));
        CHECK(r.overall == Approx(0.61667).epsilon(1e-4));
        // Shortfalls: A 0.3*0.5 = 0.15, B 0.7*(1/3) = 0.2333: B is the weakest by what it costs.
        CHECK(r.weakest[0] == 1);
        // Gains: a2 0.3/2*1 = 0.15, b1 0.7/1*(1/3) = 0.2333: b1 first.
        REQUIRE(r.focus.size() == 2);
        CHECK(r.focus[0].id == "b1");
        CHECK(r.focus[0].gain == Approx(0.23333).epsilon(1e-4));
        CHECK(r.focus[1].id == "a2");
        CHECK_FALSE(r.ready_to_book);  // 0.617 < 0.75
    }
    SECTION("one domain only rated: the other still counts, as zero") {
        Answers a = {{"b1", Rating::in_production}};
        Readiness r = readiness(f.bp, f.cl, a);
        CHECK(r.overall == Approx(0.7));
        CHECK(r.rated == 1);
        CHECK_FALSE(r.ready_to_book);  // 0.7 < 0.75 and domain A is at 0
    }
    SECTION("ready to book needs every domain at 50% or more, not just the overall figure") {
        Answers a = {{"a1", Rating::learning}, {"a2", Rating::not_yet}, {"b1", Rating::in_production}};
        Readiness r = readiness(f.bp, f.cl, a);  // A = 1/6, overall = 0.3/6 + 0.7 = 0.75
        CHECK(r.overall == Approx(0.75));
        CHECK_FALSE(r.ready_to_book);
        a["a2"] = Rating::can_explain;  // A = (1/3 + 2/3)/2 = 0.5, overall = 0.85
        r = readiness(f.bp, f.cl, a);
        CHECK(r.overall == Approx(0.85));
        CHECK(r.ready_to_book);
    }
}

TEST_CASE("readiness uses the midpoints of ranged weights, renormalised") {
    Blueprint bp;
    bp.domains = {{"A", "A", 20, 30}, {"B", "B", 70, 80}};  // midpoints 25 and 75: shares 0.25 and 0.75
    Checklist cl;
    cl.items = {{"a1", "A", "1", "a1"}, {"b1", "B", "2", "b1"}};
    Readiness r = readiness(bp, cl, {{"a1", Rating::in_production}});
    CHECK(r.domains[0].weight == Approx(0.25));
    CHECK(r.overall == Approx(0.25));
}

TEST_CASE("rating scores step evenly from not yet to done it in production") {
    CHECK(rating_score(Rating::unrated) == 0);
    CHECK(rating_score(Rating::not_yet) == 0);
    CHECK(rating_score(Rating::learning) == Approx(1.0 / 3));
    CHECK(rating_score(Rating::can_explain) == Approx(2.0 / 3));
    CHECK(rating_score(Rating::in_production) == 1);
}
