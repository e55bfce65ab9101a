#include "check_order.h"

#include <utility>

namespace certplan {

std::vector<size_t> check_order(size_t questions, uint32_t seed, const std::vector<size_t>& previous) {
    std::vector<size_t> order(questions);
    for (size_t i = 0; i < questions; ++i) order[i] = i;
    // Fisher-Yates with a small xorshift generator: the same seed gives the same order on every platform.
    uint32_t x = seed ? seed : 0x9E3779B9u;
    for (size_t i = questions; i > 1; --i) {
        x ^= x << 13, x ^= x >> 17, x ^= x << 5;
        std::swap(order[i - 1], order[x % i]);
    }
    // Same as last time: rotate by one, which moves every question to another place.
    if (questions > 1 && order == previous)
        for (size_t i = 1; i < questions; ++i) std::swap(order[i - 1], order[i]);  // a rotation by one
    return order;
}

}  // namespace certplan
