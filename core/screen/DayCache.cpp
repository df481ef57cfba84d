#include "core/screen/DayCache.h"

#include <QCryptographicHash>

#include <algorithm>
#include <cstring>
#include <limits>

namespace eco::screen {

namespace {

// A day's grid: n float32 values (NaN: no value) then n flag bytes (0: no row), native order.
int stepsPerDay(const Samples& s) {
    return static_cast<int>(86400 / s.step);
}

} // namespace

DayCacheReader::DayCacheReader(store::Database& db, const DayCachePlan& plan)
    : m_plan(plan),
      m_days(db.prepare("SELECT day, upto, grid FROM screen_day_cache WHERE kind=?1 AND key=?2 "
                        "AND day>=?3 AND day<=?4")),
      m_open(db.prepare("SELECT day, upto, grid FROM screen_open_day WHERE kind=?1 AND key=?2")) {}

std::int64_t DayCacheReader::fill(CacheKind kind, std::int64_t key, Samples& s) {
    if (s.size() == 0)
        return s.t0;
    const int n = stepsPerDay(s);
    const std::int64_t lastDay = cacheDay(s.ts(s.size()) - 1);
    std::int64_t day = cacheDay(s.t0);
    std::int64_t covered = s.t0;
    // Copies one cached day; false when the walk must stop (a gap, late data, a partial day).
    auto take = [&](store::Statement& st) {
        if (st.int64(0) != day || m_plan.isDirty(kind, key, day))
            return false;
        const std::span<const std::byte> blob = st.blobView(2);
        if (blob.size() != static_cast<size_t>(n) * 5)
            return false;
        const std::int64_t d0 = cacheDayStart(day);
        const std::int64_t upto = std::min(st.int64(1), d0 + 86400);
        const int base = s.indexOf(d0);
        const int first = std::max(0, base);
        const int last = std::min(s.size(), s.indexOf(upto - 1) + 1); // slots with ts < upto
        for (int i = first; i < last; ++i) {
            const int k = i - base;
            float v;
            std::memcpy(&v, blob.data() + static_cast<size_t>(k) * 4, 4);
            s.value[static_cast<size_t>(i)] = v;
            s.flag[static_cast<size_t>(i)] =
                static_cast<char>(blob[static_cast<size_t>(n) * 4 + static_cast<size_t>(k)]);
        }
        covered = std::max(covered, upto);
        if (upto < d0 + 86400)
            return false; // a partial day (the newest one when it was written): the rest is new
        ++day;
        return true;
    };
    bool walking = true;
    m_days.reset();
    m_days.bind(1, static_cast<int>(kind)).bind(2, key).bind(3, day).bind(4, lastDay);
    while (walking && m_days.step())
        walking = take(m_days);
    m_days.reset();
    if (walking && day <= lastDay) { // whole days ran out: the series' open day may follow
        m_open.reset();
        m_open.bind(1, static_cast<int>(kind)).bind(2, key);
        if (m_open.step())
            take(m_open);
        m_open.reset();
    }
    return covered;
}

std::vector<CircuitThresholds> DayCacheReader::thresholds(std::int64_t key, std::int64_t fromDay,
                                                          std::int64_t toDay) {
    std::vector<CircuitThresholds> out;
    m_days.reset();
    m_days.bind(1, static_cast<int>(CacheKind::Thresholds)).bind(2, key).bind(3, fromDay);
    m_days.bind(4, toDay);
    while (m_days.step()) {
        const std::span<const std::byte> blob = m_days.blobView(2);
        if (blob.size() != 3 * sizeof(double))
            continue;
        double v[3];
        std::memcpy(v, blob.data(), sizeof v);
        CircuitThresholds t;
        t.fromTs = cacheDayStart(m_days.int64(0));
        t.onKw = v[0];
        t.offKw = v[1];
        t.learned = v[2] != 0;
        out.push_back(t);
    }
    m_days.reset();
    return out;
}

CachedThresholds::CachedThresholds(std::int64_t meterKey, std::vector<CircuitThresholds> found,
                                   const DayCachePlan& plan, const ScreeningSettings& s,
                                   std::vector<DayBlob>& out)
    : m_key(meterKey), m_found(std::move(found)), m_plan(plan),
      m_learnS(static_cast<std::int64_t>(s.circuitLearnDays * 86400)), m_out(out) {}

std::optional<CircuitThresholds> CachedThresholds::find(std::int64_t weekStart) {
    for (const CircuitThresholds& t : m_found) {
        if (t.fromTs != weekStart)
            continue;
        for (std::int64_t d = cacheDay(weekStart - m_learnS); d < cacheDay(weekStart); ++d)
            if (m_plan.isDirty(CacheKind::Power, m_key, d))
                return std::nullopt; // late data in the learning window: learn again
        return t;
    }
    return std::nullopt;
}

void CachedThresholds::keep(const CircuitThresholds& t) {
    const auto same =
        std::find_if(m_found.begin(), m_found.end(),
                     [&t](const CircuitThresholds& f) { return f.fromTs == t.fromTs; });
    if (same != m_found.end())
        *same = t; // learned again after late data
    else
        m_found.push_back(t);
    if (!m_plan.write || cacheDay(t.fromTs) < m_plan.keepFromDay)
        return;
    DayBlob b;
    b.kind = CacheKind::Thresholds;
    b.key = m_key;
    b.day = cacheDay(t.fromTs);
    b.upto = t.fromTs;
    const double v[3] = {t.onKw, t.offKw, t.learned ? 1.0 : 0.0};
    b.grid = QByteArray(reinterpret_cast<const char*>(v), sizeof v);
    m_out.push_back(std::move(b));
}

void encodeDays(CacheKind kind, std::int64_t key, const Samples& s, std::int64_t readFrom,
                std::int64_t to, const DayCachePlan& plan, std::vector<DayBlob>& out) {
    if (!plan.write || s.size() == 0 || to <= readFrom)
        return;
    const int n = stepsPerDay(s);
    for (std::int64_t day = std::max(cacheDay(readFrom), plan.keepFromDay); day <= cacheDay(to - 1);
         ++day) {
        const std::int64_t d0 = cacheDayStart(day);
        if (d0 < s.t0)
            continue; // the grid starts inside this day: not a whole day's grid
        DayBlob b;
        b.kind = kind;
        b.key = key;
        b.day = day;
        b.upto = std::min(d0 + 86400, to);
        b.grid.resize(n * 5);
        char* p = b.grid.data();
        const int base = s.indexOf(d0);
        for (int k = 0; k < n; ++k) {
            const int i = base + k;
            const bool in = i >= 0 && i < s.size() && s.ts(i) < b.upto;
            const float v =
                in ? s.value[static_cast<size_t>(i)] : std::numeric_limits<float>::quiet_NaN();
            std::memcpy(p + static_cast<size_t>(k) * 4, &v, 4);
            p[n * 4 + k] = in ? s.flag[static_cast<size_t>(i)] : 0;
        }
        out.push_back(std::move(b));
    }
}

QString DayCacheStore::fingerprint(const ScreeningSettings& s) {
    QByteArray text;
    for (const ScreeningSettings::Entry& e : ScreeningSettings::entries())
        text += QByteArray(e.rule) + '.' + e.name + '=' + QByteArray::number(s.*e.member, 'g', 17) +
                ';';
    return QString::fromLatin1(
        QCryptographicHash::hash(text, QCryptographicHash::Sha1).toHex().left(16));
}

bool DayCacheStore::matches(const ScreeningSettings& s) const {
    return m_db.meta(QStringLiteral("screen.cache.settings")) == fingerprint(s);
}

std::vector<DayCacheStore::Mark> DayCacheStore::dirtyMarks() const {
    std::vector<Mark> out;
    auto st = m_db.prepare("SELECT kind, key, day FROM screen_dirty");
    while (st.step())
        out.push_back(Mark{static_cast<CacheKind>(st.integer(0)), st.int64(1), st.int64(2)});
    return out;
}

void DayCacheStore::clearMarks(const std::vector<Mark>& marks) {
    auto del = m_db.prepare("DELETE FROM screen_dirty WHERE kind=?1 AND key=?2 AND day=?3");
    for (const Mark& m : marks) {
        del.bind(1, static_cast<int>(m.kind)).bind(2, m.key).bind(3, m.day);
        del.execute();
    }
}

void DayCacheStore::clearAll() {
    m_db.exec("DELETE FROM screen_day_cache; DELETE FROM screen_open_day; DELETE FROM "
              "screen_dirty");
}

void DayCacheStore::write(const std::vector<DayBlob>& blobs) {
    auto whole = m_db.prepare(
        "INSERT INTO screen_day_cache(kind, key, day, upto, grid) VALUES(?1,?2,?3,?4,?5) "
        "ON CONFLICT(kind, key, day) DO UPDATE SET upto=excluded.upto, grid=excluded.grid");
    auto open = m_db.prepare(
        "INSERT INTO screen_open_day(kind, key, day, upto, grid) VALUES(?1,?2,?3,?4,?5) "
        "ON CONFLICT(kind, key) DO UPDATE SET day=excluded.day, upto=excluded.upto, "
        "grid=excluded.grid WHERE excluded.day>=day");
    // A day that became whole leaves the open table (a newer partial day replaces it there).
    auto closed = m_db.prepare("DELETE FROM screen_open_day WHERE kind=?1 AND key=?2 AND day<=?3");
    for (const DayBlob& b : blobs) {
        const bool partial =
            b.kind != CacheKind::Thresholds && b.upto < cacheDayStart(b.day) + 86400;
        store::Statement& st = partial ? open : whole;
        if (!partial && b.kind != CacheKind::Thresholds) {
            closed.bind(1, static_cast<int>(b.kind)).bind(2, b.key).bind(3, b.day);
            closed.execute();
        }
        st.bind(1, static_cast<int>(b.kind)).bind(2, b.key).bind(3, b.day).bind(4, b.upto);
        st.bindBlob(5, b.grid);
        st.execute();
    }
}

void DayCacheStore::prune(std::int64_t keepFromDay) {
    const QString key = QStringLiteral("screen.cache.from");
    if (m_db.meta(key) == QString::number(keepFromDay))
        return;
    for (const char* table : {"screen_day_cache", "screen_open_day"}) {
        auto del = m_db.prepare(std::string("DELETE FROM ") + table + " WHERE day<?1");
        del.bind(1, keepFromDay);
        del.execute();
    }
    m_db.setMeta(key, QString::number(keepFromDay));
}

void DayCacheStore::markEverythingDuringRun() {
    store::Transaction tx(m_db);
    m_db.exec("INSERT OR REPLACE INTO screen_watermark(id, hwm) VALUES(1, 9223372036854775807)");
    tx.commit();
}

void DayCacheStore::restoreWatermark(std::int64_t hwm) {
    store::Transaction tx(m_db);
    auto st = m_db.prepare("INSERT OR REPLACE INTO screen_watermark(id, hwm) VALUES(1, ?1)");
    st.bind(1, hwm);
    st.execute();
    tx.commit();
}

void DayCacheStore::finish(std::int64_t hwm, const ScreeningSettings& s) {
    auto st = m_db.prepare("INSERT OR REPLACE INTO screen_watermark(id, hwm) VALUES(1, ?1)");
    st.bind(1, hwm);
    st.execute();
    const QString fp = fingerprint(s);
    if (m_db.meta(QStringLiteral("screen.cache.settings")) != fp)
        m_db.setMeta(QStringLiteral("screen.cache.settings"), fp);
}

std::int64_t DayCacheStore::rowCount(const store::Database& db) {
    auto st = db.prepare(
        "SELECT (SELECT count(*) FROM screen_day_cache) + (SELECT count(*) FROM screen_open_day)");
    return st.step() ? st.int64(0) : 0;
}

std::int64_t DayCacheStore::byteSize(const store::Database& db) {
    // Row payloads (grid + key columns); the B-tree adds its page overhead on top.
    auto st = db.prepare("SELECT (SELECT coalesce(sum(length(grid)) + 24 * count(*), 0) FROM "
                         "screen_day_cache) + (SELECT coalesce(sum(length(grid)) + 24 * count(*), "
                         "0) FROM screen_open_day)");
    return st.step() ? st.int64(0) : 0;
}

} // namespace eco::screen
