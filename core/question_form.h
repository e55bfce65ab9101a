// The form of "Check me"'s questions: what a reader who knows nothing of the subject could use to pick the
// best option, counted per credential in force on the build's day, so the data check can refuse a bank that
// gives its answers away (issue 24; the writers' standard is certplan's question standard). Only what can be
// counted is here; whether a wrong option is a real alternative is the writers' and reviewers' judgement.
// The data check (tools/check_data.cpp) runs these rules after the catalog has loaded; each problem names
// data/questions.json, the question and the field.
#pragma once
#include <string>
#include <vector>

#include "catalog.h"
#include "problem.h"

namespace certplan {

// The best option may be the strictly longest of its question in at most a third of a credential's
// questions (the writers aim at a quarter, what four options of similar length give by chance).
constexpr int kBestLongestShareDivisor = 3;
// Each option's length within 30% of its question's mean option length: the longest option is then at most
// 1.3 / 0.7 = 1.86 times the shortest, short of the "twice as long" a reader sees at a glance (the bank before
// issue 24 had the best at 98 characters against 39, 2.5 times). The same figure the writers' self-check uses.
constexpr double kOptionLengthSpread = 0.30;
// Word-set similarity (word_similarity) from which two situations, or two reasons, count as the same text.
// Situations run 20-40 words; the most similar pair of distinct situations in the bank before issue 24 shared
// 26% of their words, while a situation copied with a third of its words rewritten still shares about half:
// 0.5 sits twice above the honest maximum and catches the copy-edit.
constexpr double kNearDuplicateSituation = 0.5;
// Reasons run 4-15 words, so one changed word moves the figure a lot: one word changed in a reason of six words
// or more gives >= 5/7 = 0.71, two changed in twelve words 10/14 = 0.71; distinct reasons written from one
// template ("It doubles the exposure." / "It doubles the waste.") reached 0.6 in that bank and stay apart.
constexpr double kNearDuplicateReason = 0.7;
// A blueprint domain's questions together cite at least 60% of its checklist items ("most" of them).
constexpr int kItemCoveragePercent = 60;

// True when the credential is active or in beta on `today` (days since 1970): not retired, its retirement day
// not passed and its status not starting later. Only these credentials' questions are held to the rules.
bool in_force(const Credential& credential, int today);

// Characters as a reader counts them (UTF-8 code points: a curly quote is one).
size_t text_length(const std::string& text);
// Word-set Jaccard: the words (runs of ASCII letters and digits, case folded) both texts use, over the words
// either uses. 1 for the same words in any order, 0 for none shared.
double word_similarity(const std::string& a, const std::string& b);
// The index of the option strictly longer than each other one, or -1 (a tie for the longest).
int longest_option(const Question& q);

// Every rule broken by the questions of the credentials in force on `today`.
Problems question_form_problems(const Catalog& catalog, int today);

// What a reader who knows nothing scores over `questions` (expected right answers, out of questions.size()):
// always the longest option (a tie for the longest: one of the tied at random), or always the option shown
// at one display position (0: A) in a given attempt, under the page's shuffling (core/check_order.h).
double longest_option_score(const std::vector<const Question*>& questions);
double same_letter_score(const std::vector<const Question*>& questions, size_t position, unsigned attempt);

}  // namespace certplan
