// The plan's text worded once (issue 25, core/plan_text.h): the sentences the Plan view and the exports share.
#include <catch_amalgamated.hpp>

#include "data_catalog.h"
#include "plan_text.h"

using namespace certplan;

TEST_CASE("what each answer changes is read from the rules that use it") {
    const Advice& a = data_catalog().advice;
    // background: criteria (transitioning, experienced), first-choice rules (new-to-ml), the estimate's hours.
    CHECK(answer_effect(a, "background") == "Changes the verdict, which credential to take first, and the prep-time estimate.");
    // cloud: a criterion (platform-daily) and first-choice rules (aws-first, azure-team, …).
    CHECK(answer_effect(a, "cloud") == "Changes the verdict and which credential to take first.");
    CHECK(answer_effect(a, "employer") == "Changes the verdict on whether to certify.");
    CHECK(answer_effect(a, "tradeoff").rfind("Checked: the verdict becomes \"Skip it\"", 0) == 0);
    SECTION("a field no rule reads changes nothing, and says nothing") {
        CHECK(answer_effect(a, "no-such-field").empty());
        Advice only_first;
        FirstChoiceRule r;
        r.when = {{"cloud", {"aws"}}};
        only_first.first_choice.push_back(r);
        CHECK(answer_effect(only_first, "cloud") == "Changes which credential to take first.");
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
