#include <catch_amalgamated.hpp>

#include "data_catalog.h"

#include "catalog_load.h"
#include "embedded_catalog.h"
#include "figures.h"
#include "summary.h"
#include "wording.h"

using namespace certplan;

namespace {
std::string summary_of_figures(const Figures& f, const PlanDocument& plan) {
    SummaryInput in;
    in.catalog = &data_catalog();
    in.credential = f.credential;
    in.advice = &f.advice;
    in.readiness = &f.readiness;
    in.estimate = &f.estimate;
    in.plan = &f.study_plan;
    in.pace = &f.pace;
    in.progress = &plan.progress;
    return plan_summary_markdown(in);
}
std::string summary_of(const PlanDocument& plan, int today) {
    const Figures f = derive(data_catalog(), plan, today);
    return summary_of_figures(f, plan);
}
const int kMonday = 20780;  // Mon 2026-11-23
}  // namespace

TEST_CASE("the summary states the target date as the Plan view does: its one statement, plural as written") {
    PlanDocument plan;  // nothing answered: 4-8 weeks at 10 h/week from Mon 2026-11-23
    auto statement = [&]() { return derive(data_catalog(), plan, kMonday).study_plan; };
    SECTION("no target date: no statement about it") {
        const std::string md = summary_of(plan, kMonday);
        CHECK(md.find("4-8 weeks at 10 h/week (40-80 hours in all)") != std::string::npos);
        CHECK(statement().fit_message.empty());
        CHECK(md.find("target date") == std::string::npos);
    }
    SECTION("a target 3 weeks out: not feasible, and the summary says exactly what the page says") {
        plan.profile.target_date = "2026-12-14";  // 3 study weeks of 10 h: 30 h, under the low 40 h
        const StudyPlan p = statement();
        CHECK(p.fit == DateFit::not_feasible);
        REQUIRE_FALSE(p.fit_message.empty());
        const std::string md = summary_of(plan, kMonday);
        CHECK(md.find(p.fit_message) != std::string::npos);
        CHECK(md.find("week(s)") == std::string::npos);
    }
    SECTION("a target 8 weeks out: feasible, said once") {
        plan.profile.target_date = "2027-01-18";
        const StudyPlan p = statement();
        CHECK(p.fit == DateFit::feasible);
        const std::string md = summary_of(plan, kMonday);
        const size_t at = md.find(p.fit_message);
        REQUIRE(at != std::string::npos);
        CHECK(md.find(p.fit_message, at + 1) == std::string::npos);
    }
    SECTION("a target before the plan starts: the page's statement") {
        plan.profile.start_date = "2027-02-01";
        plan.profile.target_date = "2027-01-18";
        const StudyPlan p = statement();
        REQUIRE_FALSE(p.fit_message.empty());
        CHECK(summary_of(plan, kMonday).find(p.fit_message) != std::string::npos);
    }
}

TEST_CASE("the summary lists the plan's courses with their links, each once, in plan order") {
    PlanDocument plan;  // working ML, Google PMLE: the core course from courses.json
    const std::string md = summary_of(plan, kMonday);
    const size_t at = md.find("\n## The article's courses\n");
    REQUIRE(at != std::string::npos);
    CHECK(at > md.find("## Week by week"));
    const std::string line = "- Production Machine Learning Systems (Google Cloud, Coursera): https://www.coursera.org/learn/gcp-production-ml-systems\n";
    CHECK(md.find(line, at) != std::string::npos);
    CHECK(md.find(line, md.find(line, at) + 1) == std::string::npos);  // once, though several weeks hold it
    SECTION("a pivoter's list opens with the foundations course, before the exam's") {
        plan.profile.background = "software-engineer";
        const std::string p = summary_of(plan, kMonday);
        const size_t list = p.find("\n## The article's courses\n");
        REQUIRE(list != std::string::npos);
        const size_t foundations = p.find("https://www.coursera.org/learn/", list);
        REQUIRE(foundations != std::string::npos);
        CHECK(p.compare(foundations, 56, "https://www.coursera.org/learn/gcp-production-ml-systems") != 0);
    }
}

TEST_CASE("the summary lists the plan's other resources with their links: an AWS plan, AWS's guide") {
    PlanDocument plan;
    plan.credential = "aws-mla-c01";
    plan.target_chosen = true;
    const std::string md = summary_of(plan, kMonday);
    const size_t at = md.find("\n## Study resources\n");
    REQUIRE(at != std::string::npos);
    CHECK(md.find("- MLA-C01 exam guide (Amazon Web Services, hours unknown): "
                  "https://docs.aws.amazon.com/aws-certification/latest/examguides/machine-learning-engineer-associate-01.html\n",
                  at) != std::string::npos);
    // Its one course is the vendor-neutral one, listed with the courses; Google Cloud's is nowhere.
    CHECK(md.find("- Structuring Machine Learning Projects (DeepLearning.AI (Andrew Ng), Coursera): ") != std::string::npos);
    CHECK(md.find("Production Machine Learning Systems") == std::string::npos);
    CHECK(md.find("Check me on Data Preparation for Machine Learning (Assess tab), then study what you missed in the MLA-C01 exam guide") != std::string::npos);  // a week's task
    SECTION("a resource with no verified page says so rather than link a guessed one") {
        // Every shipped resource now has its page; a copy of the catalog takes the link of AI-103's course (what its
        // weeks study: a learning path comes before the guide) away.
        plan.credential = "azure-ai-103";
        Catalog unlinked = data_catalog();
        for (StudyPath& p : unlinked.study_paths)
            for (StudyResource& r : p.resources)
                if (r.id == "ai103-course") r.url.clear();
        const Figures f = derive(unlinked, plan, kMonday);
        SummaryInput in;
        in.catalog = &unlinked;
        in.credential = f.credential;
        in.advice = &f.advice;
        in.readiness = &f.readiness;
        in.estimate = &f.estimate;
        in.plan = &f.study_plan;
        in.pace = &f.pace;
        in.progress = &plan.progress;
        const std::string az = plan_summary_markdown(in);
        const std::string course = "- Course AI-103T00: Develop AI apps and agents on Azure (Microsoft, hours unknown): ";
        CHECK(az.find(course + "no verified link\n") != std::string::npos);
        CHECK(summary_of(plan, kMonday).find(course + "https://learn.microsoft.com/training/courses/ai-103t00\n") != std::string::npos);
    }
}

TEST_CASE("with check-ins, the summary shows progress and the pace's sentence is its one date statement") {
    PlanDocument plan;
    plan.profile.start_date = "2026-11-23";
    plan.profile.target_date = "2027-01-18";
    plan.progress[kMonday] = {7, 0b1};
    const Figures f = derive(data_catalog(), plan, kMonday + 9);  // Wed of week 2
    REQUIRE(f.pace.logged);
    const std::string md = summary_of_figures(f, plan);
    CHECK(md.find("## Progress") != std::string::npos);
    CHECK(md.find(f.pace.message) != std::string::npos);
    CHECK(md.find(f.study_plan.fit_message) == std::string::npos);
    CHECK(md.find("(7 h done)") != std::string::npos);
    CHECK(md.find("Done 7 h of " + hours(f.study_plan.weeks[0].hours) + " planned to date") != std::string::npos);
}
