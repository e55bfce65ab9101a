#include <catch_amalgamated.hpp>

#include <map>
#include <set>

#include "data_catalog.h"

#include "availability.h"
#include "catalog_load.h"
#include "date.h"
#include "embedded_catalog.h"
#include "estimate.h"
#include "weeks.h"

using namespace certplan;
using Catch::Approx;

namespace {
// At the article's rhythm (10 h/week) with nothing rated: working ML = 40-80 h, plan 60 h;
// software engineer = 130-260 h, plan 135 + 60 = 195 h.
// The user set 10 h/week (the article's rhythm, which certplan assumes when none is set: `hours` none).
Estimate estimate_for(const std::string& background, std::optional<double> hours = 10) {
    EstimateInput in;
    in.background = background;
    in.credential = "google-pmle";
    in.hours_per_week = hours;
    return estimate(data_catalog().estimate, data_catalog(), in);
}
int day(const char* iso) { return *parse_date(iso); }
StudyPlan plan_for(const std::string& background, int today, std::optional<int> target, const WeekSet& off = {}) {
    const Catalog& c = data_catalog();
    const Credential* g = c.credential("google-pmle");
    Readiness r = readiness(g->blueprint, *c.checklist("google-pmle"), {});
    return study_plan(c, c.estimate, estimate_for(background), g, r, today, today, target, off);
}
std::vector<std::string> starts(const StudyPlan& p) {
    std::vector<std::string> out;
    for (const StudyWeek& w : p.weeks) out.push_back(format_date(w.start_day) + " " + key(w.phase));
    return out;
}
// No task of 0 hours, no fractions, no study in a week off, every study week's hours add up.
void check_whole_hours(const StudyPlan& p, const WeekSet& off) {
    double total = 0;
    for (const StudyWeek& w : p.weeks) {
        double sum = 0;
        for (const StudyTask& t : w.tasks) {
            if (w.phase != Phase::exam) CHECK(t.hours >= 1);
            CHECK(t.hours == std::round(t.hours));
            sum += t.hours;
        }
        CHECK(sum == w.hours);
        if (is_unavailable(off, w.start_day)) {
            CHECK(w.phase == Phase::off);
            CHECK(w.tasks.empty());
        }
        total += w.hours;
    }
    CHECK(total == p.total_hours);
}
const int kMon23Nov = 20780;  // Mon 2026-11-23
}  // namespace

TEST_CASE("availability: weeks off are skipped and the exam day avoids the days centres close") {
    REQUIRE(day("2026-11-23") == kMon23Nov);
    CHECK(monday_of(day("2026-11-27")) == kMon23Nov);  // a Friday belongs to its Monday's week
    CHECK(monday_of(kMon23Nov) == kMon23Nov);
    const WeekSet off = {day("2026-12-21"), day("2026-12-28")};
    SECTION("available weeks skip the weeks off") {
        CHECK(available_weeks(day("2026-12-14"), 3, off) == std::vector<int>{day("2026-12-14"), day("2027-01-04"), day("2027-01-11")});
        CHECK(available_weeks_before(day("2026-12-14"), day("2027-01-11"), off) ==
              std::vector<int>{day("2026-12-14"), day("2027-01-04")});
        CHECK(next_available_week(day("2026-12-21"), off) == day("2027-01-04"));
    }
    SECTION("the proposed exam day is the week's Friday, or the last weekday before it that is not a holiday") {
        CHECK(format_date(proposed_exam_day(day("2026-11-30"))) == "2026-12-04");  // an ordinary Friday
        CHECK(format_date(proposed_exam_day(day("2026-12-21"))) == "2026-12-23");  // Fri 25 and Thu 24 Dec skipped
        CHECK(format_date(proposed_exam_day(day("2026-12-28"))) == "2026-12-30");  // Fri 1 Jan and Thu 31 Dec skipped
    }
    SECTION("toggling marks and clears a week by its Monday, the list kept ascending and without repeats") {
        WeekSet saved;
        toggle_unavailable_week(saved, day("2026-12-30"));  // a Wednesday: its week, Mon 28 Dec
        toggle_unavailable_week(saved, day("2026-12-21"));
        CHECK(saved == WeekSet{day("2026-12-21"), day("2026-12-28")});
        add_unavailable_week(saved, day("2026-12-22"));  // already there
        CHECK(saved.size() == 2);
        toggle_unavailable_week(saved, day("2026-12-28"));
        CHECK(saved == WeekSet{day("2026-12-21")});
    }
}

