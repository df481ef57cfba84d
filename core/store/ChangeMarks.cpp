#include "core/store/ChangeMarks.h"

#include "core/store/Database.h"

#include <sqlite3.h>

namespace eco::store {

ChangeMarks::ChangeMarks(Database& db, std::string_view table)
    : m_db(db), m_table(table),
      // An existing mark keeps the earliest lo; NULL (a whole-day mark) stays whole-day.
      m_upsert(db.prepare("INSERT INTO sync_pending(tbl,k,lo) VALUES(?1,?2,?3) "
                          "ON CONFLICT(tbl,k) DO UPDATE SET lo=excluded.lo "
                          "WHERE excluded.lo < lo")),
      m_serial(db.transactionSerial()) {}

std::int64_t ChangeMarks::dayOf(std::int64_t ts) {
    return ts >= 0 ? ts / 86400 : -((-ts + 86399) / 86400);
}

std::string ChangeMarks::key(std::int64_t series, std::int64_t day) {
    return std::to_string(series) + ':' + std::to_string(day);
}

void ChangeMarks::write(std::int64_t series, std::int64_t day, std::int64_t lo) {
    m_upsert.bind(1, std::string_view(m_table)).bind(2, std::string_view(key(series, day)));
    m_upsert.bind(3, lo);
    m_upsert.execute();
}

void ChangeMarks::touch(std::int64_t series, std::int64_t ts) {
    const std::int64_t day = dayOf(ts);
    if (sqlite3_get_autocommit(m_db.handle())) {
        // No transaction to remember marks in: the row is already committed, mark it now.
        m_marked.clear();
        write(series, day, ts);
        return;
    }
    if (const std::uint64_t s = m_db.transactionSerial(); s != m_serial) {
        m_marked.clear();
        m_serial = s;
    }
    const auto [it, inserted] = m_marked.try_emplace(Bucket{series, day}, ts);
    if (!inserted) {
        if (ts >= it->second)
            return;
        it->second = ts;
    }
    write(series, day, ts);
}

} // namespace eco::store
