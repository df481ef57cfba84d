#include "core/demo/BasemapBuilder.h"

#include <ogr_geometry.h>

#include <QtMath>

#include <algorithm>
#include <cmath>
#include <map>

namespace eco::demo {

namespace {

// A point at a compass bearing (degrees clockwise from north) and radius from the centre.
QPointF polar(double bearingDeg, double r) {
    const double a = qDegreesToRadians(bearingDeg);
    return {r * std::sin(a), r * std::cos(a)};
}

// Radius of a gently wobbling closed curve: two harmonics with fixed phases.
double wobble(double baseR, double bearingDeg, double a1, int k1, double p1, double a2, int k2,
              double p2) {
    const double t = qDegreesToRadians(bearingDeg);
    return baseR * (1.0 + a1 * std::sin(k1 * t + p1) + a2 * std::sin(k2 * t + p2));
}

double districtInnerR(const District& core, double bearing) {
    return wobble(core.outerM, bearing, 0.025, 3, 0.7, 0.012, 8, 2.1);
}
double districtOuterR(double outer, double bearing) {
    return wobble(outer, bearing, 0.05, 4, 1.3, 0.03, 9, 0.4);
}
double ringR(double base, int ring, double bearing) {
    return wobble(base, bearing, 0.022, 3, 0.5 + ring, 0.012, 7, 1.7 * ring);
}

constexpr double kArcStepDeg = 1.5; // divides the 22.5-degree district bearings exactly
constexpr double kRingStepDeg = 2.5;
constexpr double kRadialEndM = 25500;
constexpr double kGridSpacingM = 1000;
constexpr double kGridRadiusM = 5800;

const char16_t* const kRingNames[] = {u"一环路", u"二环路", u"三环路", u"绕城高速"};
const char16_t* const kRadialNames[] = {u"川陕大道", u"成华大道", u"成龙大道", u"成渝大道",
                                        u"龙泉大道", u"天府大道", u"剑南大道", u"双流大道",
                                        u"光华大道", u"成温大道", u"蜀汉大道", u"北辰大道"};
const char16_t* const kNumerals[] = {u"一", u"二", u"三", u"四",   u"五",   u"六",  u"七",
                                     u"八", u"九", u"十", u"十一", u"十二", u"十三"};

} // namespace

QByteArray BasemapBuilder::lineWkb(const std::vector<QPointF>& local) const {
    OGRLineString line;
    for (const QPointF& p : local) {
        const QPointF ll = m_frame.toLonLat(p);
        line.addPoint(ll.x(), ll.y());
    }
    QByteArray out(static_cast<qsizetype>(line.WkbSize()), Qt::Uninitialized);
    line.exportToWkb(wkbNDR, reinterpret_cast<unsigned char*>(out.data()));
    return out;
}

QByteArray BasemapBuilder::polygonWkb(const std::vector<QPointF>& local) const {
    OGRLinearRing ring;
    for (const QPointF& p : local) {
        const QPointF ll = m_frame.toLonLat(p);
        ring.addPoint(ll.x(), ll.y());
    }
    ring.closeRings();
    OGRPolygon poly;
    poly.addRing(&ring); // copies the ring
    QByteArray out(static_cast<qsizetype>(poly.WkbSize()), Qt::Uninitialized);
    poly.exportToWkb(wkbNDR, reinterpret_cast<unsigned char*>(out.data()));
    return out;
}

Basemap BasemapBuilder::build() const {
    Basemap map;
    addDistricts(map);
    addWater(map);
    addParks(map);
    addRoads(map);
    return map;
}

void BasemapBuilder::addDistricts(Basemap& map) const {
    const auto& districts = m_frame.districts();
    const District& core = districts.front();
    const double outer = CityFrame::kCityRadiusM;
    // Boundaries between sectors: wobbly lines that meet the inner and outer arcs exactly.
    const auto divider = [&](double bearing, int k) {
        std::vector<QPointF> pts;
        const double r0 = districtInnerR(core, bearing), r1 = districtOuterR(outer, bearing);
        constexpr int kN = 24;
        for (int i = 0; i <= kN; ++i) {
            const double s = static_cast<double>(i) / kN;
            const double off = 3.0 * std::sin(M_PI * s) * std::sin(3 * M_PI * s + 0.9 * k);
            pts.push_back(polar(bearing + off, r0 + s * (r1 - r0)));
        }
        return pts;
    };
    const auto arc = [&](double from, double to, bool inner) {
        std::vector<QPointF> pts;
        const double span = std::fmod(to - from + 360.0, 360.0);
        const int n = static_cast<int>(std::lround((span == 0 ? 360.0 : span) / kArcStepDeg));
        for (int i = 0; i <= n; ++i) {
            const double b = from + i * kArcStepDeg;
            pts.push_back(polar(b, inner ? districtInnerR(core, b) : districtOuterR(outer, b)));
        }
        return pts;
    };
    std::vector<QPointF> coreRing = arc(0, 360, true);
    coreRing.pop_back();
    map.features.push_back({QStringLiteral("district:") + core.id, QStringLiteral("district"),
                            core.name, 0, polygonWkb(coreRing)});
    for (size_t i = 1; i < districts.size(); ++i) {
        const District& d = districts[i];
        const int kFrom = static_cast<int>(std::lround(d.fromDeg / 45.0 - 0.5));
        const int kTo = static_cast<int>(std::lround(d.toDeg / 45.0 - 0.5));
        std::vector<QPointF> ring = divider(d.fromDeg, kFrom);
        std::vector<QPointF> outerArc = arc(d.fromDeg, d.toDeg, false);
        ring.insert(ring.end(), outerArc.begin() + 1, outerArc.end());
        std::vector<QPointF> back = divider(d.toDeg, kTo);
        ring.insert(ring.end(), back.rbegin() + 1, back.rend());
        std::vector<QPointF> innerArc = arc(d.fromDeg, d.toDeg, true);
        ring.insert(ring.end(), innerArc.rbegin() + 1, innerArc.rend() - 1);
        map.features.push_back({QStringLiteral("district:") + d.id, QStringLiteral("district"),
                                d.name, 1, polygonWkb(ring)});
    }
}

void BasemapBuilder::addWater(Basemap& map) const {
    // The river: a meandering band from the north-west to the south-east.
    const QPointF a(-30000, 23000), b(30000, -21000);
    const QPointF dir = (b - a) / std::hypot(b.x() - a.x(), b.y() - a.y());
    const QPointF normal(-dir.y(), dir.x());
    constexpr int kN = 240;
    std::vector<QPointF> centre, left, right;
    for (int i = 0; i <= kN; ++i) {
        const double s = static_cast<double>(i) / kN;
        const double off =
            1500 * std::sin(2 * M_PI * 2.5 * s + 0.4) + 500 * std::sin(2 * M_PI * 7 * s);
        centre.push_back(a + (b - a) * s + normal * off);
    }
    for (int i = 0; i <= kN; ++i) {
        const QPointF prev = centre[static_cast<size_t>(std::max(0, i - 1))];
        const QPointF next = centre[static_cast<size_t>(std::min(kN, i + 1))];
        QPointF t = next - prev;
        t /= std::hypot(t.x(), t.y());
        const QPointF n(-t.y(), t.x());
        const double half = 0.5 * (150 + 50 * std::sin(i * 0.11));
        left.push_back(centre[static_cast<size_t>(i)] + n * half);
        right.push_back(centre[static_cast<size_t>(i)] - n * half);
    }
    std::vector<QPointF> band = left;
    band.insert(band.end(), right.rbegin(), right.rend());
    map.features.push_back({QStringLiteral("river:jinjiang"), QStringLiteral("river"),
                            QStringLiteral("锦江"), 0, polygonWkb(band)});

    struct Lake {
        const char* id;
        const char16_t* name;
        QPointF c;
        double r;
    };
    const Lake lakes[] = {{"xinglong", u"兴隆湖", QPointF(3000, -15500), 1100},
                          {"qinglong", u"青龙湖", QPointF(9500, 5500), 700}};
    for (const Lake& l : lakes) {
        std::vector<QPointF> ring;
        for (int i = 0; i < 72; ++i) {
            const double bearing = i * 5.0;
            ring.push_back(l.c + polar(bearing, wobble(l.r, bearing, 0.15, 3, 0.3, 0.08, 5, 1.1)));
        }
        map.features.push_back({QStringLiteral("water:") + QLatin1String(l.id),
                                QStringLiteral("water"), QString::fromUtf16(l.name), 0,
                                polygonWkb(ring)});
    }
}

void BasemapBuilder::addParks(Basemap& map) const {
    int k = 0;
    for (const IndustrialPark& p : m_frame.parks()) {
        std::vector<QPointF> ring;
        for (int i = 0; i < 72; ++i) {
            const double bearing = i * 5.0;
            ring.push_back(p.centreM +
                           polar(bearing, wobble(p.radiusM, bearing, 0.08, 4, k, 0.05, 7, 2 * k)));
        }
        map.features.push_back(
            {QStringLiteral("park:") + p.id, QStringLiteral("park"), p.name, 0, polygonWkb(ring)});
        ++k;
    }
}

void BasemapBuilder::addRoads(Basemap& map) const {
    RoadNetwork& net = map.roads;
    const auto radii = m_frame.ringRadiiM();
    // Radial bearings: every 30 degrees with a fixed jitter, on the ring-vertex step so radials
    // and rings share their junction points exactly.
    constexpr int kRadials = 12;
    constexpr double kJitter[kRadials] = {0, 2.5, -2.5, 5, 0, -5, 2.5, 0, -2.5, 5, -2.5, 2.5};
    std::vector<double> radialBearing(kRadials);
    for (int i = 0; i < kRadials; ++i)
        radialBearing[static_cast<size_t>(i)] = 15.0 + 30.0 * i + kJitter[i];

    // Rings: vertices every 2.5 degrees; junction nodes at the radial bearings.
    std::vector<std::vector<int>> ringNode(4, std::vector<int>(kRadials));
    for (int r = 0; r < 4; ++r) {
        std::vector<QPointF> whole;
        for (int i = 0; i <= 144; ++i) {
            const double b = i * kRingStepDeg;
            whole.push_back(polar(b, ringR(radii[static_cast<size_t>(r)], r, b)));
        }
        const QString name = QString::fromUtf16(kRingNames[r]);
        map.features.push_back({QStringLiteral("ring:%1").arg(r + 1), QStringLiteral("ring_road"),
                                name, r == 3 ? 0 : 1, lineWkb(whole)});
        for (int j = 0; j < kRadials; ++j) {
            const double b = radialBearing[static_cast<size_t>(j)];
            ringNode[static_cast<size_t>(r)][static_cast<size_t>(j)] =
                net.addNode(polar(b, ringR(radii[static_cast<size_t>(r)], r, b)));
        }
        const RoadClass kind = r == 3 ? RoadClass::Expressway : RoadClass::Ring;
        const double speed = r == 3 ? 50 : r == 2 ? 45 : 35;
        for (int j = 0; j < kRadials; ++j) {
            const double b0 = radialBearing[static_cast<size_t>(j)];
            double b1 = radialBearing[static_cast<size_t>((j + 1) % kRadials)];
            if (b1 < b0)
                b1 += 360;
            std::vector<QPointF> path;
            for (double b = b0; b <= b1 + 1e-9; b += kRingStepDeg)
                path.push_back(polar(b, ringR(radii[static_cast<size_t>(r)], r, b)));
            net.addEdge(ringNode[static_cast<size_t>(r)][static_cast<size_t>(j)],
                        ringNode[static_cast<size_t>(r)][static_cast<size_t>((j + 1) % kRadials)],
                        std::move(path), kind, speed, name);
        }
    }

    // Radial arterials from the first ring out past the expressway.
    for (int j = 0; j < kRadials; ++j) {
        const double b = radialBearing[static_cast<size_t>(j)];
        const QString name = QString::fromUtf16(kRadialNames[j]);
        const auto lateral = [&](double r) { // a gentle bend between the rings
            return b + 1.2 * std::sin(r / 2300.0 + j);
        };
        std::vector<QPointF> whole;
        int prevNode = ringNode[0][static_cast<size_t>(j)];
        std::vector<QPointF> seg{net.nodes()[static_cast<size_t>(prevNode)]};
        whole.push_back(seg.front());
        const auto close = [&](int node) {
            seg.push_back(net.nodes()[static_cast<size_t>(node)]);
            whole.push_back(seg.back());
            net.addEdge(prevNode, node, seg, RoadClass::Arterial, 40, name);
            prevNode = node;
            seg = {seg.back()};
        };
        for (int r = 1; r <= 4; ++r) {
            const double r0 = std::hypot(seg.front().x(), seg.front().y());
            const double r1 = r < 4 ? ringR(radii[static_cast<size_t>(r)], r, b) : kRadialEndM;
            for (double rr = r0 + 700; rr < r1 - 350; rr += 700) {
                seg.push_back(polar(lateral(rr), rr));
                whole.push_back(seg.back());
            }
            close(r < 4 ? ringNode[static_cast<size_t>(r)][static_cast<size_t>(j)]
                        : net.addNode(polar(lateral(kRadialEndM), kRadialEndM)));
        }
        map.features.push_back({QStringLiteral("road:radial%1").arg(j + 1, 2, 10, QLatin1Char('0')),
                                QStringLiteral("road"), name, 1, lineWkb(whole)});
    }

    // Core grid of minor streets inside the second ring.
    const int half = static_cast<int>(kGridRadiusM / kGridSpacingM);
    std::map<std::pair<int, int>, int> grid;
    for (int i = -half; i <= half; ++i)
        for (int j = -half; j <= half; ++j) {
            const QPointF p(i * kGridSpacingM, j * kGridSpacingM);
            if (std::hypot(p.x(), p.y()) <= kGridRadiusM)
                grid[{i, j}] = net.addNode(p);
        }
    const auto gridStreet = [&](bool eastWest, int line) {
        std::vector<QPointF> whole;
        int prev = -1;
        for (int k = -half; k <= half; ++k) {
            const auto key = eastWest ? std::make_pair(k, line) : std::make_pair(line, k);
            const auto it = grid.find(key);
            if (it == grid.end())
                continue;
            const QString name =
                (eastWest ? QStringLiteral("锦城横%1街") : QStringLiteral("锦城纵%1路"))
                    .arg(QString::fromUtf16(kNumerals[line + half]));
            if (prev >= 0)
                net.addEdge(prev, it->second, {}, RoadClass::Minor, 25, name);
            prev = it->second;
            whole.push_back(net.nodes()[static_cast<size_t>(it->second)]);
        }
        if (whole.size() >= 2)
            map.features.push_back(
                {QStringLiteral("road:grid-%1%2")
                     .arg(eastWest ? QLatin1Char('h') : QLatin1Char('v'))
                     .arg(line + half),
                 QStringLiteral("road"),
                 (eastWest ? QStringLiteral("锦城横%1街") : QStringLiteral("锦城纵%1路"))
                     .arg(QString::fromUtf16(kNumerals[line + half])),
                 2, lineWkb(whole)});
    };
    for (int line = -half; line <= half; ++line) {
        gridStreet(true, line);
        gridStreet(false, line);
    }
    // Link the first and second rings into the grid where the radials meet them.
    const auto nearestGrid = [&](QPointF p) {
        int best = -1;
        double bestD = 1e30;
        for (const auto& [key, node] : grid) {
            const double d = std::hypot(net.nodes()[static_cast<size_t>(node)].x() - p.x(),
                                        net.nodes()[static_cast<size_t>(node)].y() - p.y());
            if (d < bestD) {
                bestD = d;
                best = node;
            }
        }
        return best;
    };
    int link = 0;
    for (int r = 0; r < 2; ++r)
        for (int j = 0; j < kRadials; ++j) {
            const int ringN = ringNode[static_cast<size_t>(r)][static_cast<size_t>(j)];
            const QPointF p = net.nodes()[static_cast<size_t>(ringN)];
            const int g = nearestGrid(p);
            const QPointF q = net.nodes()[static_cast<size_t>(g)];
            const QString name = QStringLiteral("锦城连接道%1").arg(++link);
            net.addEdge(g, ringN, {}, RoadClass::Minor, 25, name);
            map.features.push_back({QStringLiteral("road:link%1").arg(link), QStringLiteral("road"),
                                    name, 3, lineWkb({q, p})});
        }

    // Industrial parks: a cross of streets through each park, tied to the two nearest junctions.
    const int backboneNodes = static_cast<int>(net.nodes().size());
    int pk = 0;
    for (const IndustrialPark& park : m_frame.parks()) {
        const QString name = park.name + QStringLiteral("园区路");
        const int centre = net.addNode(park.centreM);
        map.parkNodes.push_back(centre);
        const double arm = 0.75 * park.radiusM;
        std::vector<int> arms;
        for (int k = 0; k < 4; ++k) {
            const int node = net.addNode(park.centreM + polar(k * 90.0 + 10.0 * pk, arm));
            net.addEdge(centre, node, {}, RoadClass::Minor, 25, name);
            arms.push_back(node);
        }
        for (int k = 0; k < 2; ++k) {
            const QPointF a = net.nodes()[static_cast<size_t>(arms[static_cast<size_t>(k)])];
            const QPointF b = net.nodes()[static_cast<size_t>(arms[static_cast<size_t>(k + 2)])];
            map.features.push_back({QStringLiteral("road:park%1-%2").arg(park.id).arg(k),
                                    QStringLiteral("road"), name, 2,
                                    lineWkb({a, park.centreM, b})});
        }
        // The two (arm, junction) pairs closest together, on different arms.
        std::vector<std::tuple<double, int, int>> pairs;
        for (const int a : arms)
            for (int n = 0; n < backboneNodes; ++n) {
                const QPointF pa = net.nodes()[static_cast<size_t>(a)];
                const QPointF pn = net.nodes()[static_cast<size_t>(n)];
                pairs.emplace_back(std::hypot(pa.x() - pn.x(), pa.y() - pn.y()), a, n);
            }
        std::sort(pairs.begin(), pairs.end());
        int used = 0, usedArm = -1;
        for (const auto& [d, a, n] : pairs) {
            if (a == usedArm)
                continue;
            const QString linkName = park.name + QStringLiteral("连接线");
            net.addEdge(a, n, {}, RoadClass::Minor, 35, linkName);
            map.features.push_back({QStringLiteral("road:park%1-link%2").arg(park.id).arg(used),
                                    QStringLiteral("road"), linkName, 2,
                                    lineWkb({net.nodes()[static_cast<size_t>(a)],
                                             net.nodes()[static_cast<size_t>(n)]})});
            usedArm = a;
            if (++used == 2)
                break;
        }
        ++pk;
    }
}

} // namespace eco::demo
