// The plan document: everything certplan saves, exports and shares (a "plan" in storage and links). Not
// the study plan (core/weeks.h: StudyPlan, the weeks), nor the Plan tab (web/views/plan_view.cpp).
// Derived figures are never stored.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "profile.h"

namespace certplan {

// How well the user can do one checklist item. Order matters: higher is readier.
enum class Rating : uint8_t { unrated = 0, not_yet = 1, learning = 2, can_explain = 3, in_production = 4 };
constexpr int kRatingCount = 5;
static_assert(kRatingCount <= 8, "a share link holds a rating in 3 bits (core/share_link.cpp)");

const char* rating_label(Rating r);  // "Not yet", "Learning", …
std::string rating_in_prose(Rating r);  // the label inside a sentence: "not yet", "done it in production"
std::string rating_scale();             // the ratings a user gives, in order: "Not yet, Learning, Can explain it, Done it in production"
const char* rating_key(Rating r);    // "not_yet", … (storage)
bool rating_from_key(const std::string& key, Rating& out);

using Answers = std::map<std::string, Rating>;  // checklist item id -> rating (unrated items absent)
// "Check me": question id -> the option chosen, by its index in data/questions.json (options are never
// reordered once shipped, like item ids). The latest answer to each question is what counts. A byte, as a
// rating is: a question has four options.
using CheckAnswers = std::map<std::string, uint8_t>;
// "Check me": how many attempts at each domain's check were finished, by check_key ("<credential>/<domain>").
// The attempt shown is one more (core/check_order.h orders it), so a reload shows an unfinished attempt in the
// same order and a finished one is followed by a new order. A byte that wraps at 256: only its step matters.
using CheckAttempts = std::map<std::string, uint8_t>;

// The most tasks a week's check-in can tick: one bit each of WeekLog::done. A share link writes how many bits
// follow in 6 bits (core/share_link.cpp), which holds 0..32.
constexpr int kMaxTasksPerWeek = 32;
static_assert(kMaxTasksPerWeek <= 32 && kMaxTasksPerWeek < (1 << 6), "WeekLog::done and the link's 6-bit count hold it");

// What the user did in one week of the study plan (a check-in): the hours studied and which of the week's
// tasks are done (bit i: the week's task i, in the study plan's order).
struct WeekLog {
    double hours = 0;   // 0..kMaxHoursPerWeek
    uint32_t done = 0;  // tasks ticked: at most kMaxTasksPerWeek
    bool operator==(const WeekLog& o) const { return hours == o.hours && done == o.done; }
};
using Progress = std::map<int, WeekLog>;  // the week's Monday (days since 1970) -> its check-in

// A re-plan the user applied (core/replan.h): the work left re-spread from `from` (a Monday) at `hours_per_week`.
struct Replan {
    int from = 0;               // 0: none
    double hours_per_week = 0;  // whole hours, 1..kMaxHoursPerWeek
    bool operator==(const Replan& o) const { return from == o.from && hours_per_week == o.hours_per_week; }
};

// The plan's credential until the user picks one (the advice decides the target meanwhile). Plans saved before
// storage version 4 and links before link version 3 kept no choice: there, any other credential was picked.
constexpr const char* kDefaultCredential = "google-pmle";

struct PlanDocument {
    std::string credential = kDefaultCredential;  // the credential the user chose as target (see target_chosen)
    bool target_chosen = false;                // false: the advice's first credential is the target (figures.h)
    Profile profile;
    std::map<std::string, Answers> answers;    // credential id -> its own answers
    Progress progress;                         // the weekly check-ins (core/pace.h reads them)
    std::vector<Replan> replans;               // the re-plans applied, in order (each on top of the one before)
    CheckAnswers checks;                       // "Check me" answers of every credential (question ids are unique)
    CheckAttempts check_attempts;              // "Check me" attempts finished, per domain check

