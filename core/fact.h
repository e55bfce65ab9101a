// A fact as the catalog states it: a value (or none: unknown / not published), where it comes from and
// as of when. Users see unverified facts marked as such, never as plain truth.
#pragma once
#include <optional>
#include <string>

namespace certplan {

template <typename T>
struct Fact {
    std::optional<T> value;  // nullopt: unknown or not published (the note says which)
    std::string source;      // an id in data/sources.json
    std::string as_of;       // "YYYY-MM-DD", "YYYY-MM" or "before YYYY-MM"
    bool verified = true;    // false: third-party copies or conflicting pages
    std::string note;

    bool known() const { return value.has_value(); }
};

}  // namespace certplan
