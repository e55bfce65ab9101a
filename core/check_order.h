// The order "Check me" shows things in: a domain's questions, and each question's four options. Each attempt
// at a domain's check has a number (1, 2, ...; the plan saves how many were finished, so a reload shows the
// attempt in progress the same way) and every order is a function of what is ordered and that number alone:
//   - a shuffle of the list's own (by its key: a question's id, or "<credential>/<domain>"), the same in every
//     attempt, so over a bank the best option's display letter does not follow its place in the data;
//   - then a per-attempt shuffle, made an even permutation (an even number of swaps) in even attempts and an odd
//     one in odd attempts, so two attempts in a row never show the same order (when there are two or more things);
//     even and odd permutations alike put each thing at each place equally often.
// The data index stays each option's identity: the answer saved is the option, not the letter it was shown at.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace certplan {

// Position -> index into the list: order[0] is shown first (as A, for options).
std::vector<size_t> attempt_order(size_t count, const std::string& key, uint32_t attempt);

// The key of a domain's check: its question order's key and its attempts' name in the plan.
std::string check_key(const std::string& credential, const std::string& domain);

}  // namespace certplan
