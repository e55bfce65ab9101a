#include <catch_amalgamated.hpp>

#include "catalog_load.h"
#include "date.h"
#include "embedded_catalog.h"
#include "status_dates.h"

using namespace certplan;

namespace {
int day(const char* iso) { return *parse_date(iso); }

Catalog one(Status value, const std::string& since, const std::string& retired_on, const std::string& beta_ends) {
    Catalog c;
    Credential k;
    k.id = "x";
    k.status.value = value;
    k.status.since = since;
    k.status.retired_on = retired_on;
    k.status.beta_ends = beta_ends;
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

TEST_CASE("a status that contradicts its own dates fails the data check") {
    const int today = day("2026-11-27");
    SECTION("an active exam whose retirement day has passed") {
        auto ps = status_date_contradictions(one(Status::active, "", "2026-06-30", ""), today);
        REQUIRE(ps.size() == 1);
        CHECK(says(ps, "credentials[0].status.value", "is \"active\", but retired_on (2026-06-30) has passed"));
    }
    SECTION("a beta whose announced end has passed") {
        auto ps = status_date_contradictions(one(Status::beta, "2026-04-21", "", "2026-06-01"), today);
        REQUIRE(ps.size() == 1);
        CHECK(says(ps, "credentials[0].status.value", "the beta ended on 2026-06-01"));
    }
    SECTION("a retired exam whose retirement day is still to come") {
        auto ps = status_date_contradictions(one(Status::retired, "", "2027-01-31", ""), today);
        REQUIRE(ps.size() == 1);
        CHECK(says(ps, "credentials[0].status.value", "is still to come"));
    }
    SECTION("a status that starts in the future") {
        auto ps = status_date_contradictions(one(Status::active, "2027-01-01", "", ""), today);
        REQUIRE(ps.size() == 1);
        CHECK(says(ps, "credentials[0].status.since", "is after today"));
    }
    SECTION("dates on the edge: retired today is retired, a beta ending today is still a beta") {
        CHECK(status_date_contradictions(one(Status::retired, "", "2026-11-27", ""), today).empty());
        CHECK(status_date_contradictions(one(Status::beta, "2026-04-21", "", "2026-11-27"), today).size() == 0);
        CHECK(status_date_contradictions(one(Status::active, "", "2026-11-27", ""), today).size() == 1);
    }
    SECTION("statuses that agree with their dates, or have none") {
        CHECK(status_date_contradictions(one(Status::active, "2024-10-08", "", ""), today).empty());
        CHECK(status_date_contradictions(one(Status::beta, "2026-04-21", "", ""), today).empty());
        CHECK(status_date_contradictions(one(Status::retired, "", "2026-03-31", ""), today).empty());
    }
    SECTION("the shipped catalog agrees with its dates on the day it was last checked") {
        CatalogLoad l = load_catalog(embedded_catalog_files());
        REQUIRE(l.ok());
        const Problems ps = status_date_contradictions(l.catalog, day(l.catalog.last_checked.c_str()));
        for (const auto& p : ps) UNSCOPED_INFO(p.text());
        CHECK(ps.empty());
    }
}
