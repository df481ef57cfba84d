#include "core/ingest/CsvReader.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace eco::ingest {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool isBlank(char c) {
    return c == ' ' || c == '\t';
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && isBlank(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isBlank(s.back()))
        s.remove_suffix(1);
    return s;
}

int countNewlines(std::string_view s) {
    return static_cast<int>(std::count(s.begin(), s.end(), '\n'));
}

} // namespace

bool isValidUtf8(std::string_view bytes) {
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const auto* const end = p + bytes.size();
    while (p < end) {
        // Most CSV text is ASCII: check eight bytes at a time.
        if (end - p >= 8) {
            std::uint64_t word;
            std::memcpy(&word, p, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                p += 8;
                continue;
            }
        }
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra;
        std::uint32_t cp;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false; // continuation byte out of place, 0xC0/0xC1 overlong, or 0xF5+
        }
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if ((extra == 2 && cp < 0x800) || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        p += extra + 1;
    }
    return true;
}

CsvReader::CsvReader(std::string_view bytes) : m_data(bytes) {
    if (m_data.substr(0, kBom.size()) == kBom)
        m_pos = kBom.size();
}

bool CsvReader::atLineEnd(std::size_t pos) const {
    return pos >= m_data.size() || m_data[pos] == '\n' || m_data[pos] == '\r';
}

void CsvReader::consumeLineEnd() {
    if (m_pos >= m_data.size())
        return;
    if (m_data[m_pos] == '\r') {
        ++m_pos;
        if (m_pos < m_data.size() && m_data[m_pos] == '\n')
            ++m_pos;
    } else {
        ++m_pos;
    }
    ++m_line;
}

void CsvReader::skipToLineEnd() {
    while (!atLineEnd(m_pos))
        ++m_pos;
    consumeLineEnd();
}

bool CsvReader::next(CsvRecord& out) {
    const std::size_t n = m_data.size();
    while (m_pos < n && (m_data[m_pos] == '\n' || m_data[m_pos] == '\r'))
        consumeLineEnd();
    if (m_pos >= n)
        return false;

    out.line = m_line;
    out.fields.clear();
    out.error = {};
    m_scratch.clear();
    m_spans.clear();
    const std::size_t recordStart = m_pos;
    const char* const base = m_data.data();

    for (;;) {
        if (m_pos < n && m_data[m_pos] == '"') {
            ++m_pos;
            const std::size_t scratchStart = m_scratch.size();
            std::size_t segStart = m_pos;
            bool escaped = false;
            std::size_t closing = 0;
            for (;;) {
                const void* q = std::memchr(base + m_pos, '"', n - m_pos);
                if (!q) {
                    m_line += countNewlines(m_data.substr(m_pos));
                    m_pos = n;
                    out.error = "unterminated quoted field";
                    return true;
                }
                const auto qi = static_cast<std::size_t>(static_cast<const char*>(q) - base);
                m_line += countNewlines(m_data.substr(m_pos, qi - m_pos));
                if (qi + 1 < n && m_data[qi + 1] == '"') {
                    escaped = true;
                    m_scratch.append(base + segStart, qi + 1 - segStart);
                    m_pos = qi + 2;
                    segStart = m_pos;
                    continue;
                }
                closing = qi;
                break;
            }
            if (escaped) {
                m_scratch.append(base + segStart, closing - segStart);
                m_spans.push_back({true, scratchStart, m_scratch.size() - scratchStart});
            } else {
                m_spans.push_back({false, segStart, closing - segStart});
            }
            m_pos = closing + 1;
            while (m_pos < n && isBlank(m_data[m_pos]))
                ++m_pos;
            if (!atLineEnd(m_pos) && m_data[m_pos] != ',') {
                skipToLineEnd();
                out.error = "unexpected text after a closing quote";
                return true;
            }
        } else {
            const std::size_t start = m_pos;
            while (m_pos < n) {
                const char c = m_data[m_pos];
                if (c == ',' || c == '\n' || c == '\r')
                    break;
                ++m_pos;
            }
            const std::string_view f = trim(m_data.substr(start, m_pos - start));
            m_spans.push_back({false, static_cast<std::size_t>(f.data() - base), f.size()});
        }
        if (m_pos < n && m_data[m_pos] == ',') {
            ++m_pos;
            continue;
        }
        break;
    }
    const std::size_t recordEnd = m_pos;
    consumeLineEnd();

    out.fields.reserve(m_spans.size());
    for (const Span& s : m_spans)
        out.fields.emplace_back(s.scratch ? std::string_view(m_scratch).substr(s.offset, s.length)
                                          : m_data.substr(s.offset, s.length));
    if (!isValidUtf8(m_data.substr(recordStart, recordEnd - recordStart)))
        out.error = "invalid UTF-8";
    return true;
}

} // namespace eco::ingest
