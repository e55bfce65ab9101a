#include "plan_codec.h"

#include <algorithm>
#include <cmath>

#include "availability.h"
#include "date.h"
#include "fill.h"
#include "json_text.h"
#include "json_value.h"

namespace certplan {

namespace {

// The profile's answers as the members of a JSON object (text), in a fixed order.
std::string profile_members(const Profile& p) {
    std::string out;
    const auto member = [&](const std::string& key, const std::string& value) {
        out += (out.empty() ? "\n   " : ",\n   ") + json_string(key) + ": " + value;
    };
    for (const ProfileField& f : profile_fields()) {
        std::string v = profile_value(p, f.name);
        if (!v.empty()) member(f.name, json_string(v));
    }
    if (p.hours_per_week) member("hours_per_week", json_number(*p.hours_per_week));
    if (p.exam_plan_chosen) member("exam_plan_chosen", "true");
    if (!p.target_date.empty()) member("target_date", json_string(p.target_date));
    if (!p.start_date.empty()) member("start_date", json_string(p.start_date));
    if (!p.unavailable_weeks.empty()) {
        std::string weeks;
        for (int monday : p.unavailable_weeks) weeks += (weeks.empty() ? "" : ", ") + json_string(format_date(monday));
        member("unavailable_weeks", "[" + weeks + "]");
    }
    return out;
}

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

void read_profile(PlanReader& r, const JsonValue& j, const std::string& path, Profile& p) {
    if (!j.is_object()) {
        r.fail(path, "expected an object");
        return;
    }
    for (const auto& [key, v] : j.members()) {
        const std::string fp = PlanReader::join(path, key);
        if (key == "hours_per_week") {
            if (!v.is_number() || v.number() < 0 || v.number() > kMaxHoursPerWeek)
                r.fail(fp, "expected a number of hours from 0 to " + std::to_string(int(kMaxHoursPerWeek)));
            else
                p.hours_per_week = v.number();
        } else if (key == "target_date" || key == "start_date") {
            if (!v.is_string() || !is_date(v.string())) r.fail(fp, "expected a date as YYYY-MM-DD");
            else (key == "target_date" ? p.target_date : p.start_date) = v.string();
        } else if (key == "exam_plan_chosen") {
            if (!v.is_boolean()) r.fail(fp, "expected true or false");
            else p.exam_plan_chosen = v.boolean();
        } else if (key == "unavailable_weeks") {
            // Mondays as YYYY-MM-DD; anything else in the list is left out and reported once.
            bool all_read = v.is_array();
            if (all_read)
                for (const JsonValue& w : v.items()) {
                    const std::optional<int> day = w.is_string() ? parse_date(w.string()) : std::nullopt;
                    if (day && weekday(*day) == 0) add_unavailable_week(p.unavailable_weeks, *day);
                    else all_read = false;
                }
            if (!all_read) r.fail(fp, "expected a list of Mondays as YYYY-MM-DD (what was not one was left out)");
        } else if (profile_field(key)) {
            if (!v.is_string() || !set_profile_value(p, key, v.string()))
                r.fail(fp, "is not one of the answers to this question");
        } else {
            r.fail(fp, "is not a profile question");
        }
    }
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

// Check answers (an option index each, below `limit` = 4) and finished attempts (0-255): a value that is not one
// is named and left out (the others are kept).
void read_checks(PlanReader& r, const JsonValue& j, const std::string& path, int limit, CheckAnswers& out) {
    if (!j.is_object()) return r.fail(path, "expected an object of numbers");
    for (const auto& [key, v] : j.members()) {
        if (v.is_integer() && v.number() >= 0 && v.number() < limit) out[key] = int(v.number());
        else r.fail(path + "." + key, limit == kQuestionOptions ? "is not the number of an option" : "is not a number of attempts (0-255)");
    }
}

std::string check_members(const CheckAnswers& checks) {
    std::string out;
    for (const auto& [id, n] : checks) out += (out.empty() ? "" : ", ") + json_string(id) + ": " + std::to_string(n);
    return out;
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
    std::string answers;
    for (const auto& [cred, a] : plan.answers) {
        if (a.empty()) continue;
        std::string items;
        for (const auto& [id, rating] : a) items += (items.empty() ? "\n    " : ",\n    ") + json_string(id) + ": " + json_string(rating_key(rating));
        answers += (answers.empty() ? "\n   " : ",\n   ") + json_string(cred) + ": {" + items + "\n   }";
    }
    const std::string profile = profile_members(plan.profile);
    const std::string progress = progress_members(plan.progress);
    const std::string replans = replans_members(plan.replans);
    const std::string checks = check_members(plan.checks), attempts = check_members(plan.check_attempts);
    return fill("{\n \"format\": {},\n \"version\": {},\n \"plan\": {\n  \"credential\": {},{}\n  \"profile\": {{}{},\n  "
                "\"answers\": {{}{}{}{}{}{}\n }\n}",
                {json_string(kPlanFormatName), std::to_string(kPlanFormatVersion), json_string(plan.credential),
                 plan.target_chosen ? "\n  \"target_chosen\": true," : "", profile,
                 profile.empty() ? "}" : "\n  }", answers, answers.empty() ? "}" : "\n  }",
                 progress.empty() ? "" : ",\n  \"progress\": {" + progress + "\n  }",
                 replans.empty() ? "" : ",\n  \"replans\": [" + replans + "]",
                 checks.empty() ? "" : ",\n  \"checks\": {" + checks + "}",
                 attempts.empty() ? "" : ",\n  \"check_attempts\": {" + attempts + "}"});
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
        if (const JsonValue* profile = root.find("profile")) read_profile(r, *profile, "profile", out.plan.profile);
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
        out.plan.credential = r.string(*plan, "plan", "credential");
        const JsonValue* chosen = plan->find("target_chosen");
        if (out.version >= 4 && chosen) {
            if (!chosen->is_boolean()) r.fail("plan.target_chosen", "expected true or false");
            else out.plan.target_chosen = chosen->boolean();
        }
        if (const JsonValue* profile = plan->find("profile")) read_profile(r, *profile, "plan.profile", out.plan.profile);
        if (const JsonValue* answers = r.object(*plan, "plan", "answers", false))
            for (const auto& [cred, a] : answers->members())
                read_answers(r, a, "plan.answers." + cred, out.plan.answers[cred], false);
        if (const JsonValue* progress = out.version >= 5 ? plan->find("progress") : nullptr)
            read_progress(r, *progress, "plan.progress", out.plan.progress);
        if (const JsonValue* replans = out.version >= 5 ? plan->find("replans") : nullptr)
            read_replans(r, *replans, "plan.replans", out.plan.replans);
        if (const JsonValue* checks = out.version >= 6 ? plan->find("checks") : nullptr)
            read_checks(r, *checks, "plan.checks", kQuestionOptions, out.plan.checks);
        if (const JsonValue* attempts = out.version >= 7 ? plan->find("check_attempts") : nullptr)
            read_checks(r, *attempts, "plan.check_attempts", 256, out.plan.check_attempts);
    }
    if (out.plan.credential.empty()) out.plan.credential = PlanDocument().credential;
    else if (out.version < 4) out.plan.target_chosen = out.plan.credential != kOldDefaultCredential;
    for (auto it = out.plan.answers.begin(); it != out.plan.answers.end();)
        it = it->second.empty() ? out.plan.answers.erase(it) : std::next(it);
    if (catalog) check_known(*catalog, out.plan, origin, out.problems);
    out.usable = true;
    return out;
}

}  // namespace certplan
