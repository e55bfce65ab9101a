// The plan document's fields, declared once (core/plan.h): the declaration covers every member, and each field,
// whatever it is, compares, saves, travels in links and survives two tabs as declared.
#include <catch_amalgamated.hpp>

#include <set>

#include "storage.h"
#include "plan_edits.h"
#include "plan_merge.h"
#include "share_link.h"

using namespace certplan;

// A tripwire: these sizes change when PlanDocument or Profile gains or loses a member. Declare the new member in
// visit_plan_fields / visit_profile_fields (core/plan.h), give PlanEdits (tests/support/plan_edits.h) an edit for
// its type if it has a new one, then update the size here and the count below.
static_assert(sizeof(PlanDocument) == 560, "PlanDocument changed: declare the member in core/plan.h");
static_assert(sizeof(Profile) == 304, "Profile changed: declare the member in core/plan.h (visit_profile_fields)");

TEST_CASE("every member of the plan document is declared once, under its own key") {
    CHECK(plan_field_count() == 18);
    std::set<std::string> keys;
    visit_plan_fields([&](const PlanField& f, auto) {
        INFO(f.key);
        CHECK(keys.insert(f.key).second);
        CHECK(f.since >= 1);
        CHECK(f.since <= kPlanFormatVersion);
        CHECK(f.share_since <= kShareFormatVersion);
    });
    SECTION("the profile's questions are declared in profile_fields() order: a link stores them in it") {
        std::vector<std::string> declared;
        visit_profile_fields([&](const PlanField& f, auto) {
            if (f.coding == Coding::choice) declared.push_back(f.key);
        });
        std::vector<std::string> asked;
        for (const ProfileField& pf : profile_fields()) asked.push_back(pf.name);
        CHECK(declared == asked);
    }
}

TEST_CASE("each declared field, changed alone, is compared, saved, shared and merged") {
    std::mt19937 rng(29);
    const Catalog catalog = share_test_catalog(36, 20);
    PlanEdits edits{rng, catalog};
    for (int n = 0; n < plan_field_count(); ++n) {
        PlanField field{};
        visit_plan_fields([&, i = 0](const PlanField& f, auto) mutable {
            if (i++ == n) field = f;
        });
        INFO("field " << field.key);
        PlanDocument changed;
        for (int tries = 0; tries < 10 && changed == PlanDocument{}; ++tries) edits.edit_field(changed, n);
        REQUIRE_FALSE(changed == PlanDocument{});

        const PlanRead read = plan_from_json(plan_to_json(changed), "test");
        CHECK(read.lossless());
        CHECK(read.plan == changed);

        const ShareDecode shared = decode_share_fragment(encode_share_fragment(changed, catalog), catalog);
        REQUIRE(shared.ok);
        if (field.share_since > 0) CHECK(shared.plan == changed);
        else CHECK(shared.plan == PlanDocument{});  // not carried: the default

        // Tab A changed this field; tab B changed another (the answers, or the hours when this is the answers).
        PlanDocument theirs;
        edits.edit_field(theirs, std::string(field.key) == "answers" ? 7 : 13);
        if (field.group == 0) {  // grouped fields merge with their group (tested in plan_merge_test.cpp)
            const PlanDocument merged = merge_plans(PlanDocument{}, changed, theirs);
            PlanDocument expected = theirs;
            visit_plan_fields([&, i = 0](const PlanField&, auto get) mutable {
                if (i++ == n) get(expected) = get(changed);
            });
            CHECK(merged == expected);
        }
    }
}
