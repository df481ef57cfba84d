#include "core/ingest/CsvColumns.h"

#include <algorithm>
#include <cctype>

namespace eco::ingest {

namespace {

std::string lowerAscii(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) {
        return static_cast<char>(c < 0x80 ? std::tolower(c) : c);
    });
    return out;
}

} // namespace

std::optional<CsvColumns> CsvColumns::fromHeader(const CsvRecord& header, std::string* error) {
    if (!header.error.empty()) {
        *error = std::string(header.error);
        return std::nullopt;
    }
    CsvColumns out;
    for (const std::string_view f : header.fields) {
        std::string name = lowerAscii(f);
        if (!name.empty() &&
            std::find(out.m_names.begin(), out.m_names.end(), name) != out.m_names.end()) {
            *error = "column '" + name + "' appears twice in the header";
            return std::nullopt;
        }
        out.m_names.push_back(std::move(name));
    }
    return out;
}

Column CsvColumns::column(std::string_view name) const {
    const auto it = std::find(m_names.begin(), m_names.end(), name);
    return {it == m_names.end() ? -1 : static_cast<int>(it - m_names.begin()), name};
}

} // namespace eco::ingest
