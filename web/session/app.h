// The app: the catalog, the user's plan, and the messages for the user (how it is looked at, the view shown and
// the theme, is web/kit/view_state.h).
// Platform-free and UI-free (no emscripten, no ImGui: the library links neither): web/views draws it,
// web/main.cpp drives it in the browser, tests/ui drives it natively.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "catalog.h"
#include "compare.h"
#include "plan.h"
#include "problem.h"
#include "figures.h"

// The views speak the core's words.
using certplan::Catalog;
using certplan::CompareFilter;
using certplan::CompareOrder;
using certplan::Credential;
using certplan::PlanDocument;
using certplan::Problems;

enum class StoreResult { ok, full, unavailable };

// What the platform does for the app; the native tests give fakes.
struct Host {
    // localStorage. get: false when the key is absent or storage cannot be read at all (then `unavailable`).
    std::function<bool(const std::string& key, std::string& value, bool& unavailable)> storage_get;
    std::function<StoreResult(const std::string& key, const std::string& value)> storage_set;
    std::function<void(const std::string& text)> copy_text;
    std::function<void(const std::string& filename, const std::string& mime, const std::string& content)> download;
    std::function<void(const std::string& url)> open_url;  // a new tab, noopener
    std::function<void()> open_import;  // asks the user for a file; it arrives through app_import_text
    // Fetches the catalog's late part; its bytes arrive through app_late_catalog (late_catalog.h).
    std::function<void()> fetch_late_catalog;
};

struct Notice {
    enum class Kind { info, warning, error } kind = Kind::info;
    std::string text;
    double shown_at = -1;  // ImGui time it was first drawn
    bool sticky = false;   // stays until dismissed
    std::string restore_key;  // a plan kept under this storage key that the notice offers to bring back
    // Dismissed for good: dismissing writes dismiss_value under this storage key, and the notice is not given
    // again while the key holds that value (persistence.cpp: the same data not counted, start after start).
    std::string dismiss_key, dismiss_value;
    std::string switch_to, switch_label;  // a successor the notice offers as the target (app_switch_target)
};

struct App {
    Catalog catalog;
    Problems catalog_problems;  // the embedded catalog failed its check: shown instead of the views
    PlanDocument plan;
    std::vector<Notice> notices;
    Host host;
    struct {
        bool failed = false;       // the late part could not be fetched or read: said so, with a retry
        std::string problem;       // why, in words
        std::string pending_link;  // a #plan= link opened before the checklists came: opened when they do
        // The later views' code is in (web: app.deferred.wasm, linked right after the first frame; until then
        // Assess, Plan and Share say they are loading). Natively and in an unsplit build it always is.
        bool code_ready = true;
    } late;                        // the catalog's late part (late_catalog.h); app.catalog.complete() once in
    certplan::Figures derived;  // every figure the views show: certplan::derive() of the plan
    struct {
        unsigned revision = ~0u;  // the plan revision and day `derived` was computed for
        int today = 0;
    } derived_for;
    int today = 0;               // days since 1970, set by the platform (the user's local date)
    struct {
        bool viewing = false;   // a shared plan is shown; the user's own is kept aside, untouched
        PlanDocument own;       // the user's plan while viewing
        std::string link_problems;  // what the opened link left out (shown in the banner)
    } shared;
    struct {
        std::function<void(const std::string& fragment)> replace_hash;  // history.replaceState, no new entry
        std::string base_url;   // the page's address without its fragment
        unsigned written_revision = 0;
        bool rewrite_now = true;  // write at once, without waiting for edits to settle: at start, after a bad
                                  // link, after leaving a shared plan
    } address;
    double now = 0;              // seconds, set by the main loop each frame
    unsigned plan_revision = 0;  // bumped on every edit of `plan`: the platform saves when it changes
    unsigned plan_replaced = 0;  // bumped when the plan is replaced whole (restored, imported, reset, a shared plan
                                 // shown or left): views that show the plan's credential select it again
    struct {
        unsigned saved_revision = 0;
        double edited_at = 0;          // when plan_revision last changed
        bool blocked = false;          // unreadable data could not be backed up: saving would lose it
        bool failing = false;          // the last save failed (full / unavailable); retried on the next edit
        bool due_now = false;          // save on the next tick, without the delay (the user chose a whole plan)
        bool replace_whole = false;    // the next save replaces the stored plan whole (import, reset, shared plan)
        bool stale = false;            // storage must be written though the plan did not change (an older format
                                       // read, or a merge that kept values of this tab storage lacks)
        std::string last_saved_text;   // what this tab last read from or wrote to storage
        PlanDocument synced;           // that text's plan: the base when merging another tab's saves
    } save;
};

void app_init(App& app, Host host);

// --- The three doors through which the session's plan and catalog change ------------------------------------
// Each keeps the session's invariants: the plan revision (the save and the address bar follow it), the replaced
// counter (views select the plan's credential again), the save's flags and the derived figures. Nothing else
// bumps them or assigns app.plan or app.catalog.

