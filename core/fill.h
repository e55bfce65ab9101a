// Sentences with blanks: fill("{} of {} h", {"3", "10"}) -> "3 of 10 h". One function for every message
// the plan builds, instead of a chain of string concatenations at each (each chain is code in the download).
#pragma once
#include <initializer_list>
#include <string>

namespace certplan {

// Each "{}" in `pattern` takes the next part, in order; blanks without a part stay empty.
std::string fill(const char* pattern, std::initializer_list<std::string> parts);

}  // namespace certplan
