// GdalDatasetCache: the GDAL datasets a worker thread has open, kept between renders. Opening a
// raster costs a file open and header parse, and GDAL's block cache belongs to the dataset: a
// dataset closed after each render throws away every decoded block, so a compressed GeoTIFF is
// inflated again on every frame (about 100 ms of CPU for 16 MB of floats). GDAL handles must not
// be used by two threads at once, so each thread has its own small cache (the design's "one
// dataset handle per worker thread"); a file that changed on disk (size or modification time) is
// opened afresh. Entries are closed when they fall out of the thread's cache or the thread ends.
#pragma once

#include <QString>

#include <gdal.h>

namespace eco::render {

class GdalDatasetCache {
public:
    // Datasets kept open per thread (the least recently used one is closed beyond that).
    static constexpr int kPerThread = 6;

    // The calling thread's dataset for path, opened read-only with openOptions (null-terminated,
    // may be null) if it is not open yet. Null when GDAL cannot open it (CPLGetLastErrorMsg says
    // why). The handle stays owned by the cache and is valid until this thread's next call.
    static GDALDatasetH open(const QString& path, const char* const* openOptions);
    // Closes the calling thread's datasets (for tests; a finished thread closes its own).
    static void closeAll();
};

} // namespace eco::render
