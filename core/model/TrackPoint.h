// TrackPoint: one 1 Hz fix of a mobile monitoring vehicle with what it measured there.
#pragma once

#include <QString>

#include <cstdint>

namespace eco::model {

struct TrackPoint {
    QString vehicleId;
    std::int64_t ts = 0;
    double lon = 0;
    double lat = 0;
    QString pollutant;
    double value = 0;
};

} // namespace eco::model
