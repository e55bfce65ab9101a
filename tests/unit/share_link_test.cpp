#include <catch_amalgamated.hpp>

#include <fstream>
#include <random>
#include <sstream>

#include "base64url.h"
#include "crc32.h"
#include "date.h"
#include "availability.h"
#include "share_link.h"
#include "test_catalog.h"

using namespace certplan;

namespace {
Catalog test_catalog(int google_items = 36) { return share_test_catalog(google_items); }

PlanDocument random_plan(std::mt19937& rng, const Catalog& c) {
    PlanDocument p;
    p.credential = c.credentials[rng() % c.credentials.size()].id;
    for (const ProfileField& f : profile_fields()) {
        size_t pick = rng() % (f.values.size() + 1);
        if (pick > 0) set_profile_value(p.profile, f.name, f.values[pick - 1]);
    }
    const unsigned half_hours = rng() % 337;
    if (half_hours > 0) p.profile.hours_per_week = half_hours / 2.0;  // 0: not answered (a link cannot tell the two apart)
    if (rng() % 2) p.profile.target_date = format_date(*parse_date("2026-01-01") + int(rng() % 2000));
    if (rng() % 2) p.profile.start_date = format_date(*parse_date("2020-01-01") + int(rng() % 5000));
    p.profile.exam_plan_chosen = rng() % 2;
    p.target_chosen = rng() % 2;
    for (int k = int(rng() % 4); k > 0; --k)  // weeks off: Mondays from 2026-01-05 on
        toggle_unavailable_week(p.profile.unavailable_weeks, *parse_date("2026-01-05") + 7 * int(rng() % 200));
    for (const Checklist& cl : c.checklists) {
        if (rng() % 3 == 0) continue;
        Answers a;
        for (const auto& item : cl.items) {
            int r = int(rng() % kRatingCount);
            if (r) a[item.id] = Rating(r);
        }
        if (!a.empty()) p.answers[cl.credential] = a;
    }
    // Check-ins: Mondays from 2026-01-05, runs of consecutive weeks and gaps, half hours, up to 32 tasks.
    for (int k = int(rng() % 14), monday = *parse_date("2026-01-05") + 7 * int(rng() % 50); k > 0; --k) {
        monday += 7 * (rng() % 3 == 0 ? 1 + int(rng() % 5) : 1);
        p.progress[monday] = {(rng() % 337) / 2.0, uint32_t(rng())};
    }
    for (int k = int(rng() % 3); k > 0; --k)
        p.replans.push_back({*parse_date("2026-01-05") + 7 * int(rng() % 300), double(1 + rng() % 168)});
    return p;
}

PlanDocument full_google_plan(const Catalog& c) {
    PlanDocument p;
    p.profile = {"software-engineer", "large-enterprise", "google-cloud", "yes", "switch-into-ml", "cert-or-build", 7.5,
                 "2027-03-15", "2026-11-30", {}};
    for (const auto& item : c.checklist("google-pmle")->items) p.answers["google-pmle"][item.id] = Rating::in_production;
    return p;
}
}  // namespace

TEST_CASE("base64url and CRC-32 match their published test vectors", "[share]") {
    CHECK(base64url_encode({0xfb, 0xff}) == "-_8");
    CHECK(base64url_encode({'f', 'o', 'o', 'b', 'a', 'r'}) == "Zm9vYmFy");
    CHECK(base64url_encode({'f', 'o'}) == "Zm8");
    CHECK(base64url_decode("Zm9vYmFy") == std::vector<uint8_t>{'f', 'o', 'o', 'b', 'a', 'r'});
    CHECK_FALSE(base64url_decode("Zm9v+mFy").has_value());  // '+' is not base64url
    CHECK_FALSE(base64url_decode("Z").has_value());         // 4n+1 characters cannot be
    const char* check = "123456789";
    CHECK(crc32(reinterpret_cast<const uint8_t*>(check), 9) == 0xCBF43926u);
}

TEST_CASE("links round-trip every plan exactly", "[share]") {
    Catalog c = test_catalog();
    std::mt19937 rng(20261123);
    for (int i = 0; i < 500; ++i) {
        PlanDocument p = random_plan(rng, c);
        ShareDecode d = decode_share_fragment(encode_share_fragment(p, c), c);
        REQUIRE(d.ok);
        CHECK(d.problems.empty());
        REQUIRE(d.plan == p);
    }
}

TEST_CASE("a complete Google assessment and profile fit in 200 characters", "[share]") {
    Catalog c = test_catalog(36);
    std::string link = encode_share_fragment(full_google_plan(c), c);
    INFO(link);
    CHECK(link.size() + std::string("plan=").size() <= 200);
}

