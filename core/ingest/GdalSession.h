// GdalSession: the GDAL plumbing the raster importer needs, kept in RAII form. GdalErrorCapture
// routes GDAL's error messages (which it otherwise prints to stderr) into a list for the duration
// of a scope, so a corrupt file becomes one clear message; handles close themselves; drivers are
// registered once per process however many importers run.
#pragma once

#include <gdal.h>
#include <ogr_srs_api.h>

#include <QString>
#include <QStringList>

#include <memory>
#include <type_traits>

namespace eco::ingest {

// Registers the GDAL drivers the first time it is called; thread-safe.
void ensureGdalRegistered();

class GdalErrorCapture {
public:
    GdalErrorCapture();
    ~GdalErrorCapture();
    GdalErrorCapture(const GdalErrorCapture&) = delete;
    GdalErrorCapture& operator=(const GdalErrorCapture&) = delete;

    // The failures and warnings seen so far, newest last, joined with "; ".
    QString message() const;
    void clear() { m_messages.clear(); }

private:
    static void CPL_STDCALL handler(CPLErr level, CPLErrorNum code, const char* msg);
    QStringList m_messages;
};

struct GdalDatasetCloser {
    void operator()(GDALDatasetH h) const { GDALClose(h); }
};
using GdalDataset = std::unique_ptr<std::remove_pointer_t<GDALDatasetH>, GdalDatasetCloser>;

struct OgrSrsDeleter {
    void operator()(OGRSpatialReferenceH h) const { OSRDestroySpatialReference(h); }
};
using OgrSrs = std::unique_ptr<std::remove_pointer_t<OGRSpatialReferenceH>, OgrSrsDeleter>;

struct OgrTransformDeleter {
    void operator()(OGRCoordinateTransformationH h) const { OCTDestroyCoordinateTransformation(h); }
};
using OgrTransform =
    std::unique_ptr<std::remove_pointer_t<OGRCoordinateTransformationH>, OgrTransformDeleter>;

} // namespace eco::ingest
