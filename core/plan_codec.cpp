#include "plan_codec.h"

#include <algorithm>
#include <cmath>

#include "date.h"
#include "json_reader.h"

namespace certplan {

namespace {

json profile_to_json(const Profile& p) {
    json j = json::object();
    for (const ProfileField& f : profile_fields()) {
        std::string v = profile_value(p, f.name);
        if (!v.empty()) j[f.name] = v;
    }
    if (p.hours_per_week > 0) j["hours_per_week"] = p.hours_per_week;
    if (!p.target_date.empty()) j["target_date"] = p.target_date;
    if (!p.start_date.empty()) j["start_date"] = p.start_date;
    return j;
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
            if (!it->is_number() || !std::isfinite(it->get<double>()) || it->get<double>() < 0 || it->get<double>() > 168)
                r.fail(fp, "expected a number of hours from 0 to 168");
            else
                p.hours_per_week = it->get<double>();
        } else if (key == "target_date" || key == "start_date") {
            if (!it->is_string() || !is_date(it->get<std::string>())) r.fail(fp, "expected a date as YYYY-MM-DD");
            else (key == "target_date" ? p.target_date : p.start_date) = it->get<std::string>();
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

void read_checks(JsonReader& r, const json& j, const std::string& path, CheckAnswers& out) {
    if (!j.is_object()) {
        r.fail(path, "expected an object of question answers");
        return;
    }
    for (auto it = j.begin(); it != j.end(); ++it) {
        if (it->is_number_integer() && it->get<int64_t>() >= 0 && it->get<int64_t>() < 16) out[it.key()] = int(it->get<int64_t>());
        else r.fail(JsonReader::join(path, it.key().c_str()), "is not the number of an option");
    }
}

void check_known(const Catalog& catalog, const Plan& plan, const std::string& origin, Problems& problems) {
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

std::string plan_to_json(const Plan& plan) {
    json answers = json::object();
    for (const auto& [cred, a] : plan.answers) {
        if (a.empty()) continue;
        json items = json::object();
        for (const auto& [id, rating] : a) items[id] = rating_key(rating);
        answers[cred] = items;
    }
    json j = {{"format", kPlanFormatName},
              {"version", kPlanFormatVersion},
              {"plan", {{"credential", plan.credential}, {"profile", profile_to_json(plan.profile)}, {"answers", answers}}}};
    json checks = json::object();
    for (const auto& [cred, c] : plan.checks) {
        if (c.empty()) continue;
        json one = json::object();  // by hand: nlohmann's map conversion costs more download than this loop
        for (const auto& [question, option] : c) one[question] = option;
        checks[cred] = std::move(one);
    }
    if (!checks.empty()) j["plan"]["checks"] = checks;
    return j.dump(1, ' ', false, json::error_handler_t::replace);
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
        if (plan->contains("profile")) read_profile(r, (*plan)["profile"], "plan.profile", out.plan.profile);
        if (const json* answers = r.object(*plan, "plan", "answers", false)) {
            for (auto it = answers->begin(); it != answers->end(); ++it)
                read_answers(r, *it, "plan.answers." + it.key(), out.plan.answers[it.key()], false);
        }
        if (out.version >= 3)
            if (const json* checks = r.object(*plan, "plan", "checks", false))
                for (auto it = checks->begin(); it != checks->end(); ++it)
                    read_checks(r, *it, "plan.checks." + it.key(), out.plan.checks[it.key()]);
    }
    if (out.plan.credential.empty()) out.plan.credential = Plan().credential;
    for (auto it = out.plan.answers.begin(); it != out.plan.answers.end();)
        it = it->second.empty() ? out.plan.answers.erase(it) : std::next(it);
    for (auto it = out.plan.checks.begin(); it != out.plan.checks.end();)
        it = it->second.empty() ? out.plan.checks.erase(it) : std::next(it);
    if (catalog) check_known(*catalog, out.plan, origin, out.problems);
    out.usable = true;
    return out;
}

}  // namespace certplan
