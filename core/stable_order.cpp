#include "stable_order.h"

namespace certplan {

// An insertion sort: stable, and quadratic only in lengths the core never reaches (its lists are domains,
// credentials and focus items: tens at most).
std::vector<size_t> stable_order(size_t n, const void* context, IndexBefore before) {
    std::vector<size_t> order(n);
    for (size_t i = 0; i < n; ++i) {
        size_t j = i;
        for (; j > 0 && before(context, i, order[j - 1]); --j) order[j] = order[j - 1];
        order[j] = i;
    }
    return order;
}

}  // namespace certplan
