#include "plan.h"

#include "vocabulary.h"

namespace certplan {

namespace {
const Term& rating_term(Rating r) {
    const auto& terms = vocabulary::rating().terms;
    return terms[size_t(r) % terms.size()];
}
}  // namespace

const char* rating_label(Rating r) { return rating_term(r).label; }
const char* rating_key(Rating r) { return rating_term(r).key; }

bool rating_from_key(const std::string& key, Rating& out) {
    const auto& terms = vocabulary::rating().terms;
    for (size_t i = 0; i < terms.size(); ++i)
        if (key == terms[i].key) {
            out = Rating(i);
            return true;
        }
    return false;
}

bool Profile::operator==(const Profile& o) const {
    bool same = true;
    visit_profile_fields([&](const PlanField&, auto get) { same = same && get(*this) == get(o); });
    return same;
}

const Answers& PlanDocument::answers_for(const std::string& credential_id) const {
    static const Answers none;
    auto it = answers.find(credential_id);
    return it == answers.end() ? none : it->second;
}

}  // namespace certplan
