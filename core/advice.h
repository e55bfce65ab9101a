// Should I certify, and which first? The source article's criteria (data/advice.json) applied to the
// user's profile: a verdict, the first credential (never a retired one), and the reasons, each traced
// to the criterion it comes from.
#pragma once
#include <string>
#include <vector>

#include "catalog.h"
#include "profile.h"

namespace certplan {

enum class Verdict { pursue, skip, foundations_first, optional };
const char* verdict_title(Verdict v);  // "Pursue certification", …

struct Reason {
    std::string id;    // criterion or rule id in data/advice.json, or "retired-successor", "retired-no-successor", "beta-status", "no-criteria", "foundations-lead"
    ReasonKind kind = ReasonKind::note;
    std::string text;
    std::string source, as_of;
};

struct AdviceResult {
    Verdict verdict = Verdict::optional;
    int score = 0;                       // pursue weights minus skip weights of the matching criteria
    std::string first_credential;        // recommended first credential (active or beta)
    std::string article_credential;      // what the article's rule named, when a successor replaced it
    bool foundations_first = false;
    std::vector<Reason> reasons;
};

// Where a reason comes from, as the page says it: "source article", "certplan's rule" (certplan's own
// advice for cases the article does not cover, source "certplan-rules"), or "" (figures, notes, status).
const char* reason_origin(const Reason& r);
constexpr const char* kCertplanRules = "certplan-rules";

// A "skip" verdict leads with what the article says to do instead (the matching "skip when" cases: build
// something demonstrable, explain past work); the estimate and week plan are then shown only when the
// user chooses them (Profile::exam_plan_chosen). Any other verdict shows them.
bool exam_plan_shown(const AdviceResult& advice, const Profile& profile);

bool condition_matches(const Condition& when, const Profile& profile);
// `today` (days since 1970): the day statuses are read at (core/status.h); no credential retired on it is
// recommended.
AdviceResult advise(const Catalog& catalog, const Profile& profile, int today);

// The verdict and the plan agree (issue 26.11): "Pursue" over a plan that is mostly foundations reads as "take
// the exam now". certplan's rule: when more than half of the study weeks are foundations (weeks whose most hours
// are foundational coursework), a "pursue" verdict becomes "foundations first", with a reason that says how
// many weeks and when the exam prep starts. Any other verdict is left as it is.
bool foundations_lead(int foundations_weeks, int study_weeks);
void agree_with_plan(AdviceResult& advice, int foundations_weeks, int study_weeks);

// The verdict `profile` gets with `field` answered `value` ("": unanswered), agreeing with a plan of the same
// weeks: what an answer changes, read from the rules themselves (advise, agree_with_plan), never said beside them.
Verdict verdict_with(const Catalog& catalog, Profile profile, const std::string& field, const std::string& value, int today,
                     int foundations_weeks, int study_weeks);

}  // namespace certplan
