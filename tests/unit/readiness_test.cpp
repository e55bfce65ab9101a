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
    SECTION("unequal weights, worked by hand: A = (1 + 0)/2 = 0.5, B = 0.8; 0.3*0.5 + 0.7*0.8 = 0.71") {
        Answers a = {{"a1", Rating::in_production}, {"a2", Rating::not_yet}, {"b1", Rating::can_explain}};
        Readiness r = readiness(f.bp, f.cl, a);
        CHECK(r.domains[0].readiness == Approx(0.5));
        CHECK(r.domains[1].readiness == Approx(0.8));
        CHECK(r.overall == Approx(0.71));
        // Shortfalls: A 0.3*0.5 = 0.15, B 0.7*0.2 = 0.14: A is the weakest by what it costs.
        CHECK(r.weakest[0] == 0);
        // Gains: a2 0.3/2*1 = 0.15, b1 0.7/1*0.2 = 0.14: a2 first.
        REQUIRE(r.focus.size() == 2);
        CHECK(r.focus[0].id == "a2");
        CHECK(r.focus[0].gain == Approx(0.15));
        CHECK(r.focus[1].id == "b1");
        CHECK(r.focus[1].gain == Approx(0.14));
        CHECK_FALSE(r.ready_to_book);  // 0.71 < 0.75
    }
    SECTION("one domain only rated: the other still counts, as zero") {
        Answers a = {{"b1", Rating::in_production}};
        Readiness r = readiness(f.bp, f.cl, a);
        CHECK(r.overall == Approx(0.7));
        CHECK(r.rated == 1);
        CHECK_FALSE(r.ready_to_book);  // 0.7 < 0.75 and domain A is at 0
    }
}

