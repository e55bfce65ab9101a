#include "freshness.h"

#include "date.h"

namespace certplan {

std::optional<int> as_of_day(const std::string& as_of) {
    if (!is_as_of(as_of)) return std::nullopt;
    const std::string s = as_of.rfind("before ", 0) == 0 ? as_of.substr(7) : as_of;
    return parse_date(s.size() == 7 ? s + "-01" : s);
}

bool possibly_out_of_date(const std::string& as_of, int today) {
    const std::optional<int> day = as_of_day(as_of);
    if (!day) return false;
    const CivilDate d = civil_date(*day);
    // Twelve months on; the 29th of February a year later is the 28th (date_from_parts clamps).
    return today > date_from_parts(d.year + 1, d.month, d.day);
}

}  // namespace certplan
