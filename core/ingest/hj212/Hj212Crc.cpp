#include "core/ingest/hj212/Hj212Crc.h"

#include <array>
#include <bit>
#include <cstring>

namespace eco::ingest::hj212 {

namespace {

// The eight polynomial rounds applied to a register holding only x (x < 256).
constexpr std::uint16_t rounds(std::uint16_t reg) {
    for (int i = 0; i < 8; ++i) {
        const bool lsb = reg & 1u;
        reg = static_cast<std::uint16_t>(reg >> 1);
        if (lsb)
            reg ^= 0xA001;
    }
    return reg;
}

struct Tables {
    std::array<std::uint16_t, 256> full{};             // register after one byte
    std::array<std::array<std::uint8_t, 256>, 9> hi{}; // hi[k][x]: state after k zero bytes
};

constexpr Tables makeTables() {
    Tables t;
    for (unsigned x = 0; x < 256; ++x) {
        t.full[x] = rounds(static_cast<std::uint16_t>(x));
        t.hi[0][x] = static_cast<std::uint8_t>(x);
    }
    for (int k = 1; k <= 8; ++k)
        for (unsigned x = 0; x < 256; ++x)
            t.hi[static_cast<size_t>(k)][x] =
                static_cast<std::uint8_t>(t.full[t.hi[static_cast<size_t>(k - 1)][x]] >> 8);
    return t;
}

constexpr Tables kTables = makeTables();

} // namespace

std::uint16_t crc(std::string_view data) {
    if (data.empty())
        return 0xFFFF;
    const auto* p = reinterpret_cast<const unsigned char*>(data.data());
    size_t n = data.size() - 1; // the last byte needs the full 16-bit table
    unsigned s = 0xFF;
    const auto& h = kTables.hi;
    if constexpr (std::endian::native == std::endian::little) {
        // One 8-byte load instead of eight: byte k of the word is p[k].
        while (n >= 8) {
            std::uint64_t w;
            std::memcpy(&w, p, 8);
            s = h[8][(s ^ w) & 0xFF] ^ h[7][(w >> 8) & 0xFF] ^ h[6][(w >> 16) & 0xFF] ^
                h[5][(w >> 24) & 0xFF] ^ h[4][(w >> 32) & 0xFF] ^ h[3][(w >> 40) & 0xFF] ^
                h[2][(w >> 48) & 0xFF] ^ h[1][w >> 56];
            p += 8;
            n -= 8;
        }
    }
    while (n >= 8) {
        s = h[8][s ^ p[0]] ^ h[7][p[1]] ^ h[6][p[2]] ^ h[5][p[3]] ^ h[4][p[4]] ^ h[3][p[5]] ^
            h[2][p[6]] ^ h[1][p[7]];
        p += 8;
        n -= 8;
    }
    while (n-- > 0)
        s = h[1][s ^ *p++];
    return kTables.full[s ^ *p];
}

} // namespace eco::ingest::hj212
