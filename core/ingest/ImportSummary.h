// ImportSummary: what an import did, in the counts its summary line prints
// ("FILE: N rows read, I stored (C new or changed, U unchanged), R rejected"), the first issues
// found (FILE:LINE: reason), and a file-level failure when the file could not be imported at all.
#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>

namespace eco::ingest {

struct ImportSummary {
    QString file;
    std::int64_t rowsRead = 0;
    std::int64_t changed = 0;
    std::int64_t unchanged = 0;
    std::int64_t rejected = 0;
    QStringList issues;   // the first kMaxIssues FILE:LINE: reason lines
    QString fatal;        // non-empty: nothing of the file was stored, and why
    bool aborted = false; // strict mode stopped at a bad row; nothing was stored
    double seconds = 0;

    static constexpr int kMaxIssues = 1000;

    std::int64_t stored() const { return changed + unchanged; }
    bool ok() const { return fatal.isEmpty() && !aborted && rejected == 0; }
    int exitCode() const { return ok() ? 0 : 1; }
    QString summaryLine() const;
};

} // namespace eco::ingest
