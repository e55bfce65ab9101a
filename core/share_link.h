// The share link: the whole plan in the URL fragment ("#plan=…", never sent to a server), in a compact,
// versioned binary form with a checksum, base64url-encoded. Decoding never trusts its input: a cut,
// altered, foreign, future or enormous link is refused with a message that says which.
#pragma once
#include <string>

#include "catalog.h"
#include "plan.h"
#include "problem.h"

namespace certplan {

constexpr int kShareFormatVersion = 5;  // 2: weeks marked unavailable; 3: whether the user chose the target; 4: check-ins;
                                        // 5: a week's task count in 6 bits (task 31 travels)
constexpr size_t kShareMaxLength = 4096;  // characters; longer fragments are refused unread
constexpr const char* kSharePrefix = "plan=";

// The fragment's data part (without "#plan="). Answers are written in checklist order, 3 bits each.
std::string encode_share_fragment(const PlanDocument& plan, const Catalog& catalog);

struct ShareDecode {
    bool ok = false;     // false: nothing usable; problems.front() says why
    PlanDocument plan;
    int version = 0;
    Problems problems;   // when ok: what was left out (e.g. answers to items this version does not know)
    std::string message() const;  // the first problem in plain words, for the user
};

// A link as pasted: chat apps and mail often glue a closing "." or ")" (or quotes, commas…) to it. None of these is a
// base64url character, so they are dropped from the end before the link is read.
std::string trim_pasted_link(const std::string& link);
// Accepts "#plan=…", "plan=…" or the bare data, with what trim_pasted_link drops.
ShareDecode decode_share_fragment(const std::string& fragment, const Catalog& catalog);

}  // namespace certplan
