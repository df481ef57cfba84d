#include "ImageCompare.h"

#include <algorithm>
#include <cstdlib>

namespace eco::testing {

double differingFraction(const QImage& a, const QImage& b, int tolerance, QImage* diff) {
    const QImage x = a.convertToFormat(QImage::Format_ARGB32);
    const QImage y = b.convertToFormat(QImage::Format_ARGB32);
    *diff = QImage(x.size(), QImage::Format_ARGB32);
    diff->fill(Qt::white);
    qint64 bad = 0;
    for (int r = 0; r < x.height(); ++r) {
        const auto* px = reinterpret_cast<const QRgb*>(x.constScanLine(r));
        const auto* py = reinterpret_cast<const QRgb*>(y.constScanLine(r));
        for (int c = 0; c < x.width(); ++c) {
            const int d = std::max(
                {std::abs(qRed(px[c]) - qRed(py[c])), std::abs(qGreen(px[c]) - qGreen(py[c])),
                 std::abs(qBlue(px[c]) - qBlue(py[c])), std::abs(qAlpha(px[c]) - qAlpha(py[c]))});
            if (d > tolerance) {
                ++bad;
                diff->setPixel(c, r, qRgb(255, 0, 0));
            }
        }
    }
    return static_cast<double>(bad) / (static_cast<double>(x.width()) * x.height());
}

} // namespace eco::testing
