#include "core/geo/WkbPath.h"

#include <ogr_api.h>
#include <ogr_geometry.h>

#include <memory>

namespace eco::geo {

namespace {

struct GeometryDeleter {
    void operator()(OGRGeometry* g) const { OGRGeometryFactory::destroyGeometry(g); }
};
using GeometryPtr = std::unique_ptr<OGRGeometry, GeometryDeleter>;

void addCurve(QPainterPath& path, const OGRSimpleCurve& curve, const Projector& project,
              bool close) {
    const int n = curve.getNumPoints();
    for (int i = 0; i < n; ++i) {
        const QPointF p = project(curve.getX(i), curve.getY(i));
        if (i == 0)
            path.moveTo(p);
        else
            path.lineTo(p);
    }
    if (close && n > 0)
        path.closeSubpath();
}

// False when the geometry holds a kind we do not draw.
bool addGeometry(QPainterPath& path, const OGRGeometry& g, const Projector& project,
                 bool& polygonal) {
    switch (wkbFlatten(g.getGeometryType())) {
    case wkbPoint: {
        const auto& pt = *g.toPoint();
        const QPointF p = project(pt.getX(), pt.getY());
        path.addEllipse(p, 0.5, 0.5);
        return true;
    }
    case wkbLineString:
        addCurve(path, *g.toLineString(), project, false);
        return true;
    case wkbPolygon: {
        const auto& poly = *g.toPolygon();
        polygonal = true;
        if (const auto* ring = poly.getExteriorRing())
            addCurve(path, *ring, project, true);
        for (int i = 0; i < poly.getNumInteriorRings(); ++i)
            addCurve(path, *poly.getInteriorRing(i), project, true);
        return true;
    }
    case wkbMultiPoint:
    case wkbMultiLineString:
    case wkbMultiPolygon:
    case wkbGeometryCollection: {
        const auto& coll = *g.toGeometryCollection();
        for (int i = 0; i < coll.getNumGeometries(); ++i)
            if (!addGeometry(path, *coll.getGeometryRef(i), project, polygonal))
                return false;
        return true;
    }
    default:
        return false;
    }
}

} // namespace

std::optional<WkbShape> wkbToShape(const QByteArray& wkb, const Projector& project,
                                   QString* error) {
    auto fail = [&](const QString& why) -> std::optional<WkbShape> {
        if (error)
            *error = QStringLiteral("WKB: ") + why;
        return std::nullopt;
    };
    if (wkb.isEmpty())
        return fail(QStringLiteral("empty geometry"));
    OGRGeometry* raw = nullptr;
    const OGRErr err = OGRGeometryFactory::createFromWkb(wkb.constData(), nullptr, &raw,
                                                         static_cast<size_t>(wkb.size()));
    GeometryPtr geom(raw);
    if (err != OGRERR_NONE || !geom)
        return fail(QStringLiteral("not a readable geometry (%1 bytes)").arg(wkb.size()));
    WkbShape shape;
    shape.path.setFillRule(Qt::OddEvenFill);
    if (!addGeometry(shape.path, *geom, project, shape.polygonal))
        return fail(QStringLiteral("unsupported geometry type %1")
                        .arg(QString::fromLatin1(geom->getGeometryName())));
    // PointOnSurface is inside even for concave districts, where the centroid may fall outside;
    // prefer the centroid when it is inside, as it looks centred.
    if (shape.polygonal) {
        OGRPoint centroid;
        if (geom->Centroid(&centroid) == OGRERR_NONE && geom->Contains(&centroid)) {
            shape.labelPoint = project(centroid.getX(), centroid.getY());
        } else {
            GeometryPtr inside(
                OGRGeometry::FromHandle(OGR_G_PointOnSurface(OGRGeometry::ToHandle(geom.get()))));
            const OGRGeometry* g = inside ? inside.get() : nullptr;
            if (g && wkbFlatten(g->getGeometryType()) == wkbPoint)
                shape.labelPoint = project(g->toPoint()->getX(), g->toPoint()->getY());
            else
                shape.labelPoint = shape.path.boundingRect().center();
        }
    } else if (shape.path.elementCount() > 1) {
        shape.labelPoint = shape.path.pointAtPercent(0.5);
    } else if (!shape.path.isEmpty()) {
        shape.labelPoint = shape.path.boundingRect().center();
    }
    return shape;
}

} // namespace eco::geo
