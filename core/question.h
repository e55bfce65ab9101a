// Scenario questions ("Check me"): per blueprint domain, a short situation, four options, one best answer
// and why each option is right or wrong, with the checklist items it checks and the source that supports
// it. Written in certplan's own words (data/questions.json). Late data: the page loads them after the
// first frame, so they never weigh on the first download.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace certplan {

constexpr int kQuestionOptions = 4;
constexpr size_t kMinQuestionsPerDomain = 3;  // per domain of every active credential (the data check)

struct QuestionOption {
    std::string text, why;  // why: the reason this option is the best answer, or why it is not
    bool best = false;
};

struct Question {
    std::string id, credential, domain, situation;
    std::vector<std::string> items;  // the checklist items it checks
    std::string source, section, as_of;  // the source (data/sources.json) and guide section supporting the answer
    std::vector<QuestionOption> options;
    int best() const;  // index of the best option; -1 when the data lacks one (the data check forbids it)
};

struct QuestionBank {
    std::vector<Question> questions;  // file order
    // The questions of one credential's domain, in file order.
    std::vector<const Question*> for_domain(const std::string& credential, const std::string& domain) const;
    const Question* question(const std::string& id) const;
};

}  // namespace certplan
