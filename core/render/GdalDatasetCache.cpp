#include "core/render/GdalDatasetCache.h"

#include <QFileInfo>

#include <algorithm>
#include <list>
#include <memory>

namespace eco::render {

namespace {

struct DatasetCloser {
    void operator()(void* ds) const { GDALClose(ds); }
};

struct Entry {
    QString path;
    qint64 size = -1;
    qint64 modified = 0;
    std::unique_ptr<void, DatasetCloser> dataset;
};

// Most recently used first. Thread-local on purpose: a GDAL dataset is not thread-safe.
std::list<Entry>& threadEntries() {
    thread_local std::list<Entry> entries;
    return entries;
}

} // namespace

GDALDatasetH GdalDatasetCache::open(const QString& path, const char* const* openOptions) {
    std::list<Entry>& entries = threadEntries();
    // Not every GDAL source is a file (NETCDF:"f.nc":var, /vsicurl/...): those keep size -1.
    const QFileInfo info(path);
    const qint64 size = info.exists() ? info.size() : -1;
    const qint64 modified = info.exists() ? info.lastModified().toMSecsSinceEpoch() : 0;
    const auto it = std::find_if(entries.begin(), entries.end(),
                                 [&](const Entry& e) { return e.path == path; });
    if (it != entries.end()) {
        if (it->size == size && it->modified == modified) {
            entries.splice(entries.begin(), entries, it);
            return entries.front().dataset.get();
        }
        entries.erase(it); // changed on disk
    }
    GDALDatasetH ds = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY,
                                 nullptr, openOptions, nullptr);
    if (!ds)
        return nullptr;
    entries.push_front({path, size, modified, std::unique_ptr<void, DatasetCloser>(ds)});
    while (static_cast<int>(entries.size()) > kPerThread)
        entries.pop_back();
    return ds;
}

void GdalDatasetCache::closeAll() {
    threadEntries().clear();
}

} // namespace eco::render
