// Base64url (RFC 4648 section 5) without padding: the alphabet that survives in a URL fragment.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace certplan {

std::string base64url_encode(const std::vector<uint8_t>& bytes);
// nullopt for any character outside the alphabet or an impossible length.
std::optional<std::vector<uint8_t>> base64url_decode(const std::string& text);

}  // namespace certplan
