#include "fake_storage.h"
#include "persistence.h"
#include "storage.h"
#include "ui_harness.h"

using certplan::Rating;

namespace {
// A harness whose app starts from `storage`, as the page does after a reload.
struct Started {
    FakeStorage& storage;
    UiHarness ui;
    explicit Started(FakeStorage& s) : storage(s) {
        storage.attach(ui.app.host);
        persistence_load(ui.app);
        ui.frames(2);
    }
    void save_now() {
        ui.app.now += 1.0;
        persistence_tick(ui.app, ui.app.now);
    }
};

}  // namespace

TEST_CASE("ratings are saved within a second and restored on the next start") {
    FakeStorage storage;
    {
        Started s(storage);
        app_rate(s.ui.app, "gp-1-1", Rating::can_explain);
        s.ui.app.now += 0.1;
        CHECK(persistence_tick(s.ui.app, s.ui.app.now));  // pending: not yet written
        CHECK(storage.items.count(kPlanKey) == 0);
        s.save_now();
        REQUIRE(storage.items.count(kPlanKey) == 1);
    }
    Started again(storage);
    CHECK(again.ui.app.plan.answers_for("google-pmle").at("gp-1-1") == Rating::can_explain);
    CHECK(again.ui.app.notices.empty());
}

TEST_CASE("corrupted storage: the app starts, says so, and keeps the unreadable data under a backup key") {
    FakeStorage storage;
    storage.items[kPlanKey] = "{\"format\":\"certplan-plan\",\"version\":2,\"plan\":{\"cre";
    Started s(storage);
    CHECK(s.ui.notice_has("could not be read"));
    REQUIRE(storage.items.count("certplan.backup.unreadable") == 1);
    CHECK(storage.items["certplan.backup.unreadable"] == "{\"format\":\"certplan-plan\",\"version\":2,\"plan\":{\"cre");
    SECTION("a second corruption gets a second backup, never overwriting the first") {
        storage.items[kPlanKey] = "garbage 2";
        Started t(storage);
        CHECK(storage.items["certplan.backup.unreadable"].find("certplan-plan") != std::string::npos);
        CHECK(storage.items["certplan.backup.unreadable.2"] == "garbage 2");
    }
    SECTION("the first save replaces the unreadable data once, without backing it up a second time") {
        app_rate(s.ui.app, "gp-1-1", Rating::learning);
        s.save_now();
        CHECK(storage.items.count("certplan.backup.unreadable.2") == 0);
        CHECK(certplan::plan_from_json(storage.items[kPlanKey], "test").plan.answers_for("google-pmle").size() == 1);
    }
}

TEST_CASE("unreadable data that cannot be backed up is never overwritten") {
    FakeStorage storage;
    storage.items[kPlanKey] = "not json";
    storage.full = true;
    Started s(storage);
    CHECK(s.ui.app.save.blocked);
    app_rate(s.ui.app, "gp-1-1", Rating::learning);
    storage.full = false;
    s.save_now();
    CHECK(storage.items[kPlanKey] == "not json");
}

TEST_CASE("a full or unavailable storage gives a clear message and the app keeps working in memory") {
    FakeStorage storage;
    Started s(storage);
    storage.full = true;
    app_rate(s.ui.app, "gp-1-1", Rating::learning);
    s.save_now();
    CHECK(s.ui.notice_has("storage is full"));
    CHECK(s.ui.app.plan.answers_for("google-pmle").at("gp-1-1") == Rating::learning);
    SECTION("and saving resumes once there is room") {
        storage.full = false;
        app_rate(s.ui.app, "gp-1-2", Rating::learning);
        s.save_now();
        CHECK(storage.items.count(kPlanKey) == 1);
        CHECK(s.ui.notice_has("Saving works again"));
    }
    SECTION("private mode: storage unavailable from the start") {
        FakeStorage none;
        none.unavailable = true;
        Started t(none);
        CHECK(t.ui.notice_has("does not let certplan use its storage"));
    }
}

