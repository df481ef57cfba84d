#include "core/store/ReadingWriter.h"

#include "core/store/Database.h"

namespace eco::store {

ReadingWriter::ReadingWriter(Database& db)
    : m_db(db), m_catalog(db),
      m_upsert(db.prepare(
          "INSERT INTO readings(series_id,ts,value,flag) VALUES(?1,?2,?3,?4) "
          "ON CONFLICT(series_id,ts) DO UPDATE SET value=excluded.value, flag=excluded.flag "
          "WHERE (value,flag) IS NOT (excluded.value,excluded.flag)")),
      m_marks(db, "readings"), m_screenMarks(db, ScreenDirtyMarks::Kind::Readings) {}

void ReadingWriter::add(std::int64_t seriesId, std::int64_t ts, std::optional<double> value,
                        char flag) {
    m_upsert.bind(1, seriesId).bind(2, ts).bind(3, value);
    m_upsert.bind(4, std::string_view(&flag, 1));
    m_upsert.step();
    m_upsert.reset();
    if (m_db.changes() > 0) {
        m_marks.touch(seriesId, ts);
        m_screenMarks.touch(seriesId, ts);
    }
    ++m_written;
}

void ReadingWriter::add(const model::Reading& r) {
    add(series(r.sourceId, r.pollutant, r.interval), r.ts, r.value, r.flag);
}

} // namespace eco::store
