#include "check_order.h"

#include <utility>

namespace certplan {

namespace {

// Fisher-Yates with a small xorshift generator: the same seed gives the same order on every platform.
std::vector<size_t> shuffled(size_t count, uint32_t x) {
    std::vector<size_t> order(count);
    for (size_t i = 0; i < count; ++i) order[i] = i;
    x ^= x >> 16, x *= 0x85EBCA6Bu, x ^= x >> 13, x *= 0xC2B2AE35u, x ^= x >> 16;  // murmur3's finaliser: seeds a bit apart
    x |= 1;                                                                     // end far apart; xorshift never leaves 0
    for (size_t i = count; i > 1; --i) {
        x ^= x << 13, x ^= x >> 17, x ^= x << 5;
        std::swap(order[i - 1], order[x % i]);
    }
    return order;
}

}  // namespace

std::vector<size_t> attempt_order(size_t count, const std::string& key, uint32_t attempt) {
    uint32_t h = 2166136261u;  // FNV-1a over the key
    for (char c : key) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    const std::vector<size_t> own = shuffled(count, h);
    std::vector<size_t> step = shuffled(count, h ^ (attempt * 2654435761u)), out(count);
    // The step's parity (even or odd number of inversions) is the attempt's: one swap sets it when it is not.
    bool odd = false;
    for (size_t i = 0; i < count; ++i)
        for (size_t j = i + 1; j < count; ++j) odd ^= step[i] > step[j];
    if (count > 1 && odd != bool(attempt & 1)) std::swap(step[0], step[1]);
    for (size_t i = 0; i < count; ++i) out[i] = own[step[i]];
    return out;
}

std::string check_key(const std::string& credential, const std::string& domain) { return credential + "/" + domain; }

}  // namespace certplan
