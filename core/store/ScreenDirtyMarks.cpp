#include "core/store/ScreenDirtyMarks.h"

#include "core/store/Database.h"

#include <sqlite3.h>

namespace eco::store {

ScreenDirtyMarks::ScreenDirtyMarks(Database& db, Kind kind)
    : m_db(db), m_kind(static_cast<int>(kind)),
      m_watermark(db.prepare("SELECT hwm FROM screen_watermark")),
      m_insert(db.prepare("INSERT INTO screen_dirty(kind, key, day) VALUES(?1, ?2, ?3) "
                          "ON CONFLICT DO NOTHING")),
      m_serial(db.transactionSerial()) {}

std::optional<std::int64_t> ScreenDirtyMarks::readWatermark() {
    std::optional<std::int64_t> hwm;
    if (m_watermark.step() && !m_watermark.isNull(0))
        hwm = m_watermark.int64(0);
    m_watermark.reset();
    return hwm;
}

void ScreenDirtyMarks::write(std::int64_t key, std::int64_t day) {
    m_insert.bind(1, m_kind).bind(2, key).bind(3, day);
    m_insert.execute();
}

void ScreenDirtyMarks::touch(std::int64_t key, std::int64_t ts) {
    if (sqlite3_get_autocommit(m_db.handle())) {
        // No transaction to cache the watermark or marks in: the row is already committed.
        m_marked.clear();
        m_haveWatermark = false;
        if (const auto hwm = readWatermark(); hwm && ts < *hwm)
            write(key, dayOf(ts));
        return;
    }
    if (const std::uint64_t s = m_db.transactionSerial(); s != m_serial || !m_haveWatermark) {
        m_marked.clear();
        m_serial = s;
        m_hwm = readWatermark();
        m_haveWatermark = true;
    }
    if (!m_hwm || ts >= *m_hwm)
        return;
    const std::int64_t day = dayOf(ts);
    if (m_marked.insert(Bucket{key, day}).second)
        write(key, day);
}

} // namespace eco::store
