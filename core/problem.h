// A problem found in input (a data file, a stored plan, a link, an imported file), named precisely
// enough that a person can find and fix it: the file, the field path, and what is wrong.
#pragma once
#include <string>
#include <vector>

namespace certplan {

struct Problem {
    std::string file;     // e.g. "data/credentials.json", "localStorage", "share link"
    std::string field;    // JSON-path-like, e.g. "credentials[2].fee_usd.value"; empty for the whole input
    std::string message;  // what is wrong, in plain words

    std::string text() const {
        std::string s = file;
        if (!field.empty()) s += ": " + field;
        return s + ": " + message;
    }
};

using Problems = std::vector<Problem>;

}  // namespace certplan
