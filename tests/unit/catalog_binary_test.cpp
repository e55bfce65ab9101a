#include <catch_amalgamated.hpp>

#include "data_catalog.h"

#include "advice.h"
#include "catalog_binary.h"
#include "catalog_load.h"
#include "compare.h"
#include "date.h"
#include "embedded_catalog.h"
#include "figures.h"
#include "profile.h"

using namespace certplan;

namespace {
const int kToday = *parse_date("2026-12-06");

#if defined(__x86_64__) && defined(__GLIBCXX__)
// A tripwire: these sizes change when a struct gains or loses a field. Add the field to visit() in
// core/catalog_binary.cpp (and bump kMagic's version), then update the size here.
static_assert(sizeof(Source) == 168, "Source changed: see core/catalog_binary.cpp");
static_assert(sizeof(StatusEvent) == 168, "StatusEvent changed: see core/catalog_binary.cpp");
static_assert(sizeof(CredentialStatus) == 80, "CredentialStatus changed: see core/catalog_binary.cpp");
static_assert(sizeof(HiringWeight) == 144, "HiringWeight changed: see core/catalog_binary.cpp");
static_assert(sizeof(Domain) == 104, "Domain changed: see core/catalog_binary.cpp");
static_assert(sizeof(Blueprint) == 160, "Blueprint changed: see core/catalog_binary.cpp");
static_assert(sizeof(Credential) == 2008, "Credential changed: see core/catalog_binary.cpp");
static_assert(sizeof(ChecklistItem) == 224, "ChecklistItem changed: see core/catalog_binary.cpp");
static_assert(sizeof(Checklist) == 128, "Checklist changed: see core/catalog_binary.cpp");
static_assert(sizeof(Course) == 600, "Course changed: see core/catalog_binary.cpp");
static_assert(sizeof(Criterion) == 184, "Criterion changed: see core/catalog_binary.cpp");
static_assert(sizeof(FirstChoiceRule) == 216, "FirstChoiceRule changed: see core/catalog_binary.cpp");
static_assert(sizeof(BuildStep) == 280, "BuildStep changed: see core/catalog_binary.cpp");
static_assert(sizeof(BuildInstead) == 120, "BuildInstead changed: see core/catalog_binary.cpp");
static_assert(sizeof(Advice) == 168, "Advice changed: see core/catalog_binary.cpp");
static_assert(sizeof(BackgroundHours) == 168, "BackgroundHours changed: see core/catalog_binary.cpp");
static_assert(sizeof(Calibration) == 144, "Calibration changed: see core/catalog_binary.cpp");
static_assert(sizeof(EstimateModel) == 536, "EstimateModel changed: see core/catalog_binary.cpp");
static_assert(sizeof(Catalog) == 888, "Catalog changed: see core/catalog_binary.cpp");
static_assert(sizeof(StudyResource) == 408, "StudyResource changed: see core/catalog_binary.cpp");
static_assert(sizeof(StudyPath) == 56, "StudyPath changed: see core/catalog_binary.cpp");
static_assert(sizeof(QuestionOption) == 72, "QuestionOption changed: see core/catalog_binary.cpp");
static_assert(sizeof(Question) == 272, "Question changed: see core/catalog_binary.cpp");
static_assert(sizeof(Fact<double>) == 120, "Fact<double> changed: see core/catalog_binary.cpp");
static_assert(sizeof(Fact<std::string>) == 144, "Fact<std::string> changed: see core/catalog_binary.cpp");
#endif

template <class T>
void keep_first(std::vector<T>& v, size_t n) {
    if (v.size() > n) v.resize(n);
}

// The catalog cut down to `n` records of each list (and of each list inside a record that has long ones):
// every kind of record is still there, in a few kilobytes instead of 195.
Catalog few_of_each(Catalog c, size_t n) {
    keep_first(c.sources, n);
    keep_first(c.credentials, n);
    keep_first(c.checklists, n);
    for (Checklist& l : c.checklists) keep_first(l.items, n);
    keep_first(c.courses, n);
    keep_first(c.advice.criteria, n);
    keep_first(c.advice.first_choice, n);
    keep_first(c.advice.instead.steps, n);
    keep_first(c.estimate.backgrounds, n);
    keep_first(c.estimate.calibration, n);
    keep_first(c.study_paths, n);
    for (StudyPath& p : c.study_paths) keep_first(p.resources, n);
    keep_first(c.questions, n);
    return c;
}
}  // namespace

