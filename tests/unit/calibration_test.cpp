#include <catch_amalgamated.hpp>

#include <cmath>

#include "calibration.h"
#include "readiness.h"

using namespace certplan;
using Catch::Approx;

namespace {
Question question(const std::string& id, const std::string& domain, int best) {
    Question q;
    q.id = id, q.credential = "c", q.domain = domain, q.situation = id;
    for (int i = 0; i < kQuestionOptions; ++i) q.options.push_back({"option", "why", i == best});
    return q;
}
// Domain A has three questions (best answers 0, 1, 2); domain B has one (best answer 3).
Catalog catalog() {
    Catalog c;
    c.questions = {question("a1", "A", 0), question("a2", "A", 1), question("a3", "A", 2), question("b1", "B", 3)};
    return c;
}
}  // namespace

TEST_CASE("a domain's check counts right answers once every question has one") {
    const Catalog c = catalog();
    SECTION("no answers: 3 questions, none answered, not complete") {
        DomainCheck k = domain_check(c, "c", "A", {});
        CHECK(k.questions == 3);
        CHECK(k.answered == 0);
        CHECK_FALSE(k.complete());
    }
    SECTION("two right of three: 2/3") {
        DomainCheck k = domain_check(c, "c", "A", {{"a1", 0}, {"a2", 1}, {"a3", 0}, {"b1", 0}});
        CHECK(k.complete());
        CHECK(k.right == 2);
        CHECK(k.score() == Approx(2.0 / 3.0));
    }
    SECTION("an answer naming an option the question lacks is not an answer; another credential's questions are not counted") {
        DomainCheck k = domain_check(c, "c", "A", {{"a1", 0}, {"a2", 7}, {"a3", -1}});
        CHECK(k.answered == 1);
        CHECK_FALSE(k.complete());
        CHECK(domain_check(c, "other", "A", {{"a1", 0}}).questions == 0);
    }
}

TEST_CASE("calibration: a check well below the self-rating lowers the domain to the checked figure") {
    DomainCheck one_of_three{3, 3, 1};    // checked 1/3
    DomainCheck three_of_three{3, 3, 3};  // checked 1
    SECTION("self-rated 0.8, checked 1/3: 0.333 < 0.8 - 0.25 = 0.55, so the domain counts as 1/3") {
        Calibrated c = calibrate(0.8, one_of_three);
        CHECK(c.lowered);
        CHECK(c.counted == Approx(1.0 / 3.0));
    }
    SECTION("self-rated 0.5, checked 1/3: 0.333 is not below 0.5 - 0.25 = 0.25, so the self-rating stands") {
        Calibrated c = calibrate(0.5, one_of_three);
        CHECK_FALSE(c.lowered);
        CHECK(c.counted == Approx(0.5));
    }
    SECTION("exactly at the gap is not 'well below': self-rated 7/12, checked 1/3 = 7/12 - 3/12") {
        CHECK_FALSE(calibrate(7.0 / 12.0, one_of_three).lowered);
    }
    SECTION("a check never raises a domain: self-rated 0.2, all right, counts 0.2") {
        Calibrated c = calibrate(0.2, three_of_three);
        CHECK_FALSE(c.lowered);
        CHECK(c.counted == Approx(0.2));
    }
    SECTION("an unfinished check changes nothing: self-rated 1, 2 of 3 answered") {
        CHECK(calibrate(1.0, DomainCheck{3, 2, 0}).counted == Approx(1.0));
    }
}

