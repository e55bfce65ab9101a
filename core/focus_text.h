// Focus next, worded once (issue 25): what the Assess view says the user should work on, from the readiness
// figures (core/readiness.h decides which items; this file only words them).
#pragma once
#include <string>
#include <vector>

#include "readiness.h"

namespace certplan {

struct FocusText {
    std::string done;                // everything at the top rating: what to do instead ("" otherwise)
    std::string weakest;             // "Weakest domain for the exam: Serving (0% ready, 20% of the exam)."
    std::string intro;               // the line above the items
    std::vector<std::string> items;  // one line each, its figure first: "+3.3 pts: Deploy a model (Serving; now: Not yet)"
};

// The figure leads each item's line, so that wrapping never splits it ("+2." / "3 pts"); each line names its
// item's domain, the weakest domain's among them.
FocusText focus_text(const Readiness& r);

}  // namespace certplan
