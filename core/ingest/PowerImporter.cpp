#include "core/ingest/PowerImporter.h"

#include "core/store/Database.h"

#include <array>

namespace eco::ingest {

std::span<const ColumnSpec> PowerImporter::columns() const {
    static constexpr std::array<ColumnSpec, 6> kColumns{{{"meter_id", true},
                                                         {"enterprise_id", true},
                                                         {"circuit", true},
                                                         {"time", true},
                                                         {"kw", true},
                                                         {"linked_meter_id", false}}};
    return kColumns;
}

void PowerImporter::begin(store::Database& db, const CsvColumns& c) {
    m_db = &db;
    m_writer.emplace(db);
    m_enterprises = KnownIds::load(db, "SELECT id FROM enterprises");
    m_meter = c.column("meter_id");
    m_enterprise = c.column("enterprise_id");
    m_circuit = c.column("circuit");
    m_time = c.column("time");
    m_kw = c.column("kw");
    m_linked = c.column("linked_meter_id");
}

RowOutcome PowerImporter::importRow(const RowFields& row) {
    const std::string_view meterId = row.required(m_meter);
    const std::string_view enterprise = row.required(m_enterprise);
    if (!m_enterprises.contains(enterprise))
        throw RowError("enterprise_id: unknown enterprise " + quoted(enterprise));
    const std::string_view circuit = row.oneOf(m_circuit, {"production", "treatment", "total"});
    const std::int64_t ts = row.time(m_time);
    const std::optional<double> kw = row.optionalNumberIn(m_kw, -1e7, 1e7);
    const std::string_view linked = row.raw(m_linked);

    const std::int64_t before = m_db->totalChanges();
    std::string description(enterprise);
    description.push_back('\x1f');
    description.append(circuit);
    description.push_back('\x1f');
    description.append(linked);
    auto it = m_meters.find(std::string(meterId));
    if (it == m_meters.end() || it->second.description != description) {
        model::PowerMeter m;
        m.meterId = QString::fromUtf8(meterId.data(), static_cast<qsizetype>(meterId.size()));
        m.enterpriseId =
            QString::fromUtf8(enterprise.data(), static_cast<qsizetype>(enterprise.size()));
        m.circuit = QString::fromLatin1(circuit.data(), static_cast<qsizetype>(circuit.size()));
        m.linkedMeterId = QString::fromUtf8(linked.data(), static_cast<qsizetype>(linked.size()));
        const std::int64_t key = m_writer->meter(m);
        m_meters.insert_or_assign(std::string(meterId), MeterState{key, std::move(description)});
        it = m_meters.find(std::string(meterId));
    }
    m_writer->add(it->second.key, ts, kw);
    return m_db->totalChanges() != before ? RowOutcome::Changed : RowOutcome::Unchanged;
}

} // namespace eco::ingest
