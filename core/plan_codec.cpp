#include "plan_codec.h"

#include <algorithm>
#include <cmath>

#include "availability.h"
#include "date.h"
#include "fill.h"
#include "json_text.h"
#include "json_reader.h"

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

void read_profile(JsonReader& r, const json& j, const std::string& path, Profile& p) {
    if (!j.is_object()) {
        r.fail(path, "expected an object");
        return;
    }
    for (auto it = j.begin(); it != j.end(); ++it) {
        const std::string& key = it.key();
        std::string fp = JsonReader::join(path, key.c_str());
        if (key == "hours_per_week") {
            if (!it->is_number() || !std::isfinite(it->get<double>()) || it->get<double>() < 0 ||
                it->get<double>() > kMaxHoursPerWeek)
                r.fail(fp, "expected a number of hours from 0 to " + std::to_string(int(kMaxHoursPerWeek)));
            else
                p.hours_per_week = it->get<double>();
        } else if (key == "target_date" || key == "start_date") {
            if (!it->is_string() || !is_date(it->get<std::string>())) r.fail(fp, "expected a date as YYYY-MM-DD");
            else (key == "target_date" ? p.target_date : p.start_date) = it->get<std::string>();
        } else if (key == "exam_plan_chosen") {
            if (!it->is_boolean()) r.fail(fp, "expected true or false");
            else p.exam_plan_chosen = it->get<bool>();
        } else if (key == "unavailable_weeks") {
            // Mondays as YYYY-MM-DD; anything else in the list is left out and reported once.
            bool all_read = it->is_array();
            if (all_read)
                for (const json& v : *it) {
                    const std::optional<int> day = v.is_string() ? parse_date(v.get<std::string>()) : std::nullopt;
                    if (day && weekday(*day) == 0) add_unavailable_week(p.unavailable_weeks, *day);
                    else all_read = false;
                }
            if (!all_read) r.fail(fp, "expected a list of Mondays as YYYY-MM-DD (what was not one was left out)");
        } else if (profile_field(key)) {
            if (!it->is_string() || !set_profile_value(p, key, it->get<std::string>()))
                r.fail(fp, "is not one of the answers to this question");
        } else {
            r.fail(fp, "is not a profile question");
        }
    }
}