TEST_CASE("every kind of damaged link is refused with a message, never a crash", "[share]") {
    Catalog c = test_catalog();
    std::mt19937 rng(7);
    const std::string good = encode_share_fragment(random_plan(rng, c), c);
    REQUIRE(decode_share_fragment(good, c).ok);
    SECTION("accepted forms: #plan=, plan= and bare") {
        CHECK(decode_share_fragment("#plan=" + good, c).ok);
        CHECK(decode_share_fragment("plan=" + good, c).ok);
    }
    SECTION("every truncation") {
        for (size_t n = 0; n < good.size(); ++n) {
            ShareDecode d = decode_share_fragment(good.substr(0, n), c);
            CHECK_FALSE(d.ok);
            CHECK_FALSE(d.message().empty());
        }
    }
    SECTION("every single-character alteration") {
        const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        for (size_t i = 0; i < good.size(); ++i) {
            std::string bad = good;
            bad[i] = alphabet[(alphabet.find(good[i]) + 1 + i % 60) % 64];
            ShareDecode d = decode_share_fragment(bad, c);
            CHECK_FALSE(d.ok);  // the checksum covers every byte; the last character's spare bits must be zero
            CHECK_FALSE(d.message().empty());
        }
    }
    SECTION("garbage, empty and enormous") {
        CHECK(decode_share_fragment("", c).message() == "the link carries no plan");
        CHECK(decode_share_fragment("#plan=", c).message() == "the link carries no plan");
        CHECK(decode_share_fragment("plan=<script>alert(1)</script>", c).message().find("damaged") != std::string::npos);
        CHECK(decode_share_fragment(std::string(100000, 'A'), c).message().find("too long") != std::string::npos);
        for (int i = 0; i < 2000; ++i) {
            std::string junk;
            for (int k = int(rng() % 120); k > 0; --k) junk += char(32 + rng() % 95);
            CHECK_NOTHROW(decode_share_fragment(junk, c));
        }
    }
    SECTION("from a future version, with a valid checksum") {
        std::vector<uint8_t> bytes = {uint8_t(kShareFormatVersion + 1), 0, 0, 0};
        uint32_t crc = crc32(bytes.data(), bytes.size());
        for (int s = 24; s >= 0; s -= 8) bytes.push_back(uint8_t(crc >> s));
        ShareDecode d = decode_share_fragment(base64url_encode(bytes), c);
        CHECK_FALSE(d.ok);
        CHECK(d.message().find("newer version") != std::string::npos);
    }
}

TEST_CASE("a link from a larger catalog keeps what this version knows and says what it left out", "[share]") {
    Catalog big = test_catalog(40), small = test_catalog(36);
    PlanDocument p = full_google_plan(big);
    ShareDecode d = decode_share_fragment(encode_share_fragment(p, big), small);
    REQUIRE(d.ok);
    CHECK(d.plan.answers_for("google-pmle").size() == 36);
    REQUIRE(d.problems.size() == 1);
    CHECK(d.problems[0].message.find("4 answers were") != std::string::npos);
}

TEST_CASE("a link made against a checklist that has since changed is not misread", "[share]") {
    Catalog before = test_catalog();
    PlanDocument p = full_google_plan(before);
    const std::string link = encode_share_fragment(p, before);
    Catalog after = test_catalog();
    auto& items = after.checklists[0].items;
    std::swap(items[0], items[1]);  // the same items, in another order
    ShareDecode d = decode_share_fragment(link, after);
    REQUIRE(d.ok);
    CHECK(d.plan.answers_for("google-pmle").empty());
    REQUIRE(d.problems.size() == 1);
    CHECK(d.problems[0].message.find("checklist changed") != std::string::npos);
    CHECK(d.plan.profile == p.profile);
}

TEST_CASE("a link made before an item was removed and others appended drops that checklist's answers, not the rest", "[share]") {
    // What 2026's re-based checklists do to old links: the Google list loses its third item (gp-1-3) and
    // gains new ones at the end. Positions after the removed item would shift, so the fingerprint refuses them.
    Catalog before = test_catalog();
    PlanDocument p = full_google_plan(before);
    p.answers["aws-mla-c01"][before.checklists[1].items[0].id] = Rating::learning;
    const std::string link = encode_share_fragment(p, before);
    Catalog after = test_catalog();
    auto& items = after.checklists[0].items;
    items.erase(items.begin() + 2);
    for (int i = 0; i < 7; ++i) items.push_back({"google-pmle-new-" + std::to_string(i), "d1", "1", "new"});
    ShareDecode d = decode_share_fragment(link, after);
    REQUIRE(d.ok);
    CHECK(d.plan.answers_for("google-pmle").empty());
    CHECK(d.plan.answers_for("aws-mla-c01").size() == 1);  // an unchanged checklist keeps its answers
    REQUIRE(d.problems.size() == 1);
    CHECK(d.problems[0].message == "the google-pmle checklist changed since the link was made: its 36 answers were left out rather than misread");
}

TEST_CASE("a spare bit set in the last character is refused, so a link has one spelling", "[share]") {
    CHECK(base64url_decode("Zm8").has_value());
    CHECK_FALSE(base64url_decode("Zm9").has_value());  // "fo" with a stray low bit
}

