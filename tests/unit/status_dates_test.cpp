#include <catch_amalgamated.hpp>

#include "catalog_load.h"
#include "embedded_catalog.h"
#include "status_dates.h"

using namespace certplan;

namespace {
StatusEvent event(const char* on, Status becomes, std::vector<std::string> languages = {}) {
    StatusEvent e;
    e.on = on;
    e.becomes = becomes;
    e.languages = std::move(languages);
    return e;
}

Catalog one(std::vector<StatusEvent> events, std::vector<std::string> successors = {"y"}) {
    Catalog c;
    Credential k;
    k.id = "x";
    k.kind = CredentialKind::exam;
    k.status.events = std::move(events);
    k.status.successors = std::move(successors);
    c.credentials.push_back(k);
    return c;
}

bool says(const Problems& ps, const std::string& field, const std::string& words) {
    for (const auto& p : ps)
        if (p.file == "data/credentials.json" && p.field == field && p.message.find(words) != std::string::npos) return true;
    for (const auto& p : ps) UNSCOPED_INFO(p.text());
    return false;
}
}  // namespace

TEST_CASE("status events out of order, or a status its own dates contradict, fail the data check") {
    SECTION("an event dated before the one above it") {
        auto ps = status_event_problems(one({event("2026-04-14", Status::active), event("2025-11-18", Status::beta)}));
        CHECK(says(ps, "credentials[0].status.events[1].on", "is before the event above it (2026-04-14): events go in date order"));
    }
    SECTION("two events on one day") {
        auto ps = status_event_problems(one({event("2026-04-14", Status::beta), event("2026-04-14", Status::active)}));
        CHECK(says(ps, "credentials[0].status.events[1].on", "one event per day"));
    }
    SECTION("a status going back: beta after active") {
        auto ps = status_event_problems(one({event("2026-04-14", Status::active), event("2026-06-01", Status::beta)}));
        CHECK(says(ps, "credentials[0].status.events[1].becomes", "\"beta\" after \"active\" on 2026-04-14: its own dates contradict it"));
    }
    SECTION("anything after a retirement in every language") {
        auto ps = status_event_problems(one({event("", Status::active), event("2026-03-31", Status::retired), event("2026-06-01", Status::active)}));
        CHECK(says(ps, "credentials[0].status.events[2]", "a retired exam does not come back"));
    }
    SECTION("an undated event after the first") {
        auto ps = status_event_problems(one({event("2026-04-14", Status::beta), event("", Status::active)}));
        CHECK(says(ps, "credentials[0].status.events[1].on", "only the first event may be undated"));
    }
    SECTION("no events at all") {
        CHECK(says(status_event_problems(one({})), "credentials[0].status.events", "is empty"));
    }
    SECTION("a retiring exam with no successor") {
        auto ps = status_event_problems(one({event("", Status::active), event("2026-03-31", Status::retired)}, {}));
        CHECK(says(ps, "credentials[0].status.successors", "a retiring exam must name its successor"));
    }
    SECTION("histories that make sense pass, whatever the day") {
        CHECK(status_event_problems(one({event("2025-11-18", Status::beta), event("2026-04-14", Status::active)}, {})).empty());
        // English ends first, then every language: a retirement may widen.
        CHECK(status_event_problems(one({event("", Status::active), event("2026-09-28", Status::retired, {"English"}),
                                         event("2027-03-31", Status::retired)})).empty());
        // A beta in English, then in more languages, then the standard version.
        CHECK(status_event_problems(one({event("2026-09-29", Status::beta, {"English"}), event("2026-11-01", Status::beta, {"English", "Japanese"}),
                                         event("2027-01-14", Status::active)}, {})).empty());
    }
    SECTION("the shipped catalog passes") {
        CatalogLoad l = load_catalog(embedded_catalog_files());
        for (const auto& p : l.problems) UNSCOPED_INFO(p.text());
        CHECK(l.ok());
    }
}
