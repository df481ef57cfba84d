#include "ui/map/CoordinateReadout.h"

#include "core/geo/ChinaOffsets.h"
#include "core/geo/CrsTransform.h"
#include "core/geo/GeoError.h"

#include <cmath>

namespace eco::ui {

CoordinateReadout::CoordinateReadout(QWidget* parent) : QLabel(parent) {
    setObjectName(QStringLiteral("coordinates"));
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    try {
        m_toCgcs2000 = std::make_unique<geo::CrsTransform>(QStringLiteral("EPSG:4326"),
                                                           QStringLiteral("EPSG:4490"));
    } catch (const geo::GeoError&) {
        // Without the PROJ database the CGCS2000 column says so instead of guessing.
    }
}

CoordinateReadout::~CoordinateReadout() = default;

QString CoordinateReadout::format(QPointF wgs) const {
    if (!std::isfinite(wgs.x()) || !std::isfinite(wgs.y()))
        return {};
    auto pair = [](QPointF p) {
        return QStringLiteral("%1, %2").arg(p.x(), 0, 'f', 6).arg(p.y(), 0, 'f', 6);
    };
    QString cgcs = tr("n/a");
    if (m_toCgcs2000) {
        try {
            cgcs = pair(m_toCgcs2000->transform(wgs));
        } catch (const geo::GeoError&) {
        }
    }
    const geo::LonLat gcj = geo::wgs84ToGcj02({wgs.x(), wgs.y()});
    return tr("WGS84 %1   CGCS2000 %2   GCJ-02 %3")
        .arg(pair(wgs), cgcs, pair(QPointF(gcj.lon, gcj.lat)));
}

void CoordinateReadout::showLonLat(QPointF wgs84) {
    setText(format(wgs84));
}

} // namespace eco::ui
