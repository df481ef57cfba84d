#include "core/store/PowerWriter.h"

#include "core/store/Database.h"

namespace eco::store {

PowerWriter::PowerWriter(Database& db)
    : m_db(db), m_upsertMeter(db.prepare(
                    "INSERT INTO power_meters(meter_id,enterprise_id,circuit,linked_meter) "
                    "VALUES(?1,?2,?3,?4) ON CONFLICT(meter_id) DO UPDATE SET "
                    "enterprise_id=excluded.enterprise_id, circuit=excluded.circuit, "
                    "linked_meter=coalesce(excluded.linked_meter, linked_meter) "
                    "WHERE (enterprise_id,circuit,linked_meter) IS NOT "
                    "(excluded.enterprise_id,excluded.circuit,coalesce(excluded.linked_meter, "
                    "linked_meter))")),
      m_findMeter(db.prepare("SELECT id FROM power_meters WHERE meter_id=?1")),
      m_upsert(db.prepare("INSERT INTO power_readings(meter,ts,kw) VALUES(?1,?2,?3) "
                          "ON CONFLICT(meter,ts) DO UPDATE SET kw=excluded.kw "
                          "WHERE kw IS NOT excluded.kw")),
      m_marks(db, "power_readings"), m_screenMarks(db, ScreenDirtyMarks::Kind::Power) {}

std::optional<std::int64_t> PowerWriter::findMeter(const QString& meterId) {
    if (const auto it = m_cache.constFind(meterId); it != m_cache.constEnd())
        return *it;
    m_findMeter.bind(1, meterId);
    std::optional<std::int64_t> out;
    if (m_findMeter.step())
        out = m_findMeter.int64(0);
    m_findMeter.reset();
    if (out)
        m_cache.insert(meterId, *out);
    return out;
}

std::int64_t PowerWriter::meter(const model::PowerMeter& m) {
    m_upsertMeter.bind(1, m.meterId).bind(2, m.enterpriseId).bind(3, m.circuit);
    if (m.linkedMeterId.isEmpty())
        m_upsertMeter.bindNull(4);
    else
        m_upsertMeter.bind(4, m.linkedMeterId);
    m_upsertMeter.execute();
    m_cache.remove(m.meterId);
    return *findMeter(m.meterId);
}

void PowerWriter::add(std::int64_t meterKey, std::int64_t ts, std::optional<double> kw) {
    m_upsert.bind(1, meterKey).bind(2, ts).bind(3, kw);
    m_upsert.step();
    m_upsert.reset();
    if (m_db.changes() > 0) {
        m_marks.touch(meterKey, ts);
        m_screenMarks.touch(meterKey, ts);
    }
    ++m_written;
}

} // namespace eco::store
