#include "link.h"

namespace certplan {

bool openable_url(const std::string& url) {
    static const std::string scheme = kLinkScheme;
    if (url.compare(0, scheme.size(), scheme) != 0 || url.size() == scheme.size()) return false;
    const char first = url[scheme.size()];
    if (first == '/' || first == '.' || first == '-' || first == '@' || first == ':') return false;  // no host
    for (char c : url) {
        const unsigned u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f || c == '"' || c == '\'' || c == '<' || c == '>' || c == '\\' || c == '`') return false;
    }
    return true;
}

}  // namespace certplan