TEST_CASE("the study plan runs foundations, core courses, platform prep, practice, then the exam week") {
    StudyPlan p = plan_for("software-engineer", kMon23Nov, std::nullopt);
    REQUIRE(p.ok);
    // 135 h foundations + 60 h exam = 195 h at 10 h/week = 19.5 -> 20 study weeks (9.75 h each: 9 or 10),
    // then the exam week, Mon 12 Apr 2027; exam on its Friday.
    CHECK(p.total_hours == 195);
    CHECK(p.weeks.size() == 21);
    CHECK(p.study_weeks == 20);
    CHECK(p.fit == DateFit::no_date);
    CHECK(p.fit_message.empty());
    CHECK(p.pace_message.empty());
    CHECK(p.weeks.front().phase == Phase::foundations);
    CHECK(p.weeks.front().start_day == kMon23Nov);
    CHECK(p.weeks.back().phase == Phase::exam);
    CHECK(format_date(p.weeks.back().start_day) == "2027-04-12");
    CHECK(format_date(p.exam_day) == "2027-04-16");
    for (size_t i = 0; i + 1 < p.weeks.size(); ++i) CHECK((p.weeks[i].hours == 9 || p.weeks[i].hours == 10));
    check_whole_hours(p, {});
    std::vector<std::string> order;
    for (const auto& w : p.weeks)
        if (order.empty() || order.back() != key(w.phase)) order.push_back(key(w.phase));
    CHECK(order == std::vector<std::string>{"foundations", "core", "platform", "practice", "exam"});
    std::vector<std::string> courses;
    for (const auto& w : p.weeks)
        for (const auto& t : w.tasks)
            if (!t.course_id.empty() && (courses.empty() || courses.back() != t.course_id)) courses.push_back(t.course_id);
    // The foundations run in two passes (estimate.json "foundations_split"), then Google's path: the article's two.
    CHECK(courses == std::vector<std::string>{"applied-ml-python", "ml-regression", "ml-classification", "applied-ml-python",
                                              "ml-regression", "ml-classification", "production-ml-systems", "structuring-ml-projects"});
    SECTION("it starts on the next Monday") {
        const Catalog& c = data_catalog();
        const Credential* g = c.credential("google-pmle");
        Readiness r = readiness(g->blueprint, *c.checklist("google-pmle"), {});
        StudyPlan q = study_plan(c, c.estimate, estimate_for("software-engineer"), g, r, kMon23Nov, kMon23Nov + 2, std::nullopt, {});
        CHECK(q.start_day == kMon23Nov + 7);
    }
}

TEST_CASE("with no target date, weeks off push the plan and its exam day later") {
    // Working ML: 60 h at 10 h/week = 6 study weeks. Without weeks off: 23 Nov-28 Dec, exam Fri 8 Jan.
    StudyPlan p = plan_for("working-ml", kMon23Nov, std::nullopt);
    CHECK(format_date(p.exam_day) == "2027-01-08");
    CHECK(p.weeks.size() == 7);
    // Christmas and New Year off: study 23 Nov-14 Dec and 4-11 Jan, exam week 18 Jan, exam Fri 22 Jan.
    const WeekSet off = {day("2026-12-21"), day("2026-12-28")};
    StudyPlan q = plan_for("working-ml", kMon23Nov, std::nullopt, off);
    CHECK(starts(q) == std::vector<std::string>{"2026-11-23 core", "2026-11-30 core", "2026-12-07 platform", "2026-12-14 platform",
                                                "2026-12-21 off", "2026-12-28 off", "2027-01-04 platform", "2027-01-11 practice",
                                                "2027-01-18 exam"});
    CHECK(q.weeks_off == 2);
    CHECK(q.study_weeks == 6);
    CHECK(q.calendar_message == "Plan: 6 study weeks from Mon 23 Nov 2026; exam Fri 22 Jan 2027. 2 weeks off skipped.");
    StudyPlan one = plan_for("working-ml", kMon23Nov, std::nullopt, {day("2026-12-21")});
    CHECK(one.calendar_message == "Plan: 6 study weeks from Mon 23 Nov 2026; exam Fri 15 Jan 2027. 1 week off skipped.");
    CHECK(format_date(q.exam_day) == "2027-01-22");
    check_whole_hours(q, off);
    SECTION("the legend names the phases the weeks show: no Foundations for working ML, Week off only with one") {
        CHECK(phases_shown(p) == std::vector<Phase>{Phase::core, Phase::platform, Phase::practice, Phase::exam});
        CHECK(phases_shown(q) == std::vector<Phase>{Phase::core, Phase::platform, Phase::practice, Phase::exam, Phase::off});
        CHECK(phases_shown(plan_for("software-engineer", kMon23Nov, std::nullopt)).front() == Phase::foundations);
    }
}

