// The plan in localStorage: restored at start, saved shortly after every change, and never lost:
// unreadable or partly readable data is kept under a backup key before anything overwrites it, and a
// full or unavailable storage only pauses saving (the app keeps working in memory).
#pragma once
#include <string>

#include "app.h"

constexpr const char* kPlanKey = "certplan.plan";
constexpr const char* kBackupPrefix = "certplan.backup.";
constexpr double kSaveDelay = 0.4;  // seconds after the last edit: quick, but not on every keystroke

// Reads the saved plan into app.plan (or keeps the default plan), telling the user of any problem.
void persistence_load(App& app);
// Once the catalog's late part has arrived (late_catalog.h): the saved answers persistence_load could not check
// without the checklists are checked now, with the same notice (and backup) as at load.
void persistence_check_answers(App& app);
// Call every frame with the current time in seconds: saves when the plan changed and kSaveDelay passed.
// Returns true while a save is pending (the main loop keeps drawing until it has happened).
bool persistence_tick(App& app, double now);
// Another tab may have saved: re-reads the stored plan and merges it with this tab's (certplan::merge_plans),
// so no tab's ratings or answers are lost and this tab shows the other's. Called before every save and on
// the browser's `storage` event. Returns true when this tab's plan changed.
bool persistence_sync(App& app);
// Keeps `text` under a new backup key ("certplan.backup.<reason>[.N]"); returns the key, or "" on failure.
std::string persistence_backup(App& app, const std::string& reason, const std::string& text);

// Export / import of the plan as a JSON file (the same document as localStorage holds).
std::string export_filename();
void app_export_plan(App& app);
void app_import_text(App& app, const std::string& text);
// Replaces the plan by an empty one, after keeping the old one under a backup key.
void app_reset_plan(App& app);
// Brings back the plan kept under a backup key (a notice's "Restore the replaced plan"), keeping the one it
// replaces in turn. False, with a notice, when the key holds no readable plan.
bool app_restore_backup(App& app, const std::string& key);
