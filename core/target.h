// Who may be the target: the one rule the Compare view's "Make this my target", the Assess view's exam list
// and the session's choice of target all follow.
#pragma once
#include <string>

#include "catalog.h"

namespace certplan {

// yes: an exam with a checklist to assess against, not retired (beta and announced ones included): offered as
// a target. for_review: the same, but retired: holders review against it and a saved plan keeps it, so it
// can still be chosen (the Assess list shows it, marked), but it is not offered as a new target.
// no: a course certificate (completed, not examined), an exam without a checklist, an unknown id.
// Before the catalog's late part arrives every exam counts as having its checklist (each in data/ has one),
// so that the first frame's buttons are the ones that stay.
enum class TargetFit { no, for_review, yes };
TargetFit can_be_target(const Catalog& catalog, const std::string& credential_id, int today);

}  // namespace certplan