TEST_CASE("one statement about the target date: feasible, tight or not feasible") {
    const WeekSet christmas = {day("2026-12-21"), day("2026-12-28")};
    SECTION("feasible: 9 study weeks before Fri 29 Jan give 90 h >= the high 80 h; the 60 h plan is stretched") {
        StudyPlan p = plan_for("working-ml", kMon23Nov, day("2027-01-29"));
        CHECK(p.fit == DateFit::feasible);
        CHECK(p.fit_message.rfind("Feasible: 9 study weeks before Fri 29 Jan 2027 at 10 h/week give 90 h", 0) == 0);
        CHECK(p.weeks.size() == 10);  // 9 study weeks and the exam week of 25 Jan
        CHECK(format_date(p.exam_day) == "2027-01-29");
        CHECK(p.weeks.back().start_day == day("2027-01-25"));
        // 60 h over 9 weeks, floor(60k/9) steps: 6, 7, 7, 6, 7, 7, 6, 7, 7.
        std::vector<double> loads;
        for (size_t i = 0; i + 1 < p.weeks.size(); ++i) loads.push_back(p.weeks[i].hours);
        CHECK(loads == std::vector<double>{6, 7, 7, 6, 7, 7, 6, 7, 7});
        // One statement: the verdict, then how the week plan fits it, and why the date is later than needed
        // (80 h at 10 h/week end by Fri 22 Jan).
        CHECK(p.fit_message.find(" The week plan spreads its 60 h over 9 study weeks: about 7 h/week, less than the 10 you set, "
                                 "so there is room to revise; at 10 h/week you could sit it by Fri 22 Jan 2027.") != std::string::npos);
        CHECK(p.pace_message.empty());
        check_whole_hours(p, {});
    }
    SECTION("hours never set: the statement says certplan assumes them, never that the user set them") {
        const Catalog& c = data_catalog();
        const Credential* g = c.credential("google-pmle");
        const Readiness r = readiness(g->blueprint, *c.checklist("google-pmle"), {});
        const StudyPlan p = study_plan(c, c.estimate, estimate_for("working-ml", std::nullopt), g, r, kMon23Nov, kMon23Nov,
                                       day("2027-01-29"), {});
        CHECK(p.fit_message.find(" The week plan spreads its 60 h over 9 study weeks: about 7 h/week, less than the 10 certplan "
                                 "assumes, so there is room to revise; at 10 h/week you could sit it by Fri 22 Jan 2027.") != std::string::npos);
        CHECK(p.fit_message.find("you set") == std::string::npos);
    }
    SECTION("tight: 6 study weeks before Fri 8 Jan give 60 h: the low 40 h fits, the high 80 h needs 14 h/week") {
        StudyPlan p = plan_for("working-ml", kMon23Nov, day("2027-01-08"));
        CHECK(p.fit == DateFit::tight);
        CHECK(p.hours_per_week_needed == 14);  // ceil(80 / 6)
        CHECK(p.fit_message.find("study 14 h/week") != std::string::npos);
        CHECK(p.fit_message.find("The week plan") == std::string::npos);  // 60 h / 6 = the 10 h/week set
        CHECK(p.weeks.back().start_day == day("2027-01-04"));
        CHECK(p.exam_day == day("2027-01-08"));
    }
    SECTION("tight with Christmas off: 4 study weeks give 40 h; the plan is compressed to 15 h/week; no study in the weeks off") {
        StudyPlan p = plan_for("working-ml", kMon23Nov, day("2027-01-08"), christmas);
        CHECK(p.fit == DateFit::tight);
        CHECK(p.hours_per_week_needed == 20);  // ceil(80 / 4)
        CHECK(p.study_weeks == 4);
        CHECK(p.weeks_off == 2);
        CHECK(p.fit_message.find(" The week plan fits its 60 h into 4 study weeks: about 15 h/week, more than the 10 you set.") != std::string::npos);
        CHECK(p.total_hours == 60);
        check_whole_hours(p, christmas);
    }
    SECTION("not feasible: 2 study weeks before Fri 11 Dec give 20 h < the low 40 h; earliest date at 10 h/week") {
        StudyPlan p = plan_for("working-ml", kMon23Nov, day("2026-12-11"));
        CHECK(p.fit == DateFit::not_feasible);
        CHECK(p.hours_per_week_needed == 20);  // ceil(40 / 2)
        // 40 h at 10 h/week = 4 study weeks (23 Nov-14 Dec); exam week 21 Dec; Fri 25 and Thu 24 are holidays.
        CHECK(format_date(p.earliest_day) == "2026-12-23");
        CHECK(p.fit_message.find("The earliest date at 10 h/week is Wed 23 Dec 2026") != std::string::npos);
        CHECK(p.exam_day == day("2026-12-11"));  // the plan still ends on the user's date, compressed
        CHECK(p.fit_message.find("about 30 h/week") != std::string::npos);
        StudyPlan q = plan_for("working-ml", kMon23Nov, day("2026-12-11"), {day("2026-12-21")});
        CHECK(format_date(q.earliest_day) == "2026-12-30");  // never in a week off: 28 Dec week, Thu 31 and Fri 1 skipped
    }
    SECTION("not feasible even at 60 h/week: the tasks are cut and the cost said") {
        StudyPlan p = plan_for("software-engineer", kMon23Nov, day("2026-12-11"));
        CHECK(p.fit == DateFit::not_feasible);
        CHECK(p.total_hours == 120);  // 2 study weeks x 60 h
        CHECK(p.fit_message.find("only 120 of the week plan's 195 h fit") != std::string::npos);
        CHECK(p.fit_message.find("61%") != std::string::npos);  // floor(100 x 120 / 195)
        check_whole_hours(p, {});
        // Every phase keeps its share: practice (0.2 x 60 = 12 h of 195) is cut to about 12 x 120/195 = 7.4 h, not dropped.
        double practice = 0;
        for (const StudyWeek& w : p.weeks)
            for (const StudyTask& t : w.tasks)
                if (t.phase == Phase::practice) practice += t.hours;
        CHECK(practice >= 7);
        CHECK(practice <= 8);
    }
    SECTION("a date in a week off is not used, and the earliest date skips weeks off") {
        StudyPlan p = plan_for("working-ml", kMon23Nov, day("2026-12-23"), christmas);
        CHECK(p.fit == DateFit::unavailable);
        CHECK_FALSE(p.target_day);
        // 40 h = 4 study weeks (23 Nov-14 Dec); 21 and 28 Dec are off, so the exam week is 4 Jan: Fri 8 Jan.
        CHECK(format_date(p.earliest_day) == "2027-01-08");
        CHECK(format_date(p.exam_day) == "2027-01-22");  // no date to keep: the plan keeps its own 60 h pace
    }
    SECTION("a date that has passed, or is before the plan starts, does not anchor the plan") {
        StudyPlan p = plan_for("working-ml", kMon23Nov + 4, day("2026-11-01"));
        CHECK(p.fit == DateFit::past);
        CHECK_FALSE(p.target_day);
        CHECK(p.fit_message.find("has passed") != std::string::npos);
        const Catalog& c = data_catalog();
        const Credential* g = c.credential("google-pmle");
        Readiness r = readiness(g->blueprint, *c.checklist("google-pmle"), {});
        StudyPlan q = study_plan(c, c.estimate, estimate_for("working-ml"), g, r, kMon23Nov, day("2027-01-04"), day("2026-12-18"), {});
        CHECK(q.fit == DateFit::before_start);
        CHECK(q.exam_day > q.start_day);
        CHECK(q.start_day == day("2027-01-04"));
    }
}

