#include "core/store/LidarScanRepository.h"

#include "core/store/Database.h"
#include "core/store/StoreError.h"

#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace eco::store {

namespace {

constexpr const char* kEncoding = "u16x10z";
constexpr const char* kCols =
    "device_id,ts,mode,elevation_deg,range_start_m,bin_m,nbins,nrays,azimuths,encoding,data";

QByteArray encodeAzimuths(const std::vector<float>& az) {
    QByteArray out(static_cast<qsizetype>(az.size() * 4), Qt::Uninitialized);
    for (size_t i = 0; i < az.size(); ++i)
        qToLittleEndian(az[i], out.data() + i * 4);
    return out;
}

std::vector<float> decodeAzimuths(const QByteArray& b) {
    std::vector<float> out(static_cast<size_t>(b.size() / 4));
    for (size_t i = 0; i < out.size(); ++i)
        out[i] = qFromLittleEndian<float>(b.constData() + i * 4);
    return out;
}

} // namespace

LidarScanRepository::LidarScanRepository(Database& db)
    : m_db(db),
      m_upsert(db.prepare(
          "INSERT INTO lidar_scans(device_id,ts,mode,elevation_deg,range_start_m,bin_m,nbins,"
          "nrays,azimuths,encoding,data) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11) "
          "ON CONFLICT(device_id,ts,mode,elevation_deg) DO UPDATE SET "
          "range_start_m=excluded.range_start_m, bin_m=excluded.bin_m, nbins=excluded.nbins, "
          "nrays=excluded.nrays, azimuths=excluded.azimuths, encoding=excluded.encoding, "
          "data=excluded.data WHERE (range_start_m,bin_m,nbins,nrays,azimuths,encoding,data) IS "
          "NOT (excluded.range_start_m,excluded.bin_m,excluded.nbins,excluded.nrays,"
          "excluded.azimuths,excluded.encoding,excluded.data)")) {}

QByteArray LidarScanRepository::encodeValues(const std::vector<float>& values) {
    QByteArray raw(static_cast<qsizetype>(values.size() * 2), Qt::Uninitialized);
    for (size_t i = 0; i < values.size(); ++i) {
        const float v = std::isfinite(values[i]) ? values[i] : 0.0f;
        const auto q = static_cast<quint16>(std::clamp(std::lround(v * 10.0f), 0L, 65535L));
        qToLittleEndian(q, raw.data() + i * 2);
    }
    return qCompress(raw, 6);
}

std::vector<float> LidarScanRepository::decodeValues(const QByteArray& data,
                                                     const QString& encoding,
                                                     std::size_t expected) {
    std::vector<float> out;
    if (encoding == QLatin1String("f32")) {
        if (static_cast<size_t>(data.size()) != expected * 4)
            throw StoreError("lidar scan: data size does not match rays x bins");
        out.resize(expected);
        for (size_t i = 0; i < expected; ++i)
            out[i] = qFromLittleEndian<float>(data.constData() + i * 4);
        return out;
    }
    if (encoding != QLatin1String(kEncoding))
        throw StoreError("lidar scan: unknown encoding " + encoding.toStdString());
    const QByteArray raw = qUncompress(data);
    if (static_cast<size_t>(raw.size()) != expected * 2)
        throw StoreError("lidar scan: corrupt or truncated data");
    out.resize(expected);
    for (size_t i = 0; i < expected; ++i)
        out[i] = static_cast<float>(qFromLittleEndian<quint16>(raw.constData() + i * 2)) / 10.0f;
    return out;
}

bool LidarScanRepository::write(const model::LidarScan& s) {
    if (s.values.size() != static_cast<size_t>(s.nrays()) * static_cast<size_t>(s.nbins))
        throw StoreError("lidar scan " + s.deviceId.toStdString() +
                         ": values do not match rays x bins");
    return write(s, encodeValues(s.values));
}

bool LidarScanRepository::write(const model::LidarScan& s, const QByteArray& encodedValues) {
    m_upsert.bind(1, s.deviceId).bind(2, s.ts).bind(3, s.mode).bind(4, s.elevationDeg);
    m_upsert.bind(5, s.rangeStartM).bind(6, s.binM).bind(7, s.nbins).bind(8, s.nrays());
    m_upsert.bindBlob(9, encodeAzimuths(s.azimuths)).bind(10, kEncoding);
    m_upsert.bindBlob(11, encodedValues);
    m_upsert.execute();
    return m_db.changes() > 0;
}

model::LidarScan LidarScanRepository::fromRow(const Statement& st) const {
    model::LidarScan s;
    s.deviceId = st.text(0);
    s.ts = st.int64(1);
    s.mode = st.text(2);
    s.elevationDeg = st.real(3);
    s.rangeStartM = st.real(4);
    s.binM = st.real(5);
    s.nbins = st.integer(6);
    const int nrays = st.integer(7);
    s.azimuths = decodeAzimuths(st.blob(8));
    if (static_cast<int>(s.azimuths.size()) != nrays)
        throw StoreError("lidar scan " + s.deviceId.toStdString() + ": azimuth count mismatch");
    s.values = decodeValues(st.blob(10), st.text(9),
                            static_cast<size_t>(nrays) * static_cast<size_t>(s.nbins));
    return s;
}

std::optional<model::LidarScan> LidarScanRepository::read(const QString& deviceId, std::int64_t ts,
                                                          const QString& mode,
                                                          double elevationDeg) const {
    auto st = m_db.prepare(std::string("SELECT ") + kCols +
                           " FROM lidar_scans WHERE device_id=?1 AND ts=?2 AND mode=?3 AND "
                           "elevation_deg=?4");
    st.bind(1, deviceId).bind(2, ts).bind(3, mode).bind(4, elevationDeg);
    if (!st.step())
        return std::nullopt;
    return fromRow(st);
}

QList<model::LidarScan> LidarScanRepository::latestAt(std::int64_t ts, std::int64_t maxAgeS) const {
    QList<model::LidarScan> out;
    auto devices = m_db.prepare("SELECT id FROM lidars ORDER BY id");
    auto st = m_db.prepare(std::string("SELECT ") + kCols +
                           " FROM lidar_scans WHERE device_id=?1 AND ts<=?2 AND ts>=?3 AND "
                           "mode='ppi' ORDER BY ts DESC LIMIT 1");
    while (devices.step()) {
        st.bind(1, devices.text(0)).bind(2, ts).bind(3, ts - maxAgeS);
        if (st.step())
            out.append(fromRow(st));
        st.reset();
    }
    return out;
}

QList<model::LidarScan> LidarScanRepository::range(const QString& deviceId, std::int64_t from,
                                                   std::int64_t to) const {
    QList<model::LidarScan> out;
    auto st = m_db.prepare(std::string("SELECT ") + kCols +
                           " FROM lidar_scans WHERE device_id=?1 AND ts>=?2 AND ts<?3 "
                           "ORDER BY ts");
    st.bind(1, deviceId).bind(2, from).bind(3, to);
    while (st.step())
        out.append(fromRow(st));
    return out;
}

} // namespace eco::store
