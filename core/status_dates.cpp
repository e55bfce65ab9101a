#include "status_dates.h"

#include <set>

#include "date.h"
#include "status.h"

namespace certplan {

namespace {

// The order a status moves in: beta before active before retired.
int rank(Status s) { return s == Status::beta ? 0 : s == Status::active ? 1 : 2; }

}  // namespace

Problems status_event_problems(const Catalog& catalog) {
    Problems out;
    const std::string file = "data/credentials.json";
    for (size_t i = 0; i < catalog.credentials.size(); ++i) {
        const Credential& k = catalog.credentials[i];
        const std::string at = "credentials[" + std::to_string(i) + "].status";
        const std::vector<StatusEvent>& ev = k.status.events;
        if (ev.empty()) out.push_back({file, at + ".events", "is empty: a credential needs at least the event that opened it"});
        bool retired_whole = false;  // a retirement in every language: nothing may follow it
        for (size_t j = 0; j < ev.size(); ++j) {
            const StatusEvent& e = ev[j];
            const std::string ep = at + ".events[" + std::to_string(j) + "]";
            if (e.on.empty() && j > 0) {
                out.push_back({file, ep + ".on", "only the first event may be undated"});
                continue;
            }
            if (retired_whole)
                out.push_back({file, ep, "follows a retirement in every language: a retired exam does not come back "
                                         "(a new version is a new credential, named in successors)"});
            if (j > 0 && !ev[j - 1].on.empty() && !e.on.empty()) {
                const StatusEvent& p = ev[j - 1];
                if (e.on < p.on)
                    out.push_back({file, ep + ".on", e.on + " is before the event above it (" + p.on + "): events go in date order"});
                else if (e.on == p.on)
                    out.push_back({file, ep + ".on", e.on + " is the day of the event above it: one event per day"});
                else if (rank(e.becomes) < rank(p.becomes))
                    out.push_back({file, ep + ".becomes", std::string("\"") + to_string(e.becomes) + "\" after \"" + to_string(p.becomes) +
                                                              "\" on " + p.on + ": its own dates contradict it (a status moves beta, active, retired)"});
                else if (e.becomes == p.becomes && e.becomes != Status::retired && e.languages == p.languages)
                    out.push_back({file, ep + ".becomes", std::string("\"") + to_string(e.becomes) + "\" again, in the same languages: "
                                                              "an event changes something"});
                else if (e.becomes == Status::retired && p.becomes == Status::retired && !e.languages.empty())
                    out.push_back({file, ep + ".languages", "a second retirement must end every language (no languages)"});
            }
            if (e.becomes == Status::retired && e.languages.empty()) retired_whole = true;
        }
        const bool retires = last_day(k).has_value();
        if (retires && k.status.successors.empty() && k.kind == CredentialKind::exam)
            out.push_back({file, at + ".successors", "a retiring exam must name its successor"});
    }
    return out;
}

}  // namespace certplan
