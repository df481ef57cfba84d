// ImageCompare: how the render tests compare an image with its control image. Text anti-aliasing
// and font hinting may differ by a few levels between builds, while a shape moved by a pixel must
// not hide, so the measure is the fraction of pixels whose largest channel difference exceeds a
// tolerance; the differing pixels are painted red in `diff` for a failing test to save.
#pragma once

#include <QImage>

namespace eco::testing {

double differingFraction(const QImage& a, const QImage& b, int tolerance, QImage* diff);

} // namespace eco::testing
