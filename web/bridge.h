// The only place that talks to the browser (EM_JS): window.certplan, clipboard, cursor, storage,
// the address bar and file download/upload. Each function is a thin call; the logic stays in C++.
#pragma once
#include <string>

void bridge_install();                        // defines window.certplan and the paste listener
void bridge_mark(const char* phase);           // window.certplan.startup[phase] = performance.now(), for scripts/bench
// window.certplan.ready / frames / pictures / idle / frameMs. frames: frames laid out; pictures: those of them
// drawn on the canvas (a frame whose picture is there already is not drawn again).
void bridge_frame_drawn(int frames, int pictures, bool idle, double frame_ms);
void bridge_copy_text(const std::string& text);
std::string bridge_pasted_text();             // the last text pasted into the page
void bridge_set_cursor(const char* css_cursor);
void bridge_download(const std::string& filename, const std::string& mime, const std::string& content);
void bridge_hide_loading();
void bridge_open_url(const std::string& url);  // a new tab, noopener; https: only
// localStorage. get: 1 found, 0 absent, -1 storage unavailable. set: 0 ok, 1 full (quota), 2 unavailable.
int bridge_storage_get(const std::string& key, std::string& value);
int bridge_storage_set(const std::string& key, const std::string& value);
// Opens the browser's file picker; the chosen file's text arrives through certplan_import_text().
void bridge_open_import();
// Fetches the catalog's late part (catalog-late.bin); its bytes arrive through certplan_late_catalog().
// Fetches the later part's bytes (nothing is compiled or read yet): called before the first frame.
void bridge_prefetch_late();
void bridge_fetch_late_catalog();
// Whether the later views' code comes after the first frame (app.deferred.wasm, shell/later_code.js); once it is
// linked in, certplan_later_code_ready() is called, before the late part's bytes arrive.
bool bridge_later_code_split();
// window.certplan.complete / lateFailed, and a "certplan-complete" event: the late part arrived (or failed).
void bridge_catalog_complete(bool complete, bool failed);
// The address bar: the fragment (without '#'), the page's address without it, and replacing the fragment
// with history.replaceState (no history entry). A hashchange calls certplan_hash_changed().
std::string bridge_get_hash();
std::string bridge_base_url();
void bridge_replace_hash(const std::string& fragment);
// prefers-color-scheme: dark? A change calls certplan_color_scheme_changed().
bool bridge_prefers_dark();
// Whether the main pointer is a finger (CSS "pointer: coarse"): phones and tablets.
bool bridge_coarse_pointer();
// Today in the user's time zone, as days since 1970-01-01.
int bridge_today();
