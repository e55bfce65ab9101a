#include <catch_amalgamated.hpp>

#include <algorithm>

#include "check_order.h"

using namespace certplan;

TEST_CASE("a check asks every question once, and a retake asks them in a new order") {
    SECTION("a permutation of 0..n-1, the same for the same seed") {
        auto a = check_order(5, 42);
        auto sorted = a;
        std::sort(sorted.begin(), sorted.end());
        CHECK(sorted == std::vector<size_t>{0, 1, 2, 3, 4});
        CHECK(check_order(5, 42) == a);
    }
    SECTION("when the shuffle repeats the previous order, it is rotated: [0,1,2] after [0,1,2] becomes [1,2,0]") {
        for (uint32_t seed = 1; seed < 200; ++seed) {
            auto first = check_order(3, seed);
            auto again = check_order(3, seed, first);  // same seed: the shuffle repeats, so the rule must act
            CHECK(again != first);
        }
        std::vector<size_t> prev = check_order(3, 7);
        std::vector<size_t> expect = prev;
        std::rotate(expect.begin(), expect.begin() + 1, expect.end());
        CHECK(check_order(3, 7, prev) == expect);
    }
    SECTION("one question or none: nothing to reorder") {
        CHECK(check_order(1, 3, {0}) == std::vector<size_t>{0});
        CHECK(check_order(0, 3).empty());
    }
}
