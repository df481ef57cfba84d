#include "core/demo/StationNetwork.h"

#include "core/demo/WeatherNoise.h"

#include <QSet>
#include <QtMath>

#include <cmath>

namespace eco::demo {

namespace {

QPointF polar(double bearingDeg, double r) {
    const double a = qDegreesToRadians(bearingDeg);
    return {r * std::sin(a), r * std::cos(a)};
}

const char16_t* const kPlaces[] = {u"人民公园", u"监测站", u"大学城", u"中学",   u"体育中心",
                                   u"政务中心", u"科技园", u"滨江",   u"新区",   u"广场",
                                   u"湿地公园", u"医院",   u"火车站", u"花园",   u"小学",
                                   u"生态园",   u"文化宫", u"图书馆", u"植物园", u"水厂",
                                   u"少年宫",   u"农科所", u"气象站", u"开发区", u"客运站"};

} // namespace

std::vector<StationInfo> StationNetwork::plan(const CityFrame& frame, std::uint64_t seed) {
    std::vector<StationInfo> out;
    NoiseStream rng(seed, "stations.plan");
    QSet<QString> names;
    int mnCounter = 0;
    const auto farEnough = [&](QPointF p, double minM) {
        for (const StationInfo& s : out)
            if (std::hypot(s.localM.x() - p.x(), s.localM.y() - p.y()) < minM)
                return false;
        return true;
    };
    const auto add = [&](const QString& id, const QString& kind, QPointF p, const QString& base) {
        const District& d = frame.districtAt(p);
        QString name = base;
        for (int k = 2; names.contains(name); ++k)
            name = base + QString::number(k);
        names.insert(name);
        StationInfo s;
        s.localM = p;
        s.micro = kind == QLatin1String("micro");
        const QPointF ll = frame.toLonLat(p);
        s.site = {id,
                  name,
                  kind,
                  ll.x(),
                  ll.y(),
                  d.name,
                  QStringLiteral("AQ510100%1").arg(++mnCounter, 16, 10, QLatin1Char('0'))};
        out.push_back(s);
    };
    const auto placeName = [&](QPointF p) {
        const QString district = frame.districtAt(p).name.left(2);
        return district + QString::fromUtf16(kPlaces[rng.below(std::size(kPlaces))]);
    };

    // National stations: denser in the core, spread over every outer district.
    int n = 0;
    while (n < 59) {
        const bool core = n < 14;
        const QPointF p = core ? polar(rng.uniform(0, 360), 6000 * std::sqrt(rng.uniform()))
                               : polar(22.5 + 45.0 * ((n - 14) % 8) + rng.uniform(-20, 20),
                                       rng.uniform(7500, 23000));
        if (!farEnough(p, core ? 1000 : 2000))
            continue;
        ++n;
        add(QStringLiteral("N%1").arg(n, 3, 10, QLatin1Char('0')), QStringLiteral("national"), p,
            placeName(p) + QStringLiteral("站"));
    }
    add(QStringLiteral("SP01"), QStringLiteral("super"), QPointF(600, 900),
        QStringLiteral("锦城大气超级站"));
    add(QStringLiteral("SP02"), QStringLiteral("super"), polar(80, 12000),
        QStringLiteral("龙泉大气超级站"));
    const double pcBearing[] = {10, 100, 170, 250, 310};
    const double pcRange[] = {9000, 15000, 11000, 13000, 8000};
    for (int i = 0; i < 5; ++i) {
        const QPointF p = polar(pcBearing[i], pcRange[i]);
        add(QStringLiteral("PC%1").arg(i + 1, 2, 10, QLatin1Char('0')),
            QStringLiteral("photochemical"), p,
            frame.districtAt(p).name.left(2) + QStringLiteral("光化学组分站"));
    }
    add(QStringLiteral("TR01"), QStringLiteral("transport"), polar(40, 25000),
        QStringLiteral("东北通道传输站"));
    add(QStringLiteral("TR02"), QStringLiteral("transport"), polar(215, 25000),
        QStringLiteral("西南通道传输站"));
    const int nationalCount = static_cast<int>(out.size());

    // Micro-stations: about half around the parks, the rest in the built-up area.
    const auto& parks = frame.parks();
    int m = 0;
    while (m < 200) {
        QPointF p;
        QString base;
        if (rng.chance(0.55)) {
            const IndustrialPark& park =
                parks[static_cast<size_t>(rng.below(static_cast<int>(parks.size())))];
            p = park.centreM +
                polar(rng.uniform(0, 360), (park.radiusM + 1500) * std::sqrt(rng.uniform()));
            base = park.name + QStringLiteral("微站");
        } else {
            p = polar(rng.uniform(0, 360), 20000 * std::pow(rng.uniform(), 0.7));
            base = frame.districtAt(p).name + QStringLiteral("微站");
        }
        if (!farEnough(p, 400))
            continue;
        ++m;
        add(QStringLiteral("M%1").arg(m, 3, 10, QLatin1Char('0')), QStringLiteral("micro"), p,
            base + QString::number(m));
    }
    for (StationInfo& s : out) {
        if (!s.micro)
            continue;
        double best = 1e30;
        for (int i = 0; i < nationalCount; ++i) {
            const StationInfo& nat = out[static_cast<size_t>(i)];
            if (nat.site.kind != QLatin1String("national"))
                continue;
            const double d =
                std::hypot(nat.localM.x() - s.localM.x(), nat.localM.y() - s.localM.y());
            if (d < best) {
                best = d;
                s.nearestNational = i;
            }
        }
    }
    return out;
}

} // namespace eco::demo
