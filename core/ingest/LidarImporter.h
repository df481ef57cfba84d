// LidarImporter: the lidar CSV kind, one row per ray. Rows of the same (device_id, time, mode,
// elevation_deg) form one scan; scans are written when the file has been read (finish()), merged
// ray by ray (by azimuth) into a scan already stored, and each device is upserted in `lidars` at
// the position of its latest scan in the file.
#pragma once

#include "core/ingest/RowImporter.h"

#include <map>
#include <string>
#include <tuple>
#include <vector>

namespace eco::ingest {

class LidarImporter final : public RowImporter {
public:
    std::span<const ColumnSpec> columns() const override;
    void begin(store::Database& db, const CsvColumns& columns) override;
    RowOutcome importRow(const RowFields& row) override;
    DeferredOutcome finish() override;

private:
    using ScanKey = std::tuple<std::string, std::int64_t, std::string, double>;
    struct Ray {
        int line = 0;
        std::vector<float> values;
    };
    struct PendingScan {
        double rangeStartM = 0;
        double binM = 0;
        int nbins = 0;
        int firstLine = 0;
        std::map<float, Ray> rays; // by azimuth
    };
    struct DevicePosition {
        std::int64_t ts = 0;
        double lon = 0;
        double lat = 0;
    };
    void writeScan(const ScanKey& key, const PendingScan& scan, DeferredOutcome& out);

    store::Database* m_db = nullptr;
    std::map<ScanKey, PendingScan> m_scans;
    std::map<std::string, DevicePosition> m_devices;
    Column m_device, m_time, m_lon, m_lat, m_mode, m_azimuth, m_elevation, m_rangeStart, m_bin,
        m_values, m_crs;
};

} // namespace eco::ingest
