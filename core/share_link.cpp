// The share link's layout, as bits, most significant first (BitWriter). After the version, the fields are written
// in core/plan.h's declaration order (visit_plan_fields), each as its Coding says, from the link version it
// arrived in (PlanField::share_since); a field a link's version predates reads as its default. Version 5:
//   8        format version (5; links of versions 1-4 still open)
//   text     credential (Coding::id): varint length, then bytes
//   6 x 3    profile answers (Coding::choice), in profile_fields() order: 0 = not answered, else index + 1
//            (each list is checked to fit where it is declared, core/vocabulary.cpp)
//   varint   hours per week (Coding::hours), in half hours (0 = not answered; an answered 0 travels as not answered)
//   16, 16   target date, start date (Coding::date): days since 2020-01-01 plus one (0 = none)
//   varint   (version 2 on) weeks marked unavailable (Coding::mondays): their number; then each Monday, 16 bits
//   1        (version 2 on) the exam plan was chosen despite a "skip" verdict (Coding::flag)
//   1        (version 3 on) the user chose the credential as the target (0: the advice's first credential is);
//            links before version 3 read as chosen unless their credential is the default (kDefaultCredential)
//   varint   answers (Coding::ratings): the number of credentials with answers; for each:
//              text     credential id
//              varint   item count N (the checklist's size when written)
//              16       fingerprint of those N item ids (a changed checklist is detected, not misread)
//              N x 3    ratings in checklist order (0 = unrated … 4 = done it in production; kRatingCount fits)
//   varint   (version 4 on) weekly check-ins (Coding::check_ins): their number; for each, in date order:
//              1        follows the previous check-in's week (else 16 bits: its Monday, as the dates above)
//              9        hours, in half hours (0..336)
//              6, n     n = how many task bits follow (the highest ticked task + 1, up to kMaxTasksPerWeek = 32),
//                       then those bits. Version 4 wrote n in 5 bits, which could not carry task 31.
//   varint   (version 4 on) re-plans (Coding::replans): their number; each 16 bits its first Monday, 8 bits hours a week
//   32       CRC-32 of every byte before it (the last bits of the previous byte are zero padding)
// The "Check me" answers (Coding::options) are not carried (data/README.md).
// A complete Google PMLE assessment plus a full profile is about 70 characters; 12 weeks checked in add about 36.
#include "share_link.h"

#include <cstring>

#include <cmath>

#include "availability.h"
#include "base64url.h"
#include "bits.h"
#include "crc32.h"
#include "date.h"

namespace certplan {

namespace {

constexpr int kEpoch2020 = 18262;   // days from 1970-01-01 to 2020-01-01
constexpr size_t kMaxIdLength = 64;
constexpr uint32_t kMaxItems = 2000;
constexpr uint32_t kMaxCredentials = 64;
constexpr uint32_t kMaxWeeksOff = 520;  // ten years of weeks: more is damage

uint32_t date_code(const std::string& iso) {
    auto d = parse_date(iso);
    if (!d || *d < kEpoch2020 || *d - kEpoch2020 + 1 > 0xFFFF) return 0;
    return uint32_t(*d - kEpoch2020 + 1);
}

// "1 answer was", "3 answers were": counts as a person writes them.
std::string answers_were(uint32_t n) { return std::to_string(n) + (n == 1 ? " answer was" : " answers were"); }

Problem problem(const std::string& field, const std::string& message) { return {"share link", field, message}; }

// 16 bits of CRC-32 over the first `count` item ids: links carry positions, so a reordered or edited
// checklist must not silently move old answers onto other items.
uint32_t checklist_fingerprint(const Checklist& cl, size_t count) {
    std::string ids;
    for (size_t i = 0; i < count && i < cl.items.size(); ++i) ids += cl.items[i].id + '\n';
    return crc32(reinterpret_cast<const uint8_t*>(ids.data()), ids.size()) & 0xFFFFu;
}

// Ids are lowercase words with dashes: anything else is damage (and must not reach messages).
bool valid_id(const std::string& id) {
    if (id.empty()) return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    return true;
}

}  // namespace

std::string ShareDecode::message() const { return problems.empty() ? std::string() : problems.front().message; }

namespace {

uint32_t half_hours(double hours) { return uint32_t(std::lround(std::fmin(std::fmax(hours, 0.0), kMaxHoursPerWeek) * 2)); }
bool in_link_range(int day) { return day >= kEpoch2020 && day - kEpoch2020 + 1 <= 0xFFFF; }
int task_bits_width(int version) { return version >= 5 ? 6 : 5; }

// Each coding's writer (the layout above).
struct Encoder {
    BitWriter& w;
    const Catalog& catalog;

