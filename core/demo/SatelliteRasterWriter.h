// SatelliteRasterWriter: the daily satellite products of the demo city, one AOD and one
// tropospheric NO2 column GeoTIFF per day (EPSG:4326, 0.005-degree pixels over the city +- 0.5
// degrees, Float32, DEFLATE, nodata in a few cloud gaps). Both follow the day's mean ambient
// field: AOD from PM2.5 through the mixing height and humidity growth, NO2 from the surface
// NO2 through an effective layer depth, plus the columns of the episodes' puffs.
#pragma once

#include "core/demo/PuffModel.h"
#include "core/demo/StationSimulator.h"
#include "core/demo/WeatherBackground.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace eco::demo {

class SatelliteRasterWriter {
public:
    static constexpr double kPixelDeg = 0.005;
    static constexpr double kHalfExtentDeg = 0.5;
    static constexpr float kNoData = -9999.0f;

    SatelliteRasterWriter(const CityFrame& frame, const WeatherModel& weather,
                          const WeatherBackground& background, const PuffField& puffs,
                          const std::vector<EpisodeReceptorInfo>& episodes, std::uint64_t seed);

    struct DayFiles {
        QString aod;
        QString no2;
    };
    // Writes aod_YYYYMMDD.tif and no2_YYYYMMDD.tif (local date) into dir. Thread-safe: days may
    // be written in parallel. Throws std::runtime_error naming the file when GDAL fails.
    DayFiles writeDay(const QString& dir, std::int64_t dayStartTs, int dayIndex) const;

private:
    const CityFrame& m_frame;
    const WeatherModel& m_weather;
    const WeatherBackground& m_background;
    const PuffField& m_puffs;
    const std::vector<EpisodeReceptorInfo>& m_episodes;
    std::uint64_t m_seed;
};

} // namespace eco::demo
