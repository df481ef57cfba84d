#include "core/ingest/hj212/LoggerDirectory.h"

#include "core/store/Database.h"

namespace eco::ingest::hj212 {

LoggerDirectory LoggerDirectory::load(const store::Database& db) {
    LoggerDirectory dir;
    auto st = db.prepare("SELECT mn, id, 1, pw FROM outlets WHERE mn IS NOT NULL AND mn<>'' "
                         "UNION ALL SELECT mn, id, 0, pw FROM sites WHERE mn IS NOT NULL AND "
                         "mn<>''");
    while (st.step()) {
        LoggerEntry e;
        e.sourceId = st.text(1);
        e.outlet = st.integer(2) != 0;
        if (!st.isNull(3))
            e.password = std::string(st.textView(3));
        dir.add(std::string(st.textView(0)), std::move(e));
    }
    return dir;
}

void LoggerDirectory::add(std::string mn, LoggerEntry entry) {
    m_entries.insert_or_assign(std::move(mn), std::move(entry));
}

const LoggerEntry* LoggerDirectory::find(std::string_view mn) const {
    const auto it = m_entries.find(mn);
    return it == m_entries.end() ? nullptr : &it->second;
}

} // namespace eco::ingest::hj212