    void put(const PlanField& f, const std::string& v) {
        if (f.coding == Coding::id) return w.text(v);
        if (f.coding == Coding::date) return w.bits(date_code(v), 16);
        const ProfileField* pf = profile_field(f.key);  // Coding::choice
        uint32_t code = 0;
        for (size_t i = 0; pf && i < pf->values.size(); ++i)
            if (pf->values[i] == v) code = uint32_t(i + 1);
        w.bits(code, 3);
    }
    void put(const PlanField&, bool v) { w.bits(v ? 1 : 0, 1); }
    void put(const PlanField&, const std::optional<double>& v) { w.varint(half_hours(v.value_or(0))); }
    void put(const PlanField&, const std::vector<int>& mondays) {
        std::vector<uint32_t> codes;
        for (int monday : mondays)
            if (in_link_range(monday)) codes.push_back(uint32_t(monday - kEpoch2020 + 1));
        w.varint(uint32_t(codes.size()));
        for (uint32_t code : codes) w.bits(code, 16);
    }
    void put(const PlanField&, const std::map<std::string, Answers>& all) {
        // Only answers the catalog can place are written: a link carries positions, not item ids.
        std::vector<std::pair<const Checklist*, const Answers*>> sets;
        for (const auto& [cred, answers] : all)
            if (const Checklist* cl = catalog.checklist(cred); cl && !answers.empty()) sets.push_back({cl, &answers});
        w.varint(uint32_t(sets.size()));
        for (const auto& [cl, answers] : sets) {
            w.text(cl->credential);
            w.varint(uint32_t(cl->items.size()));
            w.bits(checklist_fingerprint(*cl, cl->items.size()), 16);
            for (const ChecklistItem& item : cl->items) {
                auto it = answers->find(item.id);
                w.bits(it == answers->end() ? 0u : uint32_t(it->second), 3);
            }
        }
    }
    void put(const PlanField&, const Progress& progress) {
        std::vector<std::pair<int, WeekLog>> logs;
        for (const auto& entry : progress)
            if (in_link_range(entry.first)) logs.push_back(entry);
        w.varint(uint32_t(logs.size()));
        int previous = 0;
        for (const auto& [monday, log] : logs) {
            const bool next = previous && monday == previous + 7;
            w.bits(next ? 1 : 0, 1);
            if (!next) w.bits(uint32_t(monday - kEpoch2020 + 1), 16);
            w.bits(half_hours(log.hours), 9);
            int n = 0;
            for (int i = 0; i < kMaxTasksPerWeek; ++i)
                if (log.done & (1u << i)) n = i + 1;
            w.bits(uint32_t(n), task_bits_width(kShareFormatVersion));
            for (int i = 0; i < n; ++i) w.bits((log.done >> i) & 1u, 1);
            previous = monday;
        }
    }
    void put(const PlanField&, const std::vector<Replan>& replans) {
        std::vector<Replan> kept;
        for (const Replan& r : replans)
            if (in_link_range(r.from) && r.hours_per_week >= 1 && r.hours_per_week <= kMaxHoursPerWeek) kept.push_back(r);
        w.varint(uint32_t(kept.size()));
        for (const Replan& r : kept) {
            w.bits(uint32_t(r.from - kEpoch2020 + 1), 16);
            w.bits(uint32_t(r.hours_per_week), 8);
        }
    }
    void put(const PlanField&, const CheckAnswers&) {}  // not carried (share_since 0)
};

// Each coding's reader: false when the link holds what no certplan writes (out says why).
struct Decoder {
    BitReader& r;
    const Catalog& catalog;
    ShareDecode& out;

    bool fail(const std::string& field, const std::string& message) {
        out.problems.push_back(problem(field, message));
        return false;
    }
    static std::string path(const PlanField& f) { return f.in_profile ? std::string("profile.") + f.key : f.key; }

