#include "stable_order.h"

#include <algorithm>

namespace certplan {

std::vector<size_t> stable_order(size_t n, const std::function<bool(size_t, size_t)>& before) {
    std::vector<size_t> order(n);
    for (size_t i = 0; i < n; ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), before);
    return order;
}

}  // namespace certplan
