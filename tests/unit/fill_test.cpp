#include <catch_amalgamated.hpp>

#include "fill.h"

using namespace certplan;

TEST_CASE("fill puts each part into the next blank") {
    CHECK(fill("{} of {} h", {"3", "10"}) == "3 of 10 h");
    CHECK(fill("no blanks", {"x"}) == "no blanks");
    CHECK(fill("{} and {}", {"one"}) == "one and ");  // a missing part leaves the blank empty
    CHECK(fill("{}{}", {"a", "b"}) == "ab");
    CHECK(fill("a { b }", {}) == "a { b }");  // a lone brace is text
}
