#include "catalog.h"

#include <algorithm>

namespace certplan {

namespace {
template <typename T>
const T* find_by(const std::vector<T>& v, const std::string& key, std::string T::*field) {
    auto it = std::find_if(v.begin(), v.end(), [&](const T& x) { return x.*field == key; });
    return it == v.end() ? nullptr : &*it;
}
}  // namespace

const Source* Catalog::source(const std::string& id) const { return find_by(sources, id, &Source::id); }
const Credential* Catalog::credential(const std::string& id) const { return find_by(credentials, id, &Credential::id); }
const Checklist* Catalog::checklist(const std::string& id) const { return find_by(checklists, id, &Checklist::credential); }
const Course* Catalog::course(const std::string& id) const { return find_by(courses, id, &Course::id); }
const StudyPath* Catalog::study_path(const std::string& id) const { return find_by(study_paths, id, &StudyPath::credential); }
const Question* Catalog::question(const std::string& id) const { return find_by(questions, id, &Question::id); }

std::vector<const Question*> Catalog::questions_for(const std::string& credential_id, const std::string& domain) const {
    std::vector<const Question*> out;
    for (const Question& q : questions)
        if (q.credential == credential_id && q.domain == domain) out.push_back(&q);
    return out;
}

int Question::best() const {
    for (size_t i = 0; i < options.size(); ++i)
        if (options[i].best) return int(i);
    return -1;
}

const BackgroundHours* EstimateModel::background(const std::string& id) const {
    return find_by(backgrounds, id, &BackgroundHours::background);
}

const char* to_string(Status s) {
    switch (s) {
        case Status::active: return "active";
        case Status::beta: return "beta";
        case Status::retired: return "retired";
        case Status::announced: return "announced";
    }
    return "active";
}

const char* section_name(CatalogSection s) {
    static const char* const names[kCatalogSectionCount] = {"sources", "credentials", "checklists", "courses", "advice", "estimate", "study paths", "questions"};
    return names[int(s)];
}

}  // namespace certplan
