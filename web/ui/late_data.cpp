#include "late_data.h"

#include "app.h"
#include "catalog_binary.h"

namespace {

// One reader per late file: true when the bytes were usable.
bool read_questions(App& app, const std::string& bytes) {
    auto bank = certplan::read_questions_binary(bytes);
    if (!bank) return false;
    app.questions = std::move(*bank);
    return true;
}

struct LateFile {
    const char* name;
    bool (*read)(App&, const std::string&);
    LateState App::*state;
};
const LateFile kLateFiles[] = {{"questions.bin", read_questions, &App::questions_state}};

}  // namespace

const std::vector<std::string>& late_files() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (const LateFile& f : kLateFiles) out.push_back(f.name);
        return out;
    }();
    return names;
}

void app_late_data(App& app, const std::string& name, const std::string* bytes) {
    for (const LateFile& f : kLateFiles) {
        if (name != f.name) continue;
        app.*f.state = bytes && f.read(app, *bytes) ? LateState::ready : LateState::failed;
        app.derived.revision = ~0u;  // the figures may change with the new content
        app_derive(app);
    }
}
