// certplan's lists of values, each written once: key (what data/, storage and links hold), label (what a
// person reads) and order (the position in its list: display order, and the index share links store).
// The catalog loader, the profile, the views, the exports and the share codec all read these tables.
#pragma once
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
}  // namespace vocabulary

// The employer the comparison's "Enterprise weight" column is about: the article's large-enterprise case.
constexpr const char* kEnterpriseEmployer = "large-enterprise";

}  // namespace certplan
