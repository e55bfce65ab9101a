#include "json_value.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace certplan {

namespace {
using Member = std::pair<std::string, JsonValue>;
// The first member whose key is not below `key`: members are kept sorted by key as they are read.
std::vector<Member>::const_iterator first_not_below(const std::vector<Member>& ms, const std::string& key) {
    return std::lower_bound(ms.begin(), ms.end(), key, [](const Member& m, const std::string& k) { return m.first < k; });
}
}  // namespace

const JsonValue* JsonValue::find(const std::string& key) const {
    auto it = first_not_below(members_, key);
    return it != members_.end() && it->first == key ? &it->second : nullptr;
}

// Recursive descent over the text; every function returns false at the first byte that does not fit.
class JsonParser {
public:
    explicit JsonParser(const std::string& text) : s_(text) {}

    bool document(JsonValue& out) {
        if (s_.compare(0, 3, "\xEF\xBB\xBF") == 0) pos_ = 3;  // a byte order mark, as some editors write
        // A NUL byte after the value ends the text, as it does for nlohmann_json (which this reader replaces
        // in the page: the same texts read the same).
        return value(out, 0) && (space(), pos_ == s_.size() || s_[pos_] == '\0');
    }

private:
    const std::string& s_;

    // Sorted by key, and of a key given twice the last (as nlohmann_json reads it): a stable sort keeps the
    // order of equal keys, and the last of each run is kept.
    static void sort_members(std::vector<Member>& ms) {
        std::stable_sort(ms.begin(), ms.end(), [](const Member& a, const Member& b) { return a.first < b.first; });
        size_t kept = 0;
        for (size_t i = 0; i < ms.size(); ++i) {
            if (i + 1 < ms.size() && ms[i + 1].first == ms[i].first) continue;  // a later one of the same key follows
            if (kept != i) ms[kept] = std::move(ms[i]);
            ++kept;
        }
        ms.resize(kept);
    }
    size_t pos_ = 0;

    int peek() const { return pos_ < s_.size() ? static_cast<unsigned char>(s_[pos_]) : -1; }
    void space() {
        while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r')) ++pos_;
    }
    bool literal(const char* word) {
        const std::string w(word);
        if (s_.compare(pos_, w.size(), w) != 0) return false;
        pos_ += w.size();
        return true;
    }

    bool value(JsonValue& v, int depth) {
        space();
        switch (peek()) {
            case '{': return depth < kJsonMaxDepth && object(v, depth + 1);
            case '[': return depth < kJsonMaxDepth && array(v, depth + 1);
            case '"': v.type_ = JsonValue::Type::string; return string(v.string_);
            case 't': v.type_ = JsonValue::Type::boolean; v.boolean_ = true; return literal("true");
            case 'f': v.type_ = JsonValue::Type::boolean; return literal("false");
            case 'n': return literal("null");
            default: return number(v);
        }
    }

    bool object(JsonValue& v, int depth) {
        v.type_ = JsonValue::Type::object;
        ++pos_;  // '{'
        space();
        if (peek() == '}') return ++pos_, true;
        bool sorted = true;
        for (;;) {
            space();
            Member m;
            if (peek() != '"' || !string(m.first)) return false;
            space();
            if (peek() != ':') return false;
            ++pos_;
            if (!value(m.second, depth)) return false;
            // Appended as read (a key above the last keeps them sorted, as certplan writes them); sorted once at
            // the end otherwise. Inserting each in its place would move the members after it: quadratic.
            auto& ms = v.members_;
            if (!ms.empty() && !(ms.back().first < m.first)) sorted = false;
            ms.push_back(std::move(m));
            space();
            if (peek() == ',') { ++pos_; continue; }
            if (peek() != '}') return false;
            ++pos_;
            if (!sorted) sort_members(ms);
            return true;
        }
    }

    bool array(JsonValue& v, int depth) {
        v.type_ = JsonValue::Type::array;
        ++pos_;  // '['
        space();
        if (peek() == ']') return ++pos_, true;
        for (;;) {
            v.items_.emplace_back();
            if (!value(v.items_.back(), depth)) return false;
            space();
            if (peek() == ',') { ++pos_; continue; }
            if (peek() != ']') return false;
            ++pos_;
            return true;
        }
    }

