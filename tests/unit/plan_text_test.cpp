// The plan's text worded once (issue 25, core/plan_text.h): the sentences the Plan view and the exports share.
#include <catch_amalgamated.hpp>

#include "data_catalog.h"
#include "figures.h"
#include "plan_text.h"

using namespace certplan;

TEST_CASE("what each answer changes is read from the rules that use it") {
    const Advice& a = data_catalog().advice;
    // background: criteria (transitioning, experienced), first-choice rules (new-to-ml), the estimate's hours.
    CHECK(answer_effect(a, "background") == "Changes the verdict, which credential to take first, and the prep-time estimate.");
    // cloud: a criterion (platform-daily) and first-choice rules (aws-first, azure-team, …).
    CHECK(answer_effect(a, "cloud") == "Changes the verdict and which credential to take first.");
    CHECK(answer_effect(a, "employer") == "Changes the verdict on whether to certify.");
    SECTION("a field no rule reads changes nothing, and says nothing") {
        CHECK(answer_effect(a, "no-such-field").empty());
        Advice only_first;
        FirstChoiceRule r;
        r.when = {{"cloud", {"aws"}}};
        only_first.first_choice.push_back(r);
        CHECK(answer_effect(only_first, "cloud") == "Changes which credential to take first.");
    }
}

TEST_CASE("what the hours slider changes: a re-plan's hours while one is in force, else the estimate and the plan") {
    CHECK(hours_effect(false, false) == "Changes the prep-time estimate and the length of the week-by-week plan.");
    CHECK(hours_effect(false, true) == "Changes the hours of the re-plan in force, and the estimate.");
    SECTION("not set yet: it says the figure is assumed") {
        CHECK(hours_effect(true, false) == "Assumed until you set it. Changes the prep-time estimate and the length of the week-by-week plan.");
    }
}

TEST_CASE("the plan's shared sentences: progress, weeks with no study, the check-in's most hours") {
    Pace p;
    p.hours_done = 12;
    p.hours_planned_to_date = 16;
    p.hours_remaining = 40;
    p.hours_total = 56;
    CHECK(progress_line(p) == "Done 12 h of 16 h planned to date; 40 h left of 56 h.");
    StudyWeek off, free, study;
    off.phase = Phase::off;
    free.phase = Phase::free;
    study.phase = Phase::core;
    study.hours = 24;
    CHECK(no_study_line(off) == "No study: marked unavailable");
    CHECK(no_study_line(free) == "No study planned: the plan needs less than an hour a week");
    CHECK(no_study_line(study).empty());
    CHECK(logged_hours_max(study) == 48);
    study.hours = 8;
    CHECK(logged_hours_max(study) == 40);
}

TEST_CASE("the trade-off's effect is the verdict the rules give with it checked and unchecked, for this user") {
    // build-instead: a "skip when" case of weight 1 (data/advice.json). Its effect is what the rules make of it.
    const int today = 20780;  // Mon 2026-11-23
    PlanDocument plan;
    plan.profile.background = "working-ml";
    const auto effect = [&](const std::string& tradeoff) {
        plan.profile.tradeoff = tradeoff;
        return derive(data_catalog(), plan, today).tradeoff_effect;
    };
    SECTION("nothing else weighs for or against: checking it makes the verdict Skip, and says so") {
        // Unchecked: no criterion matches (score 0, "Optional"); checked: skip 1 (score -1, "Skip it").
        CHECK(effect("") == "Checking it adds a reason to skip certifying that makes the verdict "
                            "\"Skip it: build a portfolio instead\".");
        CHECK(effect("cert-or-build") == "Checked, it is a reason to skip certifying that makes the verdict "
                                         "\"Skip it: build a portfolio instead\" (unchecked: \"Optional: it depends on your goals\").");
    }
    SECTION("an employer that pays (pursue 2) outweighs it: the verdict stays Pursue, and it never claims Skip") {
        // Unchecked: pursue 2 (score 2); checked: pursue 2, skip 1 (score 1): "Pursue" both ways.
        plan.profile.employer_pays = "yes";
        CHECK(derive(data_catalog(), plan, today).advice.verdict == Verdict::pursue);
        CHECK(effect("") == "Checking it adds a reason to skip certifying; with your other answers the verdict stays "
                            "\"Pursue certification\".");
        CHECK(effect("cert-or-build") == "Checked, it is a reason to skip certifying; with your other answers the verdict "
                                         "stays \"Pursue certification\".");
        CHECK(derive(data_catalog(), plan, today).advice.verdict == Verdict::pursue);
    }
    SECTION("a new-to-ML user is told foundations first either way: the first-choice rule decides, not the score") {
        plan.profile.background = "new-to-ml";
        CHECK(effect("cert-or-build").find("the verdict stays \"Foundations first, then certify\"") != std::string::npos);
    }
}
