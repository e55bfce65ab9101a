#include <catch_amalgamated.hpp>

#include <nlohmann/json.hpp>

#include "json_text.h"

using namespace certplan;

TEST_CASE("JSON text: strings escape what JSON requires and numbers read back exactly") {
    CHECK(json_string("plain") == "\"plain\"");
    CHECK(json_string("a \"q\" \\ b") == "\"a \\\"q\\\" \\\\ b\"");
    CHECK(json_string("line\nnext\t") == "\"line\\u000anext\\u0009\"");
    CHECK(json_string("caf\xC3\xA9") == "\"caf\xC3\xA9\"");  // UTF-8 passes through
    const std::string tricky = "x\"\\\x01\n\xE2\x80\x93";
    CHECK(nlohmann::json::parse(json_string(tricky)).get<std::string>() == tricky);
    CHECK(json_number(8) == "8");
    CHECK(json_number(0.75) == "0.75");
    for (double v : {1.0 / 3, 0.1, 1e-7, 123456.789, -2.5})
        CHECK(nlohmann::json::parse(json_number(v)).get<double>() == v);
}
