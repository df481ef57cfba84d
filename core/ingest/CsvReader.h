// CsvReader: splits a CSV byte buffer into records without copying: RFC 4180 quoting (fields in
// double quotes may hold commas, quotes doubled as "" and line breaks), CRLF or LF line ends, a
// UTF-8 byte order mark skipped, blank lines skipped. Each record carries the physical line it
// starts on (1-based) so errors can be reported as FILE:LINE. A malformed record (invalid UTF-8,
// an unterminated quote, text after a closing quote) comes back with an error and the reader
// resynchronises at the next line. Unquoted fields are trimmed of spaces and tabs. Field views
// point into the buffer (or the reader's scratch space for fields with doubled quotes) and stay
// valid until the next call to next().
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace eco::ingest {

struct CsvRecord {
    int line = 0; // physical line the record starts on, 1-based
    std::vector<std::string_view> fields;
    std::string_view error; // empty when the record is well formed
};

class CsvReader {
public:
    explicit CsvReader(std::string_view bytes);

    // Reads the next record; false at the end of the data.
    bool next(CsvRecord& out);

    // Byte offset reached (for progress reports).
    std::size_t position() const { return m_pos; }
    std::size_t size() const { return m_data.size(); }

private:
    struct Span {
        bool scratch = false;
        std::size_t offset = 0;
        std::size_t length = 0;
    };
    void skipToLineEnd();
    bool atLineEnd(std::size_t pos) const;
    void consumeLineEnd();

    std::string_view m_data;
    std::size_t m_pos = 0;
    int m_line = 1;
    std::string m_scratch;
    std::vector<Span> m_spans;
};

// True when the bytes are well-formed UTF-8 (no overlong forms, surrogates or code points beyond
// U+10FFFF).
bool isValidUtf8(std::string_view bytes);

} // namespace eco::ingest