void read_answers(JsonReader& r, const json& j, const std::string& path, Answers& out, bool numeric) {
    if (!j.is_object()) {
        r.fail(path, "expected an object of item ratings");
        return;
    }
    for (auto it = j.begin(); it != j.end(); ++it) {
        std::string fp = JsonReader::join(path, it.key().c_str());
        Rating rating = Rating::unrated;
        bool ok = false;
        if (numeric && it->is_number_integer()) {
            // v1 stored 0..3 for not yet .. done it in production.
            int v = it->get<int>();
            ok = v >= 0 && v <= 3;
            rating = Rating(v + 1);
        } else if (!numeric && it->is_string()) {
            ok = rating_from_key(it->get<std::string>(), rating);
        }
        if (!ok) r.fail(fp, "is not a rating");
        else if (rating != Rating::unrated) out[it.key()] = rating;
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
void read_progress(JsonReader& r, const json& j, const std::string& path, Progress& out) {
    if (!j.is_object()) {
        r.fail(path, "expected an object of weekly check-ins");
        return;
    }
    for (auto it = j.begin(); it != j.end(); ++it) {
        const std::string fp = JsonReader::join(path, it.key().c_str());
        const std::optional<int> day = parse_date(it.key());
        if (!day || weekday(*day) != 0) {
            r.fail(fp, "is not a Monday as YYYY-MM-DD");
            continue;
        }
        const json& v = *it;
        WeekLog log;
        bool ok = v.is_object();
        if (ok && v.contains("hours")) {
            const json& h = v["hours"];
            ok = h.is_number() && std::isfinite(h.get<double>()) && h.get<double>() >= 0 && h.get<double>() <= kMaxHoursPerWeek;
            if (ok) log.hours = h.get<double>();
        }
        if (ok && v.contains("done")) {
            ok = v["done"].is_array();
            if (ok)
                for (const json& i : v["done"]) {
                    if (!i.is_number_integer() || i.get<int>() < 0 || i.get<int>() > 31) ok = false;
                    else log.done |= 1u << i.get<int>();
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

void read_replans(JsonReader& r, const json& j, const std::string& path, std::vector<Replan>& out) {
    bool all_read = j.is_array();
    if (all_read)
        for (const json& v : j) {
            const std::optional<int> day = v.is_object() && v.contains("from") && v["from"].is_string()
                                               ? parse_date(v["from"].get<std::string>()) : std::nullopt;
            const bool hours_ok = v.is_object() && v.contains("weekly_hours") && v["weekly_hours"].is_number() &&
                                  v["weekly_hours"].get<double>() >= 1 && v["weekly_hours"].get<double>() <= kMaxHoursPerWeek;
            if (hours_ok && day.has_value() && weekday(day.value()) == 0) out.push_back({day.value(), std::floor(v["weekly_hours"].get<double>())});
            else all_read = false;
        }
    if (!all_read) r.fail(path, "expected a list of {\"from\": a Monday, \"weekly_hours\": 1 to 168} (what was not one was left out)");
}

void check_known(const Catalog& catalog, const PlanDocument& plan, const std::string& origin, Problems& problems) {
    if (!catalog.credential(plan.credential))
        problems.push_back({origin, "plan.credential", "\"" + plan.credential + "\" is not a credential this version knows"});
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
}

}  // namespace

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
    return fill("{\n \"format\": {},\n \"version\": {},\n \"plan\": {\n  \"credential\": {},{}\n  \"profile\": {{}{},\n  "
                "\"answers\": {{}{}{}{}\n }\n}",
                {json_string(kPlanFormatName), std::to_string(kPlanFormatVersion), json_string(plan.credential),
                 plan.target_chosen ? "\n  \"target_chosen\": true," : "", profile,
                 profile.empty() ? "}" : "\n  }", answers, answers.empty() ? "}" : "\n  }",
                 progress.empty() ? "" : ",\n  \"progress\": {" + progress + "\n  }",
                 replans.empty() ? "" : ",\n  \"replans\": [" + replans + "]"});
}

PlanRead plan_from_json(const std::string& text, const std::string& origin, const Catalog* catalog) {
    PlanRead out;
    auto parsed = parse_json(text, origin, out.problems);
    if (!parsed) return out;
    const json& root = *parsed;
    JsonReader r(origin, out.problems);
    if (!root.is_object() || !root.contains("version") || !root["version"].is_number_integer()) {
        r.fail("version", "is missing: this is not a certplan plan");
        return out;
    }
    out.version = root["version"].get<int>();
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
        if (root.contains("profile")) read_profile(r, root["profile"], "profile", out.plan.profile);
        if (root.contains("ratings")) read_answers(r, root["ratings"], "ratings", out.plan.answers[out.plan.credential], true);
    } else {
        if (r.string(root, "", "format") != kPlanFormatName) {
            if (root.contains("format") && root["format"].is_string()) r.fail("format", "is not \"certplan-plan\"");
            return out;
        }
        const json* plan = r.object(root, "", "plan");
        if (!plan) return out;
        out.plan.credential = r.string(*plan, "plan", "credential");
        if (out.version >= 4 && plan->contains("target_chosen")) {
            if (!(*plan)["target_chosen"].is_boolean()) r.fail("plan.target_chosen", "expected true or false");
            else out.plan.target_chosen = (*plan)["target_chosen"].get<bool>();
        }
        if (plan->contains("profile")) read_profile(r, (*plan)["profile"], "plan.profile", out.plan.profile);
        if (const json* answers = r.object(*plan, "plan", "answers", false)) {
            for (auto it = answers->begin(); it != answers->end(); ++it)
                read_answers(r, *it, "plan.answers." + it.key(), out.plan.answers[it.key()], false);
        }
        if (out.version >= 5 && plan->contains("progress")) read_progress(r, (*plan)["progress"], "plan.progress", out.plan.progress);
        if (out.version >= 5 && plan->contains("replans")) read_replans(r, (*plan)["replans"], "plan.replans", out.plan.replans);
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
