// The HJ 212 packet parser: framing (`##`, 4-digit byte length, data segment, 4 hex CRC, optional
// CR LF), the header fields and the CP data area of HJ/T 212-2005, HJ 212-2017 and HJ 212-2025.
// It works over the input bytes: the Packet it fills holds views into them, and its field vector
// is reused, so a steady stream of packets allocates nothing. Free of Qt so the libFuzzer target
// links only this folder's pure files.
#pragma once

#include "core/ingest/hj212/Hj212Packet.h"
#include "core/ingest/hj212/Hj212Rejection.h"

#include <optional>
#include <string_view>

namespace eco::ingest::hj212 {

constexpr int kStandardMaxSegment = 1024; // above it: a warning (Packet::oversize), not an error

// A whole frame, with or without its trailing CR LF. On success `out` describes the packet and
// nullopt is returned; otherwise the rejection says why (and `out` is unspecified).
std::optional<Rejection> parsePacket(std::string_view frame, Packet& out);

// A data segment without framing ("QN=...;ST=...;...;CP=&&...&&"): used for reassembled split
// packets, whose parts were framed and checked one by one.
std::optional<Rejection> parseSegment(std::string_view segment, Packet& out);

// Decimal number as loggers write them ("-0.041", "19191.973", "1e-3"). The common form is
// converted exactly by an integer fast path; anything else goes through std::from_chars.
std::optional<double> parseNumber(std::string_view text);

} // namespace eco::ingest::hj212
