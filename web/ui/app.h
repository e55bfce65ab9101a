// The app: the catalog, the user's plan, what each view shows, and the messages for the user.
// Platform-free (no emscripten): web/main.cpp drives it in the browser, tests/ui drives it natively.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "catalog.h"
#include "compare.h"
#include "plan.h"
#include "problem.h"
#include "advice.h"
#include "estimate.h"
#include "readiness.h"
#include "schedule.h"
#include "question.h"
#include "late_data.h"

// The views speak the core's words.
using certplan::Catalog;
using certplan::CompareFilter;
using certplan::CompareOrder;
using certplan::Credential;
using certplan::Plan;
using certplan::Problems;

enum class StoreResult { ok, full, unavailable };

// What the platform does for the app; the native tests give fakes.
struct Host {
    // localStorage. get: false when the key is absent or storage cannot be read at all (then `unavailable`).
    std::function<bool(const std::string& key, std::string& value, bool& unavailable)> storage_get;
    std::function<StoreResult(const std::string& key, const std::string& value)> storage_set;
    std::function<void(const std::string& text)> copy_text;
    std::function<void(const std::string& filename, const std::string& mime, const std::string& content)> download;
    std::function<void()> open_import;  // asks the user for a file; it arrives through app_import_text
};

struct Notice {
    enum class Kind { info, warning, error } kind = Kind::info;
    std::string text;
    double shown_at = -1;  // ImGui time it was first drawn
    bool sticky = false;   // stays until dismissed
};

enum class View { compare, assess, plan, share };

struct CompareState {
    CompareFilter filter;
    CompareOrder order;
    std::string selected;  // credential id shown in the details panel
};

// Every figure the views show, computed by the core from the plan; recomputed only when the plan changes.
struct Derived {
    unsigned revision = ~0u;
    const certplan::Credential* credential = nullptr;  // the plan's credential
    const certplan::Checklist* checklist = nullptr;    // its checklist, if it has one
    certplan::Readiness readiness;
    certplan::AdviceResult advice;
    certplan::Estimate estimate;
    certplan::StudyPlan study_plan;
    int today = 0;
};

// "Check me" on one domain: the attempt in progress (which questions, in what order, what was chosen).
struct CheckSession {
    std::string credential, domain;       // empty: no check open
    std::vector<std::string> order;       // question ids, in this attempt's order
    std::vector<size_t> last_order;       // the previous attempt's order, so a retake differs
    size_t at = 0;                        // index into order of the question shown
    int chosen = -1;                      // this attempt's answer to the question shown (-1: none yet)
    int right = 0;                        // right answers so far in this attempt
    uint32_t attempts = 0;                // seeds the order
    bool finished() const { return !order.empty() && at >= order.size(); }
};

struct App {
    Catalog catalog;
    certplan::QuestionBank questions;   // late data: empty until questions.bin arrives
    LateState questions_state = LateState::loading;
    CheckSession check;
    Problems catalog_problems;  // the embedded catalog failed its check: shown instead of the views
    Plan plan;
    View view = View::compare;
    bool view_requested = false;  // select `view`'s tab on the next frame
    CompareState compare;
    std::vector<Notice> notices;
    Host host;
    Derived derived;
    bool theme_chosen = false;   // the user picked a theme; otherwise it follows prefers-color-scheme
    int today = 0;               // days since 1970, set by the platform (the user's local date)
    bool hours_zero_typed = false;  // the user typed 0 hours/week (stored as "not answered"; the estimate says why)
    bool confirm_reset = false;  // the reset confirmation is open
    struct {
        bool viewing = false;   // a shared plan is shown; the user's own is kept aside, untouched
        Plan own;               // the user's plan while viewing
        std::string link_problems;  // what the opened link left out (shown in the banner)
    } shared;
    struct {
        std::function<void(const std::string& fragment)> replace_hash;  // history.replaceState, no new entry
        std::string base_url;   // the page's address without its fragment
        unsigned written_revision = ~0u;
    } address;
    double now = 0;              // seconds, set by the main loop each frame
    unsigned plan_revision = 0;  // bumped on every edit of `plan`: the platform saves when it changes
    struct {
        unsigned saved_revision = 0;
        double edited_at = 0;          // when plan_revision last changed
        bool blocked = false;          // unreadable data could not be backed up: saving would lose it
        bool failing = false;          // the last save failed (full / unavailable); retried on the next edit
        std::string last_saved_text;
    } save;
};

void app_init(App& app, Host host);
// Draws one frame of the interface (between ImGui::NewFrame and ImGui::Render).
void app_draw(App& app);
void app_notify(App& app, Notice::Kind kind, const std::string& text, bool sticky = false);
void app_plan_edited(App& app);
void app_show(App& app, View view);
// Brings app.derived up to date with the plan (cheap when nothing changed).
void app_derive(App& app);
// Edits: each one bumps the plan revision (so it is saved) and keeps the derived figures in step.
void app_set_credential(App& app, const std::string& credential_id);
void app_rate(App& app, const std::string& item_id, certplan::Rating rating);
void app_set_profile(App& app, const std::string& field, const std::string& value);
void app_set_hours(App& app, double hours_per_week);
// "Check me": open a domain's check (a new order each time), answer the question shown, move on.
void app_start_check(App& app, const std::string& domain);
void app_answer_check(App& app, int option);
void app_next_check(App& app);
void app_close_check(App& app);
void app_set_target_date(App& app, const std::string& date);  // "" clears it
// Light or dark: `chosen` when the user picked it (remembered), not when the system preference changed.
void app_set_theme(App& app, bool dark, bool chosen);
// The plan summary as Markdown, and the study plan as an .ics calendar.
std::string app_summary_markdown(const App& app);
std::string app_calendar_ics(const App& app);

// The browser tests' window onto the app, as JSON (window.certplan.snapshot()): the plan exactly as saved
// and the figures those tests check against the page. Only what they read: every field is code in the
// download, and the figures themselves are unit-tested in the core.
std::string app_snapshot_json(const App& app);
