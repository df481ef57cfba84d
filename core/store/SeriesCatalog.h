// SeriesCatalog: maps a series' natural key (source_id, pollutant, interval) to its integer id,
// creating the series on first use. Bulk writers and queries go through it so the hot path binds
// one integer instead of three strings. The cache lives as long as the catalog (one import).
#pragma once

#include "core/model/Interval.h"
#include "core/store/Statement.h"

#include <QHash>
#include <QString>

#include <cstdint>
#include <optional>

namespace eco::store {

class Database;

class SeriesCatalog {
public:
    explicit SeriesCatalog(Database& db);

    // Returns the id, creating the series when it does not exist yet.
    std::int64_t resolve(const QString& sourceId, const QString& pollutant,
                         model::Interval interval);
    // Returns the id of an existing series only.
    std::optional<std::int64_t> find(const QString& sourceId, const QString& pollutant,
                                     model::Interval interval);

private:
    QString key(const QString& s, const QString& p, model::Interval i) const;
    Statement m_select;
    Statement m_insert;
    QHash<QString, std::int64_t> m_cache;
};

} // namespace eco::store
