// A credential's status must agree with its own dates on the day the catalog is built: an "active" exam
// whose retirement day has passed, or a beta whose announced end has passed, is a stale fact that would
// otherwise ship as truth. The data check (tools/check_data.cpp) runs this with the build's date.
#pragma once
#include "catalog.h"
#include "problem.h"

namespace certplan {

// Every contradiction between a credential's status and its dates as of `today` (days since 1970),
// naming data/credentials.json and the field to fix.
Problems status_date_contradictions(const Catalog& catalog, int today);

}  // namespace certplan
