#include "core/sync/LocalChanges.h"

#include "core/store/Database.h"
#include "core/sync/CopyText.h"

#include <sqlite3.h>

#include <QString>

#include <algorithm>
#include <charconv>

namespace eco::sync {

namespace {

// One row of the statement as a COPY text line, each column as its exchange type says.
void encodeRow(const store::Statement& st, const TableSpec& t, std::string& line) {
    line.clear();
    sqlite3_stmt* h = st.handle();
    for (int i = 0; i < static_cast<int>(t.columns.size()); ++i) {
        if (i)
            line += '\t';
        if (sqlite3_column_type(h, i) == SQLITE_NULL) {
            CopyText::appendNull(line);
            continue;
        }
        switch (t.columns[static_cast<std::size_t>(i)].type) {
        case ColumnType::Integer:
            CopyText::appendInteger(line, sqlite3_column_int64(h, i));
            break;
        case ColumnType::Real:
            CopyText::appendReal(line, sqlite3_column_double(h, i));
            break;
        case ColumnType::Text:
            CopyText::appendText(line, st.textView(i));
            break;
        case ColumnType::Blob:
            CopyText::appendBlob(line, st.blobView(i));
            break;
        }
    }
}

std::int64_t drain(store::Statement& st, const TableSpec& t, RowSink& sink, std::string& line) {
    std::int64_t n = 0;
    while (st.step()) {
        encodeRow(st, t, line);
        sink.row(line);
        ++n;
    }
    return n;
}

} // namespace

std::int64_t LocalChanges::readPending(RowSink& sink) const {
    std::int64_t total = 0;
    std::string line;
    for (const TableSpec& t : syncTables()) {
        const std::string name(t.name);
        auto count = m_db.prepare("SELECT count(*) FROM sync_pending WHERE tbl = ?1");
        count.bind(1, std::string_view(name));
        if (!count.step() || count.int64(0) == 0)
            continue;
        sink.beginTable(t);
        std::int64_t n = 0;
        if (t.kind == TableKind::Series) {
            auto keys = m_db.prepare("SELECT k, lo FROM sync_pending WHERE tbl = ?1");
            keys.bind(1, std::string_view(name));
            auto rows =
                m_db.prepare(std::string(t.localSelect) + " WHERE " + std::string(t.pendingFilter));
            while (keys.step()) {
                const std::string k(keys.textView(0));
                const auto colon = k.rfind(':');
                std::int64_t day = 0; // UTC days since the epoch (store::ChangeMarks)
                if (colon == std::string::npos ||
                    std::from_chars(k.data() + colon + 1, k.data() + k.size(), day).ec !=
                        std::errc())
                    continue; // not a mark sync wrote; nothing to send
                // lo: the earliest time touched that day; NULL (a v5 mark): the whole day.
                const std::int64_t from =
                    keys.isNull(1) ? day * 86400 : std::max(day * 86400, keys.int64(1));
                rows.reset();
                rows.bind(1, std::string_view(k).substr(0, colon))
                    .bind(2, from)
                    .bind(3, (day + 1) * 86400);
                n += drain(rows, t, sink, line);
            }
        } else {
            auto rows =
                m_db.prepare(std::string(t.localSelect) + " WHERE " + std::string(t.pendingFilter) +
                             " IN (SELECT k FROM sync_pending WHERE tbl = '" + name + "')");
            n = drain(rows, t, sink, line);
        }
        sink.endTable(t, n);
        total += n;
    }
    return total;
}

std::int64_t LocalChanges::readAll(RowSink& sink, std::optional<std::int64_t> since) const {
    std::int64_t total = 0;
    std::string line;
    for (const TableSpec& t : syncTables()) {
        std::string sql(t.localSelect);
        const bool timed = since && !t.timeColumn.empty();
        if (timed)
            sql += " WHERE " + std::string(t.timeColumn) + " >= ?1";
        auto rows = m_db.prepare(sql);
        if (timed)
            rows.bind(1, *since);
        sink.beginTable(t);
        const std::int64_t n = drain(rows, t, sink, line);
        sink.endTable(t, n);
        total += n;
    }
    return total;
}

std::int64_t LocalChanges::pendingCount() const {
    auto st = m_db.prepare("SELECT count(*) FROM sync_pending");
    return st.step() ? st.int64(0) : 0;
}

} // namespace eco::sync
