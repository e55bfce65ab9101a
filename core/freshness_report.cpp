#include "freshness_report.h"

#include <map>

#include "date.h"
#include "freshness.h"
#include "status.h"

namespace certplan {

namespace {

std::string shown(const Fact<double>& f) {
    if (!f.value) return "null";
    const double v = *f.value;
    return v == double(long(v)) ? std::to_string(long(v)) : std::to_string(v);
}
std::string shown(const Fact<std::string>& f) { return f.value ? *f.value : "null"; }
std::string shown(const Fact<std::vector<std::string>>& f) {
    if (!f.value) return "null";
    std::string s;
    for (const std::string& x : *f.value) s += (s.empty() ? "" : ", ") + x;
    return s;
}

struct Report {
    const Catalog& catalog;
    int today;
    std::string out;
    int old_facts = 0, soon = 0, due = 0;

    std::string link(const std::string& source) const {
        const Source* s = catalog.source(source);
        if (!s) return source + " (not in sources.json)";
        return source + " " + (s->url.empty() ? "(no URL)" : s->url);
    }

    // "66 days", "at least 430 days" (an "as of before"), "unreadable".
    std::string age(const std::string& as_of, bool& old) const {
        old = false;
        const std::optional<int> day = as_of_day(as_of);
        if (!day) return "age unknown";
        const int days = today - *day;
        old = days > kFreshDays;
        return (as_of.rfind("before ", 0) == 0 ? "at least " : "") + std::to_string(days) + " days";
    }

    void fact(const std::string& what, const std::string& value, const std::string& source, const std::string& as_of, bool verified) {
        bool old = false;
        const std::string a = age(as_of, old);
        if (old) ++old_facts;
        std::string v = value.size() > 48 ? value.substr(0, 45) + "..." : value;
        out += std::string(old ? "  OLD  " : "       ") + what + (v.empty() ? "" : ": " + v) + " | as of " + as_of + " (" + a + ")" +
               (verified ? "" : " unverified") + " | " + link(source) + "\n";
    }

    template <typename T> void fact(const std::string& what, const Fact<T>& f) { fact(what, shown(f), f.source, f.as_of, f.verified); }

    void credential(const Credential& c) {
        const StatusAt st = status_at(c, today);
        out += "\n== " + c.id + ": " + c.name + "\n   status today: " + status_cell(st) + "; last checked " + c.last_checked + "\n";
        for (size_t i = 0; i < c.status.events.size(); ++i) {
            const StatusEvent& e = c.status.events[i];
            const std::string what = "status.events[" + std::to_string(i) + "] " + to_string(e.becomes) + " " +
                                     (e.on.empty() ? "(undated)" : e.on) + (e.languages.empty() ? "" : " (" + e.languages.front() + (e.languages.size() > 1 ? ", ..." : "") + ")");
            fact(what, "", e.source, e.as_of, e.verified);
            const std::optional<int> from = takes_effect(e);
            const std::optional<int> checked = as_of_day(e.as_of);
            if (!e.on.empty() && from && *from > today && *from - today <= kFreshDays) {
                ++soon;
                out += "  SOON " + what + " takes effect in " + std::to_string(*from - today) + " days: check it is still announced\n";
            } else if (!e.on.empty() && from && *from <= today && checked && *checked < *from) {
                ++due;
                out += "  DUE  " + what + " was announced (as of " + e.as_of + ") and its day has come: confirm it happened\n";
            }
        }
        fact("fee_usd", c.fee_usd);
        fact("duration_minutes", c.duration_minutes);
        fact("questions", c.questions);
        fact("pass_mark", c.pass_mark);
        fact("validity_months", c.validity_months);
        fact("renewal", c.renewal);
        fact("languages", c.languages);
        fact("delivery", c.delivery);
        fact("recommended_experience", c.recommended_experience);
        fact("tests_what", c.tests_what);
        fact("pass_rate", c.pass_rate);
        for (const HiringWeight& h : c.hiring_weight) fact("hiring_weight " + h.employer, key(h.weight), h.source, h.as_of, h.verified);
        if (c.has_blueprint) fact("blueprint", c.blueprint.guide, c.blueprint.source, c.blueprint.as_of, c.blueprint.verified);
        if (const Checklist* cl = catalog.checklist(c.id)) {
            fact("checklist (" + std::to_string(cl->items.size()) + " items)", "", cl->source, cl->as_of, cl->verified);
            std::map<std::pair<std::string, std::string>, int> own;  // items citing another source: counted per source
            for (const ChecklistItem& it : cl->items)
                if (it.source != cl->source || it.as_of != cl->as_of) ++own[{it.source, it.as_of}];
            for (const auto& [k, n] : own) fact("checklist items (" + std::to_string(n) + ")", "", k.first, k.second, true);
        }
        if (const StudyPath* sp = catalog.study_path(c.id))
            for (const StudyResource& r : sp->resources)
                fact("study path " + r.id, r.url.empty() ? "no link" : r.url, r.source, r.as_of, true);
    }
};

}  // namespace

std::string freshness_report(const Catalog& catalog, int today) {
    Report r{catalog, today, ""};
    for (const Credential& c : catalog.credentials) r.credential(c);
    r.out += "\n== courses\n";
    for (const Course& k : catalog.courses) {
        r.fact(k.id + " hours", k.hours);
        r.fact(k.id + " length", k.length);
    }
    r.out += "\n== sources with no URL\n";
    int no_url = 0;
    for (const Source& s : catalog.sources)
        if (s.url.empty()) {
            ++no_url;
            r.out += "       " + s.id + ": " + s.title + " (" + std::string(key(s.kind)) + ", as of " + s.as_of + ")\n";
        }
    const std::string head = "certplan freshness report for " + format_date(today) + ": " + std::to_string(r.old_facts) +
                             " facts older than " + std::to_string(kFreshDays) + " days (OLD), " + std::to_string(r.soon) +
                             " status events within " + std::to_string(kFreshDays) + " days (SOON), " + std::to_string(r.due) +
                             " announced events whose day has come (DUE), " + std::to_string(no_url) + " sources with no URL.\n"
                             "Each line: fact: value | as of (age) | source and its link.\n";
    return head + r.out;
}

}  // namespace certplan
