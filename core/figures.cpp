#include "figures.h"

#include "date.h"

namespace certplan {

Figures derive(const Catalog& catalog, const PlanDocument& plan, int today) {
    Figures f;
    f.credential = catalog.credential(plan.credential);
    f.checklist = catalog.checklist(plan.credential);
    if (f.credential && f.checklist && f.credential->has_blueprint)
        f.readiness = readiness(f.credential->blueprint, *f.checklist, plan.answers_for(plan.credential));
    const Profile& p = plan.profile;
    f.advice = advise(catalog, p);
    EstimateInput in;
    in.background = p.background;
    in.credential = plan.credential;
    in.readiness = f.readiness.overall;
    in.rated = f.readiness.rated;
    in.hours_per_week = p.hours_per_week;
    f.estimate = estimate(catalog.estimate, catalog, in);
    const int start = parse_date(p.start_date).value_or(today);
    f.study_plan = study_plan(catalog, catalog.estimate, f.estimate, f.credential, f.readiness, today, start,
                              parse_date(p.target_date), p.unavailable_weeks);
    return f;
}

}  // namespace certplan
