// SyncTables: what sync carries and how, table by table. Each entry names the exchange columns
// (the natural key first marked as key; local integer surrogates such as series.id never leave
// the store), how to read them from SQLite, which rows a district-scoped user may pull from the
// hub, and the merge rule. The list is in dependency order (enterprises before outlets, meters
// before power readings), which is the order every push, pull, export and import follows.
//
// Merge rules: time series (readings, power, track points, lidar scans) merge by natural key and
// the incoming value wins (the same reading twice is one row); catalog rows merge by key, last
// writer to reach the hub wins, except clues, where the row with the later updated_ts wins; task
// events are a set (insert if the id is new, never update).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace eco::sync {

enum class ColumnType { Integer, Real, Text, Blob };
enum class TableKind { Catalog, Series, Events };

struct ColumnSpec {
    std::string_view name;
    ColumnType type;
    bool key = false;
};

struct TableSpec {
    std::string_view name; // the hub table, the bundle section and the sync_pending tbl value
    TableKind kind;
    std::vector<ColumnSpec> columns;
    // SELECT <exchange columns> FROM <local tables> (no WHERE).
    std::string_view localSelect;
    // Catalog/Events: the key expression matched against sync_pending.k (as the v5 triggers
    // write it). Series: the WHERE condition for one pending (series, day): ?1 series, ?2 from,
    // ?3 to.
    std::string_view pendingFilter;
    // Series/Events: the qualified time column for bundle --since; empty for catalogs.
    std::string_view timeColumn;
    // Hub rows a district-scoped user may pull, `$D` standing for the quoted district; empty:
    // every row; "false": none.
    std::string_view hubScope;
    // Extra condition for an update on a key conflict (the incoming row is `excluded`, the
    // stored one the table itself), or empty.
    std::string_view newerWins;

    std::vector<std::string_view> keyColumns() const;
    std::vector<std::string_view> valueColumns() const;
    std::string columnList(std::string_view prefix = {}) const;
};

const std::vector<TableSpec>& syncTables();
const TableSpec* findTable(std::string_view name);

} // namespace eco::sync
