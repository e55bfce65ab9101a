#include "catalog_load.h"

#include "catalog_checks.h"

#include "link.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>
#include <cstring>

#include "date.h"
#include "json_reader.h"
#include "profile.h"
#include "status.h"
#include "status_dates.h"
#include "vocabulary.h"

namespace certplan {

namespace {

const std::vector<std::string> kPlatforms = vocabulary::platform().keys();
const std::vector<std::string> kKinds = vocabulary::credential_kind().keys();
const std::vector<std::string> kLevels = {"associate", "professional", "specialty", "certificate"};
const std::vector<std::string> kEventStatuses = {"beta", "active", "retired"};  // what an event makes it
const std::vector<std::string> kSourceKinds = vocabulary::source_kind().keys();
const std::vector<std::string> kWeights = vocabulary::hiring_weight().keys();
const std::vector<std::string> kStages = {key(Phase::foundations), key(Phase::core), key(Phase::platform)};  // a course's phase
const std::vector<std::string> kResourceKinds = vocabulary::resource_kind().keys();
const std::vector<std::string> kCriterionKinds = {key(ReasonKind::pursue), key(ReasonKind::skip)};  // a "pursue when" or "skip when" case

bool valid_as_of(const std::string& s) { return is_as_of(s); }
bool valid_date(const std::string& s) { return is_iso_date(s); }

// Context for loading one file: its reader plus the ids that later checks cross-reference.
struct Loader {
    JsonReader r;
    std::vector<std::pair<std::string, std::string>>* source_refs;  // (path in this file, source id)
    std::string file;

    Loader(const std::string& f, Problems& p, std::vector<std::pair<std::string, std::string>>* refs)
        : r(f, p), source_refs(refs), file(f) {}

    void provenance(const json& obj, const std::string& path, std::string& source, std::string& as_of) {
        source = r.string(obj, path, "source");
        as_of = r.string(obj, path, "as_of");
        if (!source.empty()) source_refs->push_back({file + "\x1f" + JsonReader::join(path, "source"), source});
        if (obj.is_object() && obj.contains("as_of") && obj["as_of"].is_string() && !valid_as_of(as_of))
            r.fail(JsonReader::join(path, "as_of"), "\"" + as_of + "\" is not YYYY-MM-DD, YYYY-MM or \"before YYYY-MM\"");
    }

    template <typename T>
    void fact_meta(const json& f, const std::string& path, Fact<T>& out) {
        provenance(f, path, out.source, out.as_of);
        out.verified = r.boolean(f, path, "verified", true);
        out.note = r.string(f, path, "note", false);
    }

    const json* fact_object(const json& obj, const std::string& path, const char* key) {
        return r.object(obj, path, key);
    }

    Fact<double> number_fact(const json& obj, const std::string& path, const char* key) {
        Fact<double> out;
        std::string p = JsonReader::join(path, key);
        if (const json* f = fact_object(obj, path, key)) {
            out.value = r.nullable_number(*f, p, "value");
            fact_meta(*f, p, out);
        }
        return out;
    }

    Fact<std::string> string_fact(const json& obj, const std::string& path, const char* key, bool value_required = false) {
        Fact<std::string> out;
        std::string p = JsonReader::join(path, key);
        if (const json* f = fact_object(obj, path, key)) {
            out.value = r.nullable_string(*f, p, "value");
            if (value_required && !out.value) r.fail(JsonReader::join(p, "value"), "must be known (a string)");
            fact_meta(*f, p, out);
        }
        return out;
    }

    Fact<std::vector<std::string>> strings_fact(const json& obj, const std::string& path, const char* key) {
        Fact<std::vector<std::string>> out;
        std::string p = JsonReader::join(path, key);
        if (const json* f = fact_object(obj, path, key)) {
            if (!f->contains("value")) r.fail(JsonReader::join(p, "value"), "is missing");
            else if (!(*f)["value"].is_null()) out.value = r.strings(*f, p, "value");
            fact_meta(*f, p, out);
        }
        return out;
    }

