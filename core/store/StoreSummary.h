// StoreSummary: what a store holds, in numbers: row counts per entity, the time span of the
// hourly data and the ground-truth rules covered. `ecosentry info` and the README's demo command
// print it when there is no display.
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace eco::store {

class Database;

struct StoreSummary {
    QList<QPair<QString, std::int64_t>> counts; // (entity, rows) in a fixed order
    std::int64_t firstTs = 0;
    std::int64_t lastTs = 0;
    QStringList truthRules; // distinct rules with recorded ground truth
    int schemaVersion = 0;

    static StoreSummary of(const Database& db);
    QString toText() const;
};

} // namespace eco::store