TEST_CASE("an older saved version migrates, and the original is kept") {
    FakeStorage storage;
    storage.items[kPlanKey] = R"({"version":1,"credential":"google-pmle","ratings":{"gp-1-1":3}})";
    Started s(storage);
    CHECK(s.ui.app.plan.answers_for("google-pmle").at("gp-1-1") == Rating::in_production);
    CHECK(storage.items.count("certplan.backup.v1") == 1);
    s.save_now();
    CHECK(certplan::plan_from_json(storage.items[kPlanKey], "t").version == certplan::kPlanFormatVersion);
}

TEST_CASE("import validates the file and names the problem; export downloads the plan") {
    FakeStorage storage;
    Started s(storage);
    app_rate(s.ui.app, "gp-2-1", Rating::learning);
    SECTION("a bad file changes nothing") {
        app_import_text(s.ui.app, "{\"hello\": 1}");
        CHECK(s.ui.notice_has("Nothing was imported"));
        CHECK(s.ui.app.plan.answers_for("google-pmle").count("gp-2-1") == 1);
    }
    SECTION("a good file replaces the plan, keeping the old one as a backup") {
        certplan::PlanDocument other;
        other.credential = "aws-mla-c01";
        other.answers["aws-mla-c01"]["mla-1-1"] = Rating::can_explain;
        app_import_text(s.ui.app, certplan::plan_to_json(other));
        CHECK(s.ui.app.plan == other);
        CHECK(storage.items.count("certplan.backup.before-import") == 1);
    }
    SECTION("export") {
        app_export_plan(s.ui.app);
        REQUIRE(s.ui.downloads.size() == 1);
        CHECK(s.ui.downloads[0] == "certplan-progress.json");
    }
}

TEST_CASE("saved answers for a checklist item this version removed are kept, not counted, and the user is told") {
    // gp-1-3 (RAG with Agent Builder) left the Google checklist with the 2026 guide; gp-1-1 stayed.
    FakeStorage storage;
    {
        Started s(storage);
        app_rate(s.ui.app, "gp-1-1", Rating::can_explain);
        s.ui.app.plan.answers["google-pmle"]["gp-1-3"] = Rating::in_production;
        s.save_now();
        REQUIRE(storage.items.count(kPlanKey) == 1);
    }
    Started again(storage);
    const auto& answers = again.ui.app.plan.answers_for("google-pmle");
    CHECK(answers.at("gp-1-1") == Rating::can_explain);
    CHECK(answers.at("gp-1-3") == Rating::in_production);  // kept in the plan, so a later version could use it
    REQUIRE_FALSE(again.ui.app.notices.empty());
    // In the user's words: how many values, not the file's field paths.
    const std::string& told = again.ui.app.notices.back().text;
    CHECK(told.find("1 value this version of certplan does not know") != std::string::npos);
    CHECK(told.find("plan.answers") == std::string::npos);
}

TEST_CASE("two tabs of one plan never lose each other's ratings or answers") {
    FakeStorage storage;
    Started a(storage), b(storage);  // both opened before either saved
    app_rate(a.ui.app, "gp-1-1", Rating::can_explain);
    a.save_now();
    SECTION("tab B rates another item: its save merges, it does not overwrite A's rating") {
        app_rate(b.ui.app, "gp-2-1", Rating::learning);
        app_set_profile(b.ui.app, "background", "software-engineer");
        b.save_now();
        Started again(storage);
        const certplan::Answers& answers = again.ui.app.plan.answers_for("google-pmle");
        REQUIRE(answers.size() == 2);
        CHECK(answers.at("gp-1-1") == Rating::can_explain);
        CHECK(answers.at("gp-2-1") == Rating::learning);
        CHECK(again.ui.app.plan.profile.background == "software-engineer");
        SECTION("and tab A, saving again, keeps B's") {
            app_rate(a.ui.app, "gp-3-1", Rating::not_yet);
            a.save_now();
            Started third(storage);
            CHECK(third.ui.app.plan.answers_for("google-pmle").size() == 3);
            CHECK(third.ui.app.plan.profile.background == "software-engineer");
        }
    }
    SECTION("tab B shows A's rating when told storage changed, figures included, without writing back") {
        const std::string stored = storage.items[kPlanKey];
        REQUIRE(b.ui.app.derived.readiness.rated == 0);
        CHECK(persistence_sync(b.ui.app));
        b.ui.frames(2);
        CHECK(b.ui.app.plan.answers_for("google-pmle").at("gp-1-1") == Rating::can_explain);
        CHECK(b.ui.app.derived.readiness.rated == 1);
        CHECK_FALSE(persistence_tick(b.ui.app, b.ui.app.now + 1));  // nothing of B's own to save
        CHECK(storage.items[kPlanKey] == stored);
    }
    SECTION("a reset in tab B replaces the stored plan whole (A's rating is in B's backup)") {
        app_reset_plan(b.ui.app);
        b.save_now();
        Started again(storage);
        CHECK(again.ui.app.plan.answers.empty());
    }
}

