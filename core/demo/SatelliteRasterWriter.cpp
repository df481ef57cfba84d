#include "core/demo/SatelliteRasterWriter.h"

#include "core/demo/CityFrame.h"
#include "core/demo/WeatherNoise.h"
#include "core/ingest/GdalSession.h"
#include "core/model/Time.h"

#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_srs_api.h>

#include <QDir>

#include <cmath>
#include <memory>
#include <stdexcept>

namespace eco::demo {

namespace {

constexpr int kCoarse = 4;               // the background is evaluated every 4th pixel
constexpr int kDaySamples = 8;           // background samples per day (3-hourly)
constexpr double kMassExtinction = 4e-6; // m2/ug for fine particles (4 m2/g)
constexpr double kNo2LayerM = 300.0;     // effective depth of the surface NO2 layer
constexpr double kNo2UgPerUmol = 46.0;

void writeTiff(const QString& path, int size, double west, double north,
               const std::vector<float>& pixels, const char* description) {
    GDALDriverH driver = GDALGetDriverByName("GTiff");
    if (!driver)
        throw std::runtime_error(path.toStdString() + ": GDAL has no GTiff driver");
    const char* options[] = {"COMPRESS=DEFLATE", "PREDICTOR=3", nullptr};
    ingest::GdalDataset ds(GDALCreate(driver, path.toUtf8().constData(), size, size, 1, GDT_Float32,
                                      const_cast<char**>(options)));
    if (!ds)
        throw std::runtime_error(path.toStdString() + ": cannot create GeoTIFF (" +
                                 CPLGetLastErrorMsg() + ")");
    double transform[6] = {west, SatelliteRasterWriter::kPixelDeg, 0, north,
                           0,    -SatelliteRasterWriter::kPixelDeg};
    GDALSetGeoTransform(ds.get(), transform);
    const std::unique_ptr<void, decltype(&OSRDestroySpatialReference)> srs(
        OSRNewSpatialReference(nullptr), &OSRDestroySpatialReference);
    OSRImportFromEPSG(srs.get(), 4326);
    char* rawWkt = nullptr;
    OSRExportToWkt(srs.get(), &rawWkt);
    const std::unique_ptr<char, decltype(&VSIFree)> wkt(rawWkt, &VSIFree);
    GDALSetProjection(ds.get(), wkt.get());
    GDALRasterBandH band = GDALGetRasterBand(ds.get(), 1);
    GDALSetRasterNoDataValue(band, SatelliteRasterWriter::kNoData);
    GDALSetDescription(band, description);
    if (GDALRasterIO(band, GF_Write, 0, 0, size, size, const_cast<float*>(pixels.data()), size,
                     size, GDT_Float32, 0, 0) != CE_None)
        throw std::runtime_error(path.toStdString() + ": cannot write pixels (" +
                                 CPLGetLastErrorMsg() + ")");
}

} // namespace

SatelliteRasterWriter::SatelliteRasterWriter(const CityFrame& frame, const WeatherModel& weather,
                                             const WeatherBackground& background,
                                             const PuffField& puffs,
                                             const std::vector<EpisodeReceptorInfo>& episodes,
                                             std::uint64_t seed)
    : m_frame(frame), m_weather(weather), m_background(background), m_puffs(puffs),
      m_episodes(episodes), m_seed(seed) {
    ingest::ensureGdalRegistered();
}

SatelliteRasterWriter::DayFiles
SatelliteRasterWriter::writeDay(const QString& dir, std::int64_t dayStartTs, int dayIndex) const {
    const int size = static_cast<int>(std::lround(2 * kHalfExtentDeg / kPixelDeg));
    const double west = CityFrame::kCentreLon - kHalfExtentDeg;
    const double north = CityFrame::kCentreLat + kHalfExtentDeg;
    const auto local = [&](int col, int row) {
        return m_frame.toLocal(west + (col + 0.5) * kPixelDeg, north - (row + 0.5) * kPixelDeg);
    };

    // Day-mean background of AOD and NO2 column on a coarse grid, interpolated to pixels.
    const int coarse = size / kCoarse + 2;
    std::vector<double> aodC(static_cast<size_t>(coarse * coarse)), no2C(aodC.size());
    for (int j = 0; j < coarse; ++j)
        for (int i = 0; i < coarse; ++i) {
            const QPointF p = local(i * kCoarse, j * kCoarse);
            double aod = 0, no2 = 0;
            for (int k = 0; k < kDaySamples; ++k) {
                const double t =
                    static_cast<double>(dayStartTs) + (k + 0.5) * 86400.0 / kDaySamples;
                const WeatherHour& w = m_weather.hourAt(t);
                double v[kSpeciesCount];
                m_background.values(p, t, v);
                const double growth = 1.0 + 1.5 * std::pow(w.rhPct / 100.0, 4);
                aod +=
                    v[static_cast<int>(Species::PM25)] * w.mixingHeightM * kMassExtinction * growth;
                no2 += v[static_cast<int>(Species::NO2)] * kNo2LayerM / kNo2UgPerUmol;
            }
            aodC[static_cast<size_t>(j * coarse + i)] = 0.05 + aod / kDaySamples;
            no2C[static_cast<size_t>(j * coarse + i)] = 8.0 + no2 / kDaySamples;
        }
    const auto bilinear = [&](const std::vector<double>& g, int col, int row) {
        const double fx = static_cast<double>(col) / kCoarse,
                     fy = static_cast<double>(row) / kCoarse;
        const int i = static_cast<int>(fx), j = static_cast<int>(fy);
        const double ax = fx - i, ay = fy - j;
        const auto at = [&](int a, int b) { return g[static_cast<size_t>(b * coarse + a)]; };
        return (at(i, j) * (1 - ax) + at(i + 1, j) * ax) * (1 - ay) +
               (at(i, j + 1) * (1 - ax) + at(i + 1, j + 1) * ax) * ay;
    };

    // Cloud gaps: a few elliptical blobs per day.
    NoiseStream rng(m_seed, "satellite.clouds", static_cast<std::uint64_t>(dayIndex));
    struct Blob {
        double col, row, rx, ry;
    };
    std::vector<Blob> clouds;
    const int nClouds = rng.below(4);
    for (int k = 0; k < nClouds; ++k)
        clouds.push_back(
            {rng.uniform(0, size), rng.uniform(0, size), rng.uniform(5, 20), rng.uniform(4, 14)});

    std::vector<float> aod(static_cast<size_t>(size * size)), no2(aod.size());
    std::vector<double> pmShare(m_episodes.size(), 0.0), no2Share(m_episodes.size(), 0.0);
    for (size_t e = 0; e < m_episodes.size(); ++e)
        for (const SpeciesShare& s : m_episodes[e].shares) {
            if (s.species == Species::PM25)
                pmShare[e] += s.factor;
            else if (s.species == Species::NO2)
                no2Share[e] += s.factor;
        }
    for (int row = 0; row < size; ++row)
        for (int col = 0; col < size; ++col) {
            const size_t idx = static_cast<size_t>(row * size + col);
            bool cloudy = false;
            for (const Blob& b : clouds) {
                const double dx = (col - b.col) / b.rx, dy = (row - b.row) / b.ry;
                cloudy = cloudy || dx * dx + dy * dy < 1.0;
            }
            if (cloudy) {
                aod[idx] = no2[idx] = kNoData;
                continue;
            }
            double a = bilinear(aodC, col, row), n = bilinear(no2C, col, row);
            // Day-mean columns of the episodes' puffs (hourly samples).
            const QPointF p = local(col, row);
            for (int h = 0; h < 24; ++h) {
                const double t = static_cast<double>(dayStartTs) + h * 3600.0 + 1800.0;
                if (!m_puffs.mayTouch(p.x(), p.y(), 0.0, t))
                    continue;
                for (size_t e = 0; e < m_episodes.size(); ++e) {
                    if (pmShare[e] <= 0 && no2Share[e] <= 0)
                        continue;
                    const double col24 =
                        m_puffs.column(p.x(), p.y(), t, static_cast<int>(e)) / 24.0;
                    a += col24 * pmShare[e] * kMassExtinction;
                    n += col24 * no2Share[e] / kNo2UgPerUmol;
                }
            }
            aod[idx] = static_cast<float>(a * (1.0 + 0.03 * rng.fastGauss()));
            no2[idx] = static_cast<float>(n * (1.0 + 0.05 * rng.fastGauss()));
        }

    const QString date = model::formatLocalDate(dayStartTs).remove(QLatin1Char('-'));
    DayFiles files{QDir(dir).filePath(QStringLiteral("aod_%1.tif").arg(date)),
                   QDir(dir).filePath(QStringLiteral("no2_%1.tif").arg(date))};
    writeTiff(files.aod, size, west, north, aod, "AOD 550 nm");
    writeTiff(files.no2, size, west, north, no2, "NO2 tropospheric column (umol/m2)");
    return files;
}

} // namespace eco::demo
