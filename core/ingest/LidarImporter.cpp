#include "core/ingest/LidarImporter.h"

#include "core/model/Time.h"
#include "core/store/CatalogRepository.h"
#include "core/store/Database.h"
#include "core/store/LidarScanRepository.h"
#include "core/store/StoreError.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace eco::ingest {

namespace {

constexpr std::size_t kMaxBins = 100000;

std::vector<float> parseValues(const RowFields& row, Column c) {
    const std::string_view text = row.required(c);
    std::vector<float> out;
    std::size_t start = 0;
    for (;;) {
        const std::size_t end = std::min(text.find(';', start), text.size());
        std::string_view item = text.substr(start, end - start);
        while (!item.empty() && (item.front() == ' ' || item.front() == '\t'))
            item.remove_prefix(1);
        while (!item.empty() && (item.back() == ' ' || item.back() == '\t'))
            item.remove_suffix(1);
        const auto v = parseNumber(item);
        if (!v)
            throw RowError(std::string(c.name) + ": item " + std::to_string(out.size() + 1) + " " +
                           quoted(item) + " is not a number");
        out.push_back(static_cast<float>(*v));
        if (out.size() > kMaxBins)
            throw RowError(std::string(c.name) + ": more than " + std::to_string(kMaxBins) +
                           " range bins");
        if (end == text.size())
            break;
        start = end + 1;
    }
    return out;
}

// The store keeps lidar values as uint16 of value*10 (LidarScanRepository); comparing at that
// resolution is what makes a re-import report "unchanged".
std::uint16_t quantised(float v) {
    const float f = std::isfinite(v) ? v : 0.0f;
    return static_cast<std::uint16_t>(std::clamp(std::lround(f * 10.0f), 0L, 65535L));
}

bool sameStored(const std::vector<float>& a, const std::vector<float>& b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (quantised(a[i]) != quantised(b[i]))
            return false;
    return true;
}

std::string formatNumber(double v) {
    QString s = QString::number(v, 'g', 10);
    return s.toStdString();
}

} // namespace

std::span<const ColumnSpec> LidarImporter::columns() const {
    static constexpr std::array<ColumnSpec, 11> kColumns{{{"device_id", true},
                                                          {"time", true},
                                                          {"lon", true},
                                                          {"lat", true},
                                                          {"mode", true},
                                                          {"azimuth_deg", true},
                                                          {"elevation_deg", true},
                                                          {"range_start_m", true},
                                                          {"bin_m", true},
                                                          {"values", true},
                                                          {"crs", false}}};
    return kColumns;
}

void LidarImporter::begin(store::Database& db, const CsvColumns& c) {
    m_db = &db;
    m_device = c.column("device_id");
    m_time = c.column("time");
    m_lon = c.column("lon");
    m_lat = c.column("lat");
    m_mode = c.column("mode");
    m_azimuth = c.column("azimuth_deg");
    m_elevation = c.column("elevation_deg");
    m_rangeStart = c.column("range_start_m");
    m_bin = c.column("bin_m");
    m_values = c.column("values");
    m_crs = c.column("crs");
}

RowOutcome LidarImporter::importRow(const RowFields& row) {
    const std::string device(row.required(m_device));
    const std::int64_t ts = row.time(m_time);
    const geo::LonLat p = row.position(m_lon, m_lat, m_crs);
    const std::string mode(row.oneOf(m_mode, {"ppi", "rhi", "profile"}));
    const double azimuth = row.numberIn(m_azimuth, 0, 360);
    const double elevation = row.numberIn(m_elevation, -90, 90);
    const double rangeStart = row.numberIn(m_rangeStart, 0, 1e6);
    const double bin = row.numberIn(m_bin, 0, 1e5);
    if (bin <= 0)
        throw RowError("bin_m: must be greater than 0");
    std::vector<float> values = parseValues(row, m_values);
    const int nbins = static_cast<int>(values.size());
    // 360 and 0 are the same direction; keep one key for it.
    const float az = azimuth >= 360 ? 0.0f : static_cast<float>(azimuth);

    const ScanKey key{device, ts, mode, elevation};
    const auto found = m_scans.find(key);
    if (found != m_scans.end()) {
        const PendingScan& s = found->second;
        if (s.nbins != nbins || s.rangeStartM != rangeStart || s.binM != bin)
            throw RowError("values: ray of " + std::to_string(nbins) + " bins of " +
                           formatNumber(bin) + " m from " + formatNumber(rangeStart) +
                           " m does not match its scan (line " + std::to_string(s.firstLine) +
                           ": " + std::to_string(s.nbins) + " bins of " + formatNumber(s.binM) +
                           " m from " + formatNumber(s.rangeStartM) + " m)");
        if (const auto ray = s.rays.find(az); ray != s.rays.end())
            throw RowError("azimuth_deg: " + formatNumber(azimuth) +
                           " is already given for this scan on line " +
                           std::to_string(ray->second.line));
    }
    PendingScan& scan = m_scans[key];
    if (scan.rays.empty()) {
        scan.rangeStartM = rangeStart;
        scan.binM = bin;
        scan.nbins = nbins;
        scan.firstLine = row.line();
    }
    scan.rays.emplace(az, Ray{row.line(), std::move(values)});
    DevicePosition& d = m_devices[device];
    if (d.ts == 0 || ts >= d.ts)
        d = {ts, p.lon, p.lat};
    return RowOutcome::Deferred;
}

