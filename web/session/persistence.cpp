#include "persistence.h"

#include "plan_codec.h"
#include "plan_merge.h"

using certplan::PlanRead;

namespace {

// What was left out, in the user's words: how many values, not the field paths of the file.
std::string values_left_out(const certplan::Problems& problems) {
    const size_t n = problems.size();
    return (n == 1 ? std::string("1 value") : std::to_string(n) + " values") + " this version of certplan does not know";
}

bool key_exists(App& app, const std::string& key) {
    std::string ignored;
    bool unavailable = false;
    return app.host.storage_get && app.host.storage_get(key, ignored, unavailable);
}

// Storage holds `text`, which is `plan`: this tab is in step with it.
void mark_synced(App& app, const std::string& text, const PlanDocument& plan) {
    app.save.saved_revision = app.plan_revision;
    app.save.last_saved_text = text;
    app.save.synced = plan;
}

void replace_plan(App& app, const PlanDocument& plan) {
    app.plan = plan;
    ++app.plan_replaced;
    app_plan_edited(app);
    app.save.due_now = true;        // save at once: the user just chose this
    app.save.replace_whole = true;  // the whole plan, not merged with what another tab saved
}

}  // namespace

std::string persistence_backup(App& app, const std::string& reason, const std::string& text) {
    if (!app.host.storage_set) return "";
    std::string base = kBackupPrefix + reason, key = base;
    for (int n = 2; key_exists(app, key) && n < 1000; ++n) key = base + "." + std::to_string(n);
    return app.host.storage_set(key, text) == StoreResult::ok ? key : "";
}

void persistence_load(App& app) {
    if (!app.host.storage_get) return;
    std::string text;
    bool unavailable = false;
    if (!app.host.storage_get(kPlanKey, text, unavailable)) {
        if (unavailable) {
            app.save.failing = true;
            app_notify(app, Notice::Kind::warning,
                       "This browser does not let certplan use its storage (private mode or blocked): your progress "
                       "lives in this tab only. Export it to a file to keep it.", true);
        }
        mark_synced(app, "", app.plan);
        return;
    }
    PlanRead read = certplan::plan_from_json(text, "saved progress", &app.catalog);
    if (!read.usable) {
        std::string key = persistence_backup(app, "unreadable", text);
        if (key.empty()) {
            app.save.blocked = true;  // overwriting now would lose what could not be read
            app_notify(app, Notice::Kind::error,
                       "Your saved progress could not be read (it is damaged, or from a newer certplan) and could not "
                       "be copied aside, so certplan will not save over it. Export your work to a file to keep it.",
                       true);
        } else {
            app_notify(app, Notice::Kind::error,
                       "Your saved progress could not be read (it is damaged, or from a newer certplan), so certplan "
                       "started with an empty plan. The unreadable copy is kept unchanged in this browser.", true);
        }
        // Storage still holds `text` (kept under the backup key, or guarded by `blocked`): not another tab's
        // save to merge or back up again.
        mark_synced(app, text, app.plan);
        return;
    }
    app.plan = read.plan;
    ++app.plan_replaced;
    mark_synced(app, text, read.plan);
    if (!read.problems.empty()) {
        // Some values were left out: keep the original before the next save replaces it.
        std::string key = persistence_backup(app, "partly-unreadable", text);
        if (key.empty()) app.save.blocked = true;
        app_notify(app, Notice::Kind::warning,
                   "Some saved values are not counted: " + values_left_out(read.problems) + ". " +
                       (key.empty() ? "They could not be copied aside, so certplan will not save over them."
                                    : "Nothing is lost: the original is kept in this browser."), true);
    } else if (read.version < certplan::kPlanFormatVersion) {
        std::string key = persistence_backup(app, "v" + std::to_string(read.version), text);
        if (key.empty()) app.save.blocked = true;
        app_notify(app, Notice::Kind::info, "Your saved progress was updated to the current format.");
        app_plan_edited(app);  // write the new format
    }
}

void persistence_check_answers(App& app) {
    const PlanDocument& ours = app.shared.viewing ? app.shared.own : app.plan;
    const certplan::Problems unknown = certplan::unknown_answers(app.catalog, ours, "saved progress");
    if (unknown.empty()) return;
    std::string key = persistence_backup(app, "partly-unreadable", certplan::plan_to_json(ours));
    app_notify(app, Notice::Kind::warning,
               "Some saved values are not counted: " + values_left_out(unknown) + ". " +
                   (key.empty() ? "They stay in your saved progress, unchanged."
                                : "Nothing is lost: the original is kept in this browser."), true);
}

