// The characters certplan can draw. The UI font is cut down to exactly these (scripts/setup reads the
// ranges below from this file), so every text the catalog shows must stay within them: the data check
// names any character outside, with its file and field, instead of the page drawing "?".
#pragma once
#include <string>

#include "problem.h"

namespace certplan {

// [first, last] code point pairs, zero-terminated: the layout Dear ImGui takes as glyph ranges.
// ASCII; multiplication sign; en and em dashes; curly quotes; bullet; ellipsis; arrows; minus; <= and >=.
inline constexpr unsigned short kGlyphRanges[] = {
    0x0020, 0x007E,
    0x00D7, 0x00D7,
    0x2013, 0x2014,
    0x2018, 0x201D,
    0x2022, 0x2022,
    0x2026, 0x2026,
    0x2190, 0x2193,
    0x2212, 0x2212,
    0x2264, 0x2265,
    0,
};

bool drawable(char32_t c);

// Problems for every string value in a JSON text holding a character outside kGlyphRanges (or bytes
// that are not UTF-8), e.g. {"data/courses.json", "courses[3].why.value", "\"é\" (U+00E9) ..."}.
// Text that is not JSON is left to the catalog loader to report.
Problems undrawable_text(const std::string& json_text, const std::string& file);

}  // namespace certplan
