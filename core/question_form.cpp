#include "question_form.h"


#include <algorithm>
#include <cctype>
#include <cmath>
#include <iterator>
#include <optional>
#include <set>

#include "check_order.h"
#include "date.h"
#include "status.h"

namespace certplan {

namespace {

const std::string kFile = "data/questions.json";

std::vector<std::string> word_set(const std::string& text) {
    std::set<std::string> words;
    std::string w;
    for (char ch : text + " ") {
        const unsigned char c = static_cast<unsigned char>(ch);
        if (c < 128 && std::isalnum(c)) w += char(std::tolower(c));
        else if (!w.empty()) words.insert(w), w.clear();
    }
    return {words.begin(), words.end()};
}

double jaccard(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    if (a.empty() && b.empty()) return 1;
    std::vector<std::string> both;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(both));
    return double(both.size()) / double(a.size() + b.size() - both.size());
}

std::string at(size_t i) { return "questions[" + std::to_string(i) + "]"; }
std::string at(size_t i, size_t j) { return at(i) + ".options[" + std::to_string(j) + "]"; }
std::string share(double x) { return std::to_string(int(std::lround(x * 100))) + "%"; }

// Each option's length against its question's mean.
void check_lengths(const Question& q, size_t i, Problems& out) {
    if (q.options.empty()) return;
    double mean = 0;
    for (const QuestionOption& o : q.options) mean += double(text_length(o.text));
    mean /= double(q.options.size());
    if (mean <= 0) return;  // no text at all: the loader names each empty option
    for (size_t j = 0; j < q.options.size(); ++j) {
        const double off = (double(text_length(q.options[j].text)) - mean) / mean;
        if (std::fabs(off) > kOptionLengthSpread + 1e-9)
            out.push_back({kFile, at(i, j) + ".text",
                           q.id + ": " + std::to_string(text_length(q.options[j].text)) + " characters, " + share(std::fabs(off)) +
                               (off > 0 ? " longer" : " shorter") + " than the mean of its question's options (" +
                               std::to_string(int(std::lround(mean))) + "); at most " + share(kOptionLengthSpread) + " either way"});
    }
}

}  // namespace

bool in_force(const Credential& k, int today) {
    const Status s = status_at(k, today).value;
    return s == Status::active || s == Status::beta;
}

