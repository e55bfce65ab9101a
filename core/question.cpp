#include "question.h"

namespace certplan {

int Question::best() const {
    for (size_t i = 0; i < options.size(); ++i)
        if (options[i].best) return int(i);
    return -1;
}

std::vector<const Question*> QuestionBank::for_domain(const std::string& credential, const std::string& domain) const {
    std::vector<const Question*> out;
    for (const Question& q : questions)
        if (q.credential == credential && q.domain == domain) out.push_back(&q);
    return out;
}

const Question* QuestionBank::question(const std::string& id) const {
    for (const Question& q : questions)
        if (q.id == id) return &q;
    return nullptr;
}

}  // namespace certplan