    bool get(const PlanField& f, std::string& v) {
        if (f.coding == Coding::id) {
            v = r.text(kMaxIdLength);
            return r.overrun() || valid_id(v) || fail(path(f), "the link is damaged: its credential id is not one certplan writes");
        }
        if (f.coding == Coding::date) {
            const uint32_t code = r.bits(16);
            if (code > 0) v = format_date(kEpoch2020 + int(code) - 1);
            return true;
        }
        const ProfileField* pf = profile_field(f.key);  // Coding::choice
        const uint32_t code = r.bits(3);
        if (!pf || code > pf->values.size()) return fail(path(f), "the link holds an answer no certplan writes");
        if (code > 0) v = pf->values[code - 1];
        return true;
    }
    bool get(const PlanField&, bool& v) {
        v = r.bits(1) == 1;
        return true;
    }
    bool get(const PlanField& f, std::optional<double>& v) {
        const uint32_t half = r.varint();
        if (half > kMaxHoursPerWeek * 2) return fail(path(f), "the link holds more hours than a week has");
        if (half > 0) v = half / 2.0;
        return true;
    }
    bool get(const PlanField& f, std::vector<int>& mondays) {
        const uint32_t count = r.varint();
        if (count > kMaxWeeksOff) return fail(path(f), "the link holds more weeks off than certplan writes");
        for (uint32_t i = 0; i < count && !r.overrun(); ++i) {
            const int day = kEpoch2020 + int(r.bits(16)) - 1;
            if (weekday(day) != 0) return fail(path(f), "the link holds a week that does not start on a Monday");
            add_unavailable_week(mondays, day);
        }
        return true;
    }
    bool get(const PlanField& f, std::map<std::string, Answers>& all) {
        const uint32_t sets = r.varint();
        if (sets > kMaxCredentials) return fail(path(f), "the link holds more answer sets than certplan writes");
        for (uint32_t s = 0; s < sets && !r.overrun() && !r.bad(); ++s) {
            std::string cred = r.text(kMaxIdLength);
            if (!r.overrun() && !valid_id(cred)) return fail(path(f), "the link is damaged: a credential id is not one certplan writes");
            const std::string at = path(f) + "." + cred;
            uint32_t count = r.varint();
            if (count > kMaxItems) return fail(at, "the link holds more answers than certplan writes");
            const uint32_t fingerprint = r.bits(16);
            const Checklist* cl = catalog.checklist(cred);
            // Items are only ever appended, so the link's first `count` items must be this checklist's first
            // `count`. A link from a longer (newer) checklist cannot be checked that way: its known part is kept.
            const bool changed = cl && count <= cl->items.size() && checklist_fingerprint(*cl, count) != fingerprint;
            Answers answers;
            uint32_t dropped = 0;
            for (uint32_t i = 0; i < count && !r.overrun(); ++i) {
                uint32_t rating = r.bits(3);
                if (rating >= uint32_t(kRatingCount)) return fail(at, "the link holds a rating no certplan writes");
                if (rating == 0) continue;
                if (cl && !changed && i < cl->items.size()) answers[cl->items[i].id] = Rating(rating);
                else ++dropped;
            }
            if (r.overrun()) break;
            if (!cl)
                out.problems.push_back(problem(at, "answers for \"" + cred + "\", which this version does not know, were left out"));
            else if (changed)
                out.problems.push_back(problem(at, "the " + cred + " checklist changed since the link was made: its " +
                                                       answers_were(dropped) + " left out rather than misread"));
            else if (dropped > 0)
                out.problems.push_back(problem(at, answers_were(dropped) + " left out: their items are unknown to this version"));
            if (!answers.empty()) all[cred] = answers;
        }
        return true;
    }
    bool get(const PlanField& f, Progress& progress) {
        const uint32_t logs = r.varint();
        if (logs > kMaxWeeksOff) return fail(path(f), "the link holds more check-ins than certplan writes");
        int previous = 0;
        for (uint32_t i = 0; i < logs && !r.overrun(); ++i) {
            const bool next = r.bits(1) == 1;
            const int monday = next ? previous + 7 : kEpoch2020 + int(r.bits(16)) - 1;
            if (weekday(monday) != 0 || (next && !previous) || monday - kEpoch2020 + 1 > 0xFFFF)
                return fail(path(f), "the link holds a check-in that does not start on a Monday certplan writes");
            WeekLog log;
            const uint32_t half = r.bits(9);
            if (half > kMaxHoursPerWeek * 2) return fail(path(f), "the link holds more hours than a week has");
            log.hours = half / 2.0;
            const int n = int(r.bits(task_bits_width(out.version)));
            if (n > kMaxTasksPerWeek) return fail(path(f), "the link holds more tasks in a week than certplan writes");
            for (int t = 0; t < n; ++t) log.done |= r.bits(1) << t;
            progress[monday] = log;
            previous = monday;
        }
        return true;
    }
    bool get(const PlanField& f, std::vector<Replan>& replans) {
        const uint32_t count = r.varint();
        if (count > kMaxWeeksOff) return fail(path(f), "the link holds more re-plans than certplan writes");
        for (uint32_t i = 0; i < count && !r.overrun(); ++i) {
            const int from = kEpoch2020 + int(r.bits(16)) - 1;
            const uint32_t hours = r.bits(8);
            if (weekday(from) != 0 || hours < 1 || hours > kMaxHoursPerWeek) return fail(path(f), "the link holds a re-plan no certplan writes");
            replans.push_back({from, double(hours)});
        }
        return true;
    }
    bool get(const PlanField&, CheckAnswers&) { return true; }  // not carried
};

}  // namespace

std::string encode_share_fragment(const PlanDocument& plan, const Catalog& catalog) {
    BitWriter w;
    w.bits(kShareFormatVersion, 8);
    Encoder e{w, catalog};
    visit_plan_fields([&](const PlanField& f, auto get) {
        if (f.share_since > 0) e.put(f, get(plan));
    });
    std::vector<uint8_t> bytes = w.bytes();
    uint32_t crc = crc32(bytes.data(), bytes.size());
    for (int shift = 24; shift >= 0; shift -= 8) bytes.push_back(uint8_t(crc >> shift));
    return base64url_encode(bytes);
}

std::string trim_pasted_link(const std::string& link) {
    size_t end = link.size();
    while (end > 0 && std::strchr(".,;:!?)]}>'\"", link[end - 1]) != nullptr) --end;
    return link.substr(0, end);
}

ShareDecode decode_share_fragment(const std::string& pasted, const Catalog& catalog) {
    ShareDecode out;
    const std::string fragment = trim_pasted_link(pasted);
    auto fail = [&](const std::string& field, const std::string& message) {
        out.problems.push_back(problem(field, message));
        out.ok = false;
        return out;
    };
    if (fragment.size() > kShareMaxLength)
        return fail("", "the link is far too long to be a certplan plan (" + std::to_string(fragment.size()) + " characters)");
    std::string data = fragment;
    if (!data.empty() && data[0] == '#') data.erase(0, 1);
    if (data.compare(0, std::string(kSharePrefix).size(), kSharePrefix) == 0) data.erase(0, std::string(kSharePrefix).size());
    if (data.empty()) return fail("", "the link carries no plan");
    auto bytes = base64url_decode(data);
    if (!bytes) return fail("", "the link is damaged: it has characters or a length no certplan link has");
    if (bytes->size() < 5) return fail("", "the link is incomplete (was it cut off when copied?)");
    const size_t body = bytes->size() - 4;
    const uint32_t stored = uint32_t((*bytes)[body]) << 24 | uint32_t((*bytes)[body + 1]) << 16 |
                            uint32_t((*bytes)[body + 2]) << 8 | uint32_t((*bytes)[body + 3]);
    const bool intact = crc32(bytes->data(), body) == stored;
    // A future version may lay out (and check) its links differently: say so before blaming the checksum.
    if ((*bytes)[0] > kShareFormatVersion)
        return fail("version", std::string(intact ? "the link was made by a newer version of certplan"
                                                  : "the link is damaged, or was made by a newer version of certplan") +
                                   " (format " + std::to_string((*bytes)[0]) + "); reload the page to update, then open it again");
    if (!intact)
        return fail("checksum", "the link is incomplete or was altered: its checksum does not match (was it cut off when copied?)");
    if ((*bytes)[0] == 0) return fail("version", "the link is damaged: it has no valid version");

    BitReader r(bytes->data(), body);
    out.version = int(r.bits(8));
    PlanDocument& plan = out.plan;
    Decoder d{r, catalog, out};
    bool refused = false;
    visit_plan_fields([&](const PlanField& f, auto get) {
        if (refused || r.overrun() || r.bad() || f.share_since == 0 || out.version < f.share_since) return;
        if (!d.get(f, get(plan))) refused = true;
    });
    if (refused) {
        out.ok = false;
        return out;
    }
    if (out.version < 3) plan.target_chosen = plan.credential != kDefaultCredential;
    if (r.overrun()) return fail("", "the link is incomplete: it ends in the middle of the plan");
    if (r.bad()) return fail("", "the link is damaged: it holds values no certplan writes");
    if (!catalog.credential(plan.credential)) {
        out.problems.push_back(problem("credential", "the plan is for \"" + plan.credential + "\", which this version does not know; the advice's first credential is the target instead"));
        plan.credential = PlanDocument().credential;
        plan.target_chosen = false;
    }
    out.ok = true;
    return out;
}

}  // namespace certplan
