// The mirror's roles are written once, in the kit (web/kit/mirror.cpp): window.certplan.items() names them and
// shell/a11y.js builds its elements from the table the kit passes at start, naming none of its own.
#include <catch_amalgamated.hpp>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "mirror.h"

namespace {
std::string read_file(const std::string& path) {
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}
}  // namespace

TEST_CASE("every role the kit gives an item is in the table the mirror builds its elements from") {
    const nlohmann::json roles = nlohmann::json::parse(mirror_roles_json());
    for (int r = 0; r <= int(Role::status); ++r) {
        const std::string name = role_name(Role(r));
        INFO(name);
        REQUIRE(roles.contains(name));
        CHECK(roles[name].contains("element"));
    }
    CHECK(roles.size() == size_t(Role::status) + 1);
    SECTION("what the page relies on: tabs in the tab list, messages announced, links real links") {
        CHECK(roles["tab"]["place"] == "tablist");
        CHECK(roles["status"]["place"] == "live");
        CHECK(roles["link"]["element"] == "a");
        CHECK(roles["checkbox"]["state"] == "aria-checked");
        CHECK(roles["treeitem"]["state"] == "aria-expanded");
    }
}

TEST_CASE("shell/a11y.js names no role of its own: each comes from the kit's table") {
    const std::string js = read_file(std::string(CERTPLAN_SOURCE_DIR) + "/shell/a11y.js");
    REQUIRE(js.find("certplan") != std::string::npos);  // the file was read
    const nlohmann::json roles = nlohmann::json::parse(mirror_roles_json());
    for (int r = 0; r <= int(Role::status); ++r) {
        const std::string name = role_name(Role(r));
        // An HTML element or ARIA role of the same name is the browser's word, which the JS may use.
        bool browser_word = false;
        for (const auto& spec : roles) browser_word |= spec.value("element", "") == name || spec.value("aria", "") == name;
        if (browser_word) continue;
        INFO(name);
        CHECK(js.find("\"" + name + "\"") == std::string::npos);
    }
    CHECK(js.find("item.role ===") == std::string::npos);
    CHECK(js.find("item.role !==") == std::string::npos);
}