    const Answers& answers_for(const std::string& credential_id) const;
    bool operator==(const PlanDocument& o) const;  // field by field, as declared in visit_plan_fields
    bool operator!=(const PlanDocument& o) const { return !(*this == o); }
};

// --- The plan document's fields, declared once ---------------------------------------------------------------
// Equality, the storage reader and writer (storage.cpp), the two-tab merge (plan_merge.cpp) and the share link
// (share_link.cpp) all walk this declaration, as the catalog's reader and writer walk catalog_binary.cpp's visit():
// adding a field is one line here (and a Coding if none fits) plus its test. tests/unit/plan_fields_test.cpp
// trips when PlanDocument or Profile gains a member this declaration lacks.

// How two tabs' saves of a field combine (core/plan_merge.h). Each is three-way, against the plan both last read.
enum class Merge {
    last_writer,  // the whole value: what a tab changed since it last read wins; changed by both: the later save's
    per_key,      // a map, key by key as last_writer (a rating, a week's check-in, a check answer); absent = none
    union_,       // a set: an element either tab added is in, one either tab took out is out
};

// How a field is written, in storage (storage.cpp) and in share links (share_link.cpp).
enum class Coding {
    id,         // a catalog id (the credential): storage a string; link a length-prefixed text
    choice,     // one of a profile question's answers (profile_field(key)): a string; link 3 bits (0: none)
    hours,      // optional hours a week 0..kMaxHoursPerWeek: a number; link a varint of half hours (0: none)
    date,       // YYYY-MM-DD or empty: a string; link 16 bits, days since 2020-01-01 plus one (0: none)
    mondays,    // a sorted set of Mondays: a list of dates; link a count, then 16 bits each
    flag,       // a boolean: true, or left out; link 1 bit
    ratings,    // credential -> item -> rating: nested objects of rating keys; link checklist positions, 3 bits each
    check_ins,  // Monday -> WeekLog: {"hours", "done": [task numbers]}; link see share_link.cpp
    replans,    // a list of {from, weekly_hours}; link 16 + 8 bits each
    options,    // question id -> option index: an object of numbers; links do not carry it
    counts,     // check key -> attempts finished (0..255): an object of numbers; links do not carry it
};

struct PlanField {
    const char* key;     // its storage key (inside "profile" when in_profile) and its path in messages
    bool in_profile;     // a Profile member, stored in "plan.profile"
    int since;           // the storage version it arrived in (storage.h): older documents read without it
    int share_since;     // the share-link version it arrived in (share_link.h); 0: links do not carry it
    Coding coding;
    Merge merge;
    int group = 0;       // last_writer fields of one nonzero group merge as one value (the target and its "chosen")
};

// The Profile's members, in share-link order. `v(field, get)`: get(profile) is the member (const or not).
// A choice's answers are declared in core/vocabulary.cpp, which checks there that each fits its 3 bits.
template <class V> void visit_profile_fields(V&& v) {
    v(PlanField{"background", true, 1, 1, Coding::choice, Merge::last_writer}, [](auto& p) -> auto& { return p.background; });
    v(PlanField{"employer", true, 1, 1, Coding::choice, Merge::last_writer}, [](auto& p) -> auto& { return p.employer; });
    v(PlanField{"cloud", true, 1, 1, Coding::choice, Merge::last_writer}, [](auto& p) -> auto& { return p.cloud; });
    v(PlanField{"employer_pays", true, 1, 1, Coding::choice, Merge::last_writer}, [](auto& p) -> auto& { return p.employer_pays; });
    v(PlanField{"goal", true, 1, 1, Coding::choice, Merge::last_writer}, [](auto& p) -> auto& { return p.goal; });
    v(PlanField{"tradeoff", true, 1, 1, Coding::choice, Merge::last_writer}, [](auto& p) -> auto& { return p.tradeoff; });
    v(PlanField{"hours_per_week", true, 1, 1, Coding::hours, Merge::last_writer}, [](auto& p) -> auto& { return p.hours_per_week; });
    v(PlanField{"target_date", true, 1, 1, Coding::date, Merge::last_writer}, [](auto& p) -> auto& { return p.target_date; });
    v(PlanField{"start_date", true, 1, 1, Coding::date, Merge::last_writer}, [](auto& p) -> auto& { return p.start_date; });
    v(PlanField{"unavailable_weeks", true, 3, 2, Coding::mondays, Merge::union_}, [](auto& p) -> auto& { return p.unavailable_weeks; });
    v(PlanField{"exam_plan_chosen", true, 3, 2, Coding::flag, Merge::last_writer}, [](auto& p) -> auto& { return p.exam_plan_chosen; });
}

// Every field of the plan document, the profile's included, in share-link order. `v(field, get)`: get(plan).
template <class V> void visit_plan_fields(V&& v) {
    v(PlanField{"credential", false, 1, 1, Coding::id, Merge::last_writer, 1}, [](auto& d) -> auto& { return d.credential; });
    visit_profile_fields([&](const PlanField& f, auto get) { v(f, [get](auto& d) -> auto& { return get(d.profile); }); });
    v(PlanField{"target_chosen", false, 4, 3, Coding::flag, Merge::last_writer, 1}, [](auto& d) -> auto& { return d.target_chosen; });
    v(PlanField{"answers", false, 2, 1, Coding::ratings, Merge::per_key}, [](auto& d) -> auto& { return d.answers; });
    v(PlanField{"progress", false, 5, 4, Coding::check_ins, Merge::per_key}, [](auto& d) -> auto& { return d.progress; });
    v(PlanField{"replans", false, 5, 4, Coding::replans, Merge::last_writer}, [](auto& d) -> auto& { return d.replans; });
    v(PlanField{"checks", false, 6, 0, Coding::options, Merge::per_key}, [](auto& d) -> auto& { return d.checks; });
    v(PlanField{"check_attempts", false, 7, 0, Coding::counts, Merge::per_key}, [](auto& d) -> auto& { return d.check_attempts; });
}

inline bool PlanDocument::operator==(const PlanDocument& o) const {
    bool same = true;
    visit_plan_fields([&](const PlanField&, auto get) { same = same && get(*this) == get(o); });
    return same;
}

}  // namespace certplan
