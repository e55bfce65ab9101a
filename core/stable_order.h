// The order of n things by a comparison of their indices, ties kept in index order (a stable sort).
#pragma once
#include <cstddef>
#include <functional>
#include <vector>

namespace certplan {

// Indices 0..n-1 such that `before(a, b)` never holds for a later a: a stable sort of 0..n-1.
// Every sort in the core goes through here, so the web build links one std::stable_sort rather than one per
// comparator (each instantiation weighs about 1 KB of gzipped wasm).
std::vector<size_t> stable_order(size_t n, const std::function<bool(size_t, size_t)>& before);

}  // namespace certplan
