// The catalog's late part (core/catalog_binary.h): the web build embeds only what the first frame shows, and
// the page fetches the rest (dist/catalog-late.bin: the checklists, courses and estimate model) right after
// that frame is on screen. Until it arrives nothing is lost: answers are kept unchecked, a #plan= link
// waits and opens in full, the address bar is left as it is, and Assess, Plan and Share say they are loading.
// Natively the catalog is whole from the start and none of this happens.
#pragma once
#include <string>

#include "app.h"

// Whether the catalog is whole (the late part arrived, or there never was one).
bool app_catalog_complete(const App& app);
// The late part's bytes, or null when it could not be fetched (the user is told, with a way to try again).
void app_late_catalog(App& app, const std::string* bytes);
// Fetches the late part again after a failure (Host::fetch_late_catalog).
void app_retry_late_catalog(App& app);
