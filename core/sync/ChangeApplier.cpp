#include "core/sync/ChangeApplier.h"

#include "core/store/Database.h"
#include "core/sync/CopyText.h"
#include "core/sync/SyncError.h"
#include "core/task/TaskFold.h"
#include "core/task/TaskLog.h"

#include <QCoreApplication>
#include <charconv>
#include <cmath>
#include <limits>

namespace eco::sync {

namespace {

std::string upsertSql(const TableSpec& t) {
    std::string sql = "INSERT INTO " + std::string(t.name) + "(" + t.columnList() + ") VALUES(";
    for (std::size_t i = 0; i < t.columns.size(); ++i)
        sql += (i ? ",?" : "?") + std::to_string(i + 1);
    sql += ") ON CONFLICT(";
    bool first = true;
    for (const auto k : t.keyColumns()) {
        sql += (first ? "" : ",") + std::string(k);
        first = false;
    }
    sql += ") DO ";
    if (t.kind == TableKind::Events)
        return sql + "NOTHING";
    sql += "UPDATE SET ";
    first = true;
    for (const auto v : t.valueColumns()) {
        sql += (first ? "" : ",") + std::string(v) + "=excluded." + std::string(v);
        first = false;
    }
    if (!t.newerWins.empty())
        sql += " WHERE " + std::string(t.newerWins);
    return sql;
}

} // namespace

ChangeApplier::ChangeApplier(store::Database& db, QString origin, Marking marking)
    : m_db(db), m_origin(std::move(origin)), m_marking(marking),
      m_seriesInsert(db.prepare("INSERT OR IGNORE INTO series(source_id, pollutant, interval) "
                                "VALUES(?1, ?2, ?3)")),
      m_seriesSelect(db.prepare(
          "SELECT id FROM series WHERE source_id = ?1 AND pollutant = ?2 AND interval = ?3")),
      m_meterSelect(db.prepare("SELECT id FROM power_meters WHERE meter_id = ?1")),
      m_vehicleInsert(db.prepare("INSERT OR IGNORE INTO vehicles(vehicle_id) VALUES(?1)")),
      m_vehicleSelect(db.prepare("SELECT id FROM vehicles WHERE vehicle_id = ?1")) {}

void ChangeApplier::fail(const QString& what) const {
    throw SyncError(
        QCoreApplication::translate("eco::sync::SyncError", "%1: table %2, row %3: %4")
            .arg(m_origin, m_table ? QString::fromUtf8(m_table->name.data(),
                                                       static_cast<qsizetype>(m_table->name.size()))
                                   : QStringLiteral("?"))
            .arg(m_tableRow)
            .arg(what));
}

void ChangeApplier::beginTable(const TableSpec& t) {
    m_table = &t;
    m_tableRow = 0;
    m_target = t.name == "readings"         ? Target::Readings
               : t.name == "power_readings" ? Target::Power
               : t.name == "track_points"   ? Target::Track
                                            : Target::Other;
    m_marks.reset();
    m_lastSeries = -1;
    if (m_marking == Marking::MarkPending && m_target != Target::Other)
        m_marks.emplace(m_db, t.name);
    m_screenMarks.reset();
    if (m_target == Target::Readings)
        m_screenMarks.emplace(m_db, store::ScreenDirtyMarks::Kind::Readings);
    else if (m_target == Target::Power)
        m_screenMarks.emplace(m_db, store::ScreenDirtyMarks::Kind::Power);
    std::string sql;
    if (t.name == "readings")
        sql = "INSERT INTO readings(series_id, ts, value, flag) VALUES(?1, ?2, ?3, ?4) "
              "ON CONFLICT(series_id, ts) DO UPDATE SET value = excluded.value, flag = "
              "excluded.flag";
    else if (t.name == "power_readings")
        sql = "INSERT INTO power_readings(meter, ts, kw) VALUES(?1, ?2, ?3) ON CONFLICT(meter, "
              "ts) DO UPDATE SET kw = excluded.kw";
    else if (t.name == "track_points")
        sql = "INSERT INTO track_points(vehicle, ts, lon, lat) VALUES(?1, ?2, ?3, ?4) "
              "ON CONFLICT(vehicle, ts) DO UPDATE SET lon = excluded.lon, lat = excluded.lat";
    else
        sql = upsertSql(t);
    m_upsert.emplace(m_db.prepare(sql));
}

void ChangeApplier::bindField(store::Statement& st, int index, const ColumnSpec& c,
                              std::string_view f) {
    if (CopyText::isNull(f)) {
        st.bindNull(index);
        return;
    }
    const auto bad = [&] {
        fail(QStringLiteral("field %1: malformed value '%2'")
                 .arg(QString::fromUtf8(c.name.data(), static_cast<qsizetype>(c.name.size())),
                      QString::fromUtf8(
                          f.data(), static_cast<qsizetype>(std::min<std::size_t>(f.size(), 40)))));
    };
    switch (c.type) {
    case ColumnType::Integer: {
        std::int64_t v = 0;
        const auto r = std::from_chars(f.data(), f.data() + f.size(), v);
        if (r.ec != std::errc() || r.ptr != f.data() + f.size())
            bad();
        st.bind(index, v);
        break;
    }
    case ColumnType::Real: {
        double v = 0;
        const auto r = std::from_chars(f.data(), f.data() + f.size(), v);
        if (r.ec != std::errc() || r.ptr != f.data() + f.size()) {
            if (f == "NaN")
                v = std::numeric_limits<double>::quiet_NaN();
            else if (f == "Infinity")
                v = std::numeric_limits<double>::infinity();
            else if (f == "-Infinity")
                v = -std::numeric_limits<double>::infinity();
            else
                bad();
        }
        st.bind(index, v);
        break;
    }
    case ColumnType::Text:
        if (f.find('\\') == std::string_view::npos) {
            st.bind(index, f);
        } else {
            CopyText::unescape(f, m_scratch);
            st.bind(index, std::string_view(m_scratch));
        }
        break;
    case ColumnType::Blob: {
        const auto b = CopyText::blob(f);
        if (!b)
            bad();
        st.bindBlob(index, *b);
        break;
    }
    }
}

std::int64_t ChangeApplier::resolveSeries(const std::vector<std::string_view>& f) {
    std::string& key = m_scratchKey;
    key.clear();
    key.append(f[0]).append(1, '\t').append(f[1]).append(1, '\t').append(f[2]);
    if (m_lastSeries >= 0 && key == m_lastSeriesKey)
        return m_lastSeries;
    if (const auto it = m_series.find(key); it != m_series.end()) {
        m_lastSeriesKey = key;
        return m_lastSeries = it->second;
    }
    for (int i = 0; i < 3; ++i)
        if (CopyText::isNull(f[static_cast<std::size_t>(i)]))
            fail(QStringLiteral("a series key field is NULL"));
    for (auto* st : {&m_seriesInsert, &m_seriesSelect}) {
        st->reset();
        for (int i = 0; i < 3; ++i)
            bindField(*st, i + 1, m_table->columns[static_cast<std::size_t>(i)],
                      f[static_cast<std::size_t>(i)]);
    }
    m_seriesInsert.execute();
    if (!m_seriesSelect.step())
        fail(QStringLiteral("series could not be created"));
    const std::int64_t id = m_seriesSelect.int64(0);
    m_seriesSelect.reset();
    m_series.emplace(key, id);
    m_lastSeriesKey = key;
    return m_lastSeries = id;
}

std::int64_t ChangeApplier::resolveId(store::Statement& lookup, store::Statement* create,
                                      std::string_view f,
                                      std::unordered_map<std::string, std::int64_t>& cache,
                                      const char* what) {
    if (m_lastSeries >= 0 && f == m_lastSeriesKey)
        return m_lastSeries;
    std::string key(f);
    if (const auto it = cache.find(key); it != cache.end()) {
        m_lastSeriesKey = key;
        return m_lastSeries = it->second;
    }
    CopyText::unescape(f, m_scratch);
    if (create) {
        create->reset();
        create->bind(1, std::string_view(m_scratch));
        create->execute();
    }
    lookup.reset();
    lookup.bind(1, std::string_view(m_scratch));
    if (!lookup.step())
        fail(QStringLiteral("unknown %1 '%2'")
                 .arg(QLatin1String(what), QString::fromStdString(m_scratch)));
    const std::int64_t id = lookup.int64(0);
    lookup.reset();
    m_lastSeriesKey = key;
    cache.emplace(std::move(key), id);
    return m_lastSeries = id;
}

void ChangeApplier::apply(std::string_view line) {
    ++m_tableRow;
    if (!m_table)
        fail(QStringLiteral("a row before any table"));
    if (!CopyText::split(line, m_table->columns.size(), m_fields))
        fail(QStringLiteral("%1 fields, expected %2")
                 .arg(m_fields.size())
                 .arg(m_table->columns.size()));
    auto& st = *m_upsert;
    st.reset();
    const auto& cols = m_table->columns;
    const auto& f = m_fields;
    std::int64_t series = 0; // the surrogate of a time series row, for its change mark
    if (m_target == Target::Readings) {
        series = resolveSeries(f);
        st.bind(1, series);
        bindField(st, 2, cols[3], f[3]);
        bindField(st, 3, cols[4], f[4]);
        if (CopyText::isNull(f[5]))
            st.bind(4, std::string_view("N"));
        else
            bindField(st, 4, cols[5], f[5]);
    } else if (m_target == Target::Power) {
        series = resolveId(m_meterSelect, nullptr, f[0], m_meters, "power meter");
        st.bind(1, series);
        bindField(st, 2, cols[1], f[1]);
        bindField(st, 3, cols[2], f[2]);
    } else if (m_target == Target::Track) {
        series = resolveId(m_vehicleSelect, &m_vehicleInsert, f[0], m_vehicles, "vehicle");
        st.bind(1, series);
        for (int i = 1; i < 4; ++i)
            bindField(st, i + 1, cols[static_cast<std::size_t>(i)], f[static_cast<std::size_t>(i)]);
    } else {
        for (std::size_t i = 0; i < cols.size(); ++i)
            bindField(st, static_cast<int>(i) + 1, cols[i], f[i]);
    }
    try {
        st.execute();
    } catch (const std::exception& e) {
        fail(QString::fromUtf8(e.what()));
    }
    if ((m_marks || m_screenMarks) && m_db.changes() > 0) {
        const std::string_view tsField = m_target == Target::Readings ? f[3] : f[1];
        std::int64_t ts = 0;
        std::from_chars(tsField.data(), tsField.data() + tsField.size(), ts); // checked above
        if (m_marks)
            m_marks->touch(series, ts);
        if (m_screenMarks)
            m_screenMarks->touch(series, ts);
    }
    if (m_table->kind == TableKind::Events && m_db.changes() > 0) {
        ++m_newEvents;
        CopyText::unescape(f[1], m_scratch);
        m_touchedTasks.insert(QString::fromStdString(m_scratch));
    }
    ++m_rows;
}

void ChangeApplier::finish() {
    if (m_touchedTasks.isEmpty())
        return;
    task::TaskLog log(m_db);
    for (const QString& id : m_touchedTasks) {
        const auto events = log.events(id);
        if (const auto snap = task::TaskFold::fold(events))
            log.writeSnapshot(*snap);
        for (const auto& e : events)
            log.recordAttachments(e);
    }
    m_touchedTasks.clear();
}

} // namespace eco::sync