TEST_CASE("a well-prepared switcher can reach ready to book without production experience") {
    Fixture f;
    SECTION("all \"Can explain it\": every domain 0.8, overall 0.8 >= 0.75: ready") {
        Answers a = {{"a1", Rating::can_explain}, {"a2", Rating::can_explain}, {"b1", Rating::can_explain}};
        Readiness r = readiness(f.bp, f.cl, a);
        CHECK(r.domains[0].readiness == Approx(0.8));
        CHECK(r.domains[1].readiness == Approx(0.8));
        CHECK(r.overall == Approx(0.8));
        CHECK(r.ready_to_book);
    }
    SECTION("mixed, on the line: 7 of 8 items explained, 1 learning = (7*0.8 + 0.4)/8 = 0.75: ready") {
        Blueprint bp;
        bp.domains = {{"A", "A", 100, 100}};
        Checklist cl;
        Answers a;
        for (int i = 0; i < 8; ++i) {
            const std::string id = "i" + std::to_string(i);
            cl.items.push_back({id, "A", "1", id});
            a[id] = i == 0 ? Rating::learning : Rating::can_explain;
        }
        Readiness r = readiness(bp, cl, a);
        CHECK(r.overall == Approx(0.75));
        CHECK(r.ready_to_book);
        a["i1"] = Rating::learning;  // 6 explained, 2 learning: (4.8 + 0.8)/8 = 0.7
        r = readiness(bp, cl, a);
        CHECK(r.overall == Approx(0.7));
        CHECK_FALSE(r.ready_to_book);
        a["i1"] = Rating::in_production;  // production makes up for the learning item: (0.4 + 1 + 6*0.8)/8 = 0.775
        r = readiness(bp, cl, a);
        CHECK(r.overall == Approx(0.775));
        CHECK(r.ready_to_book);
    }
    SECTION("one weak domain: overall 0.82 but A is all learning (0.4 < 0.5): not ready") {
        Answers a = {{"a1", Rating::learning}, {"a2", Rating::learning}, {"b1", Rating::in_production}};
        Readiness r = readiness(f.bp, f.cl, a);  // 0.3*0.4 + 0.7*1 = 0.82
        CHECK(r.domains[0].readiness == Approx(0.4));
        CHECK(r.overall == Approx(0.82));
        CHECK_FALSE(r.ready_to_book);
        CHECK(r.weakest[0] == 0);  // A: 0.3*0.6 = 0.18 missing; B: nothing
        a["a2"] = Rating::can_explain;  // A = (0.4 + 0.8)/2 = 0.6, overall = 0.18 + 0.7 = 0.88
        r = readiness(f.bp, f.cl, a);
        CHECK(r.domains[0].readiness == Approx(0.6));
        CHECK(r.overall == Approx(0.88));
        CHECK(r.ready_to_book);
    }
    SECTION("a domain on the floor: a quarter explained, the rest learning = (0.8 + 3*0.4)/4 = 0.5 passes") {
        Blueprint bp;
        bp.domains = {{"A", "A", 20, 20}, {"B", "B", 80, 80}};
        Checklist cl;
        cl.items = {{"a1", "A", "1", "a1"}, {"a2", "A", "1", "a2"}, {"a3", "A", "1", "a3"}, {"a4", "A", "1", "a4"},
                    {"b1", "B", "2", "b1"}};
        Answers a = {{"a1", Rating::can_explain}, {"a2", Rating::learning}, {"a3", Rating::learning},
                     {"a4", Rating::learning}, {"b1", Rating::can_explain}};
        Readiness r = readiness(bp, cl, a);  // A = 0.5, B = 0.8, overall = 0.1 + 0.64 = 0.74
        CHECK(r.domains[0].readiness == Approx(0.5));
        CHECK(r.overall == Approx(0.74));
        CHECK_FALSE(r.ready_to_book);  // the floor holds, the total does not
        a["b1"] = Rating::in_production;  // overall = 0.1 + 0.8 = 0.9
        r = readiness(bp, cl, a);
        CHECK(r.overall == Approx(0.9));
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

TEST_CASE("rating scores put \"Can explain it\" near the top: explaining is what the exams test") {
    CHECK(rating_score(Rating::unrated) == 0);
    CHECK(rating_score(Rating::not_yet) == 0);
    CHECK(rating_score(Rating::learning) == Approx(0.4));
    CHECK(rating_score(Rating::can_explain) == Approx(0.8));
    CHECK(rating_score(Rating::in_production) == 1);
}

TEST_CASE("the readiness ring reads ready, near (at the domain floor overall) or far") {
    Readiness r;
    SECTION("ready to book: ready, whatever the figure") {
        r.ready_to_book = true;
        r.overall = 0.80;
        CHECK(readiness_band(r) == ReadinessBand::ready);
    }
    SECTION("not ready, overall 50% (the floor itself): near") {
        r.overall = 0.50;
        CHECK(readiness_band(r) == ReadinessBand::near);
    }
    SECTION("not ready, overall 80% (a domain below the floor): near, not ready") {
        r.overall = 0.80;
        CHECK(readiness_band(r) == ReadinessBand::near);
    }
    SECTION("overall 49%: far") {
        r.overall = 0.49;
        CHECK(readiness_band(r) == ReadinessBand::far);
    }
}

TEST_CASE("Focus next always lists an item of the weakest domain it names") {
    // A: 60% over six items, B and C 20% over one item each; nothing rated. Shortfalls: A 0.6, B 0.2, C 0.2, so A
    // is the weakest. Gains: each A item 0.6 / 6 = 0.1, b1 and c1 0.2 each.
    Blueprint bp;
    bp.domains = {{"A", "Domain A", 60, 60}, {"B", "Domain B", 20, 20}, {"C", "Domain C", 20, 20}};
    Checklist cl;
    for (int i = 1; i <= 6; ++i) cl.items.push_back({"a" + std::to_string(i), "A", "1." + std::to_string(i), "item a"});
    cl.items.push_back({"b1", "B", "2.1", "item b1"});
    cl.items.push_back({"c1", "C", "3.1", "item c1"});
    SECTION("two places: b1 and c1 gain most, but the last place goes to A's first item") {
        Readiness r = readiness(bp, cl, {}, 2);
        REQUIRE(r.domains[r.weakest.front()].id == "A");
        REQUIRE(r.focus.size() == 2);
        CHECK(r.focus[0].id == "b1");
        CHECK(r.focus[0].gain == Approx(0.2));
        CHECK(r.focus[1].id == "a1");
        CHECK(r.focus[1].gain == Approx(0.1));
    }
    SECTION("three places: b1, c1, then a1 by gain alone; nothing is replaced") {
        Readiness r = readiness(bp, cl, {}, 3);
        REQUIRE(r.focus.size() == 3);
        CHECK(r.focus[0].id == "b1");
        CHECK(r.focus[1].id == "c1");
        CHECK(r.focus[2].id == "a1");
    }
    SECTION("A's item of most gain takes the place: a1 done, a2 learning, a3 to a6 not yet -> a3") {
        // A = (1 + 0.4 + 0) / 6 = 0.233, shortfall 0.6 * 0.767 = 0.46: still the weakest. Gains: a1 none,
        // a2 0.1 * (1 - 0.4) = 0.06, a3 to a6 0.1 each; the first of those, a3.
        Answers a = {{"a1", Rating::in_production}, {"a2", Rating::learning}};
        Readiness r = readiness(bp, cl, a, 2);
        REQUIRE(r.domains[r.weakest.front()].id == "A");
        REQUIRE(r.focus.size() == 2);
        CHECK(r.focus[1].id == "a3");
        CHECK(r.focus[1].gain == Approx(0.1));
    }
}
