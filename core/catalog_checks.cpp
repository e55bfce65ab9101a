#include "catalog_checks.h"

#include <algorithm>
#include <set>

#include "status_dates.h"

namespace certplan {

namespace {

// A path's references: its credential, that credential's domains, its courses; and a resource from
// another provider than the credential's must say why it is in that vendor's plan.
void check_study_paths(const Catalog& c, Problems& problems) {
    const std::string file = "data/study_paths.json";
    std::set<std::string> seen;
    for (size_t i = 0; i < c.study_paths.size(); ++i) {
        const StudyPath& path = c.study_paths[i];
        const std::string p = "paths[" + std::to_string(i) + "]";
        const Credential* k = c.credential(path.credential);
        if (!k || !k->has_blueprint) {
            problems.push_back({file, p + ".credential", "\"" + path.credential + "\" is not a credential with a blueprint"});
            continue;
        }
        if (!seen.insert(path.credential).second) problems.push_back({file, p + ".credential", "\"" + path.credential + "\" has two paths"});
        for (size_t j = 0; j < path.resources.size(); ++j) {
            const StudyResource& r = path.resources[j];
            const std::string rp = p + ".resources[" + std::to_string(j) + "]";
            if (r.kind == ResourceKind::course && !c.course(r.course))
                problems.push_back({file, rp + ".course", "\"" + r.course + "\" is not a course id in data/courses.json"});
            for (size_t d = 0; d < r.domains.size(); ++d)
                if (std::none_of(k->blueprint.domains.begin(), k->blueprint.domains.end(), [&](const Domain& x) { return x.id == r.domains[d]; }))
                    problems.push_back({file, rp + ".domains[" + std::to_string(d) + "]", "\"" + r.domains[d] + "\" is not a domain of " + k->id});
            if (r.provider != k->provider && r.why.empty())
                problems.push_back({file, rp + ".why", "is missing: \"" + r.title + "\" is from " + r.provider + ", not " + k->provider +
                                                           ", and another provider's resource in this path must say why"});
        }
    }
}

// A question's references: a credential with a blueprint, one of its domains and that domain's guide
// sections, checklist items of the same credential and domain, the source's own as-of. How many questions a
// domain has, and their form, are core/question_form.h's rules (they depend on the build's day).
void check_questions(const Catalog& c, Problems& problems) {
    const std::string file = "data/questions.json";
    for (size_t i = 0; i < c.questions.size(); ++i) {
        const Question& q = c.questions[i];
        const std::string p = "questions[" + std::to_string(i) + "]";
        const Credential* k = c.credential(q.credential);
        if (!k || !k->has_blueprint) {
            problems.push_back({file, p + ".credential", "\"" + q.credential + "\" is not a credential with a blueprint"});
            continue;
        }
        const Domain* d = nullptr;
        for (const Domain& x : k->blueprint.domains)
            if (x.id == q.domain) d = &x;
        if (!d) {
            problems.push_back({file, p + ".domain", "\"" + q.domain + "\" is not a domain of " + q.credential});
            continue;
        }
        if (std::find(d->sections.begin(), d->sections.end(), q.section) == d->sections.end())
            problems.push_back({file, p + ".section", "\"" + q.section + "\" is not a section of " + q.domain + " in " + k->blueprint.guide});
        if (const Source* s = c.source(q.source))
            if (s->as_of != q.as_of)
                problems.push_back({file, p + ".as_of", "is \"" + q.as_of + "\" but the source is as of \"" + s->as_of + "\""});
        const Checklist* cl = c.checklist(q.credential);
        for (size_t j = 0; j < q.items.size(); ++j) {
            const ChecklistItem* item = nullptr;
            if (cl)
                for (const ChecklistItem& x : cl->items)
                    if (x.id == q.items[j]) item = &x;
            const std::string ip = p + ".items[" + std::to_string(j) + "]";
            if (!item) problems.push_back({file, ip, "\"" + q.items[j] + "\" is not a checklist item of " + q.credential});
            else if (item->domain != q.domain)
                problems.push_back({file, ip, "\"" + q.items[j] + "\" belongs to " + item->domain + ", not to the question's " + q.domain});
        }
    }
}

// A checklist item cites its guide: the section must be one its domain lists for that guide version.
bool section_exists(const Credential& k, const std::string& domain, const std::string& section) {
    for (const Domain& d : k.blueprint.domains)
        if (d.id == domain) return std::find(d.sections.begin(), d.sections.end(), section) != d.sections.end();
    return false;
}

// An item's carried_from must name an item of a predecessor: a credential naming `k` among its successors.
std::string carried_from_problem(const Catalog& c, const Credential& k, const std::string& old_id) {
    for (const Checklist& cl : c.checklists)
        for (const ChecklistItem& it : cl.items) {
            if (it.id != old_id) continue;
            const Credential* from = c.credential(cl.credential);
            if (from && std::find(from->status.successors.begin(), from->status.successors.end(), k.id) != from->status.successors.end())
                return "";
            return "\"" + old_id + "\" is an item of " + cl.credential + ", which does not name " + k.id + " among its successors";
        }
    return "\"" + old_id + "\" is not a checklist item";
}

}  // namespace

void cross_check(const Catalog& c, const std::vector<std::pair<std::string, std::string>>& source_refs,
                 Problems& problems) {
    for (const auto& [where, id] : source_refs) {
        if (c.source(id)) continue;
        auto sep = where.find('\x1f');
        problems.push_back({where.substr(0, sep), where.substr(sep + 1), "names source \"" + id + "\", which is not in data/sources.json"});
    }
    const std::string creds = "data/credentials.json";
    for (size_t i = 0; i < c.credentials.size(); ++i) {
        const Credential& k = c.credentials[i];
        for (size_t s = 0; s < k.status.successors.size(); ++s)
            if (!c.credential(k.status.successors[s]))
                problems.push_back({creds, "credentials[" + std::to_string(i) + "].status.successors[" + std::to_string(s) + "]",
                                    "\"" + k.status.successors[s] + "\" is not a credential id"});
    }
    for (Problem& p : status_event_problems(c)) problems.push_back(p);
    const std::string lists = "data/checklists.json";
    std::set<std::string> item_ids;
    for (size_t i = 0; i < c.checklists.size(); ++i) {
        const Checklist& cl = c.checklists[i];
        std::string p = "checklists[" + std::to_string(i) + "]";
        const Credential* k = c.credential(cl.credential);
        if (!k) {
            problems.push_back({lists, p + ".credential", "\"" + cl.credential + "\" is not a credential id"});
            continue;
        }
        if (!k->has_blueprint) {
            problems.push_back({lists, p + ".credential", "\"" + cl.credential + "\" has no blueprint to map items to"});
            continue;
        }
        for (size_t j = 0; j < cl.items.size(); ++j) {
            const ChecklistItem& it = cl.items[j];
            std::string ip = p + ".items[" + std::to_string(j) + "]";
            bool known = std::any_of(k->blueprint.domains.begin(), k->blueprint.domains.end(),
                                     [&](const Domain& d) { return d.id == it.domain; });
            if (!known) problems.push_back({lists, ip + ".domain", "\"" + it.domain + "\" is not a domain of " + k->id});
            else if (!section_exists(*k, it.domain, it.section))
                problems.push_back({lists, ip + ".section", "\"" + it.section + "\" is not a section of " + it.domain + " in " +
                                                               k->blueprint.guide + " (the guide version this checklist follows)"});
            if (!it.id.empty() && !item_ids.insert(it.id).second)
                problems.push_back({lists, ip + ".id", "\"" + it.id + "\" is used twice"});
            for (size_t f = 0; f < it.carried_from.size(); ++f)
                if (std::string why = carried_from_problem(c, *k, it.carried_from[f]); !why.empty())
                    problems.push_back({lists, ip + ".carried_from[" + std::to_string(f) + "]", why});
        }
        for (const Domain& d : k->blueprint.domains) {
            auto n = std::count_if(cl.items.begin(), cl.items.end(), [&](const ChecklistItem& it) { return it.domain == d.id; });
            if (n < 1) problems.push_back({lists, p + ".items", "domain " + d.id + " (" + d.name + ") has no items"});
        }
    }
    for (size_t i = 0; i < c.estimate.calibration.size(); ++i) {
        const std::string& said_of = c.estimate.calibration[i].said_of;
        if (!said_of.empty() && !c.credential(said_of))
            problems.push_back({"data/estimate.json", "calibration[" + std::to_string(i) + "].said_of",
                                "\"" + said_of + "\" is not a credential id"});
        if (!c.credential(c.estimate.calibration[i].credential))
            problems.push_back({"data/estimate.json", "calibration[" + std::to_string(i) + "].credential",
                                "\"" + c.estimate.calibration[i].credential + "\" is not a credential id"});
    }
    // A planned course must exist and belong to the stage it is planned in.
    auto check_plan = [&](const std::vector<std::string>& ids, const char* stage) {
        for (size_t i = 0; i < ids.size(); ++i) {
            std::string at = std::string("plan_courses.") + stage + "[" + std::to_string(i) + "]";
            const Course* k = c.course(ids[i]);
            if (!k) problems.push_back({"data/estimate.json", at, "\"" + ids[i] + "\" is not a course id"});
            else if (k->stage != stage)
                problems.push_back({"data/estimate.json", at, "\"" + ids[i] + "\" is a " + k->stage + " course, not " + stage});
        }
    };
    check_plan(c.estimate.plan_foundations, "foundations");
    check_study_paths(c, problems);
    check_questions(c, problems);
    check_plan(c.estimate.plan_core, "core");
    const std::string advice = "data/advice.json";
    for (size_t i = 0; i < c.advice.first_choice.size(); ++i)
        if (!c.credential(c.advice.first_choice[i].credential))
            problems.push_back({advice, "first_choice[" + std::to_string(i) + "].credential",
                                "\"" + c.advice.first_choice[i].credential + "\" is not a credential id"});
}


}  // namespace certplan