size_t text_length(const std::string& text) {
    return size_t(std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

double word_similarity(const std::string& a, const std::string& b) { return jaccard(word_set(a), word_set(b)); }

int longest_option(const Question& q) {
    int best = -1;
    size_t longest = 0, count = 0;
    for (size_t j = 0; j < q.options.size(); ++j) {
        const size_t n = text_length(q.options[j].text);
        if (n > longest || count == 0) longest = n, best = int(j), count = 1;
        else if (n == longest) ++count;
    }
    return count == 1 ? best : -1;
}

Problems question_form_problems(const Catalog& c, int today) {
    Problems out;
    // The questions held to the rules: those of credentials in force, with their index in the file.
    std::vector<size_t> held;
    for (size_t i = 0; i < c.questions.size(); ++i) {
        const Credential* k = c.credential(c.questions[i].credential);
        if (k && k->has_blueprint && in_force(*k, today)) held.push_back(i);
    }
    for (size_t i : held) check_lengths(c.questions[i], i, out);

    for (const Credential& k : c.credentials) {
        if (!k.has_blueprint || !in_force(k, today)) continue;
        // The best option strictly the longest: in at most a third of the credential's questions.
        std::vector<size_t> mine, longest_best;
        for (size_t i : held)
            if (c.questions[i].credential == k.id) {
                mine.push_back(i);
                const int l = longest_option(c.questions[i]);
                if (l >= 0 && l == c.questions[i].best()) longest_best.push_back(i);
            }
        if (longest_best.size() * kBestLongestShareDivisor > mine.size())
            for (size_t i : longest_best)
                out.push_back({kFile, at(i, size_t(c.questions[i].best())) + ".text",
                               c.questions[i].id + ": the best option is the longest of its question, as in " +
                                   std::to_string(longest_best.size()) + " of " + k.id + "'s " + std::to_string(mine.size()) +
                                   " questions; at most a third (" + std::to_string(mine.size() / kBestLongestShareDivisor) + ") may be"});
        // Coverage: enough questions per domain, and together most of the domain's checklist items.
        const Checklist* cl = c.checklist(k.id);
        for (const Domain& d : k.blueprint.domains) {
            const std::vector<const Question*> qs = c.questions_for(k.id, d.id);
            const std::string name = k.id + " " + d.id + " (" + d.name + ")";
            if (qs.size() < kMinQuestionsPerDomain)
                out.push_back({kFile, "questions", name + " has " + std::to_string(qs.size()) + " question" + (qs.size() == 1 ? "" : "s") +
                                                       "; a domain needs at least " + std::to_string(kMinQuestionsPerDomain)});
            if (!cl) continue;
            std::set<std::string> cited;
            for (const Question* q : qs) cited.insert(q->items.begin(), q->items.end());
            size_t items = 0, covered = 0;
            std::string missing;
            for (const ChecklistItem& it : cl->items) {
                if (it.domain != d.id) continue;
                ++items;
                if (cited.count(it.id)) ++covered;
                else missing += (missing.empty() ? "" : ", ") + it.id;
            }
            if (covered * 100 < items * kItemCoveragePercent)
                out.push_back({kFile, "questions", name + ": its questions cite " + std::to_string(covered) + " of its " +
                                                       std::to_string(items) + " checklist items; at least " +
                                                       std::to_string(kItemCoveragePercent) + "% must be (not cited: " + missing + ")"});
        }
    }

    // Across the bank: no two situations, and no two reasons, that are the same text or nearly.
    std::vector<std::vector<std::string>> stems;
    for (size_t i : held) stems.push_back(word_set(c.questions[i].situation));
    for (size_t a = 0; a < held.size(); ++a)
        for (size_t b = a + 1; b < held.size(); ++b) {
            const double s = jaccard(stems[a], stems[b]);
            if (s >= kNearDuplicateSituation)
                out.push_back({kFile, at(held[b]) + ".situation",
                               c.questions[held[b]].id + ": says nearly what " + c.questions[held[a]].id + " (" + at(held[a]) +
                                   ") says: " + share(s) + " of their words shared; from " + share(kNearDuplicateSituation) + " they count as the same"});
        }
    struct Reason {
        size_t question, option;
        std::vector<std::string> words;
    };
    std::vector<Reason> reasons;
    for (size_t i : held)
        for (size_t j = 0; j < c.questions[i].options.size(); ++j) reasons.push_back({i, j, word_set(c.questions[i].options[j].why)});
    for (size_t a = 0; a < reasons.size(); ++a)
        for (size_t b = a + 1; b < reasons.size(); ++b) {
            const double s = jaccard(reasons[a].words, reasons[b].words);
            if (s < kNearDuplicateReason) continue;
            const Reason &x = reasons[a], &y = reasons[b];
            out.push_back({kFile, at(y.question, y.option) + ".why",
                           c.questions[y.question].id + ": " + (s >= 1 ? "repeats" : "nearly repeats (" + share(s) + " of the words)") +
                               " the reason of " + at(x.question, x.option) + " (" + c.questions[x.question].id +
                               "): each option says why it wins or loses in its own situation"});
        }
    return out;
}

double longest_option_score(const std::vector<const Question*>& questions) {
    double right = 0;
    for (const Question* q : questions) {
        size_t longest = 0;
        for (const QuestionOption& o : q->options) longest = std::max(longest, text_length(o.text));
        const auto tied = std::count_if(q->options.begin(), q->options.end(), [&](const QuestionOption& o) { return text_length(o.text) == longest; });
        const int best = q->best();
        if (best >= 0 && text_length(q->options[size_t(best)].text) == longest) right += 1.0 / double(tied);
    }
    return right;
}

double same_letter_score(const std::vector<const Question*>& questions, size_t position, unsigned attempt) {
    double right = 0;
    for (const Question* q : questions) {
        const std::vector<size_t> shown = attempt_order(q->options.size(), q->id, attempt);
        if (position < shown.size() && int(shown[position]) == q->best()) right += 1;
    }
    return right;
}

}  // namespace certplan
