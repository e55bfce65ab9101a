// How long preparation takes: hours from the background (data/estimate.json, calibrated on the article's
// figures), exam hours scaled by the readiness gap, weeks = hours / hours per week, as a range.
//
//   exam hours   = exam_hours(background) x gap,  gap = max(review_floor, 1 - readiness)
//                  (no item rated: gap = 1, nothing is assumed known)
//   total hours  = foundations_hours(background) x gap + exam hours
//   weeks        = ceil(total hours / hours per week)
// At the article's rhythm (10 h/week) with nothing rated: working ML -> 40-80 h -> 4-8 weeks; pivoting ->
// 130-260 h -> 13-26 weeks (3-6 months). tests/unit/estimate_test.cpp checks every calibration point.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "catalog.h"

namespace certplan {

struct EstimateInput {
    std::string background;       // empty: the model's default
    std::string credential;
    double readiness = 0;         // 0..1 overall readiness from the self-assessment
    int rated = 0;                // rated checklist items (0: no assessment yet)
    // Each blueprint domain's (weight, readiness): the gap is then summed domain by domain, each at least the
    // review floor, so that a domain far from ready (a failed check) adds its hours however ready the rest is.
    // Empty: the overall readiness alone.
    std::vector<std::pair<double, double>> domains;
    std::optional<double> hours_per_week;  // none: not answered (the article's rhythm is used)
};
// The target date is judged against the calendar, weeks off included: see core/weeks.h.

struct Estimate {
    bool ok = false;              // false: no estimate possible; `error` says why and what to do
    std::string error;
    std::string background;       // the background used
    double foundations_low = 0, foundations_high = 0;
    double exam_low = 0, exam_high = 0;
    double hours_low = 0, hours_high = 0;
    double gap = 1;
    double hours_per_week = 0;
    bool hours_assumed = false;   // the user gave no hours: hours_per_week is the article's rhythm
    int weeks_low = 0, weeks_high = 0;
    std::vector<std::string> assumptions;  // each assumption the figures rest on, in plain words
    std::vector<std::string> warnings;
};

int weeks_for(double hours, double hours_per_week);
// "4-8 weeks at 10 h/week (40-80 hours in all)": the estimate as the Plan view and the summary both say it.
std::string estimate_line(const Estimate& e);
Estimate estimate(const EstimateModel& model, const Catalog& catalog, const EstimateInput& in);

}  // namespace certplan