    Condition condition(const json& obj, const std::string& path) {
        Condition c;
        const json* w = r.object(obj, path, "when");
        if (!w) return c;
        std::string wp = JsonReader::join(path, "when");
        for (auto it = w->begin(); it != w->end(); ++it) {
            const ProfileField* field = profile_field(it.key());
            std::string fp = JsonReader::join(wp, it.key().c_str());
            if (!field) {
                r.fail(fp, "is not a profile field");
                continue;
            }
            auto values = r.strings(*w, wp, it.key().c_str());
            for (size_t i = 0; i < values.size(); ++i)
                if (std::find(field->values.begin(), field->values.end(), values[i]) == field->values.end())
                    r.fail(JsonReader::index(fp, i), "\"" + values[i] + "\" is not a value of " + it.key());
            c[it.key()] = values;
        }
        return c;
    }
};

template <typename T, typename F>
void each(Loader& L, const json& root, const char* key, std::vector<T>& out, F read_one) {
    const json* arr = L.r.array(root, "", key);
    if (!arr) return;
    for (size_t i = 0; i < arr->size(); ++i) {
        std::string path = JsonReader::index(key, i);
        if (!(*arr)[i].is_object()) {
            L.r.fail(path, "expected an object");
            continue;
        }
        out.push_back(read_one((*arr)[i], path));
    }
}

template <typename T>
void check_unique_ids(JsonReader& r, const std::vector<T>& v, const char* key, std::string T::*id) {
    std::set<std::string> seen;
    for (size_t i = 0; i < v.size(); ++i) {
        const std::string& s = v[i].*id;
        if (s.empty()) continue;
        if (!seen.insert(s).second) r.fail(JsonReader::index(key, i) + ".id", "\"" + s + "\" is used twice");
    }
}

void load_sources(Loader& L, const json& root, Catalog& c) {
    // The day the facts were last checked: the page shows it beside them, so it must be a real day.
    c.last_checked = L.r.string(root, "", "last_checked");
    if (!c.last_checked.empty() && !valid_date(c.last_checked)) L.r.fail("last_checked", "is not a YYYY-MM-DD date");
    each(L, root, "sources", c.sources, [&](const json& o, const std::string& p) {
        Source s;
        s.id = L.r.string(o, p, "id");
        s.title = L.r.string(o, p, "title");
        s.publisher = L.r.string(o, p, "publisher");
        s.url = L.r.nullable_string(o, p, "url").value_or("");
        if (!s.url.empty() && !openable_url(s.url)) L.r.fail(p + ".url", "\"" + s.url + "\" is not a plain https: link (core/link.h)");
        s.as_of = L.r.string(o, p, "as_of");
        if (!s.as_of.empty() && !valid_as_of(s.as_of)) L.r.fail(p + ".as_of", "\"" + s.as_of + "\" is not a valid as-of date");
        s.kind = from_key<SourceKind>(L.r.one_of(o, p, "kind", kSourceKinds)).value_or(SourceKind::official);
        return s;
    });
    check_unique_ids(L.r, c.sources, "sources", &Source::id);
}

Blueprint load_blueprint(Loader& L, const json& b, const std::string& p) {
    Blueprint bp;
    bp.guide = L.r.string(b, p, "guide");
    L.provenance(b, p, bp.source, bp.as_of);
    bp.weights_note = L.r.string(b, p, "weights_note", false);
    bp.verified = L.r.boolean(b, p, "verified", true);
    const json* domains = L.r.array(b, p, "domains");
    if (!domains) return bp;
    std::string dp = p + ".domains";
    if (domains->empty()) L.r.fail(dp, "must list at least one domain");
    double low_sum = 0, high_sum = 0;
    for (size_t i = 0; i < domains->size(); ++i) {
        std::string ip = JsonReader::index(dp, i);
        const json& d = (*domains)[i];
        Domain dom;
        dom.id = L.r.string(d, ip, "id");
        dom.name = L.r.string(d, ip, "name");
        dom.weight_low = L.r.number(d, ip, "weight_low", 0.5, 100);
        dom.weight_high = L.r.number(d, ip, "weight_high", 0.5, 100);
        if (dom.weight_high < dom.weight_low) L.r.fail(ip + ".weight_high", "is below weight_low");
        dom.sections = L.r.strings(d, ip, "sections");
        if (d.is_object() && d.contains("sections") && dom.sections.empty())
            L.r.fail(ip + ".sections", "must list at least the domain's own number");
        low_sum += dom.weight_low;
        high_sum += dom.weight_high;
        bp.domains.push_back(dom);
    }
    check_unique_ids(L.r, bp.domains, (dp).c_str(), &Domain::id);
    // The official weights are percentages of one exam: the ranges must be able to add up to 100 (give or
    // take rounding: Google's 2026 weights, which it calls approximate, add up to 101).
    if (!bp.domains.empty() && (low_sum > 102 || high_sum < 98))
        L.r.fail(dp, "weights cannot add up to 100 (lows add up to " + json(low_sum).dump() + ", highs to " +
                         json(high_sum).dump() + ")");
    return bp;
}

void load_credentials(Loader& L, const json& root, Catalog& c) {
    each(L, root, "credentials", c.credentials, [&](const json& o, const std::string& p) {
        Credential k;
        k.id = L.r.string(o, p, "id");
        k.name = L.r.string(o, p, "name");
        k.short_name = L.r.string(o, p, "short_name");
        k.provider = L.r.string(o, p, "provider");
        k.platform = L.r.one_of(o, p, "platform", kPlatforms);
        k.kind = from_key<CredentialKind>(L.r.one_of(o, p, "kind", kKinds)).value_or(CredentialKind::exam);
        k.level = L.r.one_of(o, p, "level", kLevels);
        if (const json* s = L.r.object(o, p, "status")) {
            const std::string sp = p + ".status";
            if (const json* ev = L.r.array(*s, sp, "events")) {
                for (size_t i = 0; i < ev->size(); ++i) {
                    const std::string ep = JsonReader::index(sp + ".events", i);
                    const json& e = (*ev)[i];
                    StatusEvent x;
                    x.on = L.r.nullable_string(e, ep, "on").value_or("");
                    if (!x.on.empty() && !valid_date(x.on)) L.r.fail(ep + ".on", "is not a YYYY-MM-DD date");
                    const std::string b = L.r.one_of(e, ep, "becomes", kEventStatuses);
                    x.becomes = b == "retired" ? Status::retired : b == "beta" ? Status::beta : Status::active;
                    if (e.is_object() && e.contains("languages")) x.languages = L.r.strings(e, ep, "languages");
                    L.provenance(e, ep, x.source, x.as_of);
                    x.verified = L.r.boolean(e, ep, "verified", true);
                    x.note = L.r.string(e, ep, "note", false);
                    k.status.events.push_back(x);
                }
            }
            k.status.successors = L.r.strings(*s, sp, "successors");
            k.status.note = L.r.string(*s, sp, "note", false);
        }
        if (o.is_object() && o.contains("last_checked")) {
            k.last_checked = L.r.string(o, p, "last_checked");
            if (!valid_date(k.last_checked)) L.r.fail(p + ".last_checked", "is not a YYYY-MM-DD date");
        } else {
            k.last_checked = c.last_checked;  // sources.json's: the day the whole catalog was last checked
        }
        k.fee_usd = L.number_fact(o, p, "fee_usd");
        k.duration_minutes = L.number_fact(o, p, "duration_minutes");
        k.validity_months = L.number_fact(o, p, "validity_months");
        k.questions = L.string_fact(o, p, "questions");
        k.pass_mark = L.string_fact(o, p, "pass_mark");
        k.renewal = L.string_fact(o, p, "renewal");
        k.delivery = L.string_fact(o, p, "delivery");
        k.recommended_experience = L.string_fact(o, p, "recommended_experience");
        k.tests_what = L.string_fact(o, p, "tests_what", /*value_required=*/true);
        k.pass_rate = L.string_fact(o, p, "pass_rate");
        k.languages = L.strings_fact(o, p, "languages");
        if (const json* hw = L.r.array(o, p, "hiring_weight")) {
            for (size_t i = 0; i < hw->size(); ++i) {
                std::string hp = JsonReader::index(p + ".hiring_weight", i);
                const json& h = (*hw)[i];
                HiringWeight w;
                w.employer = L.r.one_of(h, hp, "employer", profile_field("employer")->values);
                w.weight = from_key<HiringLevel>(L.r.one_of(h, hp, "weight", kWeights)).value_or(HiringLevel::unknown);
                L.provenance(h, hp, w.source, w.as_of);
                w.note = L.r.string(h, hp, "note", false);
                w.verified = L.r.boolean(h, hp, "verified", true);
                k.hiring_weight.push_back(w);
            }
        }
        if (o.contains("blueprint") && !o["blueprint"].is_null()) {
            if (const json* b = L.r.object(o, p, "blueprint")) {
                k.has_blueprint = true;
                k.blueprint = load_blueprint(L, *b, p + ".blueprint");
            }
        } else if (!o.contains("blueprint")) {
            L.r.fail(p + ".blueprint", "is missing (use null for a credential with no exam blueprint)");
        }
        if (k.kind == CredentialKind::exam && !k.has_blueprint) L.r.fail(p + ".blueprint", "an exam credential needs its blueprint");
        return k;
    });
    check_unique_ids(L.r, c.credentials, "credentials", &Credential::id);
}

void load_checklists(Loader& L, const json& root, Catalog& c) {
    each(L, root, "checklists", c.checklists, [&](const json& o, const std::string& p) {
        Checklist cl;
        cl.credential = L.r.string(o, p, "credential");
        L.provenance(o, p, cl.source, cl.as_of);
        cl.verified = L.r.boolean(o, p, "verified", true);
        const json* items = L.r.array(o, p, "items");
        if (!items) return cl;
        for (size_t i = 0; i < items->size(); ++i) {
            std::string ip = JsonReader::index(p + ".items", i);
            const json& it = (*items)[i];
            ChecklistItem item;
            item.id = L.r.string(it, ip, "id");
            item.domain = L.r.string(it, ip, "domain");
            item.section = L.r.string(it, ip, "section");
            item.text = L.r.string(it, ip, "text");
            item.judgement = L.r.boolean(it, ip, "judgement", false);
            if (it.is_object() && it.contains("carried_from")) item.carried_from = L.r.strings(it, ip, "carried_from");
            if (it.is_object() && it.contains("source")) L.provenance(it, ip, item.source, item.as_of);
            else {
                item.source = cl.source;
                item.as_of = cl.as_of;
            }
            cl.items.push_back(item);
        }
        return cl;
    });
}

void load_courses(Loader& L, const json& root, Catalog& c) {
    each(L, root, "courses", c.courses, [&](const json& o, const std::string& p) {
        Course k;
        k.id = L.r.string(o, p, "id");
        k.title = L.r.string(o, p, "title");
        k.provider = L.r.string(o, p, "provider");
        k.platform = L.r.string(o, p, "platform");
        k.url = L.r.nullable_string(o, p, "url").value_or("");
        if (!k.url.empty() && !openable_url(k.url)) L.r.fail(p + ".url", "\"" + k.url + "\" is not a plain https: link (core/link.h)");
        k.stage = L.r.one_of(o, p, "stage", kStages);
        k.hours = L.number_fact(o, p, "hours");
        k.length = L.string_fact(o, p, "length");
        k.why = L.string_fact(o, p, "why", true);
        return k;
    });
    check_unique_ids(L.r, c.courses, "courses", &Course::id);
}

void load_advice(Loader& L, const json& root, Catalog& c) {
    std::vector<Criterion>& criteria = c.advice.criteria;
    each(L, root, "criteria", criteria, [&](const json& o, const std::string& p) {
        Criterion k;
        k.id = L.r.string(o, p, "id");
        k.kind = from_key<ReasonKind>(L.r.one_of(o, p, "kind", kCriterionKinds)).value_or(ReasonKind::pursue);
        k.weight = static_cast<int>(L.r.number(o, p, "weight", 1, 3));
        k.text = L.r.string(o, p, "text");
        L.provenance(o, p, k.source, k.as_of);
        k.when = L.condition(o, p);
        return k;
    });
    check_unique_ids(L.r, criteria, "criteria", &Criterion::id);
    each(L, root, "first_choice", c.advice.first_choice, [&](const json& o, const std::string& p) {
        FirstChoiceRule k;
        k.id = L.r.string(o, p, "id");
        k.credential = L.r.string(o, p, "credential");
        k.text = L.r.string(o, p, "text");
        k.foundations_first = L.r.boolean(o, p, "foundations_first", false);
        L.provenance(o, p, k.source, k.as_of);
        k.when = L.condition(o, p);
        return k;
    });
    // What to build instead of certifying: optional (a catalog without it offers no portfolio plan).
    if (const json* b = L.r.object(root, "", "instead", false)) {
        BuildInstead& in = c.advice.instead;
        in.text = L.r.string(*b, "instead", "text");
        L.provenance(*b, "instead", in.source, in.as_of);
        each(L, *b, "steps", in.steps, [&](const json& o, const std::string& p) {
            BuildStep k;
            k.id = L.r.string(o, p, "id");
            k.text = L.r.string(o, p, "text");
            k.why = L.r.string(o, p, "why");
            L.provenance(o, p, k.source, k.as_of);
            k.hours = L.number_fact(o, p, "hours");
            if (!k.hours.value || !(*k.hours.value >= 1) || *k.hours.value > 200 || *k.hours.value != std::floor(*k.hours.value))
                L.r.fail(JsonReader::join(p, "hours.value"), "must be whole hours, 1 to 200");
            return k;
        });
    }
    if (!c.advice.first_choice.empty() && !c.advice.first_choice.back().when.empty())
        L.r.fail("first_choice", "the last rule must have an empty \"when\" so that every profile gets an answer");
}

void load_estimate(Loader& L, const json& root, Catalog& c) {
    EstimateModel& m = c.estimate;
    if (const json* r = L.r.object(root, "", "rhythm")) {
        m.rhythm_hours_per_week = L.r.number(*r, "rhythm", "hours_per_week", 1, 60);
        m.rhythm_basis = L.r.string(*r, "rhythm", "basis");
        L.provenance(*r, "rhythm", m.rhythm_source, m.rhythm_as_of);
    }
    const auto& backgrounds = profile_field("background")->values;
    m.default_background = L.r.one_of(root, "", "default_background", backgrounds);
    m.review_floor = L.r.number(root, "", "review_floor", 0.05, 1);
    if (const json* lim = L.r.array(root, "", "hours_per_week_limits")) {
        if (lim->size() != 2 || !(*lim)[0].is_number() || !(*lim)[1].is_number() || (*lim)[0] >= (*lim)[1])
            L.r.fail("hours_per_week_limits", "expected [lowest, highest] hours per week");
        else
            m.min_hours_per_week = (*lim)[0].get<double>(), m.max_hours_per_week = (*lim)[1].get<double>();
    }
    if (const json* sp = L.r.object(root, "", "split")) {
        m.split_core = L.r.number(*sp, "split", "core_courses", 0, 1);
        m.split_platform = L.r.number(*sp, "split", "platform", 0, 1);
        m.split_practice = L.r.number(*sp, "split", "practice", 0, 1);
        m.split_basis = L.r.string(*sp, "split", "basis");
        if (std::fabs(m.split_core + m.split_platform + m.split_practice - 1) > 1e-6) L.r.fail("split", "shares must add up to 1");
    }
    if (const json* pc = L.r.object(root, "", "plan_courses")) {
        m.plan_foundations = L.r.strings(*pc, "plan_courses", "foundations");
        m.plan_core = L.r.strings(*pc, "plan_courses", "core");
        m.plan_basis = L.r.string(*pc, "plan_courses", "basis");
        L.provenance(*pc, "plan_courses", m.plan_source, m.plan_as_of);
    }
    // The foundations' shares, one per planned foundations course, and the passes they run in.
    if (const json* fs = L.r.object(root, "", "foundations_split")) {
        const std::string fp = "foundations_split";
        if (const json* shares = L.r.object(*fs, fp, "shares")) {
            double sum = 0;
            for (const std::string& id : m.plan_foundations) {
                const std::string at = fp + ".shares." + id;
                if (!shares->contains(id)) {
                    L.r.fail(at, "is missing: every planned foundations course needs a share");
                    continue;
                }
                m.foundations_shares.push_back(L.r.number(*shares, fp + ".shares", id.c_str(), 0.01, 1));
                sum += m.foundations_shares.back();
            }
            for (auto it = shares->begin(); it != shares->end(); ++it)
                if (std::find(m.plan_foundations.begin(), m.plan_foundations.end(), it.key()) == m.plan_foundations.end())
                    L.r.fail(fp + ".shares." + it.key(), "is not a course in plan_courses.foundations");
            if (!m.foundations_shares.empty() && std::fabs(sum - 1) > 1e-6) L.r.fail(fp + ".shares", "must add up to 1");
        }
        m.foundations_passes = int(L.r.number(*fs, fp, "passes", 1, 4));
        m.foundations_basis = L.r.string(*fs, fp, "basis");
        L.provenance(*fs, fp, m.foundations_source, m.foundations_as_of);
    }
    auto range = [&](const json& o, const std::string& p, const char* key, double& lo, double& hi) {
        const json* a = L.r.array(o, p, key);
        if (!a) return;
        if (a->size() != 2 || !(*a)[0].is_number() || !(*a)[1].is_number() || (*a)[0] < 0 || (*a)[0] > (*a)[1])
            L.r.fail(JsonReader::join(p, key), "expected [low, high] with 0 <= low <= high");
        else
            lo = (*a)[0].get<double>(), hi = (*a)[1].get<double>();
    };
    each(L, root, "backgrounds", m.backgrounds, [&](const json& o, const std::string& p) {
        BackgroundHours b;
        b.background = L.r.one_of(o, p, "background", backgrounds);
        range(o, p, "foundations_hours", b.foundations_low, b.foundations_high);
        range(o, p, "exam_hours", b.exam_low, b.exam_high);
        b.basis = L.r.string(o, p, "basis");
        L.provenance(o, p, b.source, b.as_of);
        b.verified = L.r.boolean(o, p, "verified", true);
        return b;
    });
    for (const auto& b : backgrounds)
        if (!m.background(b)) L.r.fail("backgrounds", "has no hours for background \"" + b + "\"");
    each(L, root, "calibration", m.calibration, [&](const json& o, const std::string& p) {
        Calibration k;
        k.background = L.r.one_of(o, p, "background", backgrounds);
        k.credential = L.r.string(o, p, "credential");
        range(o, p, "weeks", k.weeks_low, k.weeks_high);
        k.basis = L.r.string(o, p, "basis");
        k.said_of = L.r.string(o, p, "said_of", false);
        return k;
    });
}

// Each credential's study path. A course resource names a course of courses.json and takes its title,
// provider, link and hours from there; any other resource states them itself, hours null when unknown.
void load_study_paths(Loader& L, const json& root, Catalog& c) {
    each(L, root, "paths", c.study_paths, [&](const json& o, const std::string& p) {
        StudyPath path;
        path.credential = L.r.string(o, p, "credential");
        const json* resources = L.r.array(o, p, "resources");
        if (!resources) return path;
        if (resources->empty()) L.r.fail(p + ".resources", "must list at least one resource");
        for (size_t i = 0; i < resources->size(); ++i) {
            const std::string rp = JsonReader::index(p + ".resources", i);
            const json& x = (*resources)[i];
            StudyResource res;
            res.id = L.r.string(x, rp, "id");
            L.provenance(x, rp, res.source, res.as_of);
            res.domains = L.r.strings(x, rp, "domains");
            if (x.is_object() && x.contains("domains") && res.domains.empty()) L.r.fail(rp + ".domains", "must name at least one domain");
            res.why = L.r.string(x, rp, "why", false);
            if (x.is_object() && x.contains("course")) {
                res.kind = ResourceKind::course;
                res.course = L.r.string(x, rp, "course");
                if (const Course* k = c.course(res.course)) {
                    res.title = k->title, res.provider = k->provider, res.url = k->url, res.hours = k->hours;
                }  // an unknown id is reported by cross_check, with the other references
            } else {
                res.title = L.r.string(x, rp, "title");
                res.provider = L.r.string(x, rp, "provider");
                res.kind = from_key<ResourceKind>(L.r.one_of(x, rp, "kind", kResourceKinds)).value_or(ResourceKind::exam_guide);
                if (res.kind == ResourceKind::course) L.r.fail(rp + ".kind", "a course is named by its id in courses.json (\"course\")");
                res.url = L.r.nullable_string(x, rp, "url").value_or("");
                if (!res.url.empty() && !openable_url(res.url))
                    L.r.fail(rp + ".url", "\"" + res.url + "\" is not a plain https: link (core/link.h)");
                if (const json* h = L.r.object(x, rp, "hours")) {
                    const std::string hp = rp + ".hours";
                    res.hours.value = L.r.nullable_number(*h, hp, "value");
                    if (res.hours.value && *res.hours.value <= 0) L.r.fail(hp + ".value", "must be more than 0 hours (null when unknown)");
                    res.hours.note = L.r.string(*h, hp, "note", false);
                    if (!res.hours.value && res.hours.note.empty()) L.r.fail(hp + ".note", "an unknown length needs a note saying so");
                    res.hours.source = res.source, res.hours.as_of = res.as_of;
                }
            }
            path.resources.push_back(res);
        }
        check_unique_ids(L.r, path.resources, (p + ".resources").c_str(), &StudyResource::id);
        return path;
    });
}

// Two stems count as the same when they differ only in case, spacing or punctuation.
std::string stem_key(const std::string& s) {
    std::string k;
    for (unsigned char ch : s)
        if (std::isalnum(ch)) k += char(std::tolower(ch));
    return k;
}

// "Check me"'s scenario questions: four options, exactly one best, a reason for every option, no repeated
// stem or option. References (credential, domain, section, items, as-of) are checked in check_questions.
void load_questions(Loader& L, const json& root, Catalog& c) {
    std::set<std::string> stems;
    each(L, root, "questions", c.questions, [&](const json& o, const std::string& p) {
        Question q;
        q.id = L.r.string(o, p, "id");
        q.credential = L.r.string(o, p, "credential");
        q.domain = L.r.string(o, p, "domain");
        q.situation = L.r.string(o, p, "situation");
        q.items = L.r.strings(o, p, "items");
        if (o.is_object() && o.contains("items") && q.items.empty()) L.r.fail(p + ".items", "must name at least one checklist item");
        q.section = L.r.string(o, p, "section");
        L.provenance(o, p, q.source, q.as_of);
        if (!q.situation.empty() && !stems.insert(stem_key(q.situation)).second)
            L.r.fail(p + ".situation", "repeats another question's situation");
        const json* opts = L.r.array(o, p, "options");
        if (!opts) return q;
        if (opts->size() != size_t(kQuestionOptions))
            L.r.fail(p + ".options", "has " + std::to_string(opts->size()) + " options; a question has " + std::to_string(kQuestionOptions));
        std::set<std::string> texts;
        for (size_t j = 0; j < opts->size(); ++j) {
            const std::string op = JsonReader::index(p + ".options", j);
            const json& x = (*opts)[j];
            QuestionOption opt;
            opt.text = L.r.string(x, op, "text");
            opt.why = L.r.string(x, op, "why");
            if (x.is_object() && !x.contains("best")) L.r.fail(op + ".best", "is missing (true or false)");
            opt.best = L.r.boolean(x, op, "best", false);
            if (x.is_object() && x.contains("why") && opt.why.empty()) L.r.fail(op + ".why", "is empty: every option needs its reason");
            if (!opt.text.empty() && !texts.insert(stem_key(opt.text)).second) L.r.fail(op + ".text", "repeats another option");
            q.options.push_back(opt);
        }
        const auto bests = std::count_if(q.options.begin(), q.options.end(), [](const QuestionOption& x) { return x.best; });
        if (bests != 1) L.r.fail(p + ".options", "has " + std::to_string(bests) + " best answers; a question has exactly one");
        return q;
    });
    check_unique_ids(L.r, c.questions, "questions", &Question::id);
}

}  // namespace

const std::vector<std::string>& catalog_file_names() {
    static const std::vector<std::string> names = {"sources.json", "credentials.json", "checklists.json", "courses.json",
                                                   "advice.json", "estimate.json", "study_paths.json", "questions.json"};
    return names;
}

CatalogLoad load_catalog(const std::vector<DataFile>& files) {
    CatalogLoad out;
    std::vector<std::pair<std::string, std::string>> source_refs;
    using LoadFn = void (*)(Loader&, const json&, Catalog&);
    const std::pair<const char*, LoadFn> steps[] = {{"sources.json", load_sources},
                                                    {"credentials.json", load_credentials},
                                                    {"checklists.json", load_checklists},
                                                    {"courses.json", load_courses},
                                                    {"advice.json", load_advice},
                                                    {"estimate.json", load_estimate},
                                                    {"study_paths.json", load_study_paths},
                                                    {"questions.json", load_questions}};
    for (const auto& step : steps) {
        const std::string base = step.first;
        const LoadFn fn = step.second;
        const std::string suffix = "/" + base;
        auto it = std::find_if(files.begin(), files.end(), [&](const DataFile& f) {
            return f.name == base || (f.name.size() > suffix.size() &&
                                      f.name.compare(f.name.size() - suffix.size(), std::string::npos, suffix) == 0);
        });
        std::string name = it == files.end() ? "data/" + base : it->name;
        if (it == files.end()) {
            out.problems.push_back({name, "", "is missing"});
            continue;
        }
        auto root = parse_json(it->text, name, out.problems);
        if (!root) continue;
        if (!root->is_object()) {
            out.problems.push_back({name, "", "expected a JSON object at the top"});
            continue;
        }
        Loader L(name, out.problems, &source_refs);
        fn(L, *root, out.catalog);
    }
    if (out.problems.empty()) cross_check(out.catalog, source_refs, out.problems);  // core/catalog_checks.h
    return out;
}

}  // namespace certplan
