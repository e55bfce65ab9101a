#include "glyphs.h"

#include <cstdio>

#include <nlohmann/json.hpp>

namespace certplan {

bool drawable(char32_t c) {
    for (const unsigned short* r = kGlyphRanges; r[0] != 0; r += 2)
        if (c >= r[0] && c <= r[1]) return true;
    return false;
}

namespace {

constexpr char32_t kMalformed = 0xFFFFFFFF;

// Decodes the UTF-8 sequence at s[i] and moves i past it; kMalformed for a malformed one.
char32_t decode_utf8(const std::string& s, size_t& i) {
    const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char b = byte(i);
    int extra = b < 0x80 ? 0 : (b >> 5) == 0x6 ? 1 : (b >> 4) == 0xE ? 2 : (b >> 3) == 0x1E ? 3 : -1;
    if (extra < 0 || (extra > 0 && i + size_t(extra) >= s.size())) return ++i, kMalformed;
    char32_t c = extra == 0 ? b : b & (0x3F >> extra);
    for (int k = 1; k <= extra; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) return ++i, kMalformed;
        c = (c << 6) | (byte(i + k) & 0x3F);
    }
    i += 1 + extra;
    return c;
}

std::string code_point_name(char32_t c) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", unsigned(c));
    return buf;
}

void walk(const nlohmann::json& v, const std::string& path, const std::string& file, Problems& out) {
    if (v.is_object()) {
        for (auto it = v.begin(); it != v.end(); ++it) walk(it.value(), path.empty() ? it.key() : path + "." + it.key(), file, out);
    } else if (v.is_array()) {
        for (size_t i = 0; i < v.size(); ++i) walk(v[i], path + "[" + std::to_string(i) + "]", file, out);
    } else if (v.is_string()) {
        const std::string& s = v.get_ref<const std::string&>();
        for (size_t i = 0; i < s.size();) {
            size_t at = i;
            char32_t c = decode_utf8(s, i);
            if (c == kMalformed) {
                out.push_back({file, path, "is not valid UTF-8"});
                return;
            }
            if (!drawable(c)) {
                out.push_back({file, path, "\"" + s.substr(at, i - at) + "\" (" + code_point_name(c) +
                                               ") is a character the app's font does not carry: see core/glyphs.h"});
                return;  // one problem per string is enough to find it
            }
        }
    }
}

}  // namespace

Problems undrawable_text(const std::string& json_text, const std::string& file) {
    Problems out;
    auto root = nlohmann::json::parse(json_text, nullptr, false);
    if (!root.is_discarded()) walk(root, "", file, out);
    return out;
}

}  // namespace certplan
