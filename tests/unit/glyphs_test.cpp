#include <catch_amalgamated.hpp>

#include "embedded_catalog.h"
#include "glyphs.h"

using namespace certplan;

TEST_CASE("the app draws only the characters its font carries") {
    SECTION("ASCII, the dashes, quotes and arrows are in; accented letters are not") {
        CHECK(drawable(U' '));
        CHECK(drawable(U'~'));
        CHECK_FALSE(drawable(U'\x7F'));
        CHECK(drawable(U'\u2013'));  // en dash
        CHECK(drawable(U'\u2265'));  // >=
        CHECK(drawable(U'\u00D7'));  // multiplication sign
        CHECK_FALSE(drawable(U'\u00E9'));  // e acute
        CHECK_FALSE(drawable(U'\u2192' + 0x100));
    }
    SECTION("a string with a character outside is named by file and field") {
        Problems p = undrawable_text(R"({"courses": [{"why": {"value": "ok"}}, {"why": {"value": "caf\u00e9 \u2013 ok"}}]})",
                                     "data/courses.json");
        REQUIRE(p.size() == 1);
        CHECK(p[0].file == "data/courses.json");
        CHECK(p[0].field == "courses[1].why.value");
        CHECK(p[0].message.find("U+00E9") != std::string::npos);
    }
    SECTION("keys are not shown, values are: only values are checked") {
        CHECK(undrawable_text(R"({"na\u00efve": "plain"})", "x.json").empty());
    }
    SECTION("text that is not JSON is left to the loader") {
        CHECK(undrawable_text("{not json", "x.json").empty());
    }
    SECTION("the shipped catalog is drawable throughout") {
        for (const auto& f : embedded_catalog_files()) {
            Problems p = undrawable_text(f.text, f.name);
            for (const auto& x : p) UNSCOPED_INFO(x.text());
            CHECK(p.empty());
        }
    }
}
