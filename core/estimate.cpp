#include "estimate.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "fill.h"

namespace certplan {

int weeks_for(double hours, double hours_per_week) {
    if (hours_per_week <= 0) return 0;
    return int(std::ceil(hours / hours_per_week - 1e-9));
}

namespace {
std::string num(double v) {
    char buf[32];
    snprintf(buf, sizeof buf, std::fabs(v - std::round(v)) < 0.05 ? "%.0f" : "%.1f", v);
    return buf;
}

}  // namespace

std::string estimate_line(const Estimate& e) {
    return fill("{}-{} weeks at {} h/week ({}-{} hours in all)",
                {std::to_string(e.weeks_low), std::to_string(e.weeks_high), std::to_string(std::lround(e.hours_per_week)),
                 std::to_string(std::lround(e.hours_low)), std::to_string(std::lround(e.hours_high))});
}

Estimate estimate(const EstimateModel& m, const Catalog& catalog, const EstimateInput& in) {
    Estimate e;
    e.background = in.background.empty() ? m.default_background : in.background;
    const BackgroundHours* b = m.background(e.background);
    if (!b) {
        e.error = fill("No prep-time figures for the background \"{}\".", {e.background});
        return e;
    }
    if (in.background.empty())
        e.assumptions.push_back("Background not given: assumed working ML knowledge, the article's main case.");

    // Hours per week: unanswered means the article's rhythm; answered must be within limits.
    e.hours_per_week = m.rhythm_hours_per_week;
    if (!in.hours_per_week) {
        e.hours_assumed = true;
        // The article gives weeks, not hours: the basis says where this rhythm comes from.
        e.assumptions.push_back("Hours per week not given: certplan assumes " + num(m.rhythm_hours_per_week) +
                                " h/week. " + m.rhythm_basis);
    } else if (!(*in.hours_per_week > 0)) {
        e.error = "With 0 hours a week there is no finish date. Set how many hours you can study each week (at least " +
                  num(m.min_hours_per_week) + ").";
        return e;
    } else if (*in.hours_per_week < m.min_hours_per_week) {
        e.error = "Less than " + num(m.min_hours_per_week) + " hour a week is too little to plan with: set at least " +
                  num(m.min_hours_per_week) + ".";
        return e;
    } else if (*in.hours_per_week > m.max_hours_per_week) {
        e.hours_per_week = m.max_hours_per_week;
        e.warnings.push_back(num(*in.hours_per_week) + " h/week is more than anyone sustains for weeks; the estimate uses " +
                             num(m.max_hours_per_week) + " h/week, the most certplan plans with.");
    } else {
        e.hours_per_week = *in.hours_per_week;
    }

    e.gap = 1.0;
    if (in.rated > 0) {
        e.gap = std::max(m.review_floor, 1.0 - std::clamp(in.readiness, 0.0, 1.0));
        if (!in.domains.empty()) {
            double sum = 0, weights = 0;
            for (const auto& [weight, ready] : in.domains) {
                sum += weight * std::max(m.review_floor, 1.0 - std::clamp(ready, 0.0, 1.0));
                weights += weight;
            }
            if (weights > 0) e.gap = std::max(e.gap, sum / weights);
        }
        char buf[160];
        snprintf(buf, sizeof buf, "Exam-specific hours scaled by your readiness gap: %.0f%% ready, so %.0f%% of the hours%s.",
                 in.readiness * 100, e.gap * 100,
                 e.gap == m.review_floor ? " (a review plan: never less than this)"
                 : e.gap > 1.0 - in.readiness + 0.005 ? " (summed domain by domain: a domain far from ready keeps its own hours)" : "");
        e.assumptions.push_back(buf);
    } else {
        e.assumptions.push_back("No self-assessment yet: nothing is assumed known. Rate the checklist to refine this.");
    }
    const Credential* cred = catalog.credential(in.credential);
    const auto calibration = std::find_if(m.calibration.begin(), m.calibration.end(),
                                          [&](const Calibration& c) { return c.credential == in.credential; });
    // A figure the article gave for another exam (MLA-C01's are the retired Specialty's) is carried over,
    // and the user is told so, as for an exam the article never mentions.
    const auto carried = std::find_if(m.calibration.begin(), m.calibration.end(),
                                      [&](const Calibration& c) { return c.credential == in.credential && !c.said_of.empty(); });
    if (cred && cred->kind == CredentialKind::exam) {
        if (carried != m.calibration.end()) {
            const Credential* of = catalog.credential(carried->said_of);
            e.assumptions.push_back("The article's figures were given for " + (of ? of->short_name : carried->said_of) +
                                    "; certplan carries them over to " + cred->short_name +
                                    " (no published prep-time figures for it).");
        } else if (calibration == m.calibration.end()) {
            e.assumptions.push_back("The article's figures are for the Google and AWS exams; certplan applies the same to " +
                                    cred->short_name + " (no published prep-time figures).");
        }
    }
    e.assumptions.push_back(b->basis);
    e.assumptions.push_back("The plan gives exam-specific hours " + num(m.split_core * 100) + "% to the core courses, " +
                            num(m.split_platform * 100) + "% to platform prep and " + num(m.split_practice * 100) +
                            "% to practice exams; a study path holding fewer of the article's core courses gives their part "
                            "to its own guide. " + m.split_basis);
    if (b->foundations_high > 0 && !m.foundations_basis.empty()) e.assumptions.push_back(m.foundations_basis);

    // The foundations follow readiness too: the checklist's items are what the foundations build toward, so what
    // the self-assessment (as calibrated by the checks) shows known is not studied again (issue 26.4).
    const double foundations_gap = in.rated > 0 ? e.gap : 1.0;
    if (in.rated > 0 && b->foundations_high > 0)
        e.assumptions.push_back("Foundations scaled by the same readiness gap: " + num(e.gap * 100) +
                                "% of their hours, since the checklist shows what is known already.");
    e.foundations_low = b->foundations_low * foundations_gap;
    e.foundations_high = b->foundations_high * foundations_gap;
    e.exam_low = b->exam_low * e.gap;
    e.exam_high = b->exam_high * e.gap;
    e.hours_low = e.foundations_low + e.exam_low;
    e.hours_high = e.foundations_high + e.exam_high;
    e.weeks_low = std::max(1, weeks_for(e.hours_low, e.hours_per_week));
    e.weeks_high = std::max(e.weeks_low, weeks_for(e.hours_high, e.hours_per_week));
    e.ok = true;
    return e;
}

}  // namespace certplan
