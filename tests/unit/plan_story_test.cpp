// Issue 26, points 4 and 5: what the self-assessment (calibrated by Check me) shows known shortens the plan, and
// the hours a domain gets follow how far it is from ready, the weakest first.
#include <catch_amalgamated.hpp>

#include "data_catalog.h"

#include "figures.h"
#include "study_path.h"

using namespace certplan;
using Catch::Approx;

namespace {
const int kMonday = 20780;  // Mon 2026-11-23

PlanDocument rated_all(Rating rating, const std::string& background) {
    PlanDocument plan;
    plan.target_chosen = true;
    plan.profile.background = background;
    for (const ChecklistItem& item : data_catalog().checklist("google-pmle")->items) plan.answers["google-pmle"][item.id] = rating;
    return plan;
}

double phase_hours(const StudyPlan& p, Phase phase) {
    double h = 0;
    for (const StudyWeek& w : p.weeks)
        for (const StudyTask& t : w.tasks)
            if (t.phase == phase) h += t.hours;
    return h;
}
}  // namespace

TEST_CASE("issue 26.4: a career switcher who can explain every PMLE item is not sent through fourteen weeks of foundations") {
    // software-engineer: foundations 90-180 h, exam 40-80 h. "Can explain it" everywhere: 80% ready, gap 25%.
    const Figures f = derive(data_catalog(), rated_all(Rating::can_explain, "software-engineer"), kMonday);
    REQUIRE(f.readiness.ready_to_book);
    CHECK(f.estimate.gap == Approx(0.25));
    CHECK(f.estimate.foundations_low == Approx(22.5));  // 90 x 0.25 (was 90: "10-20 weeks (100-200 hours)")
    CHECK(f.estimate.foundations_high == Approx(45));
    CHECK(f.estimate.hours_low == Approx(32.5));       // + 40 x 0.25
    CHECK(f.estimate.hours_high == Approx(65));
    CHECK(f.estimate.weeks_low == 4);
    CHECK(f.estimate.weeks_high == 7);
    CHECK(phase_hours(f.study_plan, Phase::foundations) <= 34);  // the middle 33.75 h, in whole hours
    SECTION("a high self-rating with no check taken suggests Check me first; a finished check confirms it") {
        CHECK(check_first_note(f.readiness).find("take Check me on each domain before you book") != std::string::npos);
        PlanDocument checked = rated_all(Rating::can_explain, "software-engineer");
        for (const Question* q : data_catalog().questions_for("google-pmle", "d1")) checked.checks[q->id] = uint8_t(q->best());  // all right
        CHECK(check_first_note(derive(data_catalog(), checked, kMonday).readiness).empty());
    }
    SECTION("nothing rated: the foundations stay whole (nothing is assumed known)") {
        PlanDocument blank;
        blank.profile.background = "software-engineer";
        const Figures g = derive(data_catalog(), blank, kMonday);
        CHECK(g.estimate.foundations_low == Approx(90));
    }
}

TEST_CASE("issue 26.5: a failed check adds the domain's own hours, and its prep comes first") {
    // Every item "done it in production" (100%), then domain 1 (weight 13 of 101) checked at 1 of its n questions.
    PlanDocument plan = rated_all(Rating::in_production, "working-ml");
    const Figures before = derive(data_catalog(), plan, kMonday);
    CHECK(before.estimate.gap == Approx(0.25));  // the review floor
    const auto d1 = data_catalog().questions_for("google-pmle", "d1");
    for (size_t i = 0; i < d1.size(); ++i) plan.checks[d1[i]->id] = uint8_t(i == 0 ? d1[i]->best() : (d1[i]->best() + 1) % 4);
    const Figures f = derive(data_catalog(), plan, kMonday);
    REQUIRE(f.readiness.domains[0].lowered);
    // Domain by domain: 88/101 at the floor 0.25, 13/101 at 1 - 1/n.
    const double gap = 88.0 / 101 * 0.25 + 13.0 / 101 * (1 - 1.0 / double(d1.size()));
    CHECK(f.estimate.gap == Approx(gap));
    CHECK(f.estimate.hours_high == Approx(80 * gap));  // was 80 x 0.25 = 20: the overall 91% hid the failed domain
    // The failed domain's prep comes before the courses: the plan's first task that is not a foundation is d1's.
    const StudyTask* first = nullptr;
    for (const StudyWeek& w : f.study_plan.weeks)
        for (const StudyTask& t : w.tasks)
            if (!first && t.phase != Phase::foundations) first = &t;
    REQUIRE(first);
    CHECK(first->domain_id == "d1");
    CHECK(first->phase == Phase::platform);
    CHECK(f.study_plan.weeks[0].tasks[0].domain_id == "d1");
}

TEST_CASE("issue 26.10: a practice week links a practice resource, else certplan's Check me, never the exam guide") {
    SECTION("the rule: a practice resource when the path has one; none otherwise") {
        StudyResource guide, practice, path;
        guide.kind = ResourceKind::exam_guide;
        practice.kind = ResourceKind::practice;
        path.kind = ResourceKind::learning_path;
        path.domains = guide.domains = {"d1"};
        const std::vector<StudyResource> both = {guide, practice};
        REQUIRE(practice_resource(both));
        CHECK(practice_resource(both)->kind == ResourceKind::practice);
        const std::vector<StudyResource> only_guide = {guide};
        CHECK(practice_resource(only_guide) == nullptr);
        // A domain's prep names something to do (a learning path) before something to read (the guide).
        const std::vector<StudyResource> guide_first = {guide, path};
        REQUIRE(resource_for_domain(guide_first, "d1"));
        CHECK(resource_for_domain(guide_first, "d1")->kind == ResourceKind::learning_path);
    }
    SECTION("Google's practice resource is certplan's Check me: the practice weeks name it, with no link to the guide") {
        PlanDocument plan;
        const Figures f = derive(data_catalog(), plan, kMonday);
        int practice = 0;
        for (const StudyWeek& w : f.study_plan.weeks)
            for (const StudyTask& t : w.tasks)
                if (t.phase == Phase::practice) {
                    ++practice;
                    CHECK(t.resource_id == "gp-check-me");
                    CHECK(t.title == "Check me: certplan's scenario questions (Assess)");
                    CHECK(t.url.empty());
                }
        CHECK(practice > 0);
    }
}