TEST_CASE("the web build's catalog bytes hold the whole catalog") {
    const Catalog& json = data_catalog();
    const std::string bytes = write_catalog_binary(json);
    std::optional<Catalog> read = read_catalog_binary(bytes);
    REQUIRE(read);

    SECTION("read back and written again, the bytes are the same") {
        CHECK(write_catalog_binary(*read) == bytes);
    }
    SECTION("a string used many times is stored once; numbers keep their exact value") {
        // "aws-mla-c01-guide" names the source of a dozen facts (and of a study path's resource): its text
        // is in the bytes once.
        size_t n = 0;
        for (size_t at = bytes.find("aws-mla-c01-guide"); at != std::string::npos; at = bytes.find("aws-mla-c01-guide", at + 1)) ++n;
        CHECK(n == 1);
        CHECK(read->estimate.review_floor == json.estimate.review_floor);  // 0.25: not a whole number
        CHECK(read->estimate.split_core == json.estimate.split_core);      // 0.4
        CHECK(read->credential("google-pmle")->fee_usd.value == 200.0);    // a whole number
        CHECK(read->credential("aws-aip-c01")->blueprint.domains[0].sections == json.credential("aws-aip-c01")->blueprint.domains[0].sections);
        CHECK(read->last_checked == json.last_checked);
    }
    SECTION("facts keep their value, source, date, verification and note; unknowns stay unknown") {
        const Credential* g = read->credential("google-pmle");
        REQUIRE(g);
        CHECK(*g->fee_usd.value == 200);
        CHECK(g->fee_usd.source == json.credential("google-pmle")->fee_usd.source);
        CHECK(g->blueprint.domains.size() == json.credential("google-pmle")->blueprint.domains.size());
        const auto& events = read->credential("aws-mls-c01")->status.events;
        REQUIRE(events.size() == json.credential("aws-mls-c01")->status.events.size());
        CHECK(events.back().becomes == Status::retired);
        CHECK(events.back().on == json.credential("aws-mls-c01")->status.events.back().on);
        CHECK(events.back().languages == json.credential("aws-mls-c01")->status.events.back().languages);
        CHECK(read->credential("aws-mla-c01")->status.events.front().verified == json.credential("aws-mla-c01")->status.events.front().verified);
        CHECK(read->credential("aws-mla-c01")->last_checked == json.credential("aws-mla-c01")->last_checked);
        CHECK(read->credential("aws-mls-c01")->status.successors == json.credential("aws-mls-c01")->status.successors);
        const Course* s = read->course("structuring-ml-projects");
        REQUIRE(s);
        CHECK_FALSE(s->hours.known());
        CHECK(s->hours.note == json.course("structuring-ml-projects")->hours.note);
        CHECK(read->checklist("google-pmle")->items.size() == json.checklist("google-pmle")->items.size());
        CHECK(read->estimate.plan_core == json.estimate.plan_core);
        CHECK(read->advice.criteria.front().when == json.advice.criteria.front().when);
    }
    SECTION("the study paths are a section of their own, read back whole") {
        REQUIRE(read->study_paths.size() == json.study_paths.size());
        const StudyPath* aws = read->study_path("aws-mla-c01");
        REQUIRE(aws);
        CHECK(aws->resources.back().url == json.study_path("aws-mla-c01")->resources.back().url);
        CHECK(aws->resources.front().why == json.study_path("aws-mla-c01")->resources.front().why);
        CHECK_FALSE(aws->resources.back().hours.known());
        // They travel in the late part: the first frame does not need them.
        CHECK(catalog_part(CatalogSection::study_paths) == CatalogPart::late);
        std::optional<Catalog> first = read_catalog_binary(write_catalog_part(json, CatalogPart::first));
        REQUIRE(first);
        CHECK_FALSE(first->holds(CatalogSection::study_paths));
        CHECK(first->study_paths.empty());
        std::string problem;
        REQUIRE(add_catalog_part(*first, write_catalog_part(json, CatalogPart::late), problem));
        CHECK(first->study_paths.size() == json.study_paths.size());
        CHECK(read->estimate.foundations_shares == json.estimate.foundations_shares);
        CHECK(read->estimate.foundations_passes == 2);
    }
    SECTION("the scenario questions are a late section of their own, read back whole") {
        REQUIRE(read->questions.size() == json.questions.size());
        REQUIRE_FALSE(json.questions.empty());
        const Question& q = json.questions.front();
        const Question* r = read->question(q.id);
        REQUIRE(r);
        CHECK(r->situation == q.situation);
        CHECK(r->items == q.items);
        CHECK(r->best() == q.best());
        CHECK(r->options.back().why == q.options.back().why);
        CHECK(catalog_part(CatalogSection::questions) == CatalogPart::late);
        std::optional<Catalog> first = read_catalog_binary(write_catalog_part(json, CatalogPart::first));
        REQUIRE(first);
        CHECK_FALSE(first->holds(CatalogSection::questions));
        CHECK(first->questions.empty());
    }
    SECTION("every answer to the questionnaire gets the same advice from either") {
        const auto& fields = profile_fields();
        std::vector<size_t> pick(fields.size(), 0);  // 0: unanswered, else value index + 1
        int profiles = 0;
        for (bool done = false; !done; ++profiles) {
            Profile p;
            for (size_t f = 0; f < fields.size(); ++f)
                if (pick[f]) set_profile_value(p, fields[f].name, fields[f].values[pick[f] - 1]);
            AdviceResult a = advise(json, p, kToday), b = advise(*read, p, kToday);
            REQUIRE(a.verdict == b.verdict);
            REQUIRE(a.score == b.score);
            REQUIRE(a.first_credential == b.first_credential);
            REQUIRE(a.reasons.size() == b.reasons.size());
            done = true;  // next combination, odometer-style
            for (size_t f = 0; f < fields.size() && done; ++f) {
                if (++pick[f] <= fields[f].values.size()) done = false;
                else pick[f] = 0;
            }
        }
        CHECK(profiles > 1000);
        CHECK(compare_rows(json, {}, {}, kToday) == compare_rows(*read, {}, {}, kToday));
    }
}