TEST_CASE("a new target date starts at the end of the high estimate, never in a week off") {
    SECTION("working ML knowledge at 10 h/week: 8 weeks (23 Nov-11 Jan), exam week 18 Jan, its Friday") {
        CHECK(format_date(suggested_target_day(estimate_for("working-ml"), kMon23Nov, {})) == "2027-01-22");
    }
    SECTION("with Christmas and New Year off, two weeks later") {
        CHECK(format_date(suggested_target_day(estimate_for("working-ml"), kMon23Nov, {day("2026-12-21"), day("2026-12-28")})) ==
              "2027-02-05");
    }
    SECTION("with no estimate, the article's 8 weeks") {
        Estimate none;
        CHECK(format_date(suggested_target_day(none, kMon23Nov, {})) == "2027-01-22");
    }
}

namespace {
StudyPlan plan_for_credential(const std::string& credential, const std::string& background, double hours_per_week,
                              std::optional<int> target = std::nullopt) {
    const Catalog& c = data_catalog();
    const Credential* k = c.credential(credential);
    EstimateInput in;
    in.background = background;
    in.credential = credential;
    in.hours_per_week = hours_per_week;
    const Checklist* list = c.checklist(credential);
    Readiness r = k->has_blueprint && list ? readiness(k->blueprint, *list, {}) : Readiness{};
    return study_plan(c, c.estimate, estimate(c.estimate, c, in), k, r, kMon23Nov, kMon23Nov, target, {});
}
std::vector<std::string> week_titles(const StudyWeek& w) {
    std::vector<std::string> out;
    for (const StudyTask& t : w.tasks) out.push_back(t.title + " " + std::to_string(int(t.hours)));
    return out;
}
}  // namespace

