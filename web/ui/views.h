// One function per view: each draws what the user sees and turns clicks into plan edits.
#pragma once
#include "app.h"

void draw_compare_view(App& app);
void draw_assess_view(App& app);
void draw_plan_view(App& app);
void draw_share_view(App& app);
void draw_notices(App& app);
// "Check me" for one domain of the Assess view (check_view.cpp).
void draw_domain_check(App& app, const certplan::Domain& domain, const certplan::DomainReadiness& readiness);
