#include "profile.h"

#include <algorithm>

#include "vocabulary.h"

namespace certplan {

const std::vector<ProfileField>& profile_fields() {
    static const std::vector<ProfileField> fields = {
        {"background", "Your background", &vocabulary::background(), vocabulary::background().keys()},
        {"employer", "Target employer", &vocabulary::employer(), vocabulary::employer().keys()},
        {"cloud", "Cloud platform at work", &vocabulary::cloud(), vocabulary::cloud().keys()},
        {"employer_pays", "Does your employer pay?", &vocabulary::employer_pays(), vocabulary::employer_pays().keys()},
        {"goal", "Your goal", &vocabulary::goal(), vocabulary::goal().keys()},
        {"tradeoff", "Exam prep or a portfolio project?", &vocabulary::tradeoff(), vocabulary::tradeoff().keys()},
    };
    return fields;
}

const ProfileField* profile_field(const std::string& name) {
    const auto& f = profile_fields();
    auto it = std::find_if(f.begin(), f.end(), [&](const ProfileField& x) { return x.name == name; });
    return it == f.end() ? nullptr : &*it;
}

namespace {
std::string* slot(Profile& p, const std::string& field) {
    if (field == "background") return &p.background;
    if (field == "employer") return &p.employer;
    if (field == "cloud") return &p.cloud;
    if (field == "employer_pays") return &p.employer_pays;
    if (field == "goal") return &p.goal;
    if (field == "tradeoff") return &p.tradeoff;
    return nullptr;
}
}  // namespace

std::string profile_value(const Profile& p, const std::string& field) {
    std::string* s = slot(const_cast<Profile&>(p), field);
    return s ? *s : std::string();
}

bool set_profile_value(Profile& p, const std::string& field, const std::string& value) {
    const ProfileField* f = profile_field(field);
    std::string* s = slot(p, field);
    if (!f || !s) return false;
    if (!value.empty() && std::find(f->values.begin(), f->values.end(), value) == f->values.end()) return false;
    *s = value;
    return true;
}

}  // namespace certplan
