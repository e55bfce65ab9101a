#include <string>
#include <vector>

#include "fake_storage.h"
#include "page_life.h"
#include "persistence.h"
#include "share.h"
#include "storage.h"
#include "ui_harness.h"

using certplan::Rating;

namespace {
// A tab as the page runs it: its plan from `storage`, its address bar recorded.
struct Tab {
    UiHarness ui;
    std::vector<std::string> addresses;
    explicit Tab(FakeStorage& storage) {
        storage.attach(ui.app.host);
        ui.app.address.replace_hash = [this](const std::string& f) { addresses.push_back(f); };
        persistence_load(ui.app);
        ui.frames(2);
    }
    const std::string& address() const {
        static const std::string none;
        return addresses.empty() ? none : addresses.back();
    }
};

certplan::Answers stored_answers(FakeStorage& storage) {
    return certplan::plan_from_json(storage.items[kPlanKey], "test").plan.answers_for("google-pmle");
}
}  // namespace

TEST_CASE("a page hidden or closed right after an edit has saved it, and its address holds it") {
    FakeStorage storage;
    Tab tab(storage);
    app_rate(tab.ui.app, "gp-1-1", Rating::learning);
    const double edited = tab.ui.app.now;
    REQUIRE(persistence_tick(tab.ui.app, edited + 0.1));  // inside kSaveDelay: still waiting
    REQUIRE(storage.items.count(kPlanKey) == 0);
    const std::string before = tab.address();

    app_leaving(tab.ui.app, edited + 0.1);
    REQUIRE(storage.items.count(kPlanKey) == 1);
    CHECK(stored_answers(storage).at("gp-1-1") == Rating::learning);
    CHECK(tab.address() != before);
    CHECK(tab.address() == app_share_fragment(tab.ui.app));

    SECTION("leaving again with nothing new writes nothing") {
        const size_t written = tab.addresses.size();
        storage.items[kPlanKey] = "sentinel";  // a write would replace it
        tab.ui.app.save.last_saved_text = "sentinel";
        app_leaving(tab.ui.app, edited + 0.2);
        CHECK(storage.items[kPlanKey] == "sentinel");
        CHECK(tab.addresses.size() == written);
    }
}

TEST_CASE("a shared plan being viewed is not saved when the page is left") {
    UiHarness sender;
    app_rate(sender.app, "gp-2-1", Rating::in_production);
    const std::string link = app_share_fragment(sender.app);
    FakeStorage storage;
    Tab visitor(storage);
    REQUIRE(app_open_link(visitor.ui.app, "#" + link));
    app_leaving(visitor.ui.app, visitor.ui.app.now + 0.1);
    CHECK(storage.items.count(kPlanKey) == 0);
}

TEST_CASE("when another tab saves, this tab's address takes the merged plan at once, without a frame") {
    FakeStorage storage;
    Tab a(storage), b(storage);
    app_rate(a.ui.app, "gp-1-1", Rating::learning);
    app_leaving(a.ui.app, a.ui.app.now);
    app_rate(b.ui.app, "gp-1-2", Rating::can_explain);
    app_leaving(b.ui.app, b.ui.app.now);
    REQUIRE(stored_answers(storage).size() == 2);

    const size_t written = a.addresses.size();
    app_other_tab_saved(a.ui.app);  // no frame follows: a background tab draws none
    CHECK(a.ui.app.plan.answers_for("google-pmle").size() == 2);
    REQUIRE(a.addresses.size() == written + 1);
    CHECK(a.address() == app_share_fragment(a.ui.app));
    // Reloaded with that address, the tab shows its own plan, not an older copy as someone's shared plan.
    Tab reloaded(storage);
    CHECK_FALSE(app_open_link(reloaded.ui.app, "#" + a.address()));
    CHECK_FALSE(reloaded.ui.app.shared.viewing);

    SECTION("a storage event that changes nothing here leaves the address alone") {
        app_other_tab_saved(a.ui.app);
        CHECK(a.addresses.size() == written + 1);
    }
}
