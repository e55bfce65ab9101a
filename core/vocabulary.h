// certplan's lists of values, each written once: key (what data/, storage and links hold), label (what a
// person reads) and order (the position in its list: display order, and the index share links store).
// The catalog loader, the profile, the views, the exports and the share codec all read these tables.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace certplan {

struct Term {
    const char* key;
    const char* label;
    const char* title = nullptr;  // a longer form, where one reads better: a questionnaire answer, a calendar event
    const char* long_label() const { return title ? title : label; }
};

struct Vocabulary {
    std::vector<Term> terms;  // in order

    const Term* find(const std::string& key) const;
    bool has(const std::string& key) const { return find(key) != nullptr; }
    // The label of a key; the key itself when it is not in the list (never an empty cell).
    std::string label(const std::string& key) const;
    std::vector<std::string> keys() const;
};

// A share link holds a profile answer in 3 bits (0: not answered, else its position + 1): a profile question has
// at most 7 answers. vocabulary.cpp checks each list against it where it declares it, at compile time.
constexpr size_t kShareChoiceLimit = 7;

namespace vocabulary {
// Profile answers (core/profile.h). Their order is the share-link format: append, never reorder.
const Vocabulary& background();
const Vocabulary& employer();
const Vocabulary& cloud();          // the user's cloud at work ("none" possible)
const Vocabulary& employer_pays();
const Vocabulary& goal();
const Vocabulary& tradeoff();
// How well the user can do a checklist item, in the order of certplan::Rating (storage keys).
const Vocabulary& rating();
// The advisor's verdict, in the order of certplan::Verdict; the label is its title.
const Vocabulary& verdict();
// The catalog.
const Vocabulary& platform();       // a credential's platform ("any": not tied to one)
const Vocabulary& status();         // active, beta, retired, announced (computed: before the first event)
const Vocabulary& hiring_weight();  // high, medium, low, unknown
// The study plan's phases: the label in the plan's table and timeline, the title in calendars.
const Vocabulary& phase();
const Vocabulary& credential_kind();  // exam, course-certificate
const Vocabulary& source_kind();      // official, third-party, article, certplan
const Vocabulary& resource_kind();    // a study path's resource: exam-guide, learning-path, course, practice
// The advice's reasons (core/advice.h): a criterion's "pursue when" or "skip when" case (the only kinds
// data/advice.json's criteria take), the first-choice rule, a status said plainly, a note.
const Vocabulary& reason_kind();      // pursue, skip, first-choice, status, note
}  // namespace vocabulary

// The lists the code decides on, as enums: each value is its term's position in its vocabulary (the order
// above), so the code compares values and the key and label come from the one table.
enum class Phase : unsigned char { foundations, core, platform, practice, exam, off, free };
enum class CredentialKind : unsigned char { exam, course_certificate };
enum class HiringLevel : unsigned char { high, medium, low, unknown };
enum class SourceKind : unsigned char { official, third_party, article, certplan };
enum class ResourceKind : unsigned char { exam_guide, learning_path, course, practice };
enum class ReasonKind : unsigned char { pursue, skip, first_choice, status, note };

inline const Vocabulary& vocabulary_of(Phase) { return vocabulary::phase(); }
inline const Vocabulary& vocabulary_of(CredentialKind) { return vocabulary::credential_kind(); }
inline const Vocabulary& vocabulary_of(HiringLevel) { return vocabulary::hiring_weight(); }
inline const Vocabulary& vocabulary_of(SourceKind) { return vocabulary::source_kind(); }
inline const Vocabulary& vocabulary_of(ResourceKind) { return vocabulary::resource_kind(); }
inline const Vocabulary& vocabulary_of(ReasonKind) { return vocabulary::reason_kind(); }

template <class E> const Term& term(E e) { return vocabulary_of(e).terms[size_t(e)]; }
template <class E> const char* key(E e) { return term(e).key; }
template <class E> const char* label(E e) { return term(e).label; }
template <class E> const char* long_label(E e) { return term(e).long_label(); }
// The value of a key, or nothing when the key is not in the list.
template <class E> std::optional<E> from_key(const std::string& k) {
    const Vocabulary& v = vocabulary_of(E{});
    for (size_t i = 0; i < v.terms.size(); ++i)
        if (k == v.terms[i].key) return E(i);
    return std::nullopt;
}
// Every value of an enum, in its list's order.
template <class E> std::vector<E> all_of() {
    std::vector<E> out;
    for (size_t i = 0; i < vocabulary_of(E{}).terms.size(); ++i) out.push_back(E(i));
    return out;
}

// The employer the comparison's "Enterprise weight" column is about: the article's large-enterprise case.
constexpr const char* kEnterpriseEmployer = "large-enterprise";

}  // namespace certplan
