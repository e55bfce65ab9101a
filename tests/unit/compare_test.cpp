#include <catch_amalgamated.hpp>

#include "compare.h"
#include "date.h"

using namespace certplan;

namespace {
const int kToday = *parse_date("2026-12-06");

Credential cred(const std::string& id, const std::string& platform, Status status, std::optional<double> fee) {
    Credential c;
    c.id = id;
    c.name = "Cert " + id;
    c.short_name = id;
    c.platform = platform;
    c.kind = CredentialKind::exam;
    // Read at kToday: active since 2020, in beta since 2026-01-01, or retired after 2026-01-01.
    if (status == Status::active) c.status.events = {{"2020-01-01", Status::active}};
    if (status == Status::beta) c.status.events = {{"2026-01-01", Status::beta}};
    if (status == Status::retired) c.status.events = {{"", Status::active}, {"2026-01-01", Status::retired}};
    c.fee_usd.value = fee;
    return c;
}

std::vector<std::string> ids(const Catalog& cat, const std::vector<size_t>& rows) {
    std::vector<std::string> out;
    for (size_t i : rows) out.push_back(cat.credentials[i].id);
    return out;
}
}  // namespace

TEST_CASE("comparison sorts by any column with unknown values last, deterministically") {
    Catalog cat;
    cat.credentials = {cred("c", "aws", Status::active, 150), cred("a", "google-cloud", Status::active, 200),
                       cred("b", "azure", Status::retired, std::nullopt), cred("d", "aws", Status::beta, 150)};

    SECTION("by fee ascending: ties broken by id, unknown fee last") {
        auto rows = compare_rows(cat, {}, {CompareColumn::fee, false}, kToday);
        CHECK(ids(cat, rows) == std::vector<std::string>{"c", "d", "a", "b"});
    }
    SECTION("by fee descending: unknown fee still last") {
        auto rows = compare_rows(cat, {}, {CompareColumn::fee, true}, kToday);
        CHECK(ids(cat, rows) == std::vector<std::string>{"a", "c", "d", "b"});
    }
    SECTION("by status: active, then beta, then retired") {
        auto rows = compare_rows(cat, {}, {CompareColumn::status, false}, kToday);
        CHECK(ids(cat, rows) == std::vector<std::string>{"a", "c", "d", "b"});
    }
}

TEST_CASE("comparison filters by platform, status and fee") {
    Catalog cat;
    cat.credentials = {cred("c", "aws", Status::active, 150), cred("a", "google-cloud", Status::active, 200),
                       cred("b", "azure", Status::retired, std::nullopt), cred("d", "aws", Status::beta, 300)};
    CompareFilter f;
    SECTION("platform") {
        f.platform = "aws";
        CHECK(ids(cat, compare_rows(cat, f, {}, kToday)) == std::vector<std::string>{"c", "d"});
    }
    SECTION("no retired, no beta") {
        f.include_retired = false;
        f.include_beta = false;
        CHECK(ids(cat, compare_rows(cat, f, {}, kToday)) == std::vector<std::string>{"a", "c"});
    }
    SECTION("statuses are read at the day: before its retirement, b is not filtered out as retired") {
        f.include_retired = false;
        CHECK(ids(cat, compare_rows(cat, f, {}, *parse_date("2025-12-31"))) == std::vector<std::string>{"a", "b", "c", "d"});
    }
    SECTION("a fee limit keeps unknown fees listed") {
        f.max_fee_usd = 200;
        CHECK(ids(cat, compare_rows(cat, f, {}, kToday)) == std::vector<std::string>{"a", "b", "c"});
    }
}

TEST_CASE("the fee filter starts at $200 on a $0-$300 scale, a twentieth of it a step") {
    Catalog cat;
    cat.credentials = {cred("cheap", "aws", Status::active, 150), cred("usual", "aws", Status::active, 200),
                       cred("dear", "aws", Status::active, 300), cred("unknown", "aws", Status::active, std::nullopt)};
    CompareFilter f;
    SECTION("ticked: $200, so a $200 exam stays, a $300 one goes, an unknown fee stays (it may be cheap)") {
        f.max_fee_usd = fee_limit_when(true);
        CHECK(f.max_fee_usd == 200);
        CHECK(ids(cat, compare_rows(cat, f, {CompareColumn::fee, false}, kToday)) ==
              std::vector<std::string>{"cheap", "usual", "unknown"});
    }
    SECTION("cleared: no limit, all four") {
        f.max_fee_usd = fee_limit_when(false);
        CHECK(compare_rows(cat, f, {CompareColumn::fee, false}, kToday).size() == 4);
    }
    SECTION("the scale: $0 to $300, the first limit inside it, a step of (300 - 0) / 20 = $15") {
        CHECK(kFeeLimit.low == 0);
        CHECK(kFeeLimit.high == 300);
        CHECK(kFeeLimit.step * 20 == kFeeLimit.high - kFeeLimit.low);
        CHECK((kFeeLimit.first > kFeeLimit.low && kFeeLimit.first < kFeeLimit.high));
    }
}
