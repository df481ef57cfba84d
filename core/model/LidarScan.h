// LidarScan: one sweep of a scanning lidar: rays at azimuths, each a row of range bins.
// values are row-major, rays x bins (extinction-derived PM-equivalent, ug/m3).
#pragma once

#include <QString>

#include <cstdint>
#include <vector>

namespace eco::model {

struct Lidar {
    QString id;
    QString name;
    double lon = 0;
    double lat = 0;
};

struct LidarScan {
    QString deviceId;
    std::int64_t ts = 0;
    QString mode = QStringLiteral("ppi"); // ppi / rhi / profile
    double elevationDeg = 0;
    double rangeStartM = 0;
    double binM = 0;
    int nbins = 0;
    std::vector<float> azimuths;
    std::vector<float> values;

    int nrays() const { return static_cast<int>(azimuths.size()); }
    float at(int ray, int bin) const { return values[static_cast<size_t>(ray * nbins + bin)]; }
};

} // namespace eco::model
