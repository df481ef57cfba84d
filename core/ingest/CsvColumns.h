// CsvColumns: the header row of a CSV file as a name -> position map. Columns may come in any
// order and unknown ones are ignored; importers look up the ones they know once per file, so the
// per-row work is an index into the record's fields.
#pragma once

#include "core/ingest/CsvReader.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eco::ingest {

// One column an importer reads: its position in the file (-1 when the file lacks it) and its
// name, used in error messages.
struct Column {
    int index = -1;
    std::string_view name;
    bool present() const { return index >= 0; }
};

class CsvColumns {
public:
    // Builds the map from the header record. Names are trimmed and compared case-insensitively
    // (ASCII). Returns nullopt and sets *error for a malformed header or a repeated name.
    static std::optional<CsvColumns> fromHeader(const CsvRecord& header, std::string* error);

    Column column(std::string_view name) const;
    int count() const { return static_cast<int>(m_names.size()); }

private:
    std::vector<std::string> m_names;
};

} // namespace eco::ingest
