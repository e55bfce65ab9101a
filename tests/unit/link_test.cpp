#include <catch_amalgamated.hpp>

#include "catalog_load.h"
#include "embedded_catalog.h"
#include "link.h"

using namespace certplan;

TEST_CASE("openable_url: only plainly written https: links") {
    SECTION("https links from the data open") {
        CHECK(openable_url("https://www.coursera.org/learn/gcp-production-ml-systems"));
        CHECK(openable_url("https://cloud.google.com/learn/certification/machine-learning-engineer"));
        CHECK(openable_url("https://learn.microsoft.com/en-us/credentials/certifications/resources/study-guides/ai-103?x=1#top"));
    }
    SECTION("any other scheme is refused") {
        CHECK_FALSE(openable_url("http://www.coursera.org/learn/x"));
        CHECK_FALSE(openable_url("javascript:alert(1)"));
        CHECK_FALSE(openable_url("data:text/html,<b>x</b>"));
        CHECK_FALSE(openable_url("HTTPS://example.com"));  // certplan's data writes the scheme in lowercase
        CHECK_FALSE(openable_url("//example.com/x"));
        CHECK_FALSE(openable_url("/learn/x"));
        CHECK_FALSE(openable_url(""));
    }
    SECTION("no host, or characters that could break out of a link, are refused") {
        CHECK_FALSE(openable_url("https://"));
        CHECK_FALSE(openable_url("https:///path"));
        CHECK_FALSE(openable_url("https://example.com/a b"));
        CHECK_FALSE(openable_url("https://example.com/\"onclick=x"));
        CHECK_FALSE(openable_url("https://example.com/<script>"));
        CHECK_FALSE(openable_url("https://example.com/\n"));
        CHECK_FALSE(openable_url("https://ex\xc3\xa4mple.com/"));
    }
}

TEST_CASE("the data check refuses a course or source url that is not https:") {
    std::vector<DataFile> files = embedded_catalog_files();
    const auto file = [&](const std::string& name) -> std::string& {
        for (DataFile& f : files)
            if (f.name.find(name) != std::string::npos) return f.text;
        FAIL("no " << name);
        return files.front().text;
    };
    const auto says = [](const CatalogLoad& load, const std::string& file_name) {
        for (const Problem& p : load.problems)
            if (p.file.find(file_name) != std::string::npos && p.field.find("url") != std::string::npos) return true;
        return false;
    };
    REQUIRE(load_catalog(files).ok());
    SECTION("a course") {
        std::string& text = file("courses.json");
        const std::string from = "\"url\": \"https://www.coursera.org/learn/gcp-production-ml-systems\"";
        REQUIRE(text.find(from) != std::string::npos);
        text.replace(text.find(from), from.size(), "\"url\": \"javascript:alert(1)\"");
        CatalogLoad load = load_catalog(files);
        CHECK_FALSE(load.ok());
        CHECK(says(load, "courses.json"));
    }
    SECTION("a source") {
        std::string& text = file("sources.json");
        const std::string from = "\"url\": \"https://";
        REQUIRE(text.find(from) != std::string::npos);
        text.replace(text.find(from), from.size(), "\"url\": \"http://");
        CatalogLoad load = load_catalog(files);
        CHECK_FALSE(load.ok());
        CHECK(says(load, "sources.json"));
    }
}
