#include <catch_amalgamated.hpp>

#include "data_catalog.h"
#include "link.h"
#include "study_path.h"

using namespace certplan;

namespace {
// A credential of two domains and a path written here, so each rule is seen on its own.
Catalog small_catalog() {
    Catalog c;
    c.sources.push_back({"guide-src", "Exam guide", "Vendor", "https://example.com/guide", "2026-10", SourceKind::official});
    Credential k;
    k.id = "vendor-exam", k.short_name = "Vendor Exam", k.provider = "Vendor", k.has_blueprint = true;
    k.blueprint.source = "guide-src", k.blueprint.as_of = "2026-10";
    k.blueprint.domains = {{"d1", "Data", 60, 60, {"1"}}, {"d2", "Serving", 40, 40, {"2"}}};
    c.credentials.push_back(k);
    return c;
}
StudyResource resource(const std::string& id, const std::string& kind, std::vector<std::string> domains) {
    StudyResource r;
    r.id = id, r.title = id, r.kind = *from_key<ResourceKind>(kind), r.domains = std::move(domains);
    return r;
}
}  // namespace

TEST_CASE("a credential's study path: its resources, and which one to study for a domain") {
    Catalog c = small_catalog();
    const Credential& k = c.credentials[0];
    SECTION("with no path in the data, the exam guide its blueprint cites covers every domain") {
        const std::vector<StudyResource> rs = study_resources(c, k);
        REQUIRE(rs.size() == 1);
        CHECK(rs[0].title == "Vendor Exam exam guide");
        CHECK(rs[0].url == "https://example.com/guide");
        CHECK(rs[0].provider == "Vendor");
        CHECK(rs[0].domains == std::vector<std::string>{"d1", "d2"});
        CHECK(resource_for_domain(rs, "d2") == &rs[0]);
        CHECK(practice_resource(rs) == nullptr);  // the guide is read, not practised with (issue 26.10)
        CHECK_FALSE(rs[0].hours.known());
        CHECK(resource_hours(rs[0]) == "hours unknown");
    }
    SECTION("with a path: a learning path covering the domain comes before the guide; courses are not prep") {
        c.study_paths.push_back({"vendor-exam", {resource("course-a", "course", {"d1"}), resource("path", "learning-path", {"d2"}),
                                                 resource("guide", "exam-guide", {"d1", "d2"}), resource("mock", "practice", {"d1", "d2"})}});
        const std::vector<StudyResource> rs = study_resources(c, k);
        REQUIRE(rs.size() == 4);
        CHECK(path_courses(rs).size() == 1);
        CHECK(resource_for_domain(rs, "d2")->id == "path");
        CHECK(resource_for_domain(rs, "d1")->id == "guide");  // the course covers d1 too, but a course is not prep
        CHECK(practice_resource(rs)->id == "mock");
        CHECK(covered_domains(k, rs[2]) == "Data; Serving");
    }
    SECTION("known hours are shown as the data gives them") {
        StudyResource r = resource("x", "course", {"d1"});
        r.hours.value = 21;
        CHECK(resource_hours(r) == "21 h");
        r.hours.value = 7.5;
        CHECK(resource_hours(r) == "7.5 h");
    }
}

TEST_CASE("the shipped study paths: each vendor's own guide, and no Google Cloud course outside Google's path") {
    const Catalog& c = data_catalog();
    for (const char* id : {"google-pmle", "aws-mla-c01", "aws-aip-c01", "azure-ai-103", "databricks-ml-assoc", "databricks-ml-pro"}) {
        const StudyPath* p = c.study_path(id);
        INFO(id);
        REQUIRE(p);
        if (const StudyResource* practice = practice_resource(p->resources)) CHECK(practice->kind == ResourceKind::practice);
        for (const StudyResource& r : p->resources)
            if (std::string(id) != "google-pmle") CHECK(r.provider != "Google Cloud");
    }
    // Google's path opens with the article's two courses, each taken whole from courses.json.
    const StudyPath* g = c.study_path("google-pmle");
    REQUIRE(g->resources.size() >= 2);
    CHECK(g->resources[0].course == "production-ml-systems");
    CHECK(g->resources[0].url == c.course("production-ml-systems")->url);
    CHECK(g->resources[1].course == "structuring-ml-projects");
    // Then Google Skills' learning path, before the guide: every domain's prep task names it.
    for (const char* d : {"d1", "d2", "d3", "d4", "d5", "d6"}) {
        REQUIRE(resource_for_domain(g->resources, d));
        CHECK(resource_for_domain(g->resources, d)->id == "gp-skills-path");
    }
    CHECK(resource_for_domain(g->resources, "d1")->url == "https://www.skills.google/paths/17");
    // Its practice is certplan's Check me, with no link: no official sample questions page was confirmed,
    // and the exam guide is not practice.
    const StudyResource* practice = practice_resource(g->resources);
    REQUIRE(practice);
    CHECK(practice->id == "gp-check-me");
    CHECK(practice->kind == ResourceKind::practice);
    CHECK(practice->url.empty());
    // AI-103's path is no dead end: every resource links Microsoft Learn (its course, then its study guide).
    const StudyPath* az = c.study_path("azure-ai-103");
    for (const StudyResource& r : az->resources) {
        INFO(r.id);
        CHECK(openable_url(r.url));
        CHECK(r.url.rfind("https://learn.microsoft.com/", 0) == 0);
    }
    CHECK(practice_resource(az->resources) == nullptr);  // its study guide is a guide, never the practice (issue 26.10)
}