TEST_CASE("bytes that are not a whole catalog are refused and never misread") {
    const std::string bytes = write_catalog_binary(data_catalog());
    SECTION("nothing, or another format") {
        CHECK_FALSE(read_catalog_binary(""));
        CHECK_FALSE(read_catalog_binary("CPC"));
        std::string other = bytes;
        other[3] = char(bytes[3] + 1);  // a later format version
        CHECK_FALSE(read_catalog_binary(other));
    }
    SECTION("cut short anywhere, or with bytes left over") {
        for (size_t n = 0; n < bytes.size(); n += 97) CHECK_FALSE(read_catalog_binary(bytes.substr(0, n)));
        CHECK_FALSE(read_catalog_binary(bytes.substr(0, bytes.size() - 1)));
        CHECK_FALSE(read_catalog_binary(bytes + '\0'));
    }
    SECTION("garbled counts do not allocate or crash") {
        // A byte set to 0xFF (a huge count, a bad flag or just different text): the reader either refuses
        // or returns some catalog, and never reads past the end (checked under ASan). Every byte of a small
        // catalog that still has each kind of record, so every count and flag is hit; the whole catalog's
        // 195 KB are sampled (every byte of it took 15 minutes under the sanitizers, for no more kinds).
        const std::string small = write_catalog_binary(few_of_each(data_catalog(), 2));
        int refused = 0;
        for (size_t i = 4; i < small.size(); ++i) {
            std::string g = small;
            g[i] = '\xFF';
            if (!read_catalog_binary(g)) ++refused;
        }
        CHECK(refused > 0);
        CHECK(small.size() < bytes.size() / 10);
        for (size_t i = 4; i < bytes.size(); i += 211) {
            std::string g = bytes;
            g[i] = '\xFF';
            (void)read_catalog_binary(g);
        }
    }
}

