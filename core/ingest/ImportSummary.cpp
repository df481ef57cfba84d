#include "core/ingest/ImportSummary.h"

namespace eco::ingest {

QString ImportSummary::summaryLine() const {
    return QStringLiteral("%1: %2 rows read, %3 stored (%4 new or changed, %5 unchanged), "
                          "%6 rejected")
        .arg(file)
        .arg(rowsRead)
        .arg(stored())
        .arg(changed)
        .arg(unchanged)
        .arg(rejected);
}

} // namespace eco::ingest