    // -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?, finite.
    bool number(JsonValue& v) {
        const size_t start = pos_;
        const auto digits = [&] {
            const size_t from = pos_;
            while (peek() >= '0' && peek() <= '9') ++pos_;
            return pos_ > from;
        };
        if (peek() == '-') ++pos_;
        if (peek() == '0') ++pos_;
        else if (!digits()) return false;
        bool integer = true;
        if (peek() == '.') {
            ++pos_, integer = false;
            if (!digits()) return false;
        }
        if (peek() == 'e' || peek() == 'E') {
            ++pos_, integer = false;
            if (peek() == '+' || peek() == '-') ++pos_;
            if (!digits()) return false;
        }
        const std::string text = s_.substr(start, pos_ - start);
        v.type_ = JsonValue::Type::number;
        v.number_ = std::strtod(text.c_str(), nullptr);
        // A whole number beyond 64 bits is read as nlohmann_json reads it, as a floating-point number.
        v.integer_ = integer && std::fabs(v.number_) < 9.2e18;
        return std::isfinite(v.number_);
    }

    bool hex4(unsigned& u) {
        if (s_.size() - pos_ < 4) return false;
        u = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = s_[pos_++];
            const int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) return false;
            u = u * 16 + unsigned(d);
        }
        return true;
    }

    static void utf8(std::string& out, unsigned c) {
        if (c < 0x80) {
            out += char(c);
        } else if (c < 0x800) {
            out += char(0xC0 | c >> 6), out += char(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out += char(0xE0 | c >> 12), out += char(0x80 | (c >> 6 & 0x3F)), out += char(0x80 | (c & 0x3F));
        } else {
            out += char(0xF0 | c >> 18), out += char(0x80 | (c >> 12 & 0x3F)), out += char(0x80 | (c >> 6 & 0x3F)),
                out += char(0x80 | (c & 0x3F));
        }
    }

    // One UTF-8 sequence copied as it is, if it is well formed (no overlong form, no surrogate, at most U+10FFFF).
    bool raw_utf8(std::string& out) {
        const unsigned char b = static_cast<unsigned char>(s_[pos_]);
        const int n = b < 0x80 ? 0 : b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
        if (n < 0 || s_.size() - pos_ <= size_t(n)) return false;
        unsigned c = n == 0 ? b : b & (0x3F >> n);
        for (int i = 1; i <= n; ++i) {
            const unsigned char t = static_cast<unsigned char>(s_[pos_ + i]);
            if ((t & 0xC0) != 0x80) return false;
            c = c << 6 | (t & 0x3F);
        }
        if ((n == 2 && (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF))) || (n == 3 && (c < 0x10000 || c > 0x10FFFF))) return false;
        out.append(s_, pos_, size_t(n) + 1);
        pos_ += size_t(n) + 1;
        return true;
    }

    bool string(std::string& out) {
        ++pos_;  // '"'
        for (;;) {
            const int c = peek();
            if (c < 0x20) return false;  // the end of the text, or a control character not escaped
            if (c == '"') return ++pos_, true;
            if (c != '\\') {
                if (!raw_utf8(out)) return false;
                continue;
            }
            ++pos_;
            const int e = peek();
            ++pos_;
            switch (e) {
                case '"': out += '"'; break;
                case '\\': out += '\\'; break;
                case '/': out += '/'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'n': out += '\n'; break;
                case 'r': out += '\r'; break;
                case 't': out += '\t'; break;
                case 'u': {
                    unsigned u = 0;
                    if (!hex4(u)) return false;
                    if (u >= 0xDC00 && u <= 0xDFFF) return false;  // a low surrogate alone
                    if (u >= 0xD800 && u <= 0xDBFF) {                // a high one: its low one must follow
                        unsigned low = 0;
                        if (!literal("\\u") || !hex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
                        u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
                    }
                    utf8(out, u);
                    break;
                }
                default: return false;
            }
        }
    }
};

std::optional<JsonValue> parse_json_value(const std::string& text) {
    JsonValue v;
    if (!JsonParser(text).document(v)) return std::nullopt;
    return v;
}

}  // namespace certplan
