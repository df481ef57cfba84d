// PowerImporter: the power CSV kind (meter_id, enterprise_id, circuit, time, kw, and optionally
// linked_meter_id). Each meter is upserted once per import, or again when a later row describes it
// differently; then the reading is upserted.
#pragma once

#include "core/ingest/KnownIds.h"
#include "core/ingest/RowImporter.h"
#include "core/store/PowerWriter.h"

#include <optional>
#include <string>
#include <unordered_map>

namespace eco::ingest {

class PowerImporter final : public RowImporter {
public:
    std::span<const ColumnSpec> columns() const override;
    void begin(store::Database& db, const CsvColumns& columns) override;
    RowOutcome importRow(const RowFields& row) override;

private:
    struct MeterState {
        std::int64_t key = 0;
        std::string description; // enterprise, circuit and link as written
    };
    store::Database* m_db = nullptr;
    std::optional<store::PowerWriter> m_writer;
    KnownIds m_enterprises;
    std::unordered_map<std::string, MeterState> m_meters;
    Column m_meter, m_enterprise, m_circuit, m_time, m_kw, m_linked;
};

} // namespace eco::ingest