bool persistence_sync(App& app) {
    if (!app.host.storage_get || app.save.blocked) return false;
    std::string text;
    bool unavailable = false;
    if (!app.host.storage_get(kPlanKey, text, unavailable)) return false;  // nothing stored: nothing to merge
    if (text == app.save.last_saved_text) return false;                     // no other tab saved
    PlanRead read = certplan::plan_from_json(text, "saved progress", &app.catalog);
    if (!read.usable) {
        // Another tab wrote what this one cannot read (a newer certplan?): keep it before a save replaces it.
        persistence_backup(app, "unreadable", text);
        app.save.last_saved_text = text;
        return false;
    }
    const bool pending = app.plan_revision != app.save.saved_revision;
    PlanDocument& ours = app.shared.viewing ? app.shared.own : app.plan;
    const PlanDocument merged = app.save.replace_whole ? ours : certplan::merge_plans(app.save.synced, ours, read.plan);
    app.save.last_saved_text = text;
    app.save.synced = read.plan;
    const bool changed = !(merged == ours);
    ours = merged;
    if (changed) ++app.plan_revision;  // the figures follow
    if (app.shared.viewing) return changed;
    if (merged == read.plan) app.save.saved_revision = app.plan_revision;  // storage already holds it
    else if (!pending) app_plan_edited(app);                                 // this tab's values still to write
    return changed;
}

bool persistence_tick(App& app, double now) {
    if (app.shared.viewing) return false;  // a shared plan is only shown: nothing is saved until the user chooses
    if (app.plan_revision == app.save.saved_revision || app.save.blocked || !app.host.storage_set) return false;
    if (!app.save.due_now && now - app.save.edited_at < kSaveDelay) return true;
    // Re-read and merge first: another tab may have saved since this one last did, and must not lose it.
    persistence_sync(app);
    if (app.plan_revision == app.save.saved_revision) return false;  // the merge left nothing to write
    const std::string text = certplan::plan_to_json(app.plan);
    StoreResult r = app.host.storage_set(kPlanKey, text);
    app.save.due_now = false;
    if (r == StoreResult::ok) {
        mark_synced(app, text, app.plan);
        app.save.replace_whole = false;
        if (app.save.failing) app_notify(app, Notice::Kind::info, "Saving works again: your progress is saved.");
        app.save.failing = false;
        return false;
    }
    app.save.saved_revision = app.plan_revision;  // do not retry every frame; the next edit retries
    if (!app.save.failing)
        app_notify(app, Notice::Kind::warning,
                   r == StoreResult::full
                       ? "Browser storage is full: your latest changes are not saved. certplan keeps working; export "
                         "your progress to a file to keep it."
                       : "Browser storage is unavailable: your latest changes are not saved. certplan keeps working; "
                         "export your progress to a file to keep it.", true);
    app.save.failing = true;
    return false;
}

std::string export_filename() { return "certplan-progress.json"; }

void app_export_plan(App& app) {
    if (app.host.download) app.host.download(export_filename(), "application/json", certplan::plan_to_json(app.plan));
    app_notify(app, Notice::Kind::info, "Exported your progress as " + export_filename() + ".");
}

void app_import_text(App& app, const std::string& text) {
    PlanRead read = certplan::plan_from_json(text, "the imported file", &app.catalog);
    if (!read.usable) {
        app_notify(app, Notice::Kind::error,
                   "Nothing was imported: that file is not certplan progress, or it is damaged. Choose a file saved "
                   "with \"Export progress\".", true);
        return;
    }
    const std::string key = persistence_backup(app, "before-import", certplan::plan_to_json(app.plan));
    replace_plan(app, read.plan);
    const std::string kept = key.empty() ? "" : " The plan it replaced is kept in this browser.";
    if (read.problems.empty())
        app_notify(app, Notice::Kind::info, "Imported your progress." + kept, true, key);
    else
        app_notify(app, Notice::Kind::warning, "Imported, but " + values_left_out(read.problems) + " were left out." + kept,
                   true, key);
}

void app_reset_plan(App& app) {
    const std::string key = persistence_backup(app, "before-reset", certplan::plan_to_json(app.plan));
    replace_plan(app, PlanDocument{});
    app_notify(app, Notice::Kind::info,
               key.empty() ? "Your progress was reset." : "Your progress was reset. The old plan is kept in this browser.",
               true, key);
}

bool app_restore_backup(App& app, const std::string& key) {
    std::string text;
    bool unavailable = false;
    PlanRead read;
    if (app.host.storage_get && app.host.storage_get(key, text, unavailable))
        read = certplan::plan_from_json(text, "the kept plan", &app.catalog);
    if (!read.usable) {
        app_notify(app, Notice::Kind::error, "The replaced plan could not be brought back: it is no longer in this browser.", true);
        return false;
    }
    // The plan shown now is kept in turn, so the restore can itself be undone.
    const std::string undo = persistence_backup(app, "before-restore", certplan::plan_to_json(app.plan));
    replace_plan(app, read.plan);
    app_notify(app, Notice::Kind::info,
               undo.empty() ? "Your replaced plan is back." : "Your replaced plan is back. The plan it replaced is kept in this browser.",
               true, undo);
    return true;
}