TEST_CASE("a plan kept aside is kept once per distinct content, and its notice can be dismissed for good") {
    FakeStorage storage;
    // An answer to an item this version's catalog does not have: kept, not counted, backed up before any save.
    storage.items[kPlanKey] = R"({"format": "certplan-plan", "version": 6, "plan": {"credential": "google-pmle", )"
                              R"("answers": {"google-pmle": {"gp-1-1": "learning", "gp-retired-item": "can_explain"}}}})";
    for (int start = 0; start < 4; ++start) {
        Started s(storage);
        CHECK(s.ui.notice_has("not counted"));
    }
    size_t backups = 0;
    for (const auto& entry : storage.items) backups += entry.first.rfind(kBackupPrefix, 0) == 0;
    CHECK(backups == 1);  // four starts, one backup (there were four)
    SECTION("dismissed, the notice is not given again for the same data") {
        {
            Started s(storage);
            REQUIRE(s.ui.app.notices.size() == 1);
            app_dismiss_notice(s.ui.app, 0);
        }
        Started again(storage);
        CHECK_FALSE(again.ui.notice_has("not counted"));
        CHECK(again.ui.app.plan.answers_for("google-pmle").count("gp-retired-item") == 1);  // still kept
        SECTION("other data not counted is told again") {
            storage.items[kPlanKey] = R"({"format": "certplan-plan", "version": 6, "plan": {"credential": "google-pmle", )"
                                      R"("answers": {"google-pmle": {"gp-another-gone": "learning"}}}})";
            Started third(storage);
            CHECK(third.ui.notice_has("not counted"));
        }
    }
}

TEST_CASE("a save that cannot happen is said in words, with what to do") {
    FakeStorage storage;
    SECTION("an older version whose original cannot be copied aside: not saved over, and the user is told to export") {
        const std::string v1 = R"({"version":1,"credential":"google-pmle","ratings":{"gp-1-1":3}})";
        storage.items[kPlanKey] = v1;
        storage.full_for = kBackupPrefix;
        Started s(storage);
        CHECK(s.ui.app.save.blocked);
        CHECK(s.ui.notice_has("will not save over it"));
        CHECK(s.ui.notice_has("export your progress to a file"));
        CHECK_FALSE(s.ui.notice_has("updated to the current format"));
        app_rate(s.ui.app, "gp-2-1", Rating::learning);
        s.save_now();
        CHECK(storage.items[kPlanKey] == v1);
    }
    SECTION("another tab's unreadable save that cannot be copied aside is not overwritten by this tab") {
        Started s(storage);
        storage.items[kPlanKey] = R"({"format": "certplan-plan", "version": 99, "plan": {}})";  // a newer certplan
        storage.full_for = kBackupPrefix;
        app_rate(s.ui.app, "gp-2-1", Rating::learning);
        s.save_now();
        CHECK(storage.items[kPlanKey] == R"({"format": "certplan-plan", "version": 99, "plan": {}})");
        CHECK(s.ui.app.save.blocked);
        CHECK(s.ui.notice_has("export your progress to a file"));
    }
}
