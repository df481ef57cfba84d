// LidarScanRepository: writes and reads whole lidar scans. Values are stored quantised to 0.1
// (uint16) and zlib-compressed: a month of 13 lidars at one scan per 15 minutes stays tens of MB.
#pragma once

#include "core/model/LidarScan.h"
#include "core/store/Statement.h"

#include <QList>

#include <cstdint>
#include <optional>

namespace eco::store {

class Database;

class LidarScanRepository {
public:
    explicit LidarScanRepository(Database& db);

    // Upsert by (device, ts, mode, elevation). Returns true when inserted or changed.
    bool write(const model::LidarScan& scan);
    // The same with the values already encoded by encodeValues() (bulk writers compress on
    // worker threads); scan.values is ignored.
    bool write(const model::LidarScan& scan, const QByteArray& encodedValues);
    std::optional<model::LidarScan> read(const QString& deviceId, std::int64_t ts,
                                         const QString& mode, double elevationDeg) const;
    // The newest scan of each device at or before ts, no older than maxAgeS.
    QList<model::LidarScan> latestAt(std::int64_t ts, std::int64_t maxAgeS) const;
    QList<model::LidarScan> range(const QString& deviceId, std::int64_t from,
                                  std::int64_t to) const;

    static QByteArray encodeValues(const std::vector<float>& values);
    static std::vector<float> decodeValues(const QByteArray& data, const QString& encoding,
                                           std::size_t expected);

private:
    model::LidarScan fromRow(const Statement& st) const;
    Database& m_db;
    Statement m_upsert;
};

} // namespace eco::store
