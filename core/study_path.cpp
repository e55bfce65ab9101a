#include "study_path.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iterator>

namespace certplan {

std::vector<StudyResource> study_resources(const Catalog& catalog, const Credential& credential) {
    if (const StudyPath* path = catalog.study_path(credential.id)) return path->resources;
    if (!credential.has_blueprint) return {};
    // No path in the data (a retired exam, say): the guide its blueprint cites covers every domain.
    StudyResource guide;
    guide.id = credential.id + "-exam-guide";
    guide.title = credential.short_name + " exam guide";
    guide.kind = ResourceKind::exam_guide;
    guide.source = credential.blueprint.source;
    guide.as_of = credential.blueprint.as_of;
    const Source* s = catalog.source(credential.blueprint.source);
    guide.provider = s ? s->publisher : credential.provider;
    guide.url = s ? s->url : std::string();
    for (const Domain& d : credential.blueprint.domains) guide.domains.push_back(d.id);
    return {guide};
}

std::vector<StudyResource> path_courses(const std::vector<StudyResource>& resources) {
    std::vector<StudyResource> out;
    std::copy_if(resources.begin(), resources.end(), std::back_inserter(out), [](const StudyResource& r) { return r.kind == ResourceKind::course; });
    return out;
}

const StudyResource* resource_for_domain(const std::vector<StudyResource>& resources, const std::string& domain_id) {
    const auto covers = [&](const StudyResource& r) {
        return std::find(r.domains.begin(), r.domains.end(), domain_id) != r.domains.end();
    };
    for (ResourceKind kind : {ResourceKind::learning_path, ResourceKind::exam_guide})  // something to do before something to read
        for (const StudyResource& r : resources)
            if (r.kind == kind && covers(r)) return &r;
    for (const StudyResource& r : resources)
        if (r.kind != ResourceKind::course) return &r;
    return nullptr;
}

const StudyResource* practice_resource(const std::vector<StudyResource>& resources) {
    for (const StudyResource& r : resources)
        if (r.kind == ResourceKind::practice) return &r;
    return nullptr;
}

std::string covered_domains(const Credential& credential, const StudyResource& r) {
    std::string out;
    for (const Domain& d : credential.blueprint.domains)  // in the blueprint's order, whatever the data's
        if (std::find(r.domains.begin(), r.domains.end(), d.id) != r.domains.end()) out += (out.empty() ? "" : "; ") + d.name;
    return out;
}

std::string resource_hours(const StudyResource& r) {
    if (!r.hours.value) return "hours unknown";
    const double h = *r.hours.value;
    char buf[32];
    snprintf(buf, sizeof buf, std::fabs(h - std::round(h)) < 0.05 ? "%.0f h" : "%.1f h", h);
    return buf;
}

}  // namespace certplan
