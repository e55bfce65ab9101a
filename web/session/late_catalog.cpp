#include "late_catalog.h"

#include "catalog_binary.h"
#include "persistence.h"
#include "share.h"

bool app_catalog_complete(const App& app) { return app.catalog.complete(); }

void app_late_catalog(App& app, const std::string* bytes) {
    if (app_catalog_complete(app)) return;  // a second delivery (a retry that raced the first): nothing to add
    // Read into a copy: the catalog the figures point into changes only through app_set_catalog, and only whole.
    Catalog whole = app.catalog;
    std::string problem;
    if (!bytes) problem = "it could not be fetched";
    else if (!certplan::add_catalog_part(whole, *bytes, problem)) problem = "catalog-late.bin: " + problem;
    else if (!whole.complete())
        for (int s = 0; s < certplan::kCatalogSectionCount; ++s)
            if (!whole.holds(certplan::CatalogSection(s))) {
                problem = std::string("catalog-late.bin: it lacks the ") + certplan::section_name(certplan::CatalogSection(s)) + " section";
                break;
            }
    if (!problem.empty()) {
        app.late.failed = true;
        app.late.problem = problem;
        return;
    }
    app.late.failed = false;
    app.late.problem.clear();
    app_set_catalog(app, std::move(whole));  // the figures now have checklists, courses and the estimate model
    // What waited for the checklists: the saved answers' check, then a link opened before they came.
    persistence_check_answers(app);
    if (!app.late.pending_link.empty()) {
        const std::string link = std::move(app.late.pending_link);
        app.late.pending_link.clear();
        app_open_link(app, link);
    }
    app_check_target_status(app);  // the plan now shown: has its target retired since?
}

void app_retry_late_catalog(App& app) {
    if (app_catalog_complete(app) || !app.host.fetch_late_catalog) return;
    app.late.failed = false;
    app.late.problem.clear();
    app.host.fetch_late_catalog();
}
