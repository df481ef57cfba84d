// ImageBufferPool: recycles the memory of full-size layer images. A 3840x2160 ARGB image is
// 33 MB; allocating it fresh costs a page fault per 4 KiB page on first touch, which on a virtual
// machine takes longer than drawing most layers (measured: 240-390 ms for one 4K image, against
// 1 ms to clear an image whose pages are already mapped). An image taken from the pool shares
// nothing and behaves like any QImage; when its last copy is destroyed, its buffer returns to the
// pool (or is freed, if the pool is gone or full). Thread-safe.
#pragma once

#include <QImage>
#include <QMutex>
#include <QSize>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace eco::render {

class ImageBufferPool : public std::enable_shared_from_this<ImageBufferPool> {
public:
    // maxFreeBytes: buffers kept for reuse beyond that are freed. The default holds two full
    // 4K renders (a job draws while the canvas still shows the last one).
    static std::shared_ptr<ImageBufferPool> create(qint64 maxFreeBytes = qint64(640) * 1024 * 1024);

    // An ARGB32_Premultiplied image of deviceSize filled with transparent, its device pixel
    // ratio set.
    QImage acquire(QSize deviceSize, double dpr);

    qint64 freeBytes() const;
    // Buffers handed out and not yet returned, in bytes (layer images alive anywhere).
    qint64 liveBytes() const;
    qint64 peakBytes() const; // peak of live + free
    // Images handed out, and how many of them needed fresh memory (page faults on first touch).
    std::int64_t acquisitions() const;
    std::int64_t freshAllocations() const;
    void trim(); // frees every free buffer

private:
    explicit ImageBufferPool(qint64 maxFreeBytes) : m_maxFree(maxFreeBytes) {}
    struct Block;
    static void giveBack(void* info);
    void put(std::unique_ptr<unsigned char[]> data, std::size_t bytes);

    mutable QMutex m_mutex;
    struct FreeBuffer {
        std::unique_ptr<unsigned char[]> data;
        std::size_t bytes = 0;
    };
    std::vector<FreeBuffer> m_free;
    qint64 m_maxFree;
    qint64 m_freeBytes = 0;
    qint64 m_liveBytes = 0;
    qint64 m_peak = 0;
    std::int64_t m_acquisitions = 0;
    std::int64_t m_fresh = 0;
};

} // namespace eco::render
