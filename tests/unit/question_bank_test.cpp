// The shipped question bank against issue 24: the data check's question-form rules find nothing, and a reader
// who knows nothing of the subject scores about a third at best (build/native/tests/unit_tests "[question-form]").
#include <catch_amalgamated.hpp>

#include <cstdio>

#include "data_catalog.h"
#include "date.h"
#include "question_form.h"

using namespace certplan;

#define BANK_TAGS "[question-form]"

namespace {

// "About a third": the form rules allow the best to be the strictly longest option in a third of each
// credential's questions, and a tie for the longest adds a share of a question; a display letter under the
// page's shuffling scores a quarter, give or take chance (over 150 questions one standard deviation is 3.5
// points). 35% is above both, and far below the 96% the longest option scored before issue 24.
constexpr double kAboutAThird = 0.35;

int build_day(const Catalog& c) { return parse_date(c.last_checked).value_or(0); }

std::vector<const Question*> bank(const Catalog& c) {
    std::vector<const Question*> out;
    for (const Question& q : c.questions)
        if (const Credential* k = c.credential(q.credential))
            if (in_force(*k, build_day(c))) out.push_back(&q);
    return out;
}

}  // namespace

TEST_CASE("the shipped questions meet the question-form rules on the day the catalog was last checked", BANK_TAGS) {
    const Catalog& c = data_catalog();
    REQUIRE(!c.questions.empty());
    const Problems ps = question_form_problems(c, build_day(c));
    for (const Problem& p : ps) UNSCOPED_INFO(p.text());
    CHECK(ps.empty());
}

TEST_CASE("over the whole bank, the longest option or one display letter scores no better than about a third", BANK_TAGS) {
    const Catalog& c = data_catalog();
    const std::vector<const Question*> qs = bank(c);
    REQUIRE(qs.size() >= 20);
    const double n = double(qs.size());
    const double longest = longest_option_score(qs) / n;
    std::printf("question bank: %zu questions; always the longest option scores %.1f%%\n", qs.size(), 100 * longest);
    CHECK(longest <= kAboutAThird);
    for (unsigned attempt = 1; attempt <= 3; ++attempt)
        for (size_t letter = 0; letter < 4; ++letter) {
            const double score = same_letter_score(qs, letter, attempt) / n;
            std::printf("  attempt %u: always %c scores %.1f%%\n", attempt, char('A' + letter), 100 * score);
            CHECK(score <= kAboutAThird);
        }
}
