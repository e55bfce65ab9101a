#include "fill.h"

namespace certplan {

std::string fill(const char* pattern, std::initializer_list<std::string> parts) {
    std::string out;
    auto next = parts.begin();
    for (const char* p = pattern; *p; ++p) {
        if (p[0] == '{' && p[1] == '}') {
            if (next != parts.end()) out += *next++;
            ++p;
        } else {
            out += *p;
        }
    }
    return out;
}

}  // namespace certplan
