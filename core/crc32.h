// CRC-32 (IEEE 802.3, as zlib and PNG use it): the share link's checksum against altered or cut links.
#pragma once
#include <cstddef>
#include <cstdint>

namespace certplan {

uint32_t crc32(const uint8_t* data, size_t size);

}  // namespace certplan
