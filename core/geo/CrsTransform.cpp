#include "core/geo/CrsTransform.h"

#include "core/geo/GeoError.h"

#include <proj.h>

#include <cmath>
#include <limits>

namespace eco::geo {

void CrsTransform::ContextDeleter::operator()(pj_ctx* c) const {
    proj_context_destroy(c);
}
void CrsTransform::PjDeleter::operator()(PJconsts* p) const {
    proj_destroy(p);
}

namespace {

std::string contextError(PJ_CONTEXT* ctx) {
    const int err = proj_context_errno(ctx);
    const char* text = err ? proj_context_errno_string(ctx, err) : nullptr;
    return text ? std::string(text) : std::string("unknown error");
}

} // namespace

CrsTransform::CrsTransform(const QString& source, const QString& destination)
    : m_source(source), m_destination(destination), m_ctx(proj_context_create()) {
    if (!m_ctx)
        throw GeoError("PROJ: cannot create a context");
    // PROJ prints its own errors to stderr; ours say the same thing with the CRS named.
    proj_log_level(m_ctx.get(), PJ_LOG_NONE);
    for (const QString& def : {source, destination}) {
        if (def.trimmed().isEmpty())
            throw GeoError("empty CRS definition");
        PJ* crs = proj_create(m_ctx.get(), def.toUtf8().constData());
        if (!crs)
            throw GeoError("unknown CRS '" + def.toStdString() + "': " + contextError(m_ctx.get()));
        const bool isCrs = proj_is_crs(crs);
        proj_destroy(crs);
        if (!isCrs)
            throw GeoError("'" + def.toStdString() + "' is not a CRS");
    }
    PJ* raw = proj_create_crs_to_crs(m_ctx.get(), source.toUtf8().constData(),
                                     destination.toUtf8().constData(), nullptr);
    if (!raw)
        throw GeoError("no transform from '" + source.toStdString() + "' to '" +
                       destination.toStdString() + "': " + contextError(m_ctx.get()));
    PJ* normalized = proj_normalize_for_visualization(m_ctx.get(), raw);
    proj_destroy(raw);
    if (!normalized)
        throw GeoError("cannot normalise the axis order of '" + source.toStdString() + "' -> '" +
                       destination.toStdString() + "'");
    m_pj.reset(normalized);
}

CrsTransform::CrsTransform(CrsTransform&&) noexcept = default;
CrsTransform& CrsTransform::operator=(CrsTransform&&) noexcept = default;
CrsTransform::~CrsTransform() = default;

QPointF CrsTransform::transform(QPointF p, Direction d) const {
    double x = p.x(), y = p.y();
    if (transformInPlace({&x, 1}, {&y, 1}, d) != 0)
        throw GeoError(
            "cannot transform (" + std::to_string(p.x()) + ", " + std::to_string(p.y()) +
            ") from '" + (d == Direction::Forward ? m_source : m_destination).toStdString() +
            "' to '" + (d == Direction::Forward ? m_destination : m_source).toStdString() + "'");
    return {x, y};
}

std::size_t CrsTransform::transformInPlace(std::span<double> xs, std::span<double> ys,
                                           Direction d) const {
    if (xs.size() != ys.size())
        throw GeoError("transformInPlace: x and y arrays differ in size");
    if (xs.empty())
        return 0;
    proj_errno_reset(m_pj.get());
    proj_trans_generic(m_pj.get(), d == Direction::Forward ? PJ_FWD : PJ_INV, xs.data(),
                       sizeof(double), xs.size(), ys.data(), sizeof(double), ys.size(), nullptr, 0,
                       0, nullptr, 0, 0);
    std::size_t failed = 0;
    for (std::size_t i = 0; i < xs.size(); ++i) {
        if (!std::isfinite(xs[i]) || !std::isfinite(ys[i])) {
            xs[i] = ys[i] = std::numeric_limits<double>::quiet_NaN();
            ++failed;
        }
    }
    return failed;
}

bool CrsTransform::sameCrs(const QString& a, const QString& b) {
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

} // namespace eco::geo
