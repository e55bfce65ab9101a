// What certplan lets a person open: a link from data/ (a course's or a source's url) that is https: and
// plainly written. Anything else (http:, javascript:, data:, a relative path, spaces, quotes, control
// characters) is refused here, so neither the data check, the exports nor the page ever offer it.
#pragma once
#include <string>

namespace certplan {

// The scheme every link certplan offers begins with (text that scans for links looks for it, then asks openable_url).
constexpr const char* kLinkScheme = "https://";
// kLinkScheme then a host and an optional path; only printable ASCII without spaces, quotes, '<', '>' or '\'.
bool openable_url(const std::string& url);

}  // namespace certplan
