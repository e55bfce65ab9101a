// The order of n things by a comparison of their indices, ties kept in index order (a stable sort).
#pragma once
#include <cstddef>
#include <vector>

namespace certplan {

using IndexBefore = bool (*)(const void* context, size_t a, size_t b);

// Indices 0..n-1 such that `before(a, b)` never holds for a later a: a stable sort of 0..n-1.
// Every sort in the core goes through here, with one non-template body: the web build then carries one small
// sort rather than a std::stable_sort (and a std::function) per comparator.
std::vector<size_t> stable_order(size_t n, const void* context, IndexBefore before);

template <class Before>
std::vector<size_t> stable_order(size_t n, const Before& before) {
    return stable_order(n, &before, [](const void* c, size_t a, size_t b) { return (*static_cast<const Before*>(c))(a, b); });
}

}  // namespace certplan
