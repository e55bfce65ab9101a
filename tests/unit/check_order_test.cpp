#include <catch_amalgamated.hpp>

#include <algorithm>

#include "check_order.h"

using namespace certplan;

namespace {
bool is_permutation_of_indexes(std::vector<size_t> v) {
    std::sort(v.begin(), v.end());
    for (size_t i = 0; i < v.size(); ++i)
        if (v[i] != i) return false;
    return true;
}
}  // namespace

TEST_CASE("each attempt at a check shows its questions and options in an order of its own, never the last one again") {
    SECTION("every thing once; the same order for the same key and attempt (a reload of the attempt shows it again)") {
        for (size_t n = 0; n <= 8; ++n) {
            CHECK(is_permutation_of_indexes(attempt_order(n, "gp-d1-q1", 3)));
            CHECK(attempt_order(n, "gp-d1-q1", 3) == attempt_order(n, "gp-d1-q1", 3));
        }
    }
    SECTION("two attempts in a row never show the same order, for 2 to 8 things and many keys") {
        for (size_t n = 2; n <= 8; ++n)
            for (int k = 0; k < 40; ++k)
                for (uint32_t a = 1; a < 30; ++a)
                    CHECK(attempt_order(n, "key" + std::to_string(k), a) != attempt_order(n, "key" + std::to_string(k), a + 1));
        // Also across the byte the plan keeps (255 finished -> attempt 256, then 0 finished -> attempt 1).
        CHECK(attempt_order(4, "q", 256) != attempt_order(4, "q", 1));
    }
    SECTION("two things: odd and even attempts show the two orders in turn") {
        const auto odd = attempt_order(2, "q", 1), even = attempt_order(2, "q", 2);
        CHECK(odd != even);
        for (uint32_t a = 3; a < 20; ++a) CHECK(attempt_order(2, "q", a) == (a % 2 ? odd : even));
    }
    SECTION("over many questions, the option first in the data is shown at each letter about a quarter of the time") {
        for (uint32_t attempt = 1; attempt <= 3; ++attempt) {
            int at[4] = {0, 0, 0, 0};
            for (int k = 0; k < 400; ++k) {
                const auto order = attempt_order(4, "x-d1-q" + std::to_string(k), attempt);
                ++at[std::find(order.begin(), order.end(), size_t(0)) - order.begin()];
            }
            for (int letter = 0; letter < 4; ++letter) {
                INFO("attempt " << attempt << ", letter " << letter << ": " << at[letter] << " of 400");
                CHECK((at[letter] > 70 && at[letter] < 130));  // 100 expected, one standard deviation 8.7
            }
        }
    }
    SECTION("one thing or none: nothing to reorder; 30 things (more than a check has) still every one once, a new order") {
        CHECK(attempt_order(1, "q", 5) == std::vector<size_t>{0});
        CHECK(attempt_order(0, "q", 5).empty());
        CHECK(is_permutation_of_indexes(attempt_order(30, "q", 2)));
        CHECK(attempt_order(30, "q", 2) != attempt_order(30, "q", 3));
    }
    SECTION("a domain's check is named by its credential and domain") {
        CHECK(check_key("google-pmle", "d1") == "google-pmle/d1");
    }
}
