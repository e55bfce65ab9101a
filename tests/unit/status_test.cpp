// A credential's status is its dated events read at today (core/status.h). Figures worked by hand from the
// MLA-C01 -> MLA-C02 change: C01 generally available from 2024-10-08, its English delivery's last day 2026-09-28;
// C02's beta from 2026-09-29 (English only), its standard version from 2027-01-14.
#include <catch_amalgamated.hpp>

#include "date.h"
#include "status.h"

using namespace certplan;

namespace {
int day(const char* iso) { return *parse_date(iso); }

StatusEvent event(const char* on, Status becomes, std::vector<std::string> languages = {}) {
    StatusEvent e;
    e.on = on;
    e.becomes = becomes;
    e.languages = std::move(languages);
    e.source = "s";
    e.as_of = "2026-10";
    return e;
}

Catalog two_versions() {
    Catalog c;
    Credential c01;
    c01.id = "c01";
    c01.short_name = "C01";
    c01.status.events = {event("2024-10-08", Status::active), event("2026-09-28", Status::retired, {"English"})};
    c01.status.successors = {"c02"};
    Credential c02;
    c02.id = "c02";
    c02.short_name = "C02";
    c02.status.events = {event("2026-09-29", Status::beta, {"English"}), event("2027-01-14", Status::active)};
    c02.status.events[1].verified = false;
    c.credentials = {c01, c02};
    return c;
}
}  // namespace

TEST_CASE("moving today across a credential's dated events, its status follows") {
    const Catalog c = two_versions();
    const Credential& c01 = c.credentials[0];
    const Credential& c02 = c.credentials[1];
    SECTION("the day before the first event: announced, with the event to come") {
        const StatusAt s = status_at(c01, day("2024-10-07"));
        CHECK(s.value == Status::announced);
        CHECK(s.current == nullptr);
        REQUIRE(s.next == &c01.status.events[0]);
        CHECK(status_cell(s) == "Opens 2024-10-08");
    }
    SECTION("from the day it opens: active, its retirement announced next") {
        const StatusAt s = status_at(c01, day("2024-10-08"));
        CHECK(s.value == Status::active);
        CHECK(s.current == &c01.status.events[0]);
        CHECK(s.next == &c01.status.events[1]);
        CHECK(status_sentence(s) == "Generally available since 2024-10-08. Announced: the last exam day in English is 2026-09-28.");
    }
    SECTION("on its last exam day it can still be taken") {
        CHECK(status_at(c01, day("2026-09-28")).value == Status::active);
    }
    SECTION("the day after the last exam day: retired, with nothing to come") {
        const StatusAt s = status_at(c01, day("2026-09-29"));
        CHECK(s.value == Status::retired);
        CHECK(s.current == &c01.status.events[1]);
        CHECK(s.next == nullptr);
        CHECK(status_cell(s) == "Ended in English 2026-09-28");
        CHECK(status_sentence(s) == "Its English delivery ended on 2026-09-28.");
    }
    SECTION("the successor: announced, then beta in English, then active from its standard version's day") {
        CHECK(status_at(c02, day("2026-09-28")).value == Status::announced);
        const StatusAt beta = status_at(c02, day("2026-09-29"));
        CHECK(beta.value == Status::beta);
        CHECK(status_cell(beta) == "Beta since 2026-09-29");
        CHECK(status_sentence(beta) ==
              "In beta since 2026-09-29 (English only). Announced: the standard version from 2027-01-14 (unverified).");
        CHECK(status_at(c02, day("2027-01-13")).value == Status::beta);
        CHECK(status_at(c02, day("2027-01-14")).value == Status::active);
        CHECK(status_at(c02, day("2027-01-14")).next == nullptr);
    }
    SECTION("the last exam day is the retired event's own day") {
        CHECK(last_day(c01) == day("2026-09-28"));
        CHECK_FALSE(last_day(c02).has_value());
    }
    SECTION("an undated first event is in force since always") {
        Credential k;
        k.status.events = {event("", Status::active), event("2026-03-31", Status::retired)};
        CHECK(status_at(k, day("1999-01-01")).value == Status::active);
        CHECK(status_at(k, day("2026-04-01")).value == Status::retired);
        CHECK(status_cell(status_at(k, day("2026-04-01"))) == "Retired 2026-03-31");
    }
}

TEST_CASE("a retired credential's current successor is the first one open on the day, following successors on") {
    Catalog c = two_versions();
    CHECK(current_successor(c, c.credentials[0], day("2026-09-28"))->id == "c01");  // not retired yet: itself
    CHECK(current_successor(c, c.credentials[0], day("2026-09-29"))->id == "c02");
    SECTION("a chain: an older exam retired into C01 leads to C02 once C01 has ended") {
        Credential old;
        old.id = "old";
        old.status.events = {event("", Status::active), event("2026-03-31", Status::retired)};
        old.status.successors = {"c01"};
        c.credentials.push_back(old);
        CHECK(current_successor(c, c.credentials[2], day("2026-06-01"))->id == "c01");
        CHECK(current_successor(c, c.credentials[2], day("2026-12-06"))->id == "c02");
    }
    SECTION("no successor, or successors in a loop: none") {
        c.credentials[0].status.successors.clear();
        CHECK(current_successor(c, c.credentials[0], day("2026-12-06")) == nullptr);
        c.credentials[0].status.successors = {"c01"};
        CHECK(current_successor(c, c.credentials[0], day("2026-12-06")) == nullptr);
    }
}
