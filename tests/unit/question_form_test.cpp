#include <catch_amalgamated.hpp>

#include <algorithm>

#include "question_form.h"

using namespace certplan;
using Catch::Approx;

namespace {

const int kToday = 20000;  // 2024-10-04; the statuses below are written around it

// Options of lengths 40, 40, 40, 40 (A-D: "aaaa...", "bbbb...") unless told; the best at `best`.
Question question(const std::string& id, const std::string& domain, int best, std::vector<size_t> lengths = {40, 40, 40, 40}) {
    Question q;
    q.id = id, q.credential = "k", q.domain = domain, q.items = {domain + "-1"};
    q.situation = "Case " + id;  // "Case q0" and "Case q1" share 1 word of 3
    for (size_t j = 0; j < lengths.size(); ++j)
        q.options.push_back({std::string(lengths[j], char('a' + j)), "reason " + id + " " + std::to_string(j), int(j) == best});
    return q;
}

// One credential "k" in force with one domain "d1" of two checklist items (d1-1, d1-2), and four questions of
// equal option lengths, best at 0, 1, 2, 3, citing d1-1 (and q1 d1-2 too): every rule is met.
Catalog fine() {
    Catalog c;
    Credential k;
    k.id = "k", k.has_blueprint = true;
    k.blueprint.domains.push_back({"d1", "Domain one", 50, 50, {"1", "1.1"}});
    c.credentials.push_back(k);
    Checklist cl;
    cl.credential = "k";
    cl.items = {{"d1-1", "d1", "1.1", "one"}, {"d1-2", "d1", "1.1", "two"}};
    c.checklists.push_back(cl);
    for (int i = 0; i < 4; ++i) c.questions.push_back(question("q" + std::to_string(i), "d1", i));
    c.questions[1].items.push_back("d1-2");
    return c;
}

bool has(const Problems& ps, const std::string& field, const std::string& text) {
    return std::any_of(ps.begin(), ps.end(), [&](const Problem& p) {
        return p.file == "data/questions.json" && p.field == field && p.message.find(text) != std::string::npos;
    });
}

}  // namespace

TEST_CASE("word similarity is the share of the words two texts use that both use") {
    SECTION("the same words in another order and case, other punctuation: 1") {
        CHECK(word_similarity("Batch scoring, once a night.", "once a NIGHT: batch scoring") == Approx(1));
    }
    SECTION("'It doubles the exposure' and 'It doubles the waste': 3 shared of 5 words, 0.6") {
        CHECK(word_similarity("It doubles the exposure.", "It doubles the waste.") == Approx(0.6));
    }
    SECTION("nothing shared: 0; repeated words count once ('a a b' vs 'b c': 1 of 3)") {
        CHECK(word_similarity("alpha beta", "gamma delta") == Approx(0));
        CHECK(word_similarity("a a b", "b c") == Approx(1.0 / 3.0));
    }
    SECTION("a curly quote or a dash separates words and is not one: 'model’s' is 'model' and 's'") {
        CHECK(word_similarity("the model\u2019s drift \u2013 fast", "the model s drift fast") == Approx(1));
    }
}

TEST_CASE("an option's length is counted in characters as a reader sees them, and the longest must be strictly so") {
    CHECK(text_length("abc") == 3);
    CHECK(text_length("\u201cok\u201d") == 4);  // two curly quotes, three bytes each
    CHECK(longest_option(question("q", "d1", 0, {30, 41, 40, 40})) == 1);
    CHECK(longest_option(question("q", "d1", 0, {41, 41, 40, 40})) == -1);  // a tie: no longest
}

TEST_CASE("only the questions of credentials active or in beta on the build's day are held to the form rules") {
    Credential k;
    const auto event = [](const char* on, Status becomes) {
        StatusEvent e;
        e.on = on;
        e.becomes = becomes;
        return e;
    };
    SECTION("active, beta: in force; retired: not") {
        CHECK(in_force(k, kToday));  // no event: read as active
        k.status.events = {event("2024-01-01", Status::beta)};
        CHECK(in_force(k, kToday));
        k.status.events.push_back(event("2024-02-01", Status::retired));
        CHECK_FALSE(in_force(k, kToday));
    }
    SECTION("a credential whose last day has passed, or whose first day is still to come, is not in force") {
        k.status.events = {event("2024-01-01", Status::active), event("2024-10-03", Status::retired)};  // last day: 19999
        CHECK_FALSE(in_force(k, kToday));
        k.status.events[1].on = "2024-10-04";  // the last day is today (day 20000): still open
        CHECK(in_force(k, kToday));
        k.status.events = {event("2024-10-05", Status::active)};  // announced, not open yet
        CHECK_FALSE(in_force(k, kToday));
    }
    SECTION("a retired credential's questions break no rule") {
        Catalog c = fine();
        c.credentials[0].status.events = {event("2020-01-01", Status::active), event("2020-06-01", Status::retired)};
        c.questions.resize(1);
        c.questions[0].options[0].text = "x";
        CHECK(question_form_problems(c, kToday).empty());
    }
}

