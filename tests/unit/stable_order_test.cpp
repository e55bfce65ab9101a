#include <catch_amalgamated.hpp>

#include "stable_order.h"

using namespace certplan;

TEST_CASE("stable_order sorts indices and keeps ties in index order") {
    SECTION("ascending values with ties") {
        // values 3 1 2 1: the two 1s (indices 1 and 3) keep their order, then 2 (index 2), then 3 (index 0).
        const std::vector<int> v = {3, 1, 2, 1};
        CHECK(stable_order(v.size(), [&](size_t a, size_t b) { return v[a] < v[b]; }) == std::vector<size_t>{1, 3, 2, 0});
    }
    SECTION("descending values with ties") {
        // gains 0.5 0.25 0.5 0.75: 0.75 (3), then both 0.5s in index order (0, 2), then 0.25 (1).
        const std::vector<double> g = {0.5, 0.25, 0.5, 0.75};
        CHECK(stable_order(g.size(), [&](size_t a, size_t b) { return g[a] > g[b]; }) == std::vector<size_t>{3, 0, 2, 1});
    }
    SECTION("all equal: the identity") {
        CHECK(stable_order(4, [](size_t, size_t) { return false; }) == std::vector<size_t>{0, 1, 2, 3});
    }
    SECTION("nothing to order") {
        CHECK(stable_order(0, [](size_t a, size_t b) { return a < b; }).empty());
    }
}
