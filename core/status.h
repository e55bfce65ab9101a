// A credential's status is a dated history (data/credentials.json "status.events"), read at a day: the day the
// page is used. A change announced in advance (a beta opens, a version goes GA, a language ends, an exam
// retires) shows on its day without a rebuild. Nothing here knows which exam is current: `today` decides.
#pragma once
#include <optional>
#include <string>

#include "catalog.h"

namespace certplan {

// The day an event takes effect (days since 1970): `on` for beta and active, the day after `on` for retired
// (`on` is the last exam day). An undated first event: since always (INT_MIN). nullopt: an unreadable date.
std::optional<int> takes_effect(const StatusEvent& e);

struct StatusAt {
    Status value = Status::announced;  // before the first event: announced (not open yet)
    const StatusEvent* current = nullptr;  // the event in force; null before the first
    const StatusEvent* next = nullptr;     // the next event announced after `today`; null when none is
};

// The status on `today` (days since 1970): the last event in force, and the next one announced. A credential
// with no events at all (the data check refuses one) reads as active.
StatusAt status_at(const Credential& c, int today);

// The last day the credential can be taken (its retired event's `on`), if a retirement is known.
std::optional<int> last_day(const Credential& c);

// For a credential retired on `today`, the successor open that day, following successors on (never in a loop): the
// first that leads to one open, else the first that leads to one announced; null when none. Otherwise: itself.
const Credential* current_successor(const Catalog& catalog, const Credential& c, int today);

// Words, said once here for every view. "Beta since 2026-09-29", "Retired 2026-03-31", "Ended in English
// 2026-09-28", "Active", "Opens 2027-01-14": the Compare table's cell.
std::string status_cell(const StatusAt& s);
// A sentence: "In beta since 2026-09-29 (English only). The standard version is announced for 2027-01-14
// (unverified)." with the events' notes; "" for a plain active credential with nothing announced and no note.
std::string status_sentence(const StatusAt& s);
// A retired event as a clause inside a sentence: "its English delivery ended on 2026-09-28", "it was retired on
// 2026-03-31 (its last exam day)"; not yet past: "its English delivery ends on 2026-09-28", "its last exam day is
// 2026-03-31".
std::string ended_clause(const StatusEvent& retired, bool past = true);

}  // namespace certplan
