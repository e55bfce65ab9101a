// A credential's study path: the ordered resources to study for it (data/study_paths.json), and which of
// them to study for one blueprint domain. A credential with no path in the data still has its exam
// guide, taken from its blueprint's source, so every prep task can name what to read.
#pragma once
#include <string>
#include <vector>

#include "catalog.h"

namespace certplan {

// The credential's resources in study order; with no path in the data, its exam guide alone (empty when
// the credential has no blueprint).
std::vector<StudyResource> study_resources(const Catalog& catalog, const Credential& credential);

// The path's courses, in order: what the plan studies before the per-domain prep.
std::vector<StudyResource> path_courses(const std::vector<StudyResource>& resources);

// What to study for a domain: the first learning path that covers it, else the first exam guide that does,
// else the first non-course resource; null when the path has none.
const StudyResource* resource_for_domain(const std::vector<StudyResource>& resources, const std::string& domain_id);

// What to practise and review with: the first practice resource; null when the path has none (the plan then
// practises with certplan's own Check me, never with the exam guide).
const StudyResource* practice_resource(const std::vector<StudyResource>& resources);

// "Data Preparation for ML; ML Model Development": the names of the credential's domains it covers.
std::string covered_domains(const Credential& credential, const StudyResource& r);

// "hours unknown", "21 h": how a resource's length is shown (never a guessed figure).
std::string resource_hours(const StudyResource& r);

}  // namespace certplan
