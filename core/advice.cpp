#include "advice.h"

#include <algorithm>
#include <set>

#include "status.h"

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

bool exam_plan_shown(const AdviceResult& advice, const Profile& profile) {
    return advice.verdict != Verdict::skip || profile.exam_plan_chosen;
}

const char* reason_origin(const Reason& r) {
    if (r.source == "article") return "source article";
    if (r.source == kCertplanRules) return "certplan's rule";
    return "";
}

AdviceResult advise(const Catalog& catalog, const Profile& profile, int today) {
    AdviceResult out;
    int pursue = 0, skip = 0;
    for (const Criterion& c : catalog.advice.criteria) {
        if (!condition_matches(c.when, profile)) continue;
        (c.kind == ReasonKind::pursue ? pursue : skip) += c.weight;
        out.reasons.push_back({c.id, c.kind, c.text, c.source, c.as_of});
    }
    out.score = pursue - skip;

    for (const FirstChoiceRule& rule : catalog.advice.first_choice) {
        if (!condition_matches(rule.when, profile)) continue;
        const Credential* named = catalog.credential(rule.credential);
        // A credential retired on `today` is never recommended: its successor open today is, or, with none, the
        // next rule that fits.
        const Credential* now = named ? current_successor(catalog, *named, today) : nullptr;
        if (named && !now) {
            const StatusAt st = status_at(*named, today);
            out.reasons.push_back({"retired-no-successor", ReasonKind::status,
                                   "The rule \"" + rule.id + "\" names " + named->name + "; " +
                                       (st.current ? ended_clause(*st.current) : std::string("it is retired")) +
                                       " and no successor is open, so the next rule that fits is used.",
                                   st.current ? st.current->source : "", st.current ? st.current->as_of : ""});
            continue;
        }
        out.foundations_first = rule.foundations_first;
        out.first_credential = now ? now->id : rule.credential;
        // A rule whose credential has been succeeded is not said in its own words: they recommend the retired
        // exam ("the better target"). The reason below says what it named and what succeeds it (issue 26.7).
        const bool succeeded = named && now && named != now;
        out.reasons.push_back({rule.id, ReasonKind::first_choice,
                               succeeded ? std::string(rule.source == "article" ? "The article's pick" : "The rule's pick") +
                                               " for this case (" + rule.as_of + "): " + named->name + "."
                                         : rule.text,
                               rule.source, rule.as_of});
        if (named && now && named != now) {
            const StatusAt st = status_at(*named, today);
            out.article_credential = named->id;
            out.reasons.push_back({"retired-successor", ReasonKind::status,
                                   (rule.source == "article" ? "The article names " : "The rule names ") + named->name + "; " +
                                       ended_clause(*st.current) + ", so the exam that succeeds it, " + now->name +
                                       ", is recommended instead.",
                                   st.current->source, st.current->as_of});
        }
        // A beta (or an exam not open yet) is recommended with its status said plainly: it may change before it
        // is final, and the data's note says what differs (fee, length, when results come).
        const StatusAt st = now ? status_at(*now, today) : StatusAt{};
        if (now && (st.value == Status::beta || st.value == Status::announced)) {
            const StatusEvent* e = st.value == Status::beta ? st.current : st.next;
            out.reasons.push_back({"beta-status", ReasonKind::status,
                                   now->short_name + ": " + status_sentence(st) +
                                       (st.value == Status::beta ? " Its questions and skills outline may still change before the final exam." : ""),
                                   e ? e->source : "", e ? e->as_of : ""});
        }
        break;
    }

    if (out.foundations_first) out.verdict = Verdict::foundations_first;
    else if (out.score > 0) out.verdict = Verdict::pursue;
    else if (out.score < 0) out.verdict = Verdict::skip;
    else out.verdict = Verdict::optional;
    if (pursue == 0 && skip == 0)
        out.reasons.insert(out.reasons.begin(),
                           {"no-criteria", ReasonKind::note,
                            "None of the article's \"pursue when\" or \"skip when\" cases matches your answers yet: "
                            "answer more of the questions for a firmer verdict.", "", ""});
    return out;
}

bool foundations_lead(int foundations_weeks, int study_weeks) {
    return study_weeks > 0 && 2 * foundations_weeks > study_weeks;
}

Verdict verdict_with(const Catalog& catalog, Profile profile, const std::string& field, const std::string& value, int today,
                     int foundations_weeks, int study_weeks) {
    set_profile_value(profile, field, value);
    AdviceResult a = advise(catalog, profile, today);
    agree_with_plan(a, foundations_weeks, study_weeks);
    return a.verdict;
}

void agree_with_plan(AdviceResult& advice, int foundations_weeks, int study_weeks) {
    if (advice.verdict != Verdict::pursue || !foundations_lead(foundations_weeks, study_weeks)) return;
    advice.verdict = Verdict::foundations_first;
    advice.foundations_first = true;
    advice.reasons.push_back({"foundations-lead", ReasonKind::note,
                              "Pursue after the foundations: " + std::to_string(foundations_weeks) + " of the plan's " +
                                  std::to_string(study_weeks) + " study weeks are foundational ML coursework, so the exam "
                                  "prep starts in week " + std::to_string(foundations_weeks + 1) + ".",
                              kCertplanRules, "2026-12"});
}

}  // namespace certplan
