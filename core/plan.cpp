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

std::string rating_in_prose(Rating r) {
    std::string s = rating_label(r);
    if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') s[0] = char(s[0] - 'A' + 'a');
    return s;
}

std::string rating_scale() {
    std::string out;
    for (int r = int(Rating::not_yet); r < kRatingCount; ++r) out += (out.empty() ? "" : ", ") + std::string(rating_label(Rating(r)));
    return out;
}
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
