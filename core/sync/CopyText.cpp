#include "core/sync/CopyText.h"

#include <charconv>
#include <cmath>

namespace eco::sync {

void CopyText::appendInteger(std::string& out, std::int64_t v) {
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}

void CopyText::appendReal(std::string& out, double v) {
    if (std::isnan(v)) {
        out += "NaN";
        return;
    }
    if (std::isinf(v)) {
        out += v > 0 ? "Infinity" : "-Infinity";
        return;
    }
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v); // shortest exact round trip
    out.append(buf, r.ptr);
}

void CopyText::appendText(std::string& out, std::string_view s) {
    for (const char c : s) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}

void CopyText::appendBlob(std::string& out, std::span<const std::byte> bytes) {
    static constexpr char kHex[] = "0123456789abcdef";
    out += "\\\\x";
    for (const std::byte b : bytes) {
        const auto v = static_cast<unsigned char>(b);
        out += kHex[v >> 4];
        out += kHex[v & 15];
    }
}

bool CopyText::split(std::string_view line, std::size_t expected,
                     std::vector<std::string_view>& fields) {
    fields.clear();
    std::size_t start = 0;
    for (std::size_t i = 0; i <= line.size(); ++i) {
        if (i == line.size() || line[i] == '\t') {
            fields.push_back(line.substr(start, i - start));
            start = i + 1;
        }
    }
    return fields.size() == expected;
}

void CopyText::unescape(std::string_view f, std::string& out) {
    out.clear();
    for (std::size_t i = 0; i < f.size(); ++i) {
        const char c = f[i];
        if (c != '\\' || i + 1 == f.size()) {
            out += c;
            continue;
        }
        const char n = f[++i];
        switch (n) {
        case 'n':
            out += '\n';
            break;
        case 't':
            out += '\t';
            break;
        case 'r':
            out += '\r';
            break;
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case 'v':
            out += '\v';
            break;
        default:
            if (n >= '0' && n <= '7') { // up to three octal digits
                int v = n - '0';
                for (int k = 0; k < 2 && i + 1 < f.size() && f[i + 1] >= '0' && f[i + 1] <= '7';
                     ++k)
                    v = v * 8 + (f[++i] - '0');
                out += static_cast<char>(v);
            } else {
                out += n; // \\ and any other escaped character stand for themselves
            }
        }
    }
}

std::optional<QByteArray> CopyText::blob(std::string_view field) {
    std::string raw;
    unescape(field, raw);
    if (raw.size() < 2 || raw[0] != '\\' || raw[1] != 'x' || raw.size() % 2 != 0)
        return std::nullopt;
    const QByteArray hex =
        QByteArray::fromRawData(raw.data() + 2, static_cast<qsizetype>(raw.size() - 2));
    for (const char c : hex)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return std::nullopt;
    return QByteArray::fromHex(hex);
}

} // namespace eco::sync