TEST_CASE("an AWS plan follows AWS's own path: no Google Cloud course opens it, every prep task is a Check me with its guide") {
    // Working ML, 10 h/week, nothing rated: 60 h. AWS's path holds one of the article's two core courses
    // (Structuring ML Projects, vendor-neutral), so it gets one half of the core 40%: 12 h. The guide's
    // domains share the rest of 80% (36 h) by weight 28/26/24/22: 10.08, 9.36, 8.64, 7.92 -> 10, 9, 9, 8
    // (largest remainders); practice 20%: 12 h.
    const StudyPlan p = plan_for_credential("aws-mla-c01", "working-ml", 10);
    REQUIRE(p.ok);
    REQUIRE(p.weeks.size() == 7);
    // A guide only says what is asked: each domain's task is Check me on it, then the guide for what it missed.
    const auto prep = [](const std::string& domain, int hours) {
        return "Check me on " + domain + " (Assess tab), then study what you missed in the MLA-C01 exam guide " + std::to_string(hours);
    };
    CHECK(week_titles(p.weeks[0]) == std::vector<std::string>{"Structuring Machine Learning Projects 10"});
    CHECK(week_titles(p.weeks[1]) == std::vector<std::string>{"Structuring Machine Learning Projects 2",
                                                              prep("Data Preparation for Machine Learning", 8)});
    CHECK(week_titles(p.weeks[2]) == std::vector<std::string>{prep("Data Preparation for Machine Learning", 2), prep("ML Model Development", 8)});
    CHECK(week_titles(p.weeks[3]) == std::vector<std::string>{prep("ML Model Development", 1),
                                                              prep("ML Solution Monitoring, Maintenance, and Security", 9)});
    CHECK(week_titles(p.weeks[4]) == std::vector<std::string>{prep("Deployment and Orchestration of ML Workflows", 8),
                                                              "Check me on every domain (Assess tab), then review what you missed 2"});
    SECTION("no task anywhere names or links a Google Cloud resource") {
        for (const StudyWeek& w : p.weeks)
            for (const StudyTask& t : w.tasks) {
                CHECK(t.title.find("Production Machine Learning Systems") == std::string::npos);
                CHECK(t.url.find("google") == std::string::npos);
                CHECK(t.course_id != "production-ml-systems");
            }
    }
    SECTION("each prep task links AWS's exam guide, from data/") {
        for (const StudyWeek& w : p.weeks)
            for (const StudyTask& t : w.tasks)
                if (t.phase == Phase::platform) {
                    CHECK(t.resource_id == "mla-exam-guide");
                    CHECK(t.url == "https://docs.aws.amazon.com/aws-certification/latest/examguides/machine-learning-engineer-associate-01.html");
                }
    }
}

