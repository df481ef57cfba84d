// RowFields: typed, validated access to the fields of one CSV record. Every accessor either
// returns a value that is safe to store or throws RowError with a reason that names the column
// and quotes the offending text ("lat: 95 is out of range (-90..90)"); the import driver turns it
// into a FILE:LINE: reason line. Parsing works on bytes (std::from_chars, no QString per field)
// because the readings path runs it millions of times.
#pragma once

#include "core/geo/ChinaOffsets.h"
#include "core/ingest/CsvColumns.h"
#include "core/ingest/CsvReader.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace eco::ingest {

// A row is refused: the reason is what the user reads after FILE:LINE:.
class RowError : public std::runtime_error {
public:
    explicit RowError(const std::string& reason) : std::runtime_error(reason) {}
};

// The text of a field for a message: quoted, cut at 40 bytes on a character boundary.
std::string quoted(std::string_view text);

class RowFields {
public:
    explicit RowFields(const CsvRecord& record) : m_record(record) {}

    int line() const { return m_record.line; }

    // The field's text, empty when the column is absent.
    std::string_view raw(Column c) const;
    std::string_view required(Column c) const;
    QString text(Column c) const;
    QString requiredText(Column c) const;

    double number(Column c) const;
    std::optional<double> optionalNumber(Column c) const;
    double numberIn(Column c, double lo, double hi) const;
    std::optional<double> optionalNumberIn(Column c, double lo, double hi) const;

    // ISO 8601 with an offset, as Unix seconds.
    std::int64_t time(Column c) const;
    // The field must be one of the allowed words; returns it.
    std::string_view oneOf(Column c, std::initializer_list<std::string_view> allowed) const;
    // An HJ 212 data flag; an empty field is N.
    char flag(Column c) const;
    // An HJ 212 pollutant code (letters, digits, '-').
    std::string_view pollutantCode(Column c) const;
    // lon/lat in the row's crs (WGS84 when the column is absent or empty), returned as WGS84.
    geo::LonLat position(Column lon, Column lat, Column crs) const;

private:
    [[noreturn]] void fail(Column c, const std::string& why) const;
    const CsvRecord& m_record;
};

// Parses a whole field as a finite double (a leading '+' allowed); nullopt otherwise.
std::optional<double> parseNumber(std::string_view text);

} // namespace eco::ingest
