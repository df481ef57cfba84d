#include "core/render/ImageBufferPool.h"

#include <QMutexLocker>

#include <algorithm>
#include <cstring>

namespace eco::render {

// The cleanup info of one image: its buffer and a weak link to the pool (images may outlive it).
struct ImageBufferPool::Block {
    std::unique_ptr<unsigned char[]> data;
    std::size_t bytes = 0;
    std::weak_ptr<ImageBufferPool> pool;
};

std::shared_ptr<ImageBufferPool> ImageBufferPool::create(qint64 maxFreeBytes) {
    return std::shared_ptr<ImageBufferPool>(new ImageBufferPool(maxFreeBytes));
}

QImage ImageBufferPool::acquire(QSize size, double dpr) {
    if (size.isEmpty())
        return {};
    const std::size_t bytes = static_cast<std::size_t>(size.width()) *
                              static_cast<std::size_t>(size.height()) * sizeof(QRgb);
    auto block = std::make_unique<Block>();
    block->bytes = bytes;
    block->pool = weak_from_this();
    {
        const QMutexLocker lock(&m_mutex);
        const auto it = std::find_if(m_free.begin(), m_free.end(),
                                     [&](const FreeBuffer& f) { return f.bytes == bytes; });
        if (it != m_free.end()) {
            block->data = std::move(it->data);
            m_freeBytes -= static_cast<qint64>(bytes);
            m_free.erase(it);
        } else {
            ++m_fresh;
        }
        ++m_acquisitions;
        m_liveBytes += static_cast<qint64>(bytes);
        m_peak = std::max(m_peak, m_liveBytes + m_freeBytes);
    }
    if (!block->data)
        block->data = std::make_unique_for_overwrite<unsigned char[]>(bytes);
    std::memset(block->data.get(), 0, bytes); // transparent
    unsigned char* data = block->data.get();
    QImage image(data, size.width(), size.height(), size.width() * static_cast<int>(sizeof(QRgb)),
                 QImage::Format_ARGB32_Premultiplied, &ImageBufferPool::giveBack, block.release());
    image.setDevicePixelRatio(dpr);
    return image;
}

void ImageBufferPool::giveBack(void* info) {
    std::unique_ptr<Block> block(static_cast<Block*>(info));
    if (auto pool = block->pool.lock())
        pool->put(std::move(block->data), block->bytes);
}

void ImageBufferPool::put(std::unique_ptr<unsigned char[]> data, std::size_t bytes) {
    const QMutexLocker lock(&m_mutex);
    m_liveBytes -= static_cast<qint64>(bytes);
    if (m_freeBytes + static_cast<qint64>(bytes) > m_maxFree)
        return; // data freed here
    m_freeBytes += static_cast<qint64>(bytes);
    m_free.push_back({std::move(data), bytes});
}

qint64 ImageBufferPool::freeBytes() const {
    const QMutexLocker lock(&m_mutex);
    return m_freeBytes;
}

qint64 ImageBufferPool::liveBytes() const {
    const QMutexLocker lock(&m_mutex);
    return m_liveBytes;
}

qint64 ImageBufferPool::peakBytes() const {
    const QMutexLocker lock(&m_mutex);
    return m_peak;
}

std::int64_t ImageBufferPool::acquisitions() const {
    const QMutexLocker lock(&m_mutex);
    return m_acquisitions;
}

std::int64_t ImageBufferPool::freshAllocations() const {
    const QMutexLocker lock(&m_mutex);
    return m_fresh;
}

void ImageBufferPool::trim() {
    const QMutexLocker lock(&m_mutex);
    m_free.clear();
    m_freeBytes = 0;
}

} // namespace eco::render
