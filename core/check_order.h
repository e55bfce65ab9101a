// The order "Check me" asks a domain's questions in. A retake asks them in a new order: a shuffle by the
// attempt's seed, and never the same order as the attempt before (when there is more than one question).
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

namespace certplan {

std::vector<size_t> check_order(size_t questions, uint32_t seed, const std::vector<size_t>& previous = {});

}  // namespace certplan
