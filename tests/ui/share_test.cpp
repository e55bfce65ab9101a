#include "fake_storage.h"
#include "persistence.h"
#include "share.h"
#include "ui_harness.h"

using certplan::Rating;

namespace {
}  // namespace

TEST_CASE("opening a shared link shows it in viewing mode and changes nothing saved until the visitor chooses") {
    // The sender's plan and its link.
    UiHarness sender;
    app_choose_target(sender.app, "aws-mla-c01");
    app_rate(sender.app, "mla-1-1", Rating::in_production);
    app_set_profile(sender.app, "cloud", "aws");
    const std::string link = app_share_fragment(sender.app);

    FakeStorage storage;
    UiHarness visitor;
    storage.attach(visitor.app.host);
    app_rate(visitor.app, "gp-1-1", Rating::learning);
    visitor.app.now = 10;
    persistence_tick(visitor.app, visitor.app.now);
    const std::string saved = storage.items[kPlanKey];
    REQUIRE_FALSE(saved.empty());

    REQUIRE(app_open_link(visitor.app, "#" + link));
    visitor.frames(2);
    CHECK(visitor.app.shared.viewing);
    CHECK(visitor.app.plan == sender.app.plan);
    CHECK(visitor.has_text("Viewing a shared plan"));
    visitor.app.now = 20;
    persistence_tick(visitor.app, visitor.app.now);
    CHECK(storage.items[kPlanKey] == saved);

    SECTION("keep mine: the visitor's plan is back, storage untouched") {
        visitor.click("Keep mine", "button");
        CHECK_FALSE(visitor.app.shared.viewing);
        CHECK(visitor.app.plan.answers_for("google-pmle").at("gp-1-1") == Rating::learning);
        visitor.app.now = 30;
        persistence_tick(visitor.app, visitor.app.now);
        CHECK(storage.items[kPlanKey] == saved);
    }
    SECTION("use this plan: it is saved, and the replaced plan is kept as a backup") {
        visitor.click("Use this plan", "button");
        visitor.app.now = 40;
        persistence_tick(visitor.app, visitor.app.now);
        CHECK(storage.items[kPlanKey] != saved);
        CHECK(storage.items["certplan.backup.before-shared-plan"] == saved);
        // The message says it in plain words (no storage key) and offers the way back.
        CHECK(visitor.notice_has("Your previous plan is kept in this browser"));
        CHECK_FALSE(visitor.notice_has("certplan.backup"));
        visitor.frames(2);
        visitor.click("Restore the replaced plan", "button");
        CHECK(visitor.app.plan.answers_for("google-pmle").at("gp-1-1") == Rating::learning);
        visitor.app.now = 50;
        persistence_tick(visitor.app, visitor.app.now);
        CHECK(storage.items[kPlanKey] == saved);
        CHECK(visitor.notice_has("Your replaced plan is back"));
    }
}

TEST_CASE("a mangled link gives a clear message and the visitor's own plan stays") {
    UiHarness sender;
    const std::string link = app_share_fragment(sender.app);
    UiHarness visitor;
    app_rate(visitor.app, "gp-1-1", Rating::learning);
    const PlanDocument before = visitor.app.plan;
    SECTION("cut off") {
        CHECK_FALSE(app_open_link(visitor.app, "#" + link.substr(0, link.size() - 6)));
        CHECK(visitor.notice_has("could not be opened"));
    }
    SECTION("garbage") {
        CHECK_FALSE(app_open_link(visitor.app, "#plan=!!not-a-plan!!"));
        CHECK(visitor.notice_has("damaged"));
    }
    SECTION("enormous") {
        CHECK_FALSE(app_open_link(visitor.app, "#plan=" + std::string(50000, 'A')));
        CHECK(visitor.notice_has("too long"));
    }
    CHECK(visitor.app.plan == before);
    CHECK_FALSE(visitor.app.shared.viewing);
}

TEST_CASE("an ordinary anchor is not taken for a plan, however long: only #plan=... is a plan link") {
    UiHarness ui;
    const certplan::PlanDocument before = ui.app.plan;
    for (const char* anchor : {"#top", "#section-overview-of-things", "#a-very-long-heading-anchor-from-some-docs-page", "#plan"}) {
        INFO(anchor);
        CHECK_FALSE(app_open_link(ui.app, anchor));
        CHECK(ui.app.notices.empty());
    }
    CHECK(ui.app.plan == before);
    SECTION("a damaged plan link still says so") {
        CHECK_FALSE(app_open_link(ui.app, "#plan=AAAAAAAAAAAAAAAAAAAAAAAA"));
        CHECK(ui.notice_has("could not be opened"));
    }
}

TEST_CASE("a shared plan, adopted, keeps the visitor's own check answers (links carry none)") {
    UiHarness sender;
    app_check_answer(sender.app, "mla-d1-q4", 2);
    app_rate(sender.app, "gp-1-1", Rating::learning);
    const std::string link = app_share_fragment(sender.app);
    UiHarness visitor;
    app_check_answer(visitor.app, "gp-d1-q1", 1);
    REQUIRE(app_open_link(visitor.app, "#" + link));
    CHECK(visitor.app.plan.checks.empty());  // the link has none
    app_use_shared_plan(visitor.app);
    CHECK(visitor.app.plan.answers_for("google-pmle").at("gp-1-1") == Rating::learning);
    CHECK(visitor.app.plan.checks == certplan::CheckAnswers{{"gp-d1-q1", 1}});
}
