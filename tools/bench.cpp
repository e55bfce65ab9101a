// certplan_bench: figures of the core, printed (never asserted): the share-link length of a complete
// Google PMLE assessment with a full profile, and the median time of the work done on each plan edit.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <vector>

#include "advice.h"
#include "catalog_binary.h"
#include "catalog_load.h"
#include "date.h"
#include "embedded_catalog.h"
#include "estimate.h"
#include "plan.h"
#include "storage.h"
#include "readiness.h"
#include "weeks.h"
#include "share_link.h"

using namespace certplan;

int main() {
    auto median_ms = [](auto&& work) {
        std::vector<double> ms;
        for (int run = 0; run < 21; ++run) {
            auto t0 = std::chrono::steady_clock::now();
            work();
            ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
        }
        std::sort(ms.begin(), ms.end());
        return ms[ms.size() / 2];
    };
    CatalogLoad load = load_catalog(embedded_catalog_files());
    if (!load.ok()) return 1;
    const std::string bytes = write_catalog_binary(load.catalog);
    const double json_ms = median_ms([] { load_catalog(embedded_catalog_files()); });
    const double binary_ms = median_ms([&] { read_catalog_binary(bytes); });
    std::printf("catalog from data/*.json, parsed and checked (native, build time): median %.2f ms over 21 runs\n", json_ms);
    std::printf("catalog from catalog.bin, as the page reads it (native): median %.2f ms over 21 runs (%.0fx faster; %zu bytes)\n",
                binary_ms, json_ms / binary_ms, bytes.size());
    const Catalog& c = load.catalog;
    PlanDocument p;
    p.profile = {"software-engineer", "large-enterprise", "google-cloud", "yes", "switch-into-ml", "cert-or-build", 7.5,
                 "2027-03-15", "2026-11-30", {}};
    const std::string cred = kDefaultCredential;  // Google PMLE
    const Checklist* cl = c.checklist(cred);
    for (size_t i = 0; i < cl->items.size(); ++i) p.answers[cred][cl->items[i].id] = Rating(1 + i % 4);
    std::string fragment = std::string(kSharePrefix) + encode_share_fragment(p, c);
    std::printf("share link: %zu characters of fragment for %zu rated Google PMLE items + full profile (goal <= 200)\n",
                fragment.size(), cl->items.size());

    // The derived figures recomputed on an edit: readiness, advice, estimate, study plan.
    std::vector<double> us;
    const int today = *parse_date("2026-11-30");  // the plan's start: a fixed day, so runs compare
    const Credential* g = c.credential(cred);
    for (int run = 0; run < 2001; ++run) {
        auto t0 = std::chrono::steady_clock::now();
        Readiness r = readiness(g->blueprint, *cl, p.answers_for(cred));
        AdviceResult a = advise(c, p.profile, today);
        EstimateInput in;
        in.background = p.profile.background;
        in.credential = cred;
        in.readiness = r.overall;
        in.rated = r.rated;
        Estimate e = estimate(c.estimate, c, in);
        StudyPlan s = study_plan(c, c.estimate, e, g, r, 20780, 20780, std::nullopt, {});
        auto t1 = std::chrono::steady_clock::now();
        if (s.weeks.empty() || a.first_credential.empty()) return 1;
        us.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
    }
    std::sort(us.begin(), us.end());
    std::printf("derive on edit (native): median %.1f us, p90 %.1f us over %zu runs\n", us[us.size() / 2],
                us[us.size() * 9 / 10], us.size());

    // An import at the size the page accepts (4 MB): a plan whose answers name 200,000 items, in reverse order (each
    // key read belongs before all the others: the worst case for a reader that inserts in sorted place).
    std::string big = "{\"format\": \"certplan-plan\", \"version\": 6, \"plan\": {\"credential\": \"" + cred +
                      "\", \"answers\": {\"" + cred + "\": {";
    for (int i = 0; big.size() < 4'000'000; ++i) big += (i ? ", \"" : "\"") + std::to_string(9'999'999 - i) + "-item\": \"learning\"";
    big += "}}}}";
    const double import_ms = median_ms([&] { plan_from_json(big, "bench"); });
    const std::clock_t c0 = std::clock();  // processor time too: on a busy machine the wall clock says little
    plan_from_json(big, "bench");
    const double import_cpu_ms = 1000.0 * double(std::clock() - c0) / CLOCKS_PER_SEC;
    std::printf("import of a %.1f MB plan file (native): median %.1f ms over 21 runs, %.1f ms of processor time "
                "(goal: well under 1 s)\n", big.size() / 1e6, import_ms, import_cpu_ms);
    return 0;
}
