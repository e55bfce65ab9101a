#include "figures.h"

#include <algorithm>
#include <cmath>

#include "date.h"
#include "plan_text.h"

namespace certplan {

const char* target_origin_key(TargetOrigin origin) { return origin == TargetOrigin::user ? "user" : "advice"; }

Target resolve_target(const Catalog& catalog, const PlanDocument& plan, const AdviceResult& advice) {
    if (plan.target_chosen && catalog.credential(plan.credential)) return {plan.credential, TargetOrigin::user};
    if (catalog.credential(advice.first_credential)) return {advice.first_credential, TargetOrigin::advice};
    return {plan.credential, TargetOrigin::advice};
}

Figures derive(const Catalog& catalog, const PlanDocument& plan, int today, Voice voice) {
    Figures f;
    const Profile& p = plan.profile;
    f.advice = advise(catalog, p, today);
    f.target = resolve_target(catalog, plan, f.advice);
    const std::string& target = f.target.credential;
    f.credential = catalog.credential(target);
    f.checklist = catalog.checklist(target);
    if (f.credential && f.checklist && f.credential->has_blueprint) {
        // Each domain's scenario check (none until the late part brings the questions): calibration.h's rule.
        const std::vector<Domain>& domains = f.credential->blueprint.domains;
        std::vector<DomainCheck> checks(domains.size());
        for (size_t i = 0; i < domains.size(); ++i) checks[i] = domain_check(catalog, target, domains[i].id, plan.checks);
        f.readiness = readiness(f.credential->blueprint, *f.checklist, plan.answers_for(target), 5, &checks);
    }
    EstimateInput in;
    in.background = p.background;
    in.credential = target;
    in.readiness = f.readiness.overall;
    in.rated = f.readiness.rated;
    for (const DomainReadiness& d : f.readiness.domains) in.domains.push_back({d.weight, d.readiness});
    in.hours_per_week = p.hours_per_week;
    f.estimate = estimate(catalog.estimate, catalog, in);
    const int start = parse_date(p.start_date).value_or(today);
    f.study_plan = study_plan(catalog, catalog.estimate, f.estimate, f.credential, f.readiness, today, start,
                              parse_date(p.target_date), p.unavailable_weeks, voice);
    f.study_plan = replanned(f.study_plan, plan.progress, plan.replans, p.unavailable_weeks);
    f.in_force = in_force(plan.replans, f.study_plan, parse_date(p.target_date));
    if (f.in_force.replanned) {  // the estimate follows the hours of the re-plan in force
        in.hours_per_week = f.in_force.hours_per_week;
        f.estimate = estimate(catalog.estimate, catalog, in);
    }
    int foundations = 0, study = 0;
    if (f.study_plan.ok) {  // the verdict agrees with the plan it leads to (core/advice.h)
        for (const StudyWeek& w : f.study_plan.weeks) {
            if (w.phase == Phase::off || w.phase == Phase::free || w.phase == Phase::exam) continue;
            ++study;
            foundations += w.phase == Phase::foundations;
        }
        agree_with_plan(f.advice, foundations, study);
    }
    if (const ProfileField* trade = profile_field("tradeoff"); trade && !trade->values.empty()) {
        const std::string& yes = trade->values.front();
        f.tradeoff_effect = checkbox_effect(catalog.advice, "tradeoff", yes, p.tradeoff == yes,
                                            {verdict_with(catalog, p, "tradeoff", yes, today, foundations, study),
                                             verdict_with(catalog, p, "tradeoff", "", today, foundations, study)});
    }
    if (f.advice.verdict == Verdict::skip)
        f.build = build_plan(catalog.advice.instead, hours_in_force(plan).value_or(catalog.estimate.rhythm_hours_per_week),
                             f.study_plan.ok ? f.study_plan.start_day : start);
    f.pace = pace(f.study_plan, plan.progress, today, voice);
    f.burn_down = burn_down(f.study_plan, plan.progress, f.pace, today);
    if (f.pace.logged && f.pace.hours_remaining > 0 && (!f.pace.on_time || std::fabs(f.pace.hours_ahead) >= 1)) {
        // "At my pace": the rate kept along the plan's own shape (core/pace.h), as the finish is projected.
        const double kept = std::max(1.0, std::round(f.pace.hours_per_week_at_rate));
        // The re-plan now in force moved its weeks' undone tasks already; a new one from its week replaces it.
        const int moved = plan.replans.empty() ? 0 : plan.replans.back().from;
        f.replan_at_pace = replan_option(f.study_plan, plan.progress, {f.pace.first_left, kept}, p.unavailable_weeks, moved);
        const double needed = f.pace.hours_per_week_needed;
        if (!f.pace.exam_passed && needed >= 1 && needed <= kMaxHoursPerWeek && needed != kept) {
            f.replan_at_needed = replan_option(f.study_plan, plan.progress, {f.pace.first_left, needed}, p.unavailable_weeks, moved);
            // Offered as keeping the date: only when it does.
            if (f.replan_at_needed.plan.exam_day != f.study_plan.exam_day) f.replan_at_needed = ReplanOption{};
        }
    }
    if (f.credential) {
        f.study_resources = study_resources(catalog, *f.credential);
        f.status = status_at(*f.credential, today);
        const std::optional<int> exam = f.study_plan.ok ? std::optional<int>(f.study_plan.exam_day) : parse_date(p.target_date);
        f.retirement = target_retirement(catalog, *f.credential, today, exam);
    }
    return f;
}

}  // namespace certplan
