// Event detectors: station spikes against a rolling low percentile, vehicle hotspots repeated on
// two passes (and not from one pass or from idling), lidar plumes above each range ring's
// background with their axis, and CPF on a constructed series.
#include "core/trace/EventDetectors.h"

#include <QtTest>

#include <cmath>
#include <limits>
#include <random>

using namespace eco::trace;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// A rectangular 2 km x 1 km loop driven at 10 m/s, `laps` times, 1 Hz.
std::vector<TrackSample> loopTrack(int laps, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> noise(0, 2);
    std::vector<TrackSample> t;
    const double perimeter = 6000;
    std::int64_t ts = 1790830800;
    for (int lap = 0; lap < laps; ++lap) {
        for (double s = 0; s < perimeter; s += 10) {
            QPointF p;
            if (s < 2000)
                p = QPointF(s, 0);
            else if (s < 3000)
                p = QPointF(2000, s - 2000);
            else if (s < 5000)
                p = QPointF(2000 - (s - 3000), 1000);
            else
                p = QPointF(0, 1000 - (s - 5000));
            t.push_back({ts++, p, 30 + noise(rng)});
        }
        ts += 600; // a break between laps: a new pass
    }
    return t;
}

} // namespace

class TestEventDetectors : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void stationSpike() {
        std::mt19937_64 rng(3);
        std::normal_distribution<double> noise(0, 3);
        std::vector<double> h(72);
        for (auto& v : h)
            v = 35 + noise(rng);
        h[50] = 110;
        h[20] = kNaN;
        const auto spikes = detectSpikes(h, 1000);
        QCOMPARE(spikes.size(), size_t(1));
        QCOMPARE(spikes[0].ts, std::int64_t(1000 + 50 * 3600));
        QVERIFY(spikes[0].excess > 65 && spikes[0].excess < 85);
        h[50] = 41; // within the noise: nothing
        QVERIFY(detectSpikes(h, 1000).empty());
    }

    void hotspotOnTwoPasses() {
        auto track = loopTrack(2, 11);
        const QPointF source(1200, 0);
        for (auto& s : track)
            if (std::hypot(s.positionM.x() - source.x(), s.positionM.y() - source.y()) < 40)
                s.value += 40;
        // A one-off on the second lap only, far from the source.
        for (auto& s : track)
            if (s.ts > track[700].ts &&
                std::hypot(s.positionM.x() - 2000, s.positionM.y() - 500) < 30)
                s.value += 60;
        const auto hs = detectHotspots(track);
        QCOMPARE(hs.size(), size_t(1));
        QVERIFY2(std::hypot(hs[0].centreM.x() - source.x(), hs[0].centreM.y() - source.y()) < 30,
                 qPrintable(QStringLiteral("%1,%2").arg(hs[0].centreM.x()).arg(hs[0].centreM.y())));
        QCOMPARE(hs[0].passes, 2);
        QVERIFY(hs[0].maxExcess > 30);
    }

    void idlingIsIgnored() {
        auto track = loopTrack(2, 5);
        // Parked for two minutes at the same spot on each lap, breathing its own exhaust.
        std::vector<TrackSample> withStops;
        for (const auto& s : track) {
            withStops.push_back(s);
            if (std::abs(s.positionM.x() - 500) < 1e-9 && s.positionM.y() == 0)
                for (int k = 1; k <= 120; ++k)
                    withStops.push_back({s.ts, s.positionM, 150});
        }
        // Keep time strictly increasing: shift everything after each stop.
        std::int64_t shift = 0;
        for (size_t i = 1; i < withStops.size(); ++i) {
            if (withStops[i].ts + shift <= withStops[i - 1].ts)
                shift = withStops[i - 1].ts - withStops[i].ts + 1;
            withStops[i].ts += shift;
        }
        QVERIFY(detectHotspots(withStops).empty());
    }

    void lidarPlume() {
        eco::model::LidarScan scan;
        scan.deviceId = "L01";
        scan.elevationDeg = 2;
        scan.rangeStartM = 100;
        scan.binM = 75;
        scan.nbins = 40;
        for (int r = 0; r < 36; ++r)
            scan.azimuths.push_back(static_cast<float>(r * 10));
        std::mt19937_64 rng(9);
        std::normal_distribution<float> noise(0, 1.5f);
        for (int r = 0; r < 36; ++r)
            for (int b = 0; b < 40; ++b) {
                float v = 25 - 0.1f * b + noise(rng);
                // A plume towards 90 deg (east) between bins 10 and 22, strongest far out.
                if (r >= 8 && r <= 10 && b >= 10 && b <= 22)
                    v += 20 + 3.0f * (b - 10);
                scan.values.push_back(v);
            }
        const auto plumes = detectLidarPlumes(scan);
        QCOMPARE(plumes.size(), size_t(1));
        QVERIFY(plumes[0].cells >= 30);
        const double centroidBearing =
            std::atan2(plumes[0].centroidM.x(), plumes[0].centroidM.y()) * 180 / M_PI;
        QVERIFY(std::abs(centroidBearing - 90) < 8);
        // The axis points outwards along the beam, to the strongest (far) end.
        QVERIFY2(std::abs(plumes[0].axisBearingDeg - 90) < 20,
                 qPrintable(QString::number(plumes[0].axisBearingDeg)));
    }

    void cpfOnAConstructedSeries() {
        std::vector<WindSample> s;
        for (int i = 0; i < 400; ++i) {
            const double dir = (i % 8) * 45.0;
            const bool east = i % 8 == 2; // 90 degrees
            s.push_back({3.0, dir, east ? 80.0 : 10.0 + (i % 5)});
        }
        s.push_back({0.1, 90, 500}); // a calm: left out
        const auto cpf = conditionalProbability(s, 8);
        QCOMPARE(cpf.size(), size_t(8));
        QCOMPARE(cpf[2], 1.0);
        for (size_t k = 0; k < 8; ++k)
            if (k != 2)
                QCOMPARE(cpf[k], 0.0);
        const auto cpf16 = conditionalProbability(s, 16);
        QVERIFY(std::isnan(cpf16[1])); // NNE: no samples
        QCOMPARE(quantile({1, 2, 3, 4}, 0.5), 2.5);
        QVERIFY(std::isnan(quantile({}, 0.5)));
    }
};

QTEST_GUILESS_MAIN(TestEventDetectors)
#include "test_event_detectors.moc"
