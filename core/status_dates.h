// A credential's dated status events must make one history: in date order, each moving forward (announced ->
// beta -> active -> retired, never back), only the first undated, a retirement the last word. The data check
// (core/catalog_load.cpp) refuses any other, naming data/credentials.json and the field. It does not depend on
// the day it runs: time passing never fails a build (the freshness report, core/freshness_report.h, says what
// came due).
#pragma once
#include "catalog.h"
#include "problem.h"

namespace certplan {

// Every problem of the credentials' status events, naming data/credentials.json and the field.
Problems status_event_problems(const Catalog& catalog);

}  // namespace certplan
