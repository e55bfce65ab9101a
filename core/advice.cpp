#include "advice.h"

#include <algorithm>
#include <set>

#include "vocabulary.h"

namespace certplan {

const char* verdict_title(Verdict v) {
    const auto& terms = vocabulary::verdict().terms;
    return size_t(v) < terms.size() ? terms[size_t(v)].label : "";
}

bool condition_matches(const Condition& when, const Profile& profile) {
    for (const auto& [field, values] : when) {
        const std::string v = profile_value(profile, field);
        if (v.empty() || std::find(values.begin(), values.end(), v) == values.end()) return false;
    }
    return true;
}

namespace {

// Follows successors until an active (or beta) credential: a retired one is never recommended.
const Credential* current_successor(const Catalog& catalog, const Credential* c) {
    std::set<std::string> seen;
    while (c && c->status.value == Status::retired && !c->status.successors.empty() && seen.insert(c->id).second) {
        const Credential* next = catalog.credential(c->status.successors.front());
        if (!next) break;
        c = next;
    }
    return c;
}

}  // namespace

bool exam_plan_shown(const AdviceResult& advice, const Profile& profile) {
    return advice.verdict != Verdict::skip || profile.exam_plan_chosen;
}

const char* reason_origin(const Reason& r) {
    if (r.source == "article") return "source article";
    if (r.source == kCertplanRules) return "certplan's rule";
    return "";
}

AdviceResult advise(const Catalog& catalog, const Profile& profile) {
    AdviceResult out;
    int pursue = 0, skip = 0;
    for (const Criterion& c : catalog.advice.criteria) {
        if (!condition_matches(c.when, profile)) continue;
        (c.kind == "pursue" ? pursue : skip) += c.weight;
        out.reasons.push_back({c.id, c.kind, c.text, c.source, c.as_of});
    }
    out.score = pursue - skip;

    for (const FirstChoiceRule& rule : catalog.advice.first_choice) {
        if (!condition_matches(rule.when, profile)) continue;
        out.foundations_first = rule.foundations_first;
        const Credential* named = catalog.credential(rule.credential);
        const Credential* now = current_successor(catalog, named);
        out.first_credential = now ? now->id : rule.credential;
        out.reasons.push_back({rule.id, "first-choice", rule.text, rule.source, rule.as_of});
        if (named && now && named != now) {
            out.article_credential = named->id;
            out.reasons.push_back({"retired-successor", "status",
                                   "The article names " + named->name + "; it was retired on " +
                                       named->status.retired_on + ", so its successor, " + now->name +
                                       ", is recommended instead.",
                                   named->status.source, named->status.as_of});
        }
        // A beta exam is recommended with its status said plainly: it may change before it is final.
        if (now && now->status.value == Status::beta)
            out.reasons.push_back({"beta-status", "status",
                                   now->name + " is in beta" + (now->status.since.empty() ? std::string() : " since " + now->status.since) +
                                       ": its questions and skills outline may still change before the final exam.",
                                   now->status.source, now->status.as_of});
        break;
    }

    if (out.foundations_first) out.verdict = Verdict::foundations_first;
    else if (out.score > 0) out.verdict = Verdict::pursue;
    else if (out.score < 0) out.verdict = Verdict::skip;
    else out.verdict = Verdict::optional;
    if (pursue == 0 && skip == 0)
        out.reasons.insert(out.reasons.begin(),
                           {"no-criteria", "note",
                            "None of the article's \"pursue when\" or \"skip when\" cases matches your answers yet: "
                            "answer more of the questions for a firmer verdict.", "", ""});
    return out;
}

}  // namespace certplan
