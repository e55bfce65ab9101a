#include "storage.h"

#include <algorithm>
#include <cmath>

#include "availability.h"
#include "date.h"
#include "fill.h"
#include "json_text.h"
#include "json_value.h"

namespace certplan {

namespace {

bool is_date(const std::string& s) { return is_iso_date(s); }

// Problems in the plan's text, each named by its field path.
struct PlanReader {
    const std::string& origin;
    Problems& problems;

    void fail(const std::string& path, const std::string& message) { problems.push_back({origin, path, message}); }
    static std::string join(const std::string& path, const std::string& key) { return path.empty() ? key : path + "." + key; }
    // The member `key` of `obj`, which must be a string: "" and a problem when it is missing or not one.
    std::string string(const JsonValue& obj, const std::string& path, const char* key) {
        const JsonValue* v = obj.find(key);
        if (!v || !v->is_string()) {
            fail(join(path, key), v ? "expected a string" : "is missing");
            return {};
        }
        return v->string();
    }
    // The member `key` of `obj`, which must be an object; when it is not `required`, null stands for none.
    const JsonValue* object(const JsonValue& obj, const std::string& path, const char* key, bool required = true) {
        const JsonValue* v = obj.find(key);
        if (!v) {
            if (required) fail(join(path, key), "is missing");
            return nullptr;
        }
        if (v->is_null() && !required) return nullptr;
        if (!v->is_object()) {
            fail(join(path, key), "expected an object");
            return nullptr;
        }
        return v;
    }
};

// One field's value from its JSON, by its coding; what does not fit is reported and left out.
void read_value(PlanReader& r, const PlanField& f, const JsonValue& v, const std::string& fp, std::string& out) {
    if (f.coding == Coding::choice) {
        const ProfileField* pf = profile_field(f.key);
        if (!v.is_string() || !pf || (!v.string().empty() && std::find(pf->values.begin(), pf->values.end(), v.string()) == pf->values.end()))
            r.fail(fp, "is not one of the answers to this question");
        else
            out = v.string();
    } else if (f.coding == Coding::date) {
        if (!v.is_string() || !is_date(v.string())) r.fail(fp, "expected a date as YYYY-MM-DD");
        else out = v.string();
    } else if (!v.is_string()) {
        r.fail(fp, "expected a string");
    } else {
        out = v.string();
    }
}
void read_value(PlanReader& r, const PlanField&, const JsonValue& v, const std::string& fp, bool& out) {
    if (!v.is_boolean()) r.fail(fp, "expected true or false");
    else out = v.boolean();
}
void read_value(PlanReader& r, const PlanField&, const JsonValue& v, const std::string& fp, std::optional<double>& out) {
    if (!v.is_number() || v.number() < 0 || v.number() > kMaxHoursPerWeek)
        r.fail(fp, "expected a number of hours from 0 to " + std::to_string(int(kMaxHoursPerWeek)));
    else
        out = v.number();
}
// Mondays as YYYY-MM-DD; anything else in the list is left out and reported once.
void read_value(PlanReader& r, const PlanField&, const JsonValue& v, const std::string& fp, std::vector<int>& out) {
    bool all_read = v.is_array();
    if (all_read)
        for (const JsonValue& w : v.items()) {
            const std::optional<int> day = w.is_string() ? parse_date(w.string()) : std::nullopt;
            if (day && weekday(*day) == 0) add_unavailable_week(out, *day);
            else all_read = false;
        }
    if (!all_read) r.fail(fp, "expected a list of Mondays as YYYY-MM-DD (what was not one was left out)");
}

void read_answers(PlanReader& r, const JsonValue& j, const std::string& path, Answers& out, bool numeric) {
    if (!j.is_object()) {
        r.fail(path, "expected an object of item ratings");
        return;
    }
    for (const auto& [key, v] : j.members()) {
        const std::string fp = PlanReader::join(path, key);
        Rating rating = Rating::unrated;
        bool ok = false;
        if (numeric && v.is_integer()) {
            // v1 stored 0..3 for not yet .. done it in production.
            ok = v.number() >= 0 && v.number() <= 3;
            if (ok) rating = Rating(int(v.number()) + 1);
        } else if (!numeric && v.is_string()) {
            ok = rating_from_key(v.string(), rating);
        }
        if (!ok) r.fail(fp, "is not a rating");
        else if (rating != Rating::unrated) out[key] = rating;
    }
}

std::string progress_members(const Progress& progress) {
    std::string out;
    for (const auto& [monday, log] : progress) {
        std::string done;
        for (int i = 0; i < 32; ++i)
            if (log.done & (1u << i)) done += (done.empty() ? "" : ", ") + std::to_string(i);
        out += fill("{}\n   {}: {\"hours\": {}, \"done\": [{}]}",
                    {out.empty() ? "" : ",", json_string(format_date(monday)), json_number(log.hours), done});
    }
    return out;
}

// Check-ins: a Monday each, hours from 0 to a week's, done task indexes 0..31. What is not is left out and reported.
void read_progress(PlanReader& r, const JsonValue& j, const std::string& path, Progress& out) {
    if (!j.is_object()) {
        r.fail(path, "expected an object of weekly check-ins");
        return;
    }
    for (const auto& [key, v] : j.members()) {
        const std::string fp = PlanReader::join(path, key);
        const std::optional<int> day = parse_date(key);
        if (!day || weekday(*day) != 0) {
            r.fail(fp, "is not a Monday as YYYY-MM-DD");
            continue;
        }
        WeekLog log;
        bool ok = v.is_object();
        if (const JsonValue* h = ok ? v.find("hours") : nullptr) {
            ok = h->is_number() && std::isfinite(h->number()) && h->number() >= 0 && h->number() <= kMaxHoursPerWeek;
            if (ok) log.hours = h->number();
        }
        if (const JsonValue* done = ok ? v.find("done") : nullptr) {
            ok = done->is_array();
            if (ok)
                for (const JsonValue& i : done->items()) {
                    if (!i.is_integer() || i.number() < 0 || i.number() > 31) ok = false;
                    else log.done |= 1u << int(i.number());
                }
        }
        if (!ok) r.fail(fp, "expected {\"hours\": 0 to 168, \"done\": [task numbers]}");
        else out[*day] = log;
    }
}
std::string replans_members(const std::vector<Replan>& replans) {
    std::string out;
    for (const Replan& r : replans)
        out += fill("{}{\"from\": {}, \"weekly_hours\": {}}",
                    {out.empty() ? "" : ", ", json_string(format_date(r.from)), json_number(r.hours_per_week)});
    return out;
}

void read_replans(PlanReader& r, const JsonValue& j, const std::string& path, std::vector<Replan>& out) {
    bool all_read = j.is_array();
    if (all_read)
        for (const JsonValue& v : j.items()) {
            const JsonValue* from = v.find("from");
            const JsonValue* hours = v.find("weekly_hours");
            const std::optional<int> day = from && from->is_string() ? parse_date(from->string()) : std::nullopt;
            const bool hours_ok = hours && hours->is_number() && hours->number() >= 1 && hours->number() <= kMaxHoursPerWeek;
            if (hours_ok && day.has_value() && weekday(day.value()) == 0) out.push_back({day.value(), std::floor(hours->number())});
            else all_read = false;
        }
    if (!all_read) r.fail(path, "expected a list of {\"from\": a Monday, \"weekly_hours\": 1 to 168} (what was not one was left out)");
}

// Check answers (an option index each, below 4) and finished attempts (0-255): a value that is not one is
// named and left out (the others are kept).
void read_value(PlanReader& r, const PlanField& f, const JsonValue& j, const std::string& path, CheckAnswers& out) {
    const bool answers = f.coding == Coding::options;
    if (!j.is_object()) return r.fail(path, answers ? "expected an object of question answers" : "expected an object of numbers");
    const int limit = answers ? kQuestionOptions : 256;
    for (const auto& [key, v] : j.members()) {
        if (v.is_integer() && v.number() >= 0 && v.number() < limit) out[key] = uint8_t(v.number());
        else r.fail(path + "." + key, answers ? "is not the number of an option" : "is not a number of attempts (0-255)");
    }
}
void read_value(PlanReader& r, const PlanField&, const JsonValue& j, const std::string& path, std::map<std::string, Answers>& out) {
    if (!j.is_object()) return r.fail(path, "expected an object");
    for (const auto& [cred, a] : j.members()) read_answers(r, a, path + "." + cred, out[cred], false);
}
void read_value(PlanReader& r, const PlanField&, const JsonValue& j, const std::string& path, Progress& out) {
    read_progress(r, j, path, out);
}
void read_value(PlanReader& r, const PlanField&, const JsonValue& j, const std::string& path, std::vector<Replan>& out) {
    read_replans(r, j, path, out);
}

// The profile's members: each declared one read (from the version it arrived in), anything else reported.
void read_profile(PlanReader& r, const JsonValue& j, const std::string& path, Profile& p, int version) {
    if (!j.is_object()) return r.fail(path, "expected an object");
    for (const auto& [key, v] : j.members()) {
        bool declared = false;
        visit_profile_fields([&, &key = key, &v = v](const PlanField& f, auto get) {
            if (key != f.key) return;
            declared = true;
            if (version >= f.since) read_value(r, f, v, PlanReader::join(path, key), get(p));
        });
        if (!declared) r.fail(PlanReader::join(path, key), "is not a profile question");
    }
}

// One field's value as JSON text, by its coding.
std::string json_of(const std::string& v) { return json_string(v); }
std::string json_of(bool v) { return v ? "true" : "false"; }
std::string json_of(const std::optional<double>& v) { return v ? json_number(*v) : "null"; }
std::string json_of(const std::vector<int>& mondays) {
    std::string weeks;
    for (int monday : mondays) weeks += (weeks.empty() ? "" : ", ") + json_string(format_date(monday));
    return "[" + weeks + "]";
}
std::string json_of(const std::map<std::string, Answers>& answers) {
    std::string out;
    for (const auto& [cred, a] : answers) {
        if (a.empty()) continue;
        std::string items;
        for (const auto& [id, rating] : a) items += (items.empty() ? "\n    " : ",\n    ") + json_string(id) + ": " + json_string(rating_key(rating));
        out += (out.empty() ? "\n   " : ",\n   ") + json_string(cred) + ": {" + items + "\n   }";
    }
    return "{" + out + (out.empty() ? "}" : "\n  }");
}
std::string json_of(const Progress& progress) { return "{" + progress_members(progress) + "\n  }"; }
std::string json_of(const std::vector<Replan>& replans) { return "[" + replans_members(replans) + "]"; }
std::string json_of(const CheckAnswers& checks) {
    std::string out;
    for (const auto& [id, option] : checks) out += (out.empty() ? "" : ", ") + json_string(id) + ": " + std::to_string(option);
    return "{" + out + "}";
}
// Whether a value is written at all: a value left at its default is left out (it reads back the same).
template <class T> bool worth_writing(const T& v) { return !(v == T{}); }
bool worth_writing(const std::map<std::string, Answers>& answers) {
    for (const auto& entry : answers)
        if (!entry.second.empty()) return true;
    return false;
}

void check_known(const Catalog& catalog, const PlanDocument& plan, const std::string& origin, Problems& problems) {
    if (!catalog.credential(plan.credential))
        problems.push_back({origin, "plan.credential", "\"" + plan.credential + "\" is not a credential this version knows"});
    for (auto& p : unknown_answers(catalog, plan, origin)) problems.push_back(std::move(p));
}

}  // namespace

Problems unknown_answers(const Catalog& catalog, const PlanDocument& plan, const std::string& origin) {
    Problems problems;
    // Before the page's late part arrives the catalog has no checklists yet: the answers are not unknown, only
    // not checkable (the session checks them again when they arrive).
    if (!catalog.holds(CatalogSection::checklists)) return problems;
    for (const auto& [cred, answers] : plan.answers) {
        const Checklist* cl = catalog.checklist(cred);
        for (const auto& answer : answers) {
            const std::string& item = answer.first;
            bool known = cl && std::any_of(cl->items.begin(), cl->items.end(), [&](const ChecklistItem& i) { return i.id == item; });
            if (!known)
                problems.push_back({origin, "plan.answers." + cred + "." + item,
                                    "is not a checklist item this version knows (kept, but not counted)"});
        }
    }
    return problems;
}

std::string plan_to_json(const PlanDocument& plan) {
    std::vector<std::string> members;  // the plan's, the profile object second (after the credential, as always)
    std::string profile;
    visit_plan_fields([&](const PlanField& f, auto get) {
        const auto& value = get(plan);
        if (f.coding != Coding::id && !worth_writing(value)) return;
        if (f.in_profile) profile += fill("{}\n   {}: {}", {profile.empty() ? "" : ",", json_string(f.key), json_of(value)});
        else members.push_back(json_string(f.key) + ": " + json_of(value));
    });
    members.insert(members.begin() + 1, "\"profile\": {" + profile + (profile.empty() ? "}" : "\n  }"));
    std::string body;
    for (const std::string& m : members) body += (body.empty() ? "\n  " : ",\n  ") + m;
    return fill("{\n \"format\": {},\n \"version\": {},\n \"plan\": {{}\n }\n}",
                {json_string(kPlanFormatName), std::to_string(kPlanFormatVersion), body});
}

PlanRead plan_from_json(const std::string& text, const std::string& origin, const Catalog* catalog) {
    PlanRead out;
    PlanReader r{origin, out.problems};
    const std::optional<JsonValue> parsed = parse_json_value(text);
    if (!parsed) {
        r.fail("", "is not valid JSON");
        return out;
    }
    const JsonValue& root = *parsed;
    const JsonValue* version = root.find("version");
    if (!version || !version->is_integer()) {
        r.fail("version", "is missing: this is not a certplan plan");
        return out;
    }
    // Beyond an int: a version no certplan wrote, newer or older.
    out.version = int(std::clamp(version->number(), -1.0, 1e9));
    if (out.version > kPlanFormatVersion) {
        r.fail("version", "is " + std::to_string(out.version) + ", from a newer certplan than this one (" +
                              std::to_string(kPlanFormatVersion) + "): update the page to read it");
        return out;
    }
    if (out.version < 1) {
        r.fail("version", "is not a version certplan ever wrote");
        return out;
    }
    if (out.version == 1) {
        // v1: {"version":1, "credential", "profile", "ratings": {item: 0..3}}
        out.plan.credential = r.string(root, "", "credential");
        if (const JsonValue* profile = root.find("profile")) read_profile(r, *profile, "profile", out.plan.profile, 1);
        if (const JsonValue* ratings = root.find("ratings"))
            read_answers(r, *ratings, "ratings", out.plan.answers[out.plan.credential], true);
    } else {
        if (r.string(root, "", "format") != kPlanFormatName) {
            const JsonValue* format = root.find("format");
            if (format && format->is_string()) r.fail("format", "is not \"certplan-plan\"");
            return out;
        }
        const JsonValue* plan = r.object(root, "", "plan");
        if (!plan) return out;
        // Each declared field from the version it arrived in; only the credential is required.
        visit_plan_fields([&](const PlanField& f, auto get) {
            if (f.in_profile || out.version < f.since) return;
            const JsonValue* v = plan->find(f.key);
            if (!v) {
                if (f.coding == Coding::id) r.fail(PlanReader::join("plan", f.key), "is missing");
                return;
            }
            if (f.coding == Coding::ratings && v->is_null()) return;  // none
            read_value(r, f, *v, PlanReader::join("plan", f.key), get(out.plan));
        });
        if (const JsonValue* profile = plan->find("profile")) read_profile(r, *profile, "plan.profile", out.plan.profile, out.version);
    }
    if (out.plan.credential.empty()) out.plan.credential = PlanDocument().credential;
    else if (out.version < 4) out.plan.target_chosen = out.plan.credential != kDefaultCredential;
    for (auto it = out.plan.answers.begin(); it != out.plan.answers.end();)
        it = it->second.empty() ? out.plan.answers.erase(it) : std::next(it);
    if (catalog) check_known(*catalog, out.plan, origin, out.problems);
    out.usable = true;
    return out;
}

}  // namespace certplan
