#include "core/store/SeriesRepository.h"

#include "core/store/Database.h"

namespace eco::store {

std::vector<SeriesPoint> SeriesRepository::load(const QString& sourceId, const QString& pollutant,
                                                model::Interval interval, std::int64_t from,
                                                std::int64_t to) const {
    std::vector<SeriesPoint> out;
    auto st = m_db.prepare("SELECT r.ts, r.value, r.flag FROM series s JOIN readings r ON "
                           "r.series_id=s.id WHERE s.source_id=?1 AND s.pollutant=?2 AND "
                           "s.interval=?3 AND r.ts>=?4 AND r.ts<?5 ORDER BY r.ts");
    st.bind(1, sourceId).bind(2, pollutant).bind(3, model::intervalName(interval));
    st.bind(4, from).bind(5, to);
    while (st.step()) {
        SeriesPoint p;
        p.ts = st.int64(0);
        if (!st.isNull(1))
            p.value = st.real(1);
        const auto f = st.textView(2);
        p.flag = f.empty() ? 'N' : f.front();
        out.push_back(p);
    }
    return out;
}

std::vector<SeriesPoint> SeriesRepository::power(const QString& meterId, std::int64_t from,
                                                 std::int64_t to) const {
    std::vector<SeriesPoint> out;
    auto st = m_db.prepare("SELECT p.ts, p.kw FROM power_meters m JOIN power_readings p ON "
                           "p.meter=m.id WHERE m.meter_id=?1 AND p.ts>=?2 AND p.ts<?3 "
                           "ORDER BY p.ts");
    st.bind(1, meterId).bind(2, from).bind(3, to);
    while (st.step()) {
        SeriesPoint p;
        p.ts = st.int64(0);
        if (!st.isNull(1))
            p.value = st.real(1);
        out.push_back(p);
    }
    return out;
}

std::vector<TrackFix> SeriesRepository::track(const QString& vehicleId, std::int64_t from,
                                              std::int64_t to, const QString& pollutant) const {
    std::vector<TrackFix> out;
    auto st = m_db.prepare(
        "SELECT t.ts, t.lon, t.lat, r.value FROM vehicles v JOIN track_points t ON "
        "t.vehicle=v.id LEFT JOIN series s ON s.source_id=v.vehicle_id AND s.pollutant=?4 AND "
        "s.interval='rtd' LEFT JOIN readings r ON r.series_id=s.id AND r.ts=t.ts "
        "WHERE v.vehicle_id=?1 AND t.ts>=?2 AND t.ts<?3 ORDER BY t.ts");
    st.bind(1, vehicleId).bind(2, from).bind(3, to).bind(4, pollutant.isNull() ? "" : pollutant);
    while (st.step()) {
        TrackFix f;
        f.ts = st.int64(0);
        f.lon = st.real(1);
        f.lat = st.real(2);
        if (!st.isNull(3))
            f.value = st.real(3);
        out.push_back(f);
    }
    return out;
}

QHash<QString, double> SeriesRepository::latestValues(const QString& pollutant,
                                                      model::Interval interval, std::int64_t ts,
                                                      std::int64_t maxAgeS) const {
    QHash<QString, double> out;
    auto st = m_db.prepare(
        "SELECT s.source_id, (SELECT r.value FROM readings r WHERE r.series_id=s.id AND r.ts<=?3 "
        "AND r.ts>?4 AND r.flag='N' AND r.value IS NOT NULL ORDER BY r.ts DESC LIMIT 1) "
        "FROM series s WHERE s.pollutant=?1 AND s.interval=?2");
    st.bind(1, pollutant).bind(2, model::intervalName(interval)).bind(3, ts).bind(4, ts - maxAgeS);
    while (st.step())
        if (!st.isNull(1))
            out.insert(st.text(0), st.real(1));
    return out;
}

TimeSpan SeriesRepository::hourlySpan() const {
    // Min and max through the clustered index of each hourly series, not a full table scan.
    auto st = m_db.prepare("SELECT min((SELECT min(ts) FROM readings WHERE series_id=s.id)), "
                           "max((SELECT max(ts) FROM readings WHERE series_id=s.id)) FROM series s "
                           "WHERE s.interval='hour'");
    TimeSpan span;
    if (st.step() && !st.isNull(0)) {
        span.first = st.int64(0);
        span.last = st.int64(1);
    }
    return span;
}

std::int64_t SeriesRepository::readingCount() const {
    auto st = m_db.prepare("SELECT count(*) FROM readings");
    st.step();
    return st.int64(0);
}

} // namespace eco::store
