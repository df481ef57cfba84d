// RowImporter: what one CSV kind knows (its columns, how to validate and store one row). The
// import driver (CsvImport) owns the file, the transaction, strict/lenient handling and the
// counting; a RowImporter only turns rows into store writes. Contract: importRow() validates the
// whole row before writing anything, so a RowError leaves the store untouched.
#pragma once

#include "core/ingest/CsvColumns.h"
#include "core/ingest/RowFields.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace eco::store {
class Database;
}

namespace eco::ingest {

struct ColumnSpec {
    std::string_view name;
    bool required; // must be in the header
};

enum class RowOutcome {
    Changed,   // inserted or updated
    Unchanged, // already stored exactly so
    Deferred,  // kept until finish() (lidar rays gathered into scans)
};

struct RowRejection {
    int line = 0;
    std::string reason;
};

// What finish() decided about deferred rows.
struct DeferredOutcome {
    std::int64_t changed = 0;
    std::int64_t unchanged = 0;
    std::vector<RowRejection> rejected;
};

class RowImporter {
public:
    virtual ~RowImporter() = default;

    virtual std::span<const ColumnSpec> columns() const = 0;
    // Prepares statements and loads reference ids; runs inside the import transaction.
    virtual void begin(store::Database& db, const CsvColumns& columns) = 0;
    // Throws RowError when the row is refused.
    virtual RowOutcome importRow(const RowFields& row) = 0;
    virtual DeferredOutcome finish() { return {}; }
    // True when each row should run in its own savepoint so that a constraint the store enforces
    // (a UNIQUE mn, say) rejects that row only. Bulk kinds validate fully instead and skip the
    // savepoint's cost.
    virtual bool rowSavepoints() const { return false; }
};

} // namespace eco::ingest
