// Bit-level writing and reading for the share link's compact form. The reader never reads past the end:
// it remembers that it ran out, and the caller reports the link as cut off.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace certplan {

class BitWriter {
public:
    void bits(uint32_t value, int count) {
        for (int i = count - 1; i >= 0; --i) {
            if (used_ % 8 == 0) bytes_.push_back(0);
            if ((value >> i) & 1u) bytes_.back() |= uint8_t(0x80u >> (used_ % 8));
            ++used_;
        }
    }
    void varint(uint32_t v) {  // 7 bits a group, high bit: more follows
        do {
            uint32_t group = v & 0x7Fu;
            v >>= 7;
            bits(group | (v ? 0x80u : 0u), 8);
        } while (v);
    }
    void text(const std::string& s) {
        varint(uint32_t(s.size()));
        for (unsigned char c : s) bits(c, 8);
    }
    const std::vector<uint8_t>& bytes() const { return bytes_; }

private:
    std::vector<uint8_t> bytes_;
    size_t used_ = 0;
};

class BitReader {
public:
    BitReader(const uint8_t* data, size_t size) : data_(data), size_bits_(size * 8) {}
    uint32_t bits(int count) {
        uint32_t v = 0;
        for (int i = 0; i < count; ++i) {
            if (pos_ >= size_bits_) {
                overrun_ = true;
                return 0;
            }
            v = (v << 1) | ((data_[pos_ / 8] >> (7 - pos_ % 8)) & 1u);
            ++pos_;
        }
        return v;
    }
    uint32_t varint() {
        uint32_t v = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            uint32_t group = bits(8);
            v |= (group & 0x7Fu) << shift;
            if (!(group & 0x80u) || overrun_) return v;
        }
        bad_ = true;  // more than 5 groups: not a number certplan writes
        return 0;
    }
    std::string text(size_t max_size) {
        uint32_t n = varint();
        if (n > max_size) {
            bad_ = true;
            return {};
        }
        std::string s;
        for (uint32_t i = 0; i < n && !overrun_; ++i) s += char(bits(8));
        return s;
    }
    bool overrun() const { return overrun_; }
    bool bad() const { return bad_; }

private:
    const uint8_t* data_;
    size_t size_bits_, pos_ = 0;
    bool overrun_ = false, bad_ = false;
};

}  // namespace certplan
