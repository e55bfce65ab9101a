// Late data: content the page fetches after the first frame, so it never weighs on the first download
// (the scenario questions today). The platform fetches each file in late_files() and hands its bytes
// (or its failure) to app_late_data; each file has a reader that turns the bytes into app state.
// The service worker precaches these files and the single-file page inlines them (scripts/build).
#pragma once
#include <string>
#include <vector>

struct App;

enum class LateState { loading, ready, failed };

const std::vector<std::string>& late_files();  // file names in dist/, e.g. "questions.bin"
// `bytes` null: the file could not be fetched. A file whose bytes its reader refuses counts as failed.
void app_late_data(App& app, const std::string& name, const std::string* bytes);
