// Random edits of a plan document, field by field as core/plan.h declares them, for the tests that must hold for
// every field (tests/unit/plan_fields_test.cpp, the two-tab model test) and the fuzz targets' seeds. A field whose
// type no overload here takes fails to compile: add its edit with the field.
#pragma once
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "availability.h"
#include "date.h"
#include "plan.h"
#include "test_catalog.h"

namespace certplan {

struct PlanEdits {
    std::mt19937& rng;
    const Catalog& catalog;  // credentials and items that links can place

    int below(int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(rng)); }
    int monday() { return 20458 + 7 * below(60); }  // Mondays from 2026-01-05 (day 20458) on

    void edit(const PlanField& f, std::string& v) {
        if (f.coding == Coding::id) {
            v = catalog.credentials[size_t(below(int(catalog.credentials.size())))].id;
        } else if (f.coding == Coding::date) {
            v = below(4) == 0 ? "" : format_date(monday() + below(7));
        } else {
            const ProfileField* pf = profile_field(f.key);
            const int i = below(int(pf->values.size()) + 1);
            v = i == 0 ? "" : pf->values[size_t(i - 1)];
        }
    }
    void edit(const PlanField&, bool& v) { v = !v; }
    void edit(const PlanField&, std::optional<double>& v) {
        if (below(4) == 0) v.reset();
        else v = below(2 * int(kMaxHoursPerWeek) + 1) / 2.0;
    }
    void edit(const PlanField&, std::vector<int>& weeks) { toggle_unavailable_week(weeks, monday()); }
    void edit(const PlanField&, std::map<std::string, Answers>& answers) {
        const Checklist& cl = catalog.checklists[size_t(below(int(catalog.checklists.size())))];
        const std::string& item = cl.items[size_t(below(int(cl.items.size())))].id;
        const Rating r = Rating(below(kRatingCount));
        Answers& a = answers[cl.credential];
        if (r == Rating::unrated) a.erase(item);
        else a[item] = r;
        if (a.empty()) answers.erase(cl.credential);
    }
    void edit(const PlanField&, Progress& progress) {
        const int week = monday();
        if (below(4) == 0) return void(progress.erase(week));
        WeekLog& log = progress[week];
        log.hours = below(2 * int(kMaxHoursPerWeek) + 1) / 2.0;
        log.done ^= 1u << below(kMaxTasksPerWeek);
    }
    void edit(const PlanField&, std::vector<Replan>& replans) {
        if (!replans.empty() && below(3) == 0) return replans.pop_back();
        replans.push_back({monday(), double(1 + below(int(kMaxHoursPerWeek)))});
    }
    void edit(const PlanField&, CheckAnswers& checks) {
        const std::string id = "q-" + std::to_string(below(8));
        if (below(4) == 0) checks.erase(id);
        else checks[id] = uint8_t(below(4));
    }

    // One random edit of field number `n` (in declaration order).
    void edit_field(PlanDocument& plan, int n) {
        int i = 0;
        visit_plan_fields([&](const PlanField& f, auto get) {
            if (i++ == n) edit(f, get(plan));
        });
    }
};

inline int plan_field_count() {
    int n = 0;
    visit_plan_fields([&](const PlanField&, auto) { ++n; });
    return n;
}

}  // namespace certplan
