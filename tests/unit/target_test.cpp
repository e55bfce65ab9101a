#include <catch_amalgamated.hpp>

#include "date.h"
#include "target.h"

using namespace certplan;

namespace {
const int kToday = *parse_date("2026-12-06");

Credential exam(const std::string& id, CredentialKind kind = CredentialKind::exam) {
    Credential c;
    c.id = id;
    c.kind = kind;
    c.status.events = {{"2020-01-01", Status::active}};
    return c;
}
}  // namespace

TEST_CASE("who may be the target: an exam with a checklist; a retired one only for review") {
    Catalog cat;
    Credential retired = exam("old");
    retired.status.events = {{"2020-01-01", Status::active}, {"2026-09-28", Status::retired}};  // last day 09-28
    Credential beta = exam("new");
    beta.status.events = {{"2026-11-01", Status::beta}};
    Credential announced = exam("later");
    announced.status.events = {{"2027-01-14", Status::active}};
    cat.credentials = {exam("open"), retired, beta, announced, exam("course", CredentialKind::course_certificate), exam("bare")};
    for (const char* id : {"open", "old", "new", "later", "course"}) cat.checklists.push_back({id, "s", "2026-01", true, {}});

    SECTION("an exam that is open, in beta or announced, with its checklist, is offered") {
        CHECK(can_be_target(cat, "open", kToday) == TargetFit::yes);
        CHECK(can_be_target(cat, "new", kToday) == TargetFit::yes);
        CHECK(can_be_target(cat, "later", kToday) == TargetFit::yes);
    }
    SECTION("a retired exam is kept for review, not offered") {
        CHECK(can_be_target(cat, "old", kToday) == TargetFit::for_review);
        // On its last exam day it was still open.
        CHECK(can_be_target(cat, "old", *parse_date("2026-09-28")) == TargetFit::yes);
    }
    SECTION("a course certificate, an exam without a checklist and an unknown id may not be the target") {
        CHECK(can_be_target(cat, "course", kToday) == TargetFit::no);
        CHECK(can_be_target(cat, "bare", kToday) == TargetFit::no);
        CHECK(can_be_target(cat, "nobody", kToday) == TargetFit::no);
    }
    SECTION("before the catalog's late part, every exam counts as having its checklist") {
        cat.checklists.clear();
        cat.sections = kEverySection & ~(1u << int(CatalogSection::checklists));
        CHECK(can_be_target(cat, "bare", kToday) == TargetFit::yes);
        CHECK(can_be_target(cat, "course", kToday) == TargetFit::no);
        cat.sections = kEverySection;  // it arrived: "bare" has none
        CHECK(can_be_target(cat, "bare", kToday) == TargetFit::no);
    }
}
