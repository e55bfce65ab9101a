#include "ui_harness.h"
#include "wording.h"

using certplan::Rating;

namespace {
const UiItem* radio_for(const std::string& item_id, const std::string& label) {
    for (const UiItem& it : item_registry_items())
        if (it.role == Role::radio && it.context == item_id && it.label == label) return &it;
    return nullptr;
}
}  // namespace

TEST_CASE("the assess view rates items and moves the readiness figures") {
    UiHarness ui(1280, 4000);  // tall enough that nothing in the view is scrolled out
    show_view(ui.views.view_state, View::assess);
    ui.frames(3);
    REQUIRE(ui.views.view_state.view == View::assess);
    const auto* first = &ui.app.derived.checklist->items.front();
    SECTION("clicking a rating stores it and updates readiness") {
        ui.click(radio_for(first->id, "Done it in production"));
        CHECK(ui.app.plan.answers_for("google-pmle").at(first->id) == Rating::in_production);
        CHECK(ui.app.derived.readiness.overall > 0);
        CHECK(ui.app.derived.readiness.rated == 1);
        SECTION("clicking it again clears it") {
            ui.click(radio_for(first->id, "Done it in production"));
            CHECK(ui.app.plan.answers_for("google-pmle").count(first->id) == 0);
            CHECK(ui.app.derived.readiness.overall == 0);
        }
    }
    SECTION("each credential keeps its own answers when the user switches") {
        app_rate(ui.app, first->id, Rating::learning);
        app_choose_target(ui.app, "aws-mla-c01");
        ui.frames(2);
        CHECK(ui.app.derived.readiness.rated == 0);
        app_choose_target(ui.app, "google-pmle");
        ui.frames(2);
        CHECK(ui.app.derived.readiness.rated == 1);
    }
    SECTION("reset asks for confirmation") {
        app_rate(ui.app, first->id, Rating::learning);
        ui.click("Reset...", "button");
        CHECK(ui.app.plan.answers.size() == 1);  // nothing yet: the dialog is open
        ui.click("Cancel", "button");
        CHECK(ui.app.plan.answers.size() == 1);
        ui.click("Reset...", "button");
        ui.click("Reset everything", "button");
        CHECK(ui.app.plan.answers.empty());
    }
}

TEST_CASE("the assess view states the ready rule with the core's own figures (core/readiness.h)") {
    UiHarness ui(1280, 4000);
    show_view(ui.views.view_state, View::assess);
    ui.frames(3);
    const std::string overall = certplan::percent(certplan::kReadyOverall), floor = certplan::percent(certplan::kReadyDomainFloor);
    CHECK(ui.has_text("at least " + overall + " overall and no domain below " + floor + "."));
    CHECK(ui.has_text("The line marks " + floor + ", the least each domain needs before booking."));
}
