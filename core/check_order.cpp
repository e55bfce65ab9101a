#include "check_order.h"

namespace certplan {

namespace {

// splitmix64's finaliser: every bit of the input moves about half of the output's; the same on every platform.
uint64_t mix(uint64_t x) {
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

// The permutation of rank `rank` (0 .. count!-1) in lexicographic order.
std::vector<size_t> unrank(size_t count, uint64_t factorial, uint64_t rank) {
    std::vector<size_t> pool(count), out;
    for (size_t i = 0; i < count; ++i) pool[i] = i;
    for (size_t i = count; i > 0; --i) {
        factorial /= i;
        out.push_back(pool[size_t(rank / factorial)]);
        pool.erase(pool.begin() + long(rank / factorial));
        rank %= factorial;
    }
    return out;
}

}  // namespace

std::vector<size_t> attempt_order(size_t count, const std::string& key, uint32_t attempt) {
    uint64_t h = 14695981039346656037ull;  // FNV-1a over the key
    for (char c : key) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    uint64_t n = 1;  // count!, exact up to 20 things (far more than a domain's questions)
    for (size_t i = 2; i <= count && count <= 20; ++i) n *= i;
    if (count < 2 || count > 20) {  // nothing to shuffle, or too many to rank: a rotation still moves each one
        std::vector<size_t> out(count);
        for (size_t i = 0; i < count; ++i) out[i] = (i + attempt) % count;
        return out;
    }
    const std::vector<size_t> own = unrank(count, n, mix(h) % n);
    const std::vector<size_t> step = unrank(count, n, 2 * (mix(h ^ mix(attempt)) % (n / 2)) + (attempt & 1));
    std::vector<size_t> out(count);
    for (size_t i = 0; i < count; ++i) out[i] = own[step[i]];
    return out;
}

std::string check_key(const std::string& credential, const std::string& domain) { return credential + "/" + domain; }

}  // namespace certplan
