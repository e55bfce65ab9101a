#include "persistence.h"

#include "crc32.h"
#include "storage.h"
#include "plan_merge.h"

using certplan::PlanRead;

namespace {

// What was left out, in the user's words: how many values, not the field paths of the file.
std::string values_left_out(const certplan::Problems& problems) {
    const size_t n = problems.size();
    return (n == 1 ? std::string("1 value") : std::to_string(n) + " values") + " this version of certplan does not know";
}

bool stored(App& app, const std::string& key, std::string& value) {
    bool unavailable = false;
    return app.host.storage_get && app.host.storage_get(key, value, unavailable);
}

// Storage holds `text`, which is `plan`: this tab is in step with it.
void mark_synced(App& app, const std::string& text, const PlanDocument& plan) {
    app.save.saved_revision = app.plan_revision;
    app.save.stale = false;
    app.save.last_saved_text = text;
    app.save.synced = plan;
}

// Saving would lose what storage holds: it stops, and the user is told in words, with what to do.
void block_saving(App& app, const std::string& why) {
    app.save.blocked = true;
    app_notify(app, Notice::Kind::error,
               why + " so certplan will not save over it: your changes from now on stay in this tab only. To keep them, "
                     "export your progress to a file (\"Export progress\" in Assess).",
               true);
}

// A notice about data certplan keeps but does not count: once dismissed, not shown again for the same data.
constexpr const char* kDismissedKey = "certplan.dismissed.not-counted";
std::string fingerprint(const std::string& text) {
    return std::to_string(certplan::crc32(reinterpret_cast<const uint8_t*>(text.data()), text.size())) + ":" +
           std::to_string(text.size());
}
void notify_not_counted(App& app, const certplan::Problems& problems, const std::string& text, const std::string& kept_key) {
    std::string dismissed;
    if (stored(app, kDismissedKey, dismissed) && dismissed == fingerprint(text)) return;
    app_notify(app, Notice::Kind::warning,
               "Some saved values are not counted: " + values_left_out(problems) + ". " +
                   (kept_key.empty() ? "They stay in your saved progress, unchanged." : "Nothing is lost: the original is kept in this browser."),
               true);
    app.notices.back().dismiss_key = kDismissedKey;
    app.notices.back().dismiss_value = fingerprint(text);
}

}  // namespace

std::string persistence_backup(App& app, const std::string& reason, const std::string& text) {
    if (!app.host.storage_set) return "";
    // One backup per distinct content: the same text kept again (each start, say) is the key that holds it.
    std::string base = kBackupPrefix + reason, key = base, held;
    for (int n = 2; stored(app, key, held) && n < 1000; ++n) {
        if (held == text) return key;
        key = base + "." + std::to_string(n);
    }
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
            block_saving(app, "Your saved progress could not be read (it is damaged, or from a newer certplan) and could not "
                              "be copied aside,");
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
    app_replace_plan(app, read.plan, PlanChange::loaded);
    mark_synced(app, text, read.plan);
    if (!read.problems.empty()) {
        // Some values were left out: keep the original before the next save replaces it.
        std::string key = persistence_backup(app, "partly-unreadable", text);
        if (key.empty()) block_saving(app, "Some saved values are not counted (" + values_left_out(read.problems) + ") and could not be copied aside,");
        else notify_not_counted(app, read.problems, text, key);
    } else if (read.version < certplan::kPlanFormatVersion) {
        std::string key = persistence_backup(app, "v" + std::to_string(read.version), text);
        if (key.empty()) {
            block_saving(app, "Your saved progress is in an older format and could not be copied aside before updating it,");
        } else {
            app_notify(app, Notice::Kind::info, "Your saved progress was updated to the current format.");
            app.save.stale = true;  // write the new format
        }
    }
}

void persistence_check_answers(App& app) {
    const PlanDocument& ours = app.shared.viewing ? app.shared.own : app.plan;
    const certplan::Problems unknown = certplan::unknown_answers(app.catalog, ours, "saved progress");
    if (unknown.empty()) return;
    const std::string text = certplan::plan_to_json(ours);
    notify_not_counted(app, unknown, text, persistence_backup(app, "partly-unreadable", text));
}

bool persistence_sync(App& app) {
    if (!app.host.storage_get || app.save.blocked) return false;
    std::string text;
    bool unavailable = false;
    if (!app.host.storage_get(kPlanKey, text, unavailable)) return false;  // nothing stored: nothing to merge
    if (text == app.save.last_saved_text) return false;                     // no other tab saved
    PlanRead read = certplan::plan_from_json(text, "saved progress", &app.catalog);
    if (!read.usable) {
        // Another tab wrote what this one cannot read (a newer certplan?): keep it before a save replaces it,
        // and when it cannot be kept, never save over it.
        if (persistence_backup(app, "unreadable", text).empty())
            block_saving(app, "Another tab saved progress this one cannot read (from a newer certplan?), and it could not be "
                              "copied aside,");
        app.save.last_saved_text = text;
        return false;
    }
    const PlanDocument& ours = app.shared.viewing ? app.shared.own : app.plan;
    const PlanDocument merged = app.save.replace_whole ? ours : certplan::merge_plans(app.save.synced, ours, read.plan);
    app.save.last_saved_text = text;
    app.save.synced = read.plan;
    const bool changed = merged != ours;
    const bool pending = app.plan_revision != app.save.saved_revision;
    if (changed) app_replace_plan(app, merged, PlanChange::merged);  // the figures follow
    if (app.shared.viewing) return changed;
    if (merged == read.plan) app.save.saved_revision = app.plan_revision, app.save.stale = false;  // storage already holds it
    else if (!pending && !changed) app.save.stale = true;  // this tab's values still to write
    return changed;
}

bool persistence_tick(App& app, double now) {
    if (app.shared.viewing) return false;  // a shared plan is only shown: nothing is saved until the user chooses
    const auto nothing_to_save = [&] { return app.plan_revision == app.save.saved_revision && !app.save.stale; };
    if (nothing_to_save() || app.save.blocked || !app.host.storage_set) return false;
    if (!app.save.due_now && now - app.save.edited_at < kSaveDelay) return true;
    // Re-read and merge first: another tab may have saved since this one last did, and must not lose it.
    persistence_sync(app);
    if (nothing_to_save() || app.save.blocked) return false;  // the merge left nothing to write, or it must not be
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
    app.save.stale = false;
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
    app_replace_plan(app, read.plan, PlanChange::imported, key, read.problems.empty() ? "" : values_left_out(read.problems));
}

void app_reset_plan(App& app) {
    const std::string key = persistence_backup(app, "before-reset", certplan::plan_to_json(app.plan));
    app_replace_plan(app, PlanDocument{}, PlanChange::reset, key);
}

bool app_restore_backup(App& app, const std::string& key) {
    std::string text;
    PlanRead read;
    if (stored(app, key, text)) read = certplan::plan_from_json(text, "the kept plan", &app.catalog);
    if (!read.usable) {
        app_notify(app, Notice::Kind::error, "The replaced plan could not be brought back: it is no longer in this browser.", true);
        return false;
    }
    // The plan shown now is kept in turn, so the restore can itself be undone.
    const std::string undo = persistence_backup(app, "before-restore", certplan::plan_to_json(app.plan));
    app_replace_plan(app, read.plan, PlanChange::restored, undo);
    return true;
}
