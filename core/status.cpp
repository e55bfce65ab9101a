#include "status.h"

#include <cctype>
#include <climits>
#include <set>

#include "date.h"

namespace certplan {

std::optional<int> takes_effect(const StatusEvent& e) {
    if (e.on.empty()) return INT_MIN;
    const std::optional<int> day = parse_date(e.on);
    if (!day) return std::nullopt;
    return e.becomes == Status::retired ? *day + 1 : *day;
}

StatusAt status_at(const Credential& c, int today) {
    StatusAt out;
    if (c.status.events.empty()) out.value = Status::active;  // no history at all (only in tests: the data check needs one)
    for (const StatusEvent& e : c.status.events) {
        const std::optional<int> from = takes_effect(e);
        if (!from) continue;  // the data check refuses it; never crash on it
        if (*from <= today) {
            out.current = &e;
            out.value = e.becomes;
        } else if (!out.next) {
            out.next = &e;
        }
    }
    return out;
}

std::optional<int> last_day(const Credential& c) {
    for (const StatusEvent& e : c.status.events)
        if (e.becomes == Status::retired) return parse_date(e.on);
    return std::nullopt;
}

namespace {

// The credential open on `today` that `c` leads to: itself unless retired; else, of its successors, the first that
// leads to one open today, or failing that the first that leads to one announced (not open yet).
const Credential* successor_open(const Catalog& catalog, const Credential& c, int today, std::set<std::string>& seen) {
    if (status_at(c, today).value != Status::retired) return &c;
    if (!seen.insert(c.id).second) return nullptr;
    const Credential* announced = nullptr;
    for (const std::string& id : c.status.successors) {
        const Credential* s = catalog.credential(id);
        const Credential* r = s ? successor_open(catalog, *s, today, seen) : nullptr;
        if (r && status_at(*r, today).value != Status::announced) return r;
        if (r && !announced) announced = r;
    }
    return announced;
}

}  // namespace

const Credential* current_successor(const Catalog& catalog, const Credential& c, int today) {
    std::set<std::string> seen;
    return successor_open(catalog, c, today, seen);
}

namespace {

std::string languages_of(const StatusEvent& e) {
    std::string s;
    for (size_t i = 0; i < e.languages.size(); ++i)
        s += (i == 0 ? "" : i + 1 == e.languages.size() ? " and " : ", ") + e.languages[i];
    return s;
}

std::string unverified(const StatusEvent& e) { return e.verified ? "" : " (unverified)"; }

// "the beta", "general availability", "the last exam day": what an event is, as a noun.
std::string what(const StatusEvent& e) {
    switch (e.becomes) {
        case Status::beta: return "the beta";
        case Status::active: return "the standard version";
        default: return e.languages.empty() ? "the last exam day" : "the last exam day in " + languages_of(e);
    }
}

}  // namespace

std::string ended_clause(const StatusEvent& e, bool past) {
    if (!e.languages.empty()) return "its " + languages_of(e) + " delivery " + (past ? "ended" : "ends") + " on " + e.on;
    return past ? "it was retired on " + e.on + " (its last exam day)" : "its last exam day is " + e.on;
}

std::string status_cell(const StatusAt& s) {
    const StatusEvent* e = s.current;
    switch (s.value) {
        case Status::beta: return "Beta" + (e && !e->on.empty() ? " since " + e->on : std::string());
        case Status::retired:
            return e && !e->languages.empty() ? "Ended in " + languages_of(*e) + " " + e->on : "Retired " + (e ? e->on : "");
        case Status::announced: return "Opens " + (s.next ? s.next->on : std::string());
        case Status::active: break;
    }
    return "Active";
}

std::string status_sentence(const StatusAt& s) {
    std::string out;
    const StatusEvent* e = s.current;
    const std::string only = e && !e->languages.empty() && s.value != Status::retired ? " (" + languages_of(*e) + " only)" : "";
    switch (s.value) {
        case Status::announced:
            if (s.next) out = "Not open yet: " + what(*s.next) + " opens on " + s.next->on + unverified(*s.next) + ".";
            break;
        case Status::beta:
            out = "In beta" + (e->on.empty() ? std::string() : " since " + e->on) + only + unverified(*e) + ".";
            break;
        case Status::retired: {
            std::string ended = ended_clause(*e);
            ended[0] = char(std::toupper(static_cast<unsigned char>(ended[0])));
            out = ended + unverified(*e) + ".";
            break;
        }
        case Status::active:
            if (e && !e->on.empty()) out = "Generally available since " + e->on + only + unverified(*e) + ".";
            else if (!only.empty()) out = "Available" + only + ".";
            break;
    }
    if (e && !e->note.empty()) out += (out.empty() ? "" : " ") + e->note;
    if (s.next && s.value != Status::announced) {
        out += (out.empty() ? "" : " ") + std::string("Announced: ") + what(*s.next) +
               (s.next->becomes == Status::retired ? " is " : " from ") + s.next->on + unverified(*s.next) + ".";
    }
    return out;
}

}  // namespace certplan