TEST_CASE("the web build's catalog in two parts reads back as the whole") {
    const Catalog& whole = data_catalog();
    const std::string first = write_catalog_part(whole, CatalogPart::first);
    const std::string late = write_catalog_part(whole, CatalogPart::late);
    std::optional<Catalog> read = read_catalog_binary(first);
    REQUIRE(read);

    SECTION("every section is in exactly one part; the checklists come late") {
        CHECK(catalog_part(CatalogSection::checklists) == CatalogPart::late);
        CHECK(catalog_part(CatalogSection::credentials) == CatalogPart::first);
        unsigned both = read->sections;
        Catalog late_only;
        late_only.sections = 0;
        std::string problem;
        REQUIRE(add_catalog_part(late_only, late, problem));
        CHECK((both & late_only.sections) == 0);
        CHECK((both | late_only.sections) == kEverySection);
    }
    SECTION("the first part and then the late part equal the whole") {
        std::string problem;
        REQUIRE(add_catalog_part(*read, late, problem));
        CHECK(problem.empty());
        CHECK(read->complete());
        CHECK(write_catalog_binary(*read) == write_catalog_binary(whole));
    }
    SECTION("the first part alone serves Compare; derive() works without the late sections") {
        CHECK_FALSE(read->complete());
        CHECK_FALSE(read->holds(CatalogSection::checklists));
        CHECK(read->holds(CatalogSection::credentials));
        CHECK(read->checklists.empty());
        CHECK(read->credentials.size() == whole.credentials.size());
        CHECK(compare_rows(*read, {}, {}, kToday) == compare_rows(whole, {}, {}, kToday));
        PlanDocument plan;
        plan.answers["google-pmle"]["gp-1-1"] = Rating::learning;
        const Figures partial = derive(*read, plan, 20000), full = derive(whole, plan, 20000);
        CHECK(partial.advice.first_credential == full.advice.first_credential);
        CHECK(partial.target.credential == full.target.credential);
        CHECK(partial.checklist == nullptr);
        CHECK(partial.readiness.rated == 0);
        CHECK_FALSE(partial.estimate.ok);
        CHECK_FALSE(partial.study_plan.ok);
    }
    SECTION("the late part read twice is refused with a message, and the catalog stays as it was") {
        std::string problem;
        REQUIRE(add_catalog_part(*read, late, problem));
        const std::string before = write_catalog_binary(*read);
        CHECK_FALSE(add_catalog_part(*read, late, problem));
        CHECK(problem == "it holds the checklists section, which is loaded already");
        CHECK(write_catalog_binary(*read) == before);
    }
    SECTION("a damaged late part is refused with a message, and the catalog stays without it") {
        const std::string before = write_catalog_binary(*read);
        std::vector<std::string> damaged = {"", "CPC", late.substr(0, late.size() / 2), late + '\0'};
        std::string other = late;
        other[3] = 9;  // another format version
        damaged.push_back(other);
        for (size_t i = 8; i < late.size(); i += 101) {  // after the magic and the build stamp
            std::string g = late;
            g[i] = char(g[i] ^ 0x5A);
            damaged.push_back(g);
        }
        int refused = 0;
        for (const std::string& bytes : damaged) {
            Catalog c = *read;
            std::string problem;
            if (add_catalog_part(c, bytes, problem)) continue;  // a flipped letter in a text can still read
            ++refused;
            CHECK(problem == "the file is damaged, or from another version of certplan");
            CHECK(write_catalog_binary(c) == before);
        }
        CHECK(refused >= 5);
        std::string problem;
        std::string stamped = late;
        stamped[5] = char(stamped[5] ^ 0x5A);  // another build's stamp: that build's late part, not this one's
        CHECK_FALSE(add_catalog_part(*read, stamped, problem));
        CHECK(problem == "it belongs to another build of certplan (the page was updated since it loaded): reload the page");
        CHECK(write_catalog_binary(*read) == before);
        CHECK_FALSE(add_catalog_part(*read, first, problem));  // the first part again, in the late part's place
        CHECK(problem == "it holds the sources section, which is loaded already");
    }
}