TEST_CASE("readiness, focus and weakest domains follow the calibrated figures") {
    Blueprint bp;
    bp.domains = {{"A", "Domain A", 50, 50}, {"B", "Domain B", 50, 50}};
    Checklist cl;
    cl.items = {{"a1", "A", "1", "item a1"}, {"b1", "B", "2", "item b1"}};
    // A self-rated 1 (in production), B self-rated 0.8 (can explain).
    Answers answers = {{"a1", Rating::in_production}, {"b1", Rating::can_explain}};
    SECTION("without checks: A 1, B 0.8; overall 0.5 x 1 + 0.5 x 0.8 = 0.9; B is the weakest") {
        Readiness r = readiness(bp, cl, answers);
        CHECK(r.overall == Approx(0.9));
        CHECK(r.domains[0].self_rated == Approx(1.0));
        CHECK(r.weakest[0] == 1);
    }
    SECTION("A checked at 1/3: counts 1/3 (lowered); overall 0.5/3 + 0.5 x 0.8 = 0.5667; A is now the weakest") {
        std::vector<DomainCheck> checks = {DomainCheck{3, 3, 1}, DomainCheck{}};
        Readiness r = readiness(bp, cl, answers, 5, &checks);
        CHECK(r.domains[0].self_rated == Approx(1.0));
        CHECK(r.domains[0].readiness == Approx(1.0 / 3.0));
        CHECK(r.domains[0].lowered);
        CHECK_FALSE(r.domains[1].lowered);
        CHECK(r.overall == Approx(0.5 / 3.0 + 0.4));
        CHECK(r.weakest[0] == 0);
        // a1's gain: 0.5 x (1 - 1 x (1/3)/1) = 1/3; b1's: 0.5 x (1 - 0.8) = 0.1: a1 comes first in Focus next.
        REQUIRE(r.focus.size() == 2);
        CHECK(r.focus[0].id == "a1");
        CHECK(r.focus[0].gain == Approx(1.0 / 3.0));
        CHECK(r.focus[1].gain == Approx(0.1));
    }
}

TEST_CASE("at four or five questions the 25-point gap takes two answers worse than the self-rating, not one") {
    SECTION("four questions, self-rated 100%: 3 of 4 (75%) is exactly 25 below and stands; 2 of 4 (50%) lowers to 50%") {
        CHECK_FALSE(calibrate(1.0, DomainCheck{4, 4, 3}).lowered);
        const Calibrated c = calibrate(1.0, DomainCheck{4, 4, 2});
        CHECK(c.lowered);
        CHECK(c.counted == Approx(0.5));
    }
    SECTION("five questions, self-rated 100%: 4 of 5 (80%, 20 below) stands; 3 of 5 (60%, 40 below) lowers to 60%") {
        CHECK_FALSE(calibrate(1.0, DomainCheck{5, 5, 4}).lowered);
        CHECK(calibrate(1.0, DomainCheck{5, 5, 3}).counted == Approx(0.6));
    }
    SECTION("self-rated 50%: 1 of 4 (25%) stands, 0 of 4 lowers; 1 of 5 (20%, 30 below) lowers") {
        CHECK_FALSE(calibrate(0.5, DomainCheck{4, 4, 1}).lowered);
        CHECK(calibrate(0.5, DomainCheck{4, 4, 0}).lowered);
        CHECK(calibrate(0.5, DomainCheck{5, 5, 1}).counted == Approx(0.2));
    }
    SECTION("a guesser (right one time in four) who rated 100% keeps it only at 3 or 4 of 4: 4 x 0.25^3 x 0.75 + 0.25^4 = 5.1%") {
        double keeps = 0;
        for (int right = 0; right <= 4; ++right) {
            const double ways = right == 0 || right == 4 ? 1 : right == 2 ? 6 : 4;
            const double p = ways * std::pow(0.25, right) * std::pow(0.75, 4 - right);
            if (!calibrate(1.0, DomainCheck{4, 4, right}).lowered) keeps += p;
        }
        CHECK(keeps == Approx(0.05078125));
    }
}

TEST_CASE("the checked figure says how many questions it rests on") {
    CHECK(checked_figure(DomainCheck{4, 4, 2}) == "50% (2 of 4)");
    CHECK(checked_figure(DomainCheck{5, 5, 4}) == "80% (4 of 5)");
    CHECK(checked_figure(DomainCheck{3, 3, 2}) == "67% (2 of 3)");
    CHECK(checked_figure(DomainCheck{4, 3, 3}) == "not yet");
    CHECK(checked_figure(DomainCheck{}) == "not yet");
}
