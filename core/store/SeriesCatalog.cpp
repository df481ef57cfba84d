#include "core/store/SeriesCatalog.h"

#include "core/store/Database.h"

namespace eco::store {

SeriesCatalog::SeriesCatalog(Database& db)
    : m_select(db.prepare("SELECT id FROM series WHERE source_id=?1 AND pollutant=?2 AND "
                          "interval=?3")),
      m_insert(db.prepare("INSERT INTO series(source_id,pollutant,interval) VALUES(?1,?2,?3) "
                          "RETURNING id")) {}

QString SeriesCatalog::key(const QString& s, const QString& p, model::Interval i) const {
    return s + QChar(0x1F) + p + QChar(0x1F) + QChar(u'0' + static_cast<int>(i));
}

std::optional<std::int64_t> SeriesCatalog::find(const QString& sourceId, const QString& pollutant,
                                                model::Interval interval) {
    const QString k = key(sourceId, pollutant, interval);
    if (const auto it = m_cache.constFind(k); it != m_cache.constEnd())
        return *it;
    m_select.bind(1, sourceId).bind(2, pollutant).bind(3, model::intervalName(interval));
    std::optional<std::int64_t> out;
    if (m_select.step())
        out = m_select.int64(0);
    m_select.reset();
    if (out)
        m_cache.insert(k, *out);
    return out;
}

std::int64_t SeriesCatalog::resolve(const QString& sourceId, const QString& pollutant,
                                    model::Interval interval) {
    if (const auto found = find(sourceId, pollutant, interval))
        return *found;
    m_insert.bind(1, sourceId).bind(2, pollutant).bind(3, model::intervalName(interval));
    m_insert.step();
    const std::int64_t id = m_insert.int64(0);
    m_insert.reset();
    m_cache.insert(key(sourceId, pollutant, interval), id);
    return id;
}

} // namespace eco::store
