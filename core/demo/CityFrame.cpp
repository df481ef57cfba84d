#include "core/demo/CityFrame.h"

#include <QtMath>

#include <cmath>

namespace eco::demo {

CityFrame::CityFrame() {
    const double inner = 6500; // the second ring bounds the core district
    const double outer = kCityRadiusM;
    m_districts = {
        {QStringLiteral("D01"), QStringLiteral("锦城区"), QStringLiteral("Jincheng"), 0, inner, 0,
         360},
        {QStringLiteral("D02"), QStringLiteral("北岭区"), QStringLiteral("Beiling"), inner, outer,
         337.5, 22.5},
        {QStringLiteral("D03"), QStringLiteral("东湖区"), QStringLiteral("Donghu"), inner, outer,
         22.5, 67.5},
        {QStringLiteral("D04"), QStringLiteral("龙泉区"), QStringLiteral("Longquan"), inner, outer,
         67.5, 112.5},
        {QStringLiteral("D05"), QStringLiteral("南桥区"), QStringLiteral("Nanqiao"), inner, outer,
         112.5, 157.5},
        {QStringLiteral("D06"), QStringLiteral("天府区"), QStringLiteral("Tianfu"), inner, outer,
         157.5, 202.5},
        {QStringLiteral("D07"), QStringLiteral("双流区"), QStringLiteral("Shuangliu"), inner, outer,
         202.5, 247.5},
        {QStringLiteral("D08"), QStringLiteral("温江区"), QStringLiteral("Wenjiang"), inner, outer,
         247.5, 292.5},
        {QStringLiteral("D09"), QStringLiteral("郫都区"), QStringLiteral("Pidu"), inner, outer,
         292.5, 337.5},
    };
    m_parks = {
        {QStringLiteral("P1"),
         QStringLiteral("青白江工业园"),
         QPointF(14000, 15000),
         3500,
         {QStringLiteral("steel"), QStringLiteral("chemical"),
          QStringLiteral("building_materials")}},
        {QStringLiteral("P2"),
         QStringLiteral("龙泉汽车产业园"),
         QPointF(17500, -2500),
         3000,
         {QStringLiteral("automotive"), QStringLiteral("surface_coating")}},
        {QStringLiteral("P3"),
         QStringLiteral("新津化工园"),
         QPointF(-3000, -21000),
         3000,
         {QStringLiteral("chemical"), QStringLiteral("pharmaceutical")}},
        {QStringLiteral("P4"),
         QStringLiteral("双流航空港园区"),
         QPointF(-11000, -10000),
         2800,
         {QStringLiteral("electronics"), QStringLiteral("printing"), QStringLiteral("food")}},
        {QStringLiteral("P5"),
         QStringLiteral("郫都建材园"),
         QPointF(-15000, 11000),
         2600,
         {QStringLiteral("building_materials"), QStringLiteral("power"),
          QStringLiteral("furniture")}},
    };
}

QPointF CityFrame::toLocal(double lon, double lat) const {
    return m_plane.toLocal(lon, lat);
}

QPointF CityFrame::toLonLat(QPointF m) const {
    return m_plane.toLonLat(m);
}

const District& CityFrame::districtAt(QPointF m) const {
    const double d = std::hypot(m.x(), m.y());
    if (d < m_districts.front().outerM)
        return m_districts.front();
    double bearing = qRadiansToDegrees(std::atan2(m.x(), m.y()));
    if (bearing < 0)
        bearing += 360;
    for (size_t i = 1; i < m_districts.size(); ++i) {
        const District& dist = m_districts[i];
        const bool wraps = dist.fromDeg > dist.toDeg;
        const bool inside = wraps ? (bearing >= dist.fromDeg || bearing < dist.toDeg)
                                  : (bearing >= dist.fromDeg && bearing < dist.toDeg);
        if (inside)
            return dist;
    }
    return m_districts[1];
}

} // namespace eco::demo