TEST_CASE("the form rules: each names data/questions.json, the question and the field") {
    SECTION("a bank that meets every rule has no problem") {
        CHECK(question_form_problems(fine(), kToday).empty());
    }
    SECTION("an option more than 30% off its question's mean length: 40, 40, 40, 20 has a mean of 35; 20 is 43% short") {
        Catalog c = fine();
        c.questions[2].options[3].text = std::string(20, 'd');
        const Problems ps = question_form_problems(c, kToday);
        CHECK(ps.size() == 1);
        CHECK(has(ps, "questions[2].options[3].text", "q2: 20 characters, 43% shorter than the mean of its question's options (35); at most 30% either way"));
    }
    SECTION("30% off is allowed: 52, 40, 28, 40 (mean 40) passes") {
        Catalog c = fine();
        c.questions[1].options[0].text = std::string(52, 'a');
        c.questions[1].options[2].text = std::string(28, 'c');
        CHECK(question_form_problems(c, kToday).empty());
    }
    SECTION("the best strictly longest in 2 of 4 questions is more than a third: both are named") {
        Catalog c = fine();
        c.questions[0].options[0].text = std::string(44, 'a');  // q0's best is 0
        c.questions[1].options[1].text = std::string(44, 'b');  // q1's best is 1
        const Problems ps = question_form_problems(c, kToday);
        CHECK(ps.size() == 2);
        CHECK(has(ps, "questions[0].options[0].text", "q0: the best option is the longest of its question, as in 2 of k's 4 questions; at most a third (1) may be"));
        CHECK(has(ps, "questions[1].options[1].text", "q1: the best option is the longest"));
    }
    SECTION("once in 4 is within a third; a tie for the longest does not count") {
        Catalog c = fine();
        c.questions[0].options[0].text = std::string(44, 'a');
        c.questions[1].options[1].text = std::string(44, 'b');
        c.questions[1].options[2].text = std::string(44, 'c');
        CHECK(question_form_problems(c, kToday).empty());
    }
    SECTION("a reason repeated in another question, even in other case and punctuation, is named where it repeats") {
        Catalog c = fine();
        c.questions[3].options[2].why = "REASON q0 1!";
        const Problems ps = question_form_problems(c, kToday);
        CHECK(ps.size() == 1);
        CHECK(has(ps, "questions[3].options[2].why", "q3: repeats the reason of questions[0].options[1] (q0)"));
    }
    SECTION("a reason with one word of eight changed (7 of 9 words, 78%) nearly repeats; two changed (6 of 10, 60%) does not") {
        Catalog c = fine();
        c.questions[0].options[0].why = "Batch scoring at night costs far less here.";
        c.questions[1].options[3].why = "Batch scoring at night costs much less here.";
        CHECK(has(question_form_problems(c, kToday), "questions[1].options[3].why", "q1: nearly repeats (78% of the words) the reason of questions[0].options[0] (q0)"));
        c.questions[1].options[3].why = "Batch scoring at noon costs much less here.";
        CHECK(question_form_problems(c, kToday).empty());
    }
    SECTION("a situation sharing half its words with another's is a near-duplicate, across credentials too") {
        Catalog c = fine();
        Credential other = c.credentials[0];
        other.id = "other";
        c.credentials.push_back(other);
        c.questions[0].situation = "A bank scores every account for churn risk once a night and marketing reads the list";
        c.questions[1].situation = "A shop scores every customer for churn risk once a week and sales reads the list";
        c.questions[1].credential = "other";
        // 15 words each, 11 shared (a scores every for churn risk once and reads the list): 11 / (15 + 15 - 11) = 58%.
        CHECK(has(question_form_problems(c, kToday), "questions[1].situation", "q1: says nearly what q0 (questions[0]) says: 58% of their words shared; from 50% they count as the same"));
    }
    SECTION("a domain with three questions is named: four is the least") {
        Catalog c = fine();
        c.questions.pop_back();
        const Problems ps = question_form_problems(c, kToday);
        CHECK(has(ps, "questions", "k d1 (Domain one) has 3 questions; a domain needs at least 4"));
    }
    SECTION("a domain whose questions cite fewer than 60% of its items: 2 of 4 (50%) fails, naming the items not cited; 3 of 4 passes") {
        Catalog c = fine();
        c.checklists[0].items.push_back({"d1-3", "d1", "1.1", "three"});
        c.checklists[0].items.push_back({"d1-4", "d1", "1.1", "four"});
        const Problems ps = question_form_problems(c, kToday);
        CHECK(ps.size() == 1);
        CHECK(has(ps, "questions", "k d1 (Domain one): its questions cite 2 of its 4 checklist items; at least 60% must be (not cited: d1-3, d1-4)"));
        c.questions[2].items.push_back("d1-3");  // 3 of 4: 75%
        CHECK(question_form_problems(c, kToday).empty());
    }
}

TEST_CASE("what a reader who knows nothing scores: the longest option, or one display letter") {
    Catalog c = fine();
    std::vector<const Question*> qs;
    for (const Question& q : c.questions) qs.push_back(&q);
    SECTION("all lengths equal: the longest is a four-way tie, a quarter of each question: 4 x 1/4 = 1 of 4") {
        CHECK(longest_option_score(qs) == Approx(1.0));
    }
    SECTION("the best strictly longest in q0, tied with one other in q1, shorter in q2, a four-way tie in q3: 1 + 1/2 + 0 + 1/4 of 4") {
        c.questions[0].options[0].text = std::string(44, 'a');
        c.questions[1].options[1].text = std::string(44, 'b');
        c.questions[1].options[3].text = std::string(44, 'd');
        c.questions[2].options[0].text = std::string(44, 'a');
        CHECK(longest_option_score(qs) == Approx(1.75));
    }
    SECTION("one letter: in any attempt, the four letters together score every question once") {
        for (unsigned attempt = 1; attempt <= 3; ++attempt) {
            double sum = 0;
            for (size_t letter = 0; letter < 4; ++letter) sum += same_letter_score(qs, letter, attempt);
            CHECK(sum == Approx(4.0));
        }
    }
}
