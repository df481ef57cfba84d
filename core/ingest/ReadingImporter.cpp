#include "core/ingest/ReadingImporter.h"

#include "core/store/Database.h"

#include <algorithm>
#include <array>

namespace eco::ingest {

std::span<const ColumnSpec> ReadingImporter::columns() const {
    static constexpr std::array<ColumnSpec, 6> kColumns{{{"source_id", true},
                                                         {"pollutant", true},
                                                         {"interval", true},
                                                         {"time", true},
                                                         {"value", true},
                                                         {"flag", false}}};
    return kColumns;
}

void ReadingImporter::begin(store::Database& db, const CsvColumns& c) {
    m_db = &db;
    m_writer.emplace(db);
    m_pending.reserve(kBatch);
    m_sources = KnownIds::load(db, "SELECT id FROM sites UNION SELECT id FROM outlets "
                                   "UNION SELECT vehicle_id FROM vehicles");
    m_source = c.column("source_id");
    m_pollutant = c.column("pollutant");
    m_interval = c.column("interval");
    m_time = c.column("time");
    m_value = c.column("value");
    m_flag = c.column("flag");
}

RowOutcome ReadingImporter::importRow(const RowFields& row) {
    const std::string_view source = row.required(m_source);
    const std::string_view pollutant = row.pollutantCode(m_pollutant);
    const std::string_view intervalText = row.required(m_interval);
    const auto interval = model::parseInterval(intervalText);
    if (!interval)
        throw RowError("interval: " + quoted(intervalText) + " is not one of rtd, min, hour, day");
    const std::int64_t ts = row.time(m_time);
    const std::optional<double> value = row.optionalNumber(m_value);
    const char flag = row.flag(m_flag);
    if (!value && flag == 'N')
        throw RowError("value: missing value (only a flagged reading may have none)");

    std::int64_t series = m_series.find(source, pollutant, *interval);
    if (series < 0) {
        if (!m_sources.contains(source))
            throw RowError("source_id: unknown source " + quoted(source) +
                           " (not a site, outlet or vehicle)");
        series = m_series.resolve(*m_writer, source, pollutant, *interval);
    }
    m_pending.push_back({series, ts, value.value_or(0.0), value.has_value(), flag});
    if (m_pending.size() >= kBatch)
        flush();
    return RowOutcome::Deferred;
}

void ReadingImporter::flush() {
    std::stable_sort(m_pending.begin(), m_pending.end(), [](const Pending& a, const Pending& b) {
        return a.series != b.series ? a.series < b.series : a.ts < b.ts;
    });
    for (const Pending& p : m_pending) {
        const std::int64_t before = m_db->totalChanges();
        m_writer->add(p.series, p.ts, p.hasValue ? std::optional<double>(p.value) : std::nullopt,
                      p.flag);
        if (m_db->totalChanges() != before)
            ++m_outcome.changed;
        else
            ++m_outcome.unchanged;
    }
    m_pending.clear();
}

DeferredOutcome ReadingImporter::finish() {
    flush();
    return std::move(m_outcome);
}

} // namespace eco::ingest