void LidarImporter::writeScan(const ScanKey& key, const PendingScan& scan, DeferredOutcome& out) {
    const auto& [device, ts, mode, elevation] = key;
    const auto rejectAll = [&](const std::string& reason) {
        for (const auto& [az, ray] : scan.rays)
            out.rejected.push_back({ray.line, reason});
    };
    store::Savepoint sp(*m_db, "lidar_scan");
    try {
        store::LidarScanRepository repo(*m_db);
        const QString deviceId = QString::fromStdString(device);
        const QString modeText = QString::fromStdString(mode);
        std::map<float, std::vector<float>> rays;
        if (const auto stored = repo.read(deviceId, ts, modeText, elevation)) {
            if (stored->nbins != scan.nbins || stored->rangeStartM != scan.rangeStartM ||
                stored->binM != scan.binM) {
                rejectAll("the scan at " + model::formatIsoLocal(ts).toStdString() +
                          " is already stored with " + std::to_string(stored->nbins) + " bins of " +
                          formatNumber(stored->binM) + " m from " +
                          formatNumber(stored->rangeStartM) + " m; rays cannot be merged");
                sp.rollback();
                return;
            }
            for (int r = 0; r < stored->nrays(); ++r) {
                const auto first =
                    stored->values.begin() + static_cast<std::ptrdiff_t>(r) * stored->nbins;
                rays[stored->azimuths[static_cast<std::size_t>(r)]] =
                    std::vector<float>(first, first + stored->nbins);
            }
        }
        std::int64_t changed = 0;
        std::int64_t unchanged = 0;
        for (const auto& [az, ray] : scan.rays) {
            const auto it = rays.find(az);
            if (it != rays.end() && sameStored(it->second, ray.values)) {
                ++unchanged;
            } else {
                ++changed;
                rays[az] = ray.values;
            }
        }
        if (changed > 0) {
            model::LidarScan s;
            s.deviceId = deviceId;
            s.ts = ts;
            s.mode = modeText;
            s.elevationDeg = elevation;
            s.rangeStartM = scan.rangeStartM;
            s.binM = scan.binM;
            s.nbins = scan.nbins;
            s.azimuths.reserve(rays.size());
            s.values.reserve(rays.size() * static_cast<std::size_t>(scan.nbins));
            for (const auto& [az, values] : rays) {
                s.azimuths.push_back(az);
                s.values.insert(s.values.end(), values.begin(), values.end());
            }
            repo.write(s);
        }
        sp.release();
        out.changed += changed;
        out.unchanged += unchanged;
    } catch (const store::StoreError& e) {
        sp.rollback();
        rejectAll(std::string("the store refused the scan: ") + e.what());
    }
}

DeferredOutcome LidarImporter::finish() {
    DeferredOutcome out;
    store::CatalogRepository catalog(*m_db);
    for (const auto& [id, pos] : m_devices)
        catalog.upsert(model::Lidar{QString::fromStdString(id), QString(), pos.lon, pos.lat});
    for (const auto& [key, scan] : m_scans)
        writeScan(key, scan, out);
    std::sort(out.rejected.begin(), out.rejected.end(),
              [](const RowRejection& a, const RowRejection& b) { return a.line < b.line; });
    return out;
}

} // namespace eco::ingest
