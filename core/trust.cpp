#include "trust.h"

#include <algorithm>

#include "freshness.h"

namespace certplan {

bool counts_as_verified(const Source* source, bool verified) {
    return verified && (!source || source->kind != SourceKind::third_party);
}

bool confirmed_at_check(const Source* source, bool verified) {
    return verified && source && source->kind == SourceKind::official;
}

bool fact_possibly_out_of_date(const Source* source, bool verified, const std::string& as_of,
                               const std::string& last_checked, int today) {
    if (!confirmed_at_check(source, verified)) return possibly_out_of_date(as_of, today);
    // Seen to hold on the day of the check: its age counts from the later day. An unreadable check day
    // leaves the as-of (the data check refuses one before it ships).
    const std::optional<int> fact = as_of_day(as_of), checked = as_of_day(last_checked);
    if (!checked || (fact && *fact >= *checked)) return possibly_out_of_date(as_of, today);
    return possibly_out_of_date(last_checked, today);
}

std::string provenance_text(const Catalog& catalog, const std::string& source, const std::string& as_of, bool verified) {
    const Source* s = catalog.source(source);
    const std::string who = !s ? source : s->kind == SourceKind::article ? "Source article" : s->publisher;
    return who + ", " + as_of + (counts_as_verified(s, verified) ? "" : " (unverified)");
}

std::string facts_checked_sentence(const std::string& last_checked) {
    return "Checked against their sources on " + last_checked +
           ": a fact from the vendor's own page held that day; one marked unverified could not be confirmed there, "
           "and one known only from more than a year ago reads as possibly out of date.";
}

BlueprintTrust blueprint_trust(const Catalog& catalog, const Credential& credential, const Checklist& checklist) {
    const Blueprint& bp = credential.blueprint;
    BlueprintTrust t;
    t.weights_official = credential.has_blueprint && confirmed_at_check(catalog.source(bp.source), bp.verified);
    t.items_official = t.weights_official && counts_as_verified(catalog.source(checklist.source), checklist.verified);
    return t;
}

std::string checklist_origin_sentence(const Catalog& catalog, const Credential& credential, const Checklist& checklist,
                                      int today) {
    const Blueprint& bp = credential.blueprint;
    const BlueprintTrust t = blueprint_trust(catalog, credential, checklist);
    const bool old = fact_possibly_out_of_date(catalog.source(bp.source), bp.verified, bp.as_of, credential.last_checked, today);
    std::string s = "Blueprint: " + bp.guide + ". Source: " + provenance_text(catalog, bp.source, bp.as_of, bp.verified) +
                    (old ? ", possibly out of date. " : ". ");
    if (!t.weights_official)
        return s + "The domains and their weights come from third-party copies of the guide, and the items are "
                   "certplan's wording of them (unverified).";
    if (!t.items_official)
        return s + "The domains and their weights are the vendor's own; the items are certplan's wording of them "
                   "(unverified).";
    return s + "The domains, their weights and the items are the vendor's own.";
}

std::string weights_sentence(const BlueprintTrust& trust) {
    return trust.weights_official ? "Weighted by the official blueprint's domain weights."
                                  : "Weighted by the domain weights of third-party copies of the guide (unverified).";
}

}  // namespace certplan
