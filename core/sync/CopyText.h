// CopyText: PostgreSQL's COPY text format, the one row encoding of sync. The hub speaks it with
// COPY FROM/TO STDIN/STDOUT, and bundles store the same lines, so a hub pull and a bundle import
// share one parser. A row is one line, fields separated by TAB, NULL written \N, and backslash,
// TAB, CR and LF escaped; bytea is written as \\x followed by hex.
#pragma once

#include <QByteArray>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace eco::sync {

class CopyText {
public:
    static void appendNull(std::string& out) { out += "\\N"; }
    static void appendInteger(std::string& out, std::int64_t v);
    static void appendReal(std::string& out, double v);
    static void appendText(std::string& out, std::string_view utf8);
    static void appendBlob(std::string& out, std::span<const std::byte> bytes);

    // Splits a line (without its newline) into raw fields; false when the count is not `expected`.
    static bool split(std::string_view line, std::size_t expected,
                      std::vector<std::string_view>& fields);
    static bool isNull(std::string_view field) { return field == "\\N"; }
    // The unescaped bytes of a non-null field.
    static void unescape(std::string_view field, std::string& out);
    // A bytea field: unescapes, then decodes "\x" + hex; nullopt when malformed.
    static std::optional<QByteArray> blob(std::string_view field);
};

} // namespace eco::sync