TEST_CASE("links made by version 1 keep working (stored fixture)", "[share]") {
    std::ifstream in(std::string(CERTPLAN_SOURCE_DIR) + "/tests/fixtures/share-v1.txt");
    std::string link;
    std::getline(in, link);
    REQUIRE_FALSE(link.empty());
    Catalog c = test_catalog();
    ShareDecode d = decode_share_fragment(link, c);
    REQUIRE(d.ok);
    PlanDocument expected = full_google_plan(c);
    expected.credential = "aws-mla-c01";
    expected.target_chosen = true;  // before version 3, a credential other than the old default was the user's pick
    expected.answers["aws-mla-c01"]["aws-mla-c01-3"] = Rating::learning;
    CHECK(d.plan == expected);
}

TEST_CASE("version 3 carries whether the user chose the target", "[share]") {
    Catalog c = test_catalog();
    PlanDocument p = full_google_plan(c);
    SECTION("not chosen: the advice's first credential stays the target when the link is opened") {
        ShareDecode d = decode_share_fragment(encode_share_fragment(p, c), c);
        REQUIRE(d.ok);
        CHECK(d.version == kShareFormatVersion);
        CHECK_FALSE(d.plan.target_chosen);
    }
    SECTION("chosen: the user's pick travels") {
        p.target_chosen = true;
        ShareDecode d = decode_share_fragment(encode_share_fragment(p, c), c);
        REQUIRE(d.ok);
        CHECK(d.plan.target_chosen);
        CHECK(d.plan.credential == "google-pmle");
    }
}

TEST_CASE("version 4 on carries the check-ins compactly: 12 weeks all checked in stay well under 200 characters", "[share]") {
    Catalog c = test_catalog(36);
    PlanDocument p = full_google_plan(c);
    const std::string without = encode_share_fragment(p, c);
    const int first = *parse_date("2026-11-30");
    for (int week = 0; week < 12; ++week) p.progress[first + 7 * week] = {7.5 + week % 3, 0b111};  // three tasks ticked each
    const std::string with = encode_share_fragment(p, c);
    INFO(with);
    CHECK(std::string(kSharePrefix).size() + with.size() <= 200);
    CHECK(with.size() - without.size() <= 44);  // about 3.5 characters a week (version 5: a 6-bit task count)
    ShareDecode d = decode_share_fragment(with, c);
    REQUIRE(d.ok);
    CHECK(d.plan == p);
    SECTION("a check-in that is not a Monday is refused as damage") {
        PlanDocument bad = full_google_plan(c);
        bad.progress[first + 1] = {1, 0};
        CHECK_FALSE(decode_share_fragment(encode_share_fragment(bad, c), c).ok);
    }
}

TEST_CASE("a link pasted with the punctuation chat apps and mail add after it still opens", "[share]") {
    Catalog c = test_catalog();
    std::mt19937 rng(20261206);
    PlanDocument p = random_plan(rng, c);
    const std::string link = "#plan=" + encode_share_fragment(p, c);
    for (const char* tail : {".", ")", ").", "\"", ",", "!"}) {
        SECTION(std::string("ending in ") + tail) {
            ShareDecode d = decode_share_fragment(link + tail, c);
            REQUIRE(d.ok);
            CHECK(d.plan == p);
        }
    }
    SECTION("trim_pasted_link drops only what no link ends with") {
        CHECK(trim_pasted_link("plan=AbC-_9).") == "plan=AbC-_9");
        CHECK(trim_pasted_link("plan=AbC-_9") == "plan=AbC-_9");
        CHECK(trim_pasted_link(").") == "");
    }
}

TEST_CASE("version 5 carries a week's every task, the 32nd included", "[share]") {
    Catalog c = test_catalog(36);
    PlanDocument p = full_google_plan(c);
    const int monday = *parse_date("2026-11-30");
    p.progress[monday] = {4, 1u << 31 | 1u};  // the first and the 32nd task ticked (version 4 dropped the 32nd)
    p.progress[monday + 7] = {2, 0xFFFFFFFFu};
    ShareDecode d = decode_share_fragment(encode_share_fragment(p, c), c);
    REQUIRE(d.ok);
    CHECK(d.version == 5);
    CHECK(d.plan.progress == p.progress);
}

TEST_CASE("links made by version 4 keep working (stored fixture, written by version 4's code)", "[share]") {
    std::ifstream in(std::string(CERTPLAN_SOURCE_DIR) + "/tests/fixtures/share-v4.txt");
    std::string link;
    std::getline(in, link);
    REQUIRE_FALSE(link.empty());
    Catalog c = test_catalog();
    ShareDecode d = decode_share_fragment(link, c);
    REQUIRE(d.ok);
    CHECK(d.version == 4);
    PlanDocument expected = full_google_plan(c);
    expected.target_chosen = true;
    expected.profile.unavailable_weeks = {*parse_date("2026-12-21")};
    expected.progress[*parse_date("2026-11-30")] = {7.5, 0b101};
    expected.progress[*parse_date("2026-12-07")] = {3, 0x7FFFFFFFu};
    expected.replans.push_back({*parse_date("2026-12-14"), 9});
    CHECK(d.plan == expected);
}
