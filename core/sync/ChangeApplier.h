// ChangeApplier: writes COPY text rows (from a hub pull or a bundle) into the local store by the
// merge rules of SyncTables, inside the caller's transaction. Surrogate ids are resolved here
// (series, meters, vehicles), and every task that received an event is folded again at the end,
// so the `tasks` cache and the chain heads agree with the merged log.
//
// Rows from the hub are applied unmarked (they are not local changes and must not be pushed back);
// rows from a bundle are marked pending (`Marking::MarkPending`), so an installation that also
// syncs with a hub passes them on. Time series marks go through store::ChangeMarks like the
// writers' (the catalog and event tables are marked by their triggers while capture is on).
// Pulled or imported readings and power rows before the screening watermark are always marked for
// screening (store::ScreenDirtyMarks): late data from another node must be judged again too.
#pragma once

#include "core/store/ChangeMarks.h"
#include "core/store/ScreenDirtyMarks.h"
#include "core/store/Statement.h"
#include "core/sync/SyncTables.h"

#include <QSet>
#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace eco::store {
class Database;
}

namespace eco::sync {

class ChangeApplier {
public:
    // `origin` names the source in error messages (the hub URL or the bundle file).
    enum class Marking { Unmarked, MarkPending };
    ChangeApplier(store::Database& db, QString origin, Marking marking = Marking::Unmarked);

    void beginTable(const TableSpec& table);
    // One row; throws SyncError naming the origin, table, row and field when it is malformed.
    void apply(std::string_view line);
    // Refolds every task that received events. Call once, before committing.
    void finish();

    std::int64_t rows() const { return m_rows; }
    std::int64_t newTaskEvents() const { return m_newEvents; }

private:
    enum class Target { Readings, Power, Track, Other };
    [[noreturn]] void fail(const QString& what) const;
    void bindField(store::Statement& st, int index, const ColumnSpec& c, std::string_view f);
    std::int64_t resolveSeries(const std::vector<std::string_view>& f);
    std::int64_t resolveId(store::Statement& lookup, store::Statement* create, std::string_view f,
                           std::unordered_map<std::string, std::int64_t>& cache, const char* what);

    store::Database& m_db;
    QString m_origin;
    Marking m_marking;
    const TableSpec* m_table = nullptr;
    Target m_target = Target::Other;
    std::optional<store::ChangeMarks> m_marks;
    std::optional<store::ScreenDirtyMarks> m_screenMarks;
    std::string m_lastSeriesKey; // rows come grouped by series: most lookups hit the last one
    std::int64_t m_lastSeries = -1;
    std::optional<store::Statement> m_upsert;
    std::vector<std::string_view> m_fields;
    std::string m_scratch;
    std::string m_scratchKey;
    std::int64_t m_rows = 0;
    std::int64_t m_tableRow = 0;
    std::int64_t m_newEvents = 0;
    QSet<QString> m_touchedTasks;
    std::unordered_map<std::string, std::int64_t> m_series, m_meters, m_vehicles;
    store::Statement m_seriesInsert, m_seriesSelect, m_meterSelect, m_vehicleInsert,
        m_vehicleSelect;
};

} // namespace eco::sync
