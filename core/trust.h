// How sure certplan is of a fact, said one way everywhere: whether it was confirmed on the vendor's own page
// at the last check, or is unverified (a third-party copy, a conflicting page, certplan's own wording), and
// whether it may have changed since. The Compare view's facts, the Assess view's blueprint lines and the
// exports all read it from here, so that no two lines on a page contradict each other.
#pragma once
#include <string>

#include "catalog.h"

namespace certplan {

// Unverified: the data says `"verified": false`, or the source is a third-party copy (a copy is never the
// vendor's confirmation, whatever the flag says). A fact from an unknown source id keeps its flag.
bool counts_as_verified(const Source* source, bool verified);

// Confirmed at the last check: a verified fact from the vendor's own page (kind "official"). Such a fact held
// on `last_checked`, so its age counts from the later of its as-of and that day; any other fact's (the source
// article's, a third-party copy's, certplan's rules) from its as-of.
bool confirmed_at_check(const Source* source, bool verified);

// True when the day the fact was last known to hold is more than twelve months before `today`
// (core/freshness.h's rule).
bool fact_possibly_out_of_date(const Source* source, bool verified, const std::string& as_of,
                               const std::string& last_checked, int today);

// "Google Cloud, 2026-10", "Source article, before 2025-10", "NicheeLab, 2026-03 (unverified)": who said it
// and when, marked when it does not count as verified. Whether it may have changed is fact_possibly_out_of_date's
// (the page shows it beside this, in its own colour).
std::string provenance_text(const Catalog& catalog, const std::string& source, const std::string& as_of, bool verified);

// The sentence above a credential's facts: what the check of `last_checked` did, and how the lines below
// say how sure each fact is.
std::string facts_checked_sentence(const std::string& last_checked);

// The Assess view's blueprint: are its domain weights the vendor's own (official and verified), and are the
// checklist's items? One answer for both lines that say so.
struct BlueprintTrust {
    bool weights_official = false;
    bool items_official = false;
};
BlueprintTrust blueprint_trust(const Catalog& catalog, const Credential& credential, const Checklist& checklist);

// "Blueprint: <guide>. Source: <provenance>[, possibly out of date]. The domains ..." and "Weighted by ..." from one BlueprintTrust.
std::string checklist_origin_sentence(const Catalog& catalog, const Credential& credential, const Checklist& checklist,
                                      int today);
std::string weights_sentence(const BlueprintTrust& trust);

}  // namespace certplan
