// The catalog: every credential, checklist, course, source and piece of advice the app shows, as loaded
// from data/*.json. Plain data; catalog_load.h builds it and checks it.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "fact.h"

#include "vocabulary.h"

namespace certplan {

struct Source {
    std::string id, title, publisher, url, as_of;
    SourceKind kind = SourceKind::official;
};

// A credential's status on a given day. `announced`: before its first dated event (not bookable yet); it is
// never stored, only computed (core/status.h).
enum class Status { active, beta, retired, announced };

// One dated change of a credential's status (data/credentials.json "status.events"): on `on` it becomes
// `becomes`. For beta and active, `on` is the first day of the new status; for retired it is the last day the
// exam can be taken (vendors announce retirements so), and the status is retired from the next day. Only the
// first event may be undated (in force since before certplan's records). `languages`: the event concerns these
// languages only ("English delivery ended"); empty: every language.
struct StatusEvent {
    std::string on;  // YYYY-MM-DD; empty only for an undated first event
    Status becomes = Status::active;
    std::vector<std::string> languages;
    std::string source, as_of, note;
    bool verified = true;
};

struct CredentialStatus {
    std::vector<StatusEvent> events;      // in date order (the data check refuses any other)
    std::vector<std::string> successors;  // credential ids
    std::string note;                     // what belongs to no one event
};

struct HiringWeight {
    std::string employer;  // large-enterprise | consulting-or-vendor | startup-or-midsize | research
    HiringLevel weight = HiringLevel::unknown;
    std::string source, as_of, note;
    bool verified = true;
};

struct Domain {
    std::string id, name;
    double weight_low = 0, weight_high = 0;  // percent, as the guide states them
    // The guide's own numbering under this domain: the domain's number ("1") and its sections ("1.1", …).
    // A checklist item must name one of them, so an item cannot cite a section its guide version lacks.
    std::vector<std::string> sections;
    double weight_mid() const { return (weight_low + weight_high) / 2; }
};

struct Blueprint {
    std::string guide, source, as_of, weights_note;
    bool verified = true;
    std::vector<Domain> domains;
};

struct Credential {
    std::string id, name, short_name, provider;
    std::string platform;  // google-cloud | aws | azure | databricks | any
    CredentialKind kind = CredentialKind::exam;
    std::string level;     // associate | professional | specialty | certificate
    CredentialStatus status;  // read it at a day with status_at (core/status.h), never as one stored value
    std::string last_checked;  // the day certplan last checked its facts against their sources (YYYY-MM-DD)
    Fact<double> fee_usd, duration_minutes, validity_months;
    Fact<std::string> questions, pass_mark, renewal, delivery, recommended_experience, tests_what, pass_rate;
    Fact<std::vector<std::string>> languages;
    std::vector<HiringWeight> hiring_weight;
    bool has_blueprint = false;
    Blueprint blueprint;
};

struct ChecklistItem {
    std::string id, domain, section, text;
    // Items of a predecessor's checklist this item takes over: switching a plan to this credential carries
    // their answers here (core/retirement.h). The data check: each exists and belongs to a predecessor.
    std::vector<std::string> carried_from;
    bool judgement = false;       // the article's engineering judgement rather than a blueprint line
    std::string source, as_of;    // set for judgement items; otherwise the checklist's
};

struct Checklist {
    std::string credential, source, as_of;
    bool verified = true;
    std::vector<ChecklistItem> items;
};

struct Course {
    std::string id, title, provider, platform, url;
    std::string stage;  // foundations | core | platform
    Fact<double> hours;
    Fact<std::string> length, why;
};

// One resource of a credential's study path (data/study_paths.json): what to study, where, and which of
// that credential's blueprint domains it covers. A course of courses.json is referenced by id; the loader
// copies its title, provider, link and hours here, so a path reads the same with or without courses.json.
struct StudyResource {
    std::string id, title, provider;
    std::string url;     // https: only (core/link.h); empty when no page was verified
    ResourceKind kind = ResourceKind::exam_guide;
    std::string course;  // a courses.json id, for kind course
    std::string source, as_of;
    Fact<double> hours;  // value: hours the source states; none: "hours unknown", never guessed
    std::vector<std::string> domains;  // ids of the credential's blueprint domains it covers
    std::string why;     // certplan's words: why a resource of another provider is in this vendor's path
};

struct StudyPath {
    std::string credential;
    std::vector<StudyResource> resources;  // in study order
};

// A scenario question of "Check me" (data/questions.json), in certplan's own words: a short situation, four
// options, exactly one best, and why each option is right or wrong; the checklist items it checks and the
// source (with its guide section and as-of) that supports the answer. Ids and option order never change
// once shipped: saved answers name an option by its index.
constexpr int kQuestionOptions = 4;
// Per blueprint domain of every credential in force (core/question_form.h): with four, one question is 25 points
// of the checked figure, the step core/calibration.h's rule is reasoned at.
constexpr size_t kMinQuestionsPerDomain = 4;

struct QuestionOption {
    std::string text, why;  // why: the reason this option is the best answer, or why it is not
    bool best = false;
};

struct Question {
    std::string id, credential, domain, situation;
    std::vector<std::string> items;      // the checklist items it checks
    std::string source, section, as_of;  // the source (data/sources.json) and guide section supporting the answer
    std::vector<QuestionOption> options;
    int best() const;  // index of the best option; -1 when the data lacks one (the data check forbids it)
};

// One condition set: every named profile field must take one of the listed values (empty: always).
using Condition = std::map<std::string, std::vector<std::string>>;

struct Criterion {
    std::string id;
    ReasonKind kind = ReasonKind::pursue;  // pursue or skip
    int weight = 1;
    std::string text, source, as_of;
    Condition when;
};

struct FirstChoiceRule {
    std::string id, credential, text, source, as_of;
    bool foundations_first = false;
    Condition when;
};

// What the article says to do instead of certifying (a "skip" verdict): build a portfolio, in steps; each
// step's hours are certplan's own assumption (the article gives none), a fact with its source.
struct BuildStep {
    std::string id, text, why, source, as_of;  // `why`: the article's words behind the step
    Fact<double> hours;
};
struct BuildInstead {
    std::string text, source, as_of;
    std::vector<BuildStep> steps;
};

struct Advice {
    std::vector<Criterion> criteria;
    std::vector<FirstChoiceRule> first_choice;  // first matching rule wins
    BuildInstead instead;
};

// The prep-time model's parameters (data/estimate.json): hours by background, from the article's figures.
struct BackgroundHours {
    std::string background;  // a profile background value
    double foundations_low = 0, foundations_high = 0;  // hours of foundational ML before exam prep
    double exam_low = 0, exam_high = 0;                // hours of exam-specific prep (courses, platform, practice)
    std::string basis, source, as_of;
    bool verified = true;
};

struct Calibration {  // a figure the estimator must reproduce at the article's rhythm (unit-tested)
    std::string background, credential, basis;
    std::string said_of;  // the credential the article gave the figure for, when it is not `credential`
    double weeks_low = 0, weeks_high = 0;
};

struct EstimateModel {
    double rhythm_hours_per_week = 10;  // the study rhythm the article's weeks imply
    std::string rhythm_basis, rhythm_source, rhythm_as_of;
    std::string default_background = "working-ml";
    double review_floor = 0.25;   // a fully ready candidate still reviews: this share of exam hours
    double min_hours_per_week = 1, max_hours_per_week = 60;
    double split_core = 0.4, split_platform = 0.4, split_practice = 0.2;  // of exam hours
    std::string split_basis;  // where the split comes from (certplan's own assumption: no source gives one)
    // The courses a study plan schedules, in order: foundations (pivoters only), then the core courses.
    std::vector<std::string> plan_foundations, plan_core;
    std::string plan_basis, plan_source, plan_as_of;
    // How the foundations hours divide between plan_foundations (same order, adding up to 1), and in how
    // many passes they run, so that no course fills a long run of weeks (certplan's rule, with its basis).
    std::vector<double> foundations_shares;
    int foundations_passes = 1;
    std::string foundations_basis, foundations_source, foundations_as_of;
    std::vector<BackgroundHours> backgrounds;
    std::vector<Calibration> calibration;
    const BackgroundHours* background(const std::string& id) const;
};

// The catalog's sections. The web build ships each one in one of two parts (core/catalog_binary.h): the
// first part, inside app.wasm, holds what the first frame shows; the late part is fetched right after it.
enum class CatalogSection { sources, credentials, checklists, courses, advice, estimate, study_paths, questions };
constexpr int kCatalogSectionCount = 8;
constexpr unsigned kEverySection = (1u << kCatalogSectionCount) - 1;
const char* section_name(CatalogSection s);  // "checklists", as messages name it

struct Catalog {
    std::string last_checked;  // the day certplan last checked its facts against their sources (YYYY-MM-DD)
    std::vector<Source> sources;
    std::vector<Credential> credentials;
    std::vector<Checklist> checklists;
    std::vector<Course> courses;
    Advice advice;
    EstimateModel estimate;
    std::vector<StudyPath> study_paths;  // late: only the Plan view and the exports use them
    std::vector<Question> questions;     // late: only "Check me" uses them; file order
    // The sections this catalog holds, one bit per CatalogSection: every one, except in the page before its
    // late part has arrived. Code that needs a late section asks holds() before it trusts an empty list.
    unsigned sections = kEverySection;
    // The build its bytes came from (core/catalog_binary.h: a stamp of the whole catalog); 0 when read from JSON.
    uint32_t build = 0;

    bool holds(CatalogSection s) const { return (sections >> int(s)) & 1u; }
    bool complete() const { return sections == kEverySection; }
    const Source* source(const std::string& id) const;
    const Credential* credential(const std::string& id) const;
    const Checklist* checklist(const std::string& credential_id) const;
    const Course* course(const std::string& id) const;
    const StudyPath* study_path(const std::string& credential_id) const;
    const Question* question(const std::string& id) const;
    // The questions of one credential's domain, in file order.
    std::vector<const Question*> questions_for(const std::string& credential_id, const std::string& domain) const;
};

const char* to_string(Status s);

}  // namespace certplan
