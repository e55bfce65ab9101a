// Who the user is, in the words of the source article: background, target employer, platform, goal.
// Every answer is optional; an empty string means "not answered" and the advisor uses its defaults.
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace certplan {

// The most hours a week a plan can hold: the hours in a week. Storage, share links and the session keep
// to it; the estimate plans with at most data/estimate.json's upper limit (hours_per_week_limits).
constexpr double kMaxHoursPerWeek = 168;

struct Profile {
    std::string background;     // production-ml-2y | working-ml | software-engineer | data-analyst | new-to-ml
    std::string employer;       // large-enterprise | consulting-or-vendor | startup-or-midsize | research
    std::string cloud;          // google-cloud | aws | azure | databricks | none
    std::string employer_pays;  // yes | no
    std::string goal;           // switch-into-ml | validate-platform | compensation-review | pass-hr-filters
    std::string tradeoff;       // cert-or-build: choosing between cert prep and building something demonstrable
    std::optional<double> hours_per_week;  // none: not answered (the estimate assumes the article's rhythm); 0..kMaxHoursPerWeek
    std::string target_date;    // YYYY-MM-DD or empty
    std::string start_date;     // YYYY-MM-DD the plan starts; empty: today
    bool exam_plan_chosen = false;  // with a "skip" verdict, the user asked for the exam plan all the same
    std::vector<int> unavailable_weeks;  // Mondays (days since 1970, ascending) of weeks with no study and no exam

    bool operator==(const Profile& o) const;  // member by member, as declared in plan.h (visit_profile_fields)
    bool operator!=(const Profile& o) const { return !(*this == o); }
};

struct Vocabulary;

struct ProfileField {
    std::string name;
    const char* question;          // how the questionnaire asks it
    const Vocabulary* answers;     // its allowed values and their labels (core/vocabulary.h)
    std::vector<std::string> values;  // the answers' keys, in order
};

// The profile's multiple-choice fields and their allowed values, in display order. Advice rules in
// data/advice.json may only name these; share links store each as its index here.
const std::vector<ProfileField>& profile_fields();
const ProfileField* profile_field(const std::string& name);
// The value of a field by name ("" when unanswered or unknown name).
std::string profile_value(const Profile& p, const std::string& field);
// Sets a field by name; returns false for an unknown field or value (the profile is unchanged).
bool set_profile_value(Profile& p, const std::string& field, const std::string& value);

}  // namespace certplan
