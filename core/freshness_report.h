// The maintainer's monthly routine (data/README.md): per credential, every fact with its age and its source's
// link; facts older than 90 days flagged OLD, dated status events within the next 90 days SOON, and those whose
// day has come since they were last checked DUE; then the sources with no link. It reports: time passing never
// fails a build (certplan_check_data --freshness, scripts/freshness).
#pragma once
#include <string>

#include "catalog.h"

namespace certplan {

constexpr int kFreshDays = 90;  // older than this: OLD; an event within this many days: SOON

// The report as plain text, as of `today` (days since 1970).
std::string freshness_report(const Catalog& catalog, int today);

}  // namespace certplan