TEST_CASE("a switcher's foundations lean toward evaluation and pipelines, not regression and classification theory") {
    // Software engineer, Google, 10 h/week: 135 h of foundations, Applied ML in Python 60% (81 h), the two
    // theory courses 20% each (27 h), in two passes: 40.5, 13.5, 13.5, 40.5, 13.5, 13.5.
    const StudyPlan p = plan_for_credential("google-pmle", "software-engineer", 10);
    REQUIRE(p.ok);
    double foundations = 0, theory = 0;
    std::map<std::string, int> longest_run, run;
    for (const StudyWeek& w : p.weeks) {
        std::set<std::string> here;
        for (const StudyTask& t : w.tasks) {
            if (t.phase != Phase::foundations) continue;
            foundations += t.hours;
            if (t.course_id == "ml-regression" || t.course_id == "ml-classification") theory += t.hours;
            here.insert(t.course_id);
        }
        for (const char* id : {"applied-ml-python", "ml-regression", "ml-classification"}) {
            run[id] = here.count(id) ? run[id] + 1 : 0;
            longest_run[id] = std::max(longest_run[id], run[id]);
        }
    }
    CHECK(foundations == 135);
    CHECK(theory == Approx(54).margin(1));  // 40%, give or take the whole-hour rounding
    CHECK(theory < foundations / 2);
    // 13.5 h at 9-10 h/week touch at most 3 weeks; Applied ML's 40.5 h at most 5.
    CHECK(longest_run["ml-regression"] <= 3);
    CHECK(longest_run["ml-classification"] <= 3);
    CHECK(longest_run["applied-ml-python"] <= 5);
}

TEST_CASE("every prep task names what to study, and no study task has 0 hours") {
    // Every credential with a blueprint (retired ones too: the Assess view can target them), every
    // background, slow to fast weeks, and dates that compress or stretch the plan.
    const Catalog& c = data_catalog();
    int plans = 0;
    for (const Credential& k : c.credentials) {
        if (!k.has_blueprint) continue;
        for (const char* background : {"working-ml", "software-engineer", "production-ml-2y"})
            for (double hpw : {1.0, 4.0, 10.0, 35.0, 60.0})
                for (std::optional<int> target : {std::optional<int>(), std::optional<int>(kMon23Nov + 7 * 3 + 4),
                                                  std::optional<int>(kMon23Nov + 7 * 60 + 4)}) {
                    const StudyPlan p = plan_for_credential(k.id, background, hpw, target);
                    if (!p.ok) continue;
                    ++plans;
                    for (const StudyWeek& w : p.weeks) {
                        if (w.phase == Phase::exam || w.phase == Phase::off) continue;
                        INFO(k.id << " " << background << " " << hpw << " h/week, week " << w.index);
                        // A study week holds study; only a plan of fewer hours than weeks has free ones.
                        if (w.phase == Phase::free) CHECK(p.total_hours < p.study_weeks);
                        else CHECK(w.hours >= 1);
                        if (w.phase == Phase::free) CHECK(w.tasks.empty());
                        for (const StudyTask& t : w.tasks) {
                            CHECK(t.hours >= 1);
                            if (t.phase == Phase::platform) CHECK_FALSE(t.resource_id.empty());
                            // Practice names a practice resource, or certplan's own checks: never the exam guide.
                            if (t.phase == Phase::practice) CHECK((t.resource_id.empty() || t.resource_id.find("exam-guide") == std::string::npos));
                        }
                    }
                }
    }
    CHECK(plans > 100);
}

TEST_CASE("a credential with no study path in the data falls back to the exam guide its blueprint cites") {
    // The retired MLS-C01 has no path: its prep tasks name its own guide, with the guide's link.
    const StudyPlan p = plan_for_credential("aws-mls-c01", "working-ml", 10);
    REQUIRE(p.ok);
    bool prep = false;
    for (const StudyWeek& w : p.weeks)
        for (const StudyTask& t : w.tasks) {
            CHECK(t.course_id != "production-ml-systems");
            if (t.phase != Phase::platform) continue;
            prep = true;
            CHECK(t.title.rfind("AWS ML Specialty (MLS-C01) exam guide: ", 0) == 0);
            CHECK(t.url == "https://docs.aws.amazon.com/aws-certification/latest/examguides/machine-learning-specialty-01.html");
        }
    CHECK(prep);
}
