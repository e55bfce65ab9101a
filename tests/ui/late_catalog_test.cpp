// The page before the catalog's late part arrives (web/session/late_catalog.h), driven natively: the app
// starts on the first part alone, as the web build does, and the late part is handed in later.
#include "catalog_binary.h"
#include "fake_storage.h"
#include "late_catalog.h"
#include "persistence.h"
#include "share.h"
#include "ui_harness.h"

using certplan::CatalogPart;
using certplan::Rating;

namespace {
// The harness's catalog cut back to its first part; returns the late part's bytes.
std::string start_without_late_part(UiHarness& h) {
    const std::string late = certplan::write_catalog_part(h.app.catalog, CatalogPart::late);
    app_set_catalog(h.app, *certplan::read_catalog_binary(certplan::write_catalog_part(h.app.catalog, CatalogPart::first)));
    return late;
}
}  // namespace

TEST_CASE("before the late part arrives nothing is lost, and everything fills in when it does") {
    // A plan saved with answers, and a link to another plan with answers.
    UiHarness before;
    app_choose_target(before.app, "aws-mla-c01");
    app_rate(before.app, "mla-1-1", Rating::in_production);
    const std::string link = app_share_fragment(before.app);
    FakeStorage storage;
    {
        UiHarness saver;
        storage.attach(saver.app.host);
        app_rate(saver.app, "gp-1-1", Rating::learning);
        saver.app.now = 10;
        persistence_tick(saver.app, saver.app.now);
    }
    const std::string saved = storage.items[kPlanKey];
    REQUIRE(saved.find("gp-1-1") != std::string::npos);

    UiHarness h;
    const std::string late = start_without_late_part(h);
    storage.attach(h.app.host);
    std::vector<std::string> addresses;
    h.app.address.replace_hash = [&](const std::string& f) { addresses.push_back(f); };
    int fetches = 0;
    h.app.host.fetch_late_catalog = [&] { ++fetches; };
    persistence_load(h.app);
    h.frames(2);

    SECTION("saved answers are kept unchecked: no notice, no backup, nothing rewritten") {
        CHECK(h.app.plan.answers_for("google-pmle").at("gp-1-1") == Rating::learning);
        CHECK(h.app.notices.empty());
        CHECK(storage.items.size() == 1);
        app_set_profile(h.app, "cloud", "gcp");  // an edit before the late part: saved with every answer
        h.app.now = 20;
        persistence_tick(h.app, h.app.now);
        CHECK(storage.items[kPlanKey].find("gp-1-1") != std::string::npos);
        app_late_catalog(h.app, &late);
        CHECK(h.app.notices.empty());
        CHECK(h.app.derived.readiness.rated == 1);
    }
    SECTION("Compare works; Assess, Plan and Share say they are loading; the address bar is left alone") {
        CHECK(h.find("Status") != nullptr);
        show_view(h.views.view_state, View::assess);
        h.frames(3);
        CHECK(h.has_text("Loading the checklists…"));
        show_view(h.views.view_state, View::share);
        h.frames(3);
        CHECK(h.has_text("Loading the checklists…"));
        app_follow_address(h.app);
        CHECK(addresses.empty());
        app_late_catalog(h.app, &late);
        show_view(h.views.view_state, View::assess);
        h.frames(3);
        CHECK_FALSE(h.has_text("Loading the checklists…"));
        CHECK(h.find("Learning", "radio") != nullptr);
        app_follow_address(h.app);
        REQUIRE(addresses.size() == 1);
        CHECK(addresses.back() == app_share_fragment(h.app));
    }
    SECTION("a link opened before it arrives waits, then opens in full") {
        CHECK_FALSE(app_open_link(h.app, "#" + link));
        CHECK_FALSE(h.app.shared.viewing);
        app_late_catalog(h.app, &late);
        CHECK(h.app.shared.viewing);
        CHECK(h.app.plan == before.app.plan);
        CHECK(h.app.shared.link_problems.empty());
    }
    SECTION("a failed fetch says so with a retry; a damaged part counts as failed") {
        app_late_catalog(h.app, nullptr);
        show_view(h.views.view_state, View::assess);
        h.frames(3);
        CHECK(h.has_text("could not be loaded (it could not be fetched)"));
        h.click("Try again", "button");
        CHECK(fetches == 1);
        const std::string damaged = late.substr(0, late.size() / 2);
        app_late_catalog(h.app, &damaged);
        CHECK(h.app.late.failed);
        CHECK(h.app.late.problem == "catalog-late.bin: the file is damaged, or from another version of certplan");
        app_late_catalog(h.app, &late);
        CHECK_FALSE(h.app.late.failed);
        CHECK(app_catalog_complete(h.app));
    }
}

TEST_CASE("a late part that lacks a section, or comes from another build, is refused and the catalog is untouched") {
    UiHarness h;
    const Catalog whole = h.app.catalog;
    const std::string late = start_without_late_part(h);
    show_view(h.views.view_state, View::compare);
    h.frames(2);
    const unsigned first_sections = h.app.catalog.sections;
    SECTION("well formed, this build's, but without the courses: refused, and the figures still point somewhere valid") {
        Catalog cut = whole;
        cut.sections &= ~(1u << int(certplan::CatalogSection::courses));
        std::string lacking = certplan::write_catalog_part(cut, CatalogPart::late);
        lacking.replace(4, 4, late.substr(4, 4));  // crafted: this build's stamp
        app_late_catalog(h.app, &lacking);
        CHECK(h.app.late.failed);
        CHECK(h.app.late.problem == "catalog-late.bin: it lacks the courses section");
        CHECK(h.app.catalog.sections == first_sections);
        h.frames(3);  // drawing reads the derived figures (AddressSanitizer saw them point into freed memory)
        app_late_catalog(h.app, &late);
        CHECK(h.app.catalog.complete());
        CHECK_FALSE(h.app.late.failed);
    }
    SECTION("from another build (its data changed): refused, with a reload asked for") {
        Catalog other = whole;
        other.courses.front().title += " (updated)";
        const std::string foreign = certplan::write_catalog_part(other, CatalogPart::late);
        app_late_catalog(h.app, &foreign);
        CHECK(h.app.late.failed);
        CHECK(h.app.late.problem.find("another build of certplan") != std::string::npos);
        CHECK(h.app.catalog.sections == first_sections);
        CHECK(h.app.catalog.courses.empty());
    }
}
