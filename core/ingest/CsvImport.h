// CsvImport: `ecosentry import KIND FILE` for the CSV kinds of DESIGN.md section 4. Reads the
// file, checks the header, and stores its rows through the kind's RowImporter in one transaction.
// Lenient (default): a bad row is reported as FILE:LINE: reason and skipped, the good rows are
// stored. Strict: the first bad row aborts and nothing of the file is stored. In both modes a
// failure (I/O, store error, exception) rolls the file back, so data stored before is never lost.
#pragma once

#include "core/ingest/ImportSummary.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <string_view>

namespace eco::store {
class Database;
}

namespace eco::ingest {

class RowImporter;

enum class CsvKind {
    Sites,
    Enterprises,
    Outlets,
    Limits,
    Readings,
    Power,
    Tracks,
    Lidar,
    Alerts,
    Measures
};

std::optional<CsvKind> parseCsvKind(std::string_view name);
QStringList csvKindNames();
std::unique_ptr<RowImporter> makeRowImporter(CsvKind kind);

struct ImportOptions {
    bool strict = false;
    // Receives each FILE:LINE: reason line as it is found (the CLI prints them to stderr).
    std::function<void(const QString&)> onIssue;
    // How the file is named in messages; the path as given when empty.
    QString displayName;
    // Called every 65,536 rows with the share of the file read (0..1), for a progress bar.
    std::function<void(double)> onProgress;
};

class CsvImport {
public:
    static ImportSummary run(store::Database& db, CsvKind kind, const QString& path,
                             const ImportOptions& options = {});
};

} // namespace eco::ingest
