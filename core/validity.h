// How long a credential stays valid, as the catalog states it: a number of months, or no expiry, or
// unknown. The data states no expiry as a fact with no value whose note begins "No expiry" (data/README.md);
// an unknown validity is never read as no expiry.
#pragma once
#include "fact.h"

namespace certplan {

bool never_expires(const Fact<double>& validity_months);

}  // namespace certplan
