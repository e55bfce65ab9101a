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

TEST_CASE("a shared plan, adopted, keeps the visitor's own check answers and attempts (links carry none)") {
    UiHarness sender;
    app_check_answer(sender.app, "mla-d1-q4", 2);
    app_rate(sender.app, "gp-1-1", Rating::learning);
    const std::string link = app_share_fragment(sender.app);
    UiHarness visitor;
    app_check_answer(visitor.app, "gp-d1-q4", 1);
    app_check_finished(visitor.app, "google-pmle/d1");
    REQUIRE(app_open_link(visitor.app, "#" + link));
    CHECK(visitor.app.plan.checks.empty());  // the link has none
    CHECK(visitor.app.plan.check_attempts.empty());
    app_use_shared_plan(visitor.app);
    CHECK(visitor.app.plan.answers_for("google-pmle").at("gp-1-1") == Rating::learning);
    CHECK(visitor.app.plan.checks == certplan::CheckAnswers{{"gp-d1-q4", 1}});
    CHECK(visitor.app.plan.check_attempts == certplan::CheckAttempts{{"google-pmle/d1", 1}});
}

TEST_CASE("issue 26.8: a bookmark of one's own plan, reopened after more check-ins, comes back as one's own") {
    UiHarness ui(1280, 3000);
    app_set_hours(ui.app, 8);  // the plan is made: its start is fixed
    show_view(ui.views.view_state, View::plan);
    ui.frames(2);
    const int monday = ui.app.derived.study_plan.start_day;
    app_log_hours(ui.app, monday, 5);
    const std::string bookmark = app_share_fragment(ui.app);
    ui.app.today += 7;
    ui.frames(2);
    app_log_hours(ui.app, monday + 7, 6);  // a newer check-in, after the bookmark
    const certplan::PlanDocument now = ui.app.plan;
    CHECK_FALSE(app_open_link(ui.app, "#" + bookmark));
    ui.frames(2);
    CHECK_FALSE(ui.app.shared.viewing);
    CHECK(ui.app.plan == now);  // the newer check-in is still there
    CHECK_FALSE(ui.has_text("Viewing a shared plan"));
    CHECK(ui.has_text("This link is an earlier copy of your own plan"));
}
