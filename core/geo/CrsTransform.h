// CrsTransform: a coordinate transform between two CRSs through PROJ, always in the
// visualisation axis order (x = easting or longitude, y = northing or latitude), whatever the
// CRS's official axis order says. It owns its PROJ context and transform, so one object is used
// by one thread at a time (PROJ contexts are not thread-safe); a worker that needs a transform
// creates its own, which keeps every thread on its own context without shared state.
#pragma once

#include <QPointF>
#include <QString>

#include <memory>
#include <span>

struct pj_ctx;
struct PJconsts;

namespace eco::geo {

class CrsTransform {
public:
    enum class Direction { Forward, Inverse };

    // Builds source -> destination ("EPSG:4326", "EPSG:3857", WKT, PROJ strings: anything
    // proj_create accepts). Throws GeoError naming the CRS that PROJ does not know.
    CrsTransform(const QString& source, const QString& destination);
    CrsTransform(CrsTransform&&) noexcept;
    CrsTransform& operator=(CrsTransform&&) noexcept;
    CrsTransform(const CrsTransform&) = delete;
    CrsTransform& operator=(const CrsTransform&) = delete;
    ~CrsTransform();

    QString source() const { return m_source; }
    QString destination() const { return m_destination; }

    // Throws GeoError when the point cannot be transformed (outside the CRS's domain).
    QPointF transform(QPointF p, Direction d = Direction::Forward) const;
    // Transforms in place; points that cannot be transformed become NaN. Returns how many failed.
    // xs and ys must have the same size.
    std::size_t transformInPlace(std::span<double> xs, std::span<double> ys,
                                 Direction d = Direction::Forward) const;

    // True when both name the same CRS (then transforms are identities and may be skipped).
    static bool sameCrs(const QString& a, const QString& b);

private:
    struct ContextDeleter {
        void operator()(pj_ctx* c) const;
    };
    struct PjDeleter {
        void operator()(PJconsts* p) const;
    };
    QString m_source;
    QString m_destination;
    // Declared context first so the transform is destroyed before it.
    std::unique_ptr<pj_ctx, ContextDeleter> m_ctx;
    std::unique_ptr<PJconsts, PjDeleter> m_pj;
};

} // namespace eco::geo
