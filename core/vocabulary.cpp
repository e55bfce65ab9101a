#include "vocabulary.h"

namespace certplan {

const Term* Vocabulary::find(const std::string& key) const {
    for (const Term& t : terms)
        if (key == t.key) return &t;
    return nullptr;
}

std::string Vocabulary::label(const std::string& key) const {
    const Term* t = find(key);
    return t ? t->label : key;
}

std::vector<std::string> Vocabulary::keys() const {
    std::vector<std::string> out;
    for (const Term& t : terms) out.push_back(t.key);
    return out;
}

namespace {
// A profile question's answers: a share link holds one in 3 bits, so a list that outgrows them fails to compile.
template <size_t N> Vocabulary profile_answers(const Term (&terms)[N]) {
    static_assert(N <= kShareChoiceLimit, "a share link holds a profile answer in 3 bits: at most 7 answers");
    return Vocabulary{std::vector<Term>(terms, terms + N)};
}
}  // namespace

namespace vocabulary {

const Vocabulary& background() {
    static const Vocabulary v = profile_answers({{"production-ml-2y", "ML engineer, 2+ years in production"},
                               {"working-ml", "Working ML knowledge"},
                               {"software-engineer", "Software engineer moving into ML"},
                               {"data-analyst", "Data analyst moving into ML"},
                               {"new-to-ml", "New to ML"}});
    return v;
}

const Vocabulary& employer() {
    static const Vocabulary v = profile_answers({{"large-enterprise", "Large enterprise", "Large enterprise (bank, hospital, insurer)"},
                               {"consulting-or-vendor", "Consulting firm or cloud vendor"},
                               {"startup-or-midsize", "Startup or mid-size product company"},
                               {"research", "ML research / applied science"}});
    return v;
}

const Vocabulary& cloud() {
    static const Vocabulary v = profile_answers({{"google-cloud", "Google Cloud"},
                               {"aws", "AWS"},
                               {"azure", "Azure"},
                               {"databricks", "Databricks / Spark"},
                               {"none", "None"}});
    return v;
}

const Vocabulary& employer_pays() {
    static const Vocabulary v = profile_answers({{"yes", "Yes, it reimburses the exam"}, {"no", "No, I pay"}});
    return v;
}

const Vocabulary& goal() {
    static const Vocabulary v = profile_answers({{"switch-into-ml", "Switch into ML engineering"},
                               {"validate-platform", "Validate platform skills I use daily"},
                               {"compensation-review", "A compensation review"},
                               {"pass-hr-filters", "Get past HR credential filters"}});
    return v;
}

const Vocabulary& tradeoff() {
    static const Vocabulary v = profile_answers({{"cert-or-build", "Choosing between exam prep and a portfolio project"}});
    return v;
}

const Vocabulary& rating() {
    static const Vocabulary v{{{"unrated", "Not rated"},
                               {"not_yet", "Not yet"},
                               {"learning", "Learning"},
                               {"can_explain", "Can explain it"},
                               {"in_production", "Done it in production"}}};
    return v;
}

const Vocabulary& verdict() {
    static const Vocabulary v{{{"pursue", "Pursue certification"},
                               {"skip", "Skip it: build a portfolio instead"},
                               {"foundations-first", "Foundations first, then certify"},
                               {"optional", "Optional: it depends on your goals"}}};
    return v;
}

const Vocabulary& platform() {
    static const Vocabulary v{{{"google-cloud", "Google Cloud"},
                               {"aws", "AWS"},
                               {"azure", "Azure"},
                               {"databricks", "Databricks"},
                               {"any", "Any", "Any (courses)"}}};
    return v;
}

const Vocabulary& status() {
    static const Vocabulary v{{{"active", "Active"}, {"beta", "Beta"}, {"retired", "Retired"}, {"announced", "Announced"}}};
    return v;
}

const Vocabulary& hiring_weight() {
    static const Vocabulary v{{{"high", "high"}, {"medium", "medium"}, {"low", "low"}, {"unknown", "unknown"}}};
    return v;
}

const Vocabulary& phase() {
    static const Vocabulary v{{{"foundations", "Foundations", "ML foundations"},
                               {"core", "Core courses", "Production ML and project structure"},
                               {"platform", "Platform prep", "Platform-specific prep"},
                               {"practice", "Practice", "Practice and review"},
                               {"exam", "Exam", "Exam week"},
                               {"off", "Week off", "Week off (marked unavailable)"},
                               {"free", "Free week", "Free week (the plan needs less than an hour a week)"}}};
    return v;
}

const Vocabulary& credential_kind() {
    static const Vocabulary v{{{"exam", "Exam"}, {"course-certificate", "Course certificate"}}};
    return v;
}

const Vocabulary& source_kind() {
    static const Vocabulary v{{{"official", "Official"}, {"third-party", "Third party"}, {"article", "Source article"}, {"certplan", "certplan"}}};
    return v;
}

const Vocabulary& resource_kind() {
    static const Vocabulary v{{{"exam-guide", "Exam guide"}, {"learning-path", "Learning path"}, {"course", "Course"}, {"practice", "Practice"}}};
    return v;
}

const Vocabulary& reason_kind() {
    static const Vocabulary v{{{"pursue", "Pursue when"}, {"skip", "Skip when"}, {"first-choice", "First choice"}, {"status", "Status"}, {"note", "Note"}}};
    return v;
}

}  // namespace vocabulary
}  // namespace certplan
