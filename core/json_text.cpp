#include "json_text.h"

#include <cstdio>

namespace certplan {

std::string json_string(const std::string& s) {
    std::string out = "\"";
    for (char ch : s) {
        const unsigned char c = static_cast<unsigned char>(ch);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += ch;
        } else if (c < 0x20) {
            char buf[8];
            snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        } else {
            out += ch;
        }
    }
    return out + '"';
}

std::string json_number(double v) {
    char buf[32];
    snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

}  // namespace certplan
