#include "question_load.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "date.h"
#include "json_reader.h"

namespace certplan {

namespace {

// Two stems count as the same when they differ only in case, spacing or punctuation.
std::string stem_key(const std::string& s) {
    std::string k;
    for (unsigned char c : s)
        if (std::isalnum(c)) k += char(std::tolower(c));
    return k;
}

}  // namespace

QuestionLoad load_questions(const DataFile& file, const Catalog& catalog) {
    QuestionLoad out;
    auto root = parse_json(file.text, file.name, out.problems);
    if (!root) return out;
    JsonReader r(file.name, out.problems);
    if (!root->is_object()) {
        r.fail("", "expected a JSON object at the top");
        return out;
    }
    const json* list = r.array(*root, "", "questions");
    if (!list) return out;
    std::set<std::string> ids, stems;
    for (size_t i = 0; i < list->size(); ++i) {
        const std::string p = JsonReader::index("questions", i);
        const json& o = (*list)[i];
        Question q;
        q.id = r.string(o, p, "id");
        q.credential = r.string(o, p, "credential");
        q.domain = r.string(o, p, "domain");
        q.situation = r.string(o, p, "situation");
        q.items = r.strings(o, p, "items");
        q.source = r.string(o, p, "source");
        q.section = r.string(o, p, "section");
        q.as_of = r.string(o, p, "as_of");
        if (!q.id.empty() && !ids.insert(q.id).second) r.fail(p + ".id", "\"" + q.id + "\" is used twice");
        if (!q.situation.empty() && !stems.insert(stem_key(q.situation)).second)
            r.fail(p + ".situation", "repeats another question's situation");
        if (!q.as_of.empty() && !is_as_of(q.as_of))
            r.fail(p + ".as_of", "\"" + q.as_of + "\" is not YYYY-MM-DD, YYYY-MM or \"before YYYY-MM\"");

        const Credential* k = catalog.credential(q.credential);
        if (!k || !k->has_blueprint) r.fail(p + ".credential", "\"" + q.credential + "\" is not a credential with a blueprint");
        const Domain* d = nullptr;
        if (k)
            for (const Domain& x : k->blueprint.domains)
                if (x.id == q.domain) d = &x;
        if (k && !d) r.fail(p + ".domain", "\"" + q.domain + "\" is not a domain of " + q.credential);
        if (d && std::find(d->sections.begin(), d->sections.end(), q.section) == d->sections.end())
            r.fail(p + ".section", "\"" + q.section + "\" is not a section of " + q.domain + " in " + k->blueprint.guide);
        if (!q.source.empty()) {
            const Source* s = catalog.source(q.source);
            if (!s) r.fail(p + ".source", "names source \"" + q.source + "\", which is not in data/sources.json");
            else if (s->as_of != q.as_of)
                r.fail(p + ".as_of", "is \"" + q.as_of + "\" but the source is as of \"" + s->as_of + "\"");
        }
        if (o.is_object() && o.contains("items") && q.items.empty()) r.fail(p + ".items", "must name at least one checklist item");
        const Checklist* cl = catalog.checklist(q.credential);
        for (size_t j = 0; j < q.items.size(); ++j) {
            const std::string ip = JsonReader::index(p + ".items", j);
            const ChecklistItem* item = nullptr;
            if (cl)
                for (const ChecklistItem& x : cl->items)
                    if (x.id == q.items[j]) item = &x;
            if (!item) r.fail(ip, "\"" + q.items[j] + "\" is not a checklist item of " + q.credential);
            else if (item->domain != q.domain)
                r.fail(ip, "\"" + q.items[j] + "\" belongs to " + item->domain + ", not to the question's " + q.domain);
        }

        const json* opts = r.array(o, p, "options");
        if (opts) {
            if (opts->size() != size_t(kQuestionOptions))
                r.fail(p + ".options", "has " + std::to_string(opts->size()) + " options; a question has " +
                                           std::to_string(kQuestionOptions));
            std::set<std::string> texts;
            for (size_t j = 0; j < opts->size(); ++j) {
                const std::string op = JsonReader::index(p + ".options", j);
                QuestionOption opt;
                opt.text = r.string((*opts)[j], op, "text");
                opt.why = r.string((*opts)[j], op, "why");
                if ((*opts)[j].is_object() && !(*opts)[j].contains("best")) r.fail(op + ".best", "is missing (true or false)");
                opt.best = r.boolean((*opts)[j], op, "best", false);
                if ((*opts)[j].is_object() && (*opts)[j].contains("why") && opt.why.empty())
                    r.fail(op + ".why", "is empty: every option needs its reason");
                if (!opt.text.empty() && !texts.insert(stem_key(opt.text)).second) r.fail(op + ".text", "repeats another option");
                q.options.push_back(opt);
            }
            const auto bests = std::count_if(q.options.begin(), q.options.end(), [](const QuestionOption& x) { return x.best; });
            if (bests != 1)
                r.fail(p + ".options", "has " + std::to_string(bests) + " best answers; a question has exactly one");
        }
        out.bank.questions.push_back(std::move(q));
    }
    // Every domain of every active credential can be checked: at least kMinQuestionsPerDomain questions.
    if (!out.problems.empty()) return out;
    for (const Credential& k : catalog.credentials) {
        if (k.status.value != Status::active || !k.has_blueprint) continue;
        for (const Domain& d : k.blueprint.domains) {
            const size_t n = out.bank.for_domain(k.id, d.id).size();
            if (n < kMinQuestionsPerDomain)
                r.fail("questions", k.id + " " + d.id + " (" + d.name + ") has " + std::to_string(n) + " question" +
                                        (n == 1 ? "" : "s") + "; an active credential's domain needs at least " +
                                        std::to_string(kMinQuestionsPerDomain));
        }
    }
    return out;
}

}  // namespace certplan