// Why the whole plan is replaced: decides what is saved and what the user is told.
enum class PlanChange {
    loaded,        // read from storage at start: storage holds it (persistence marks it saved)
    merged,        // another tab's save merged in (persistence_sync): persistence decides what to write
    imported,      // from a file: saved at once, whole
    reset,         // an empty plan: saved at once, whole
    restored,      // a kept plan brought back: saved at once, whole
    shared_shown,  // a shared link shown: the user's own is kept aside, nothing is saved
    shared_left,   // the user kept their own plan: it is back, unchanged, nothing to save
    shared_used,   // the user took the shared plan (keeping their own check answers): saved at once, whole
};
// `kept_key`: the backup key the replaced plan was kept under ("" when none), offered in the notice;
// `left_out`: what the new plan left out, in words ("" when nothing). loaded, merged and shared_shown notify nothing.
void app_replace_plan(App& app, const PlanDocument& plan, PlanChange why, const std::string& kept_key = "",
                      const std::string& left_out = "");
// A new catalog (the late part added): the figures are derived again at once (they point into the catalog).
void app_set_catalog(App& app, Catalog catalog);
// An edit of the plan: `edit(plan)` changes it; when it changed, the revision is bumped (so it is saved) and the
// figures follow. Returns whether it changed.
template <class Edit> bool app_edit(App& app, Edit&& edit);

void app_notify(App& app, Notice::Kind kind, const std::string& text, bool sticky = false,
                const std::string& restore_key = "");
// The user dismissed notice `i` (for good when it says so: Notice::dismiss_key).
void app_dismiss_notice(App& app, size_t i);
// Brings app.derived up to date with the plan and today (cheap when nothing changed).
void app_derive(App& app);
// Edits: each one bumps the plan revision (so it is saved) and keeps the derived figures in step.
// The user picks the plan's target (Assess, the estimate, the week plan and the exports follow it); until
// then the advice's first credential is the target (core/figures.h resolve_target).
void app_choose_target(App& app, const std::string& credential_id);
// Switches the target to `id` (a retired target's successor), carrying checklist answers over where its items
// take over the old ones (core/retirement.h); the old answers stay in the plan. Needs the checklists.
void app_switch_target(App& app, const std::string& id);
// When the plan just opened (restored or from a link) targets a credential retired since: one notice that names
// the change and offers the successor. The plan is kept until the user chooses.
void app_check_target_status(App& app);
// Opens a link from data/ in a new tab; anything but a plain https: link (core/link.h) is refused.
void app_open_url(const App& app, const std::string& url);
void app_rate(App& app, const std::string& item_id, certplan::Rating rating);
// "Check me": the user chose `option` for the question (the latest answer counts; saved with the plan).
void app_check_answer(App& app, const std::string& question_id, int option);
// Fixes the plan's start (core/weeks.h start_to_fix) when it is made or first looked at (`looked_at`: the
// Plan view shows it); never for a shared plan being viewed, which is someone else's.
void app_fix_start(App& app, bool looked_at);
// "Check me": an attempt at the check `check_key` (core/check_order.h) was finished; the next shows a new order.
void app_check_finished(App& app, const std::string& check_key);
void app_set_profile(App& app, const std::string& field, const std::string& value);
void app_set_hours(App& app, double hours_per_week);
void app_set_target_date(App& app, const std::string& date);  // "" clears it
// Marks the week of `day` unavailable (no study, no exam), or available again.
void app_toggle_week(App& app, int day);
// Check-ins (core/pace.h) for a week of the study plan that has begun (`monday`: its first day). Ticking a task
// adds its hours to the week's logged hours (unticking takes them off); the hours can then be set exactly.
// The first check-in fixes the plan's start date when none is set: otherwise the plan would start on each new
// day's week and move under the check-ins. A week that cannot be checked in (not begun, off) is refused.
void app_toggle_task(App& app, int monday, int task);
void app_log_hours(App& app, int monday, double hours);
// Applies a re-plan the view showed (app.derived.replan_at_pace / replan_at_needed); undone by app_undo_replan,
// which takes the last one off again (the plan before it comes back, ticks and hours untouched).
void app_replan(App& app, const certplan::Replan& replan);
void app_undo_replan(App& app);
// With a "skip" verdict: show the exam plan anyway, or hide it again.
void app_choose_exam_plan(App& app, bool chosen);
// The plan summary as Markdown, and the study plan as an .ics calendar.
std::string app_summary_markdown(const App& app);
std::string app_calendar_ics(const App& app);

void app_plan_edited(App& app);  // app_edit's bookkeeping: use app_edit
template <class Edit> bool app_edit(App& app, Edit&& edit) {
    const PlanDocument before = app.plan;
    edit(app.plan);
    if (app.plan == before) return false;
    app_plan_edited(app);
    app_derive(app);
    return true;
}
