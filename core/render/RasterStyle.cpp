#include "core/render/RasterStyle.h"

#include "core/render/GdalQuietErrors.h"

#include <QCoreApplication>

#include <cpl_error.h>
#include <gdal.h>

#include <algorithm>
#include <memory>

namespace eco::render {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("eco::render::RasterStyle", text);
}

std::optional<int> alphaBand(GDALDatasetH ds) {
    for (int b = 1; b <= GDALGetRasterCount(ds); ++b)
        if (GDALGetRasterColorInterpretation(GDALGetRasterBand(ds, b)) == GCI_AlphaBand)
            return b;
    return std::nullopt;
}

bool looksRgb(GDALDatasetH ds) {
    if (GDALGetRasterCount(ds) < 3)
        return false;
    return GDALGetRasterColorInterpretation(GDALGetRasterBand(ds, 1)) == GCI_RedBand &&
           GDALGetRasterColorInterpretation(GDALGetRasterBand(ds, 2)) == GCI_GreenBand &&
           GDALGetRasterColorInterpretation(GDALGetRasterBand(ds, 3)) == GCI_BlueBand;
}

} // namespace

std::optional<RasterColouriser> RasterColouriser::create(const RasterStyle& style, void* dataset,
                                                         QString* error) {
    auto* ds = static_cast<GDALDatasetH>(dataset);
    const int count = GDALGetRasterCount(ds);
    if (count < 1) {
        *error = tr("the file has no raster band");
        return std::nullopt;
    }
    auto checkBand = [&](int b) {
        if (b >= 1 && b <= count)
            return true;
        *error = tr("band %1 does not exist (the raster has %2)").arg(b).arg(count);
        return false;
    };
    RasterColouriser c;
    c.m_style = style;
    c.m_ramp = ColourRamp::byName(style.ramp);
    RasterStyle::Mode mode = style.mode;
    if (mode == RasterStyle::Mode::Auto) {
        if (looksRgb(ds)) {
            mode = RasterStyle::Mode::Rgb;
            c.m_style.rgb = {1, 2, 3};
        } else if (GDALGetRasterColorTable(GDALGetRasterBand(ds, 1))) {
            c.m_kind = Kind::Palette;
        }
        if (mode == RasterStyle::Mode::Auto)
            c.m_style.band = 1;
    }
    if (mode == RasterStyle::Mode::Rgb) {
        c.m_kind = Kind::Rgb;
        for (int b : c.m_style.rgb) {
            if (!checkBand(b))
                return std::nullopt;
            c.m_bands.push_back(b);
        }
        if (const auto a = alphaBand(ds)) {
            c.m_bands.push_back(*a);
            c.m_hasAlpha = true;
        }
        c.m_byteData = !style.min && !style.max;
        for (int b : c.m_style.rgb)
            c.m_byteData =
                c.m_byteData && GDALGetRasterDataType(GDALGetRasterBand(ds, b)) == GDT_Byte;
    } else {
        if (!checkBand(c.m_style.band))
            return std::nullopt;
        c.m_bands.push_back(c.m_style.band);
        GDALRasterBandH band = GDALGetRasterBand(ds, c.m_style.band);
        if (c.m_kind == Kind::Palette) {
            GDALColorTableH table = GDALGetRasterColorTable(band);
            const int n = std::min(256, GDALGetColorEntryCount(table));
            for (int i = 0; i < n; ++i) {
                const GDALColorEntry* e = GDALGetColorEntry(table, i);
                c.m_palette[static_cast<std::size_t>(i)] =
                    qPremultiply(qRgba(e->c1, e->c2, e->c3, e->c4));
            }
        } else {
            double mn = 0, mx = 0, mean = 0, sd = 0;
            if (GDALGetRasterStatistics(band, TRUE, FALSE, &mn, &mx, &mean, &sd) == CE_None &&
                mx > mn)
                c.m_statistics = std::make_pair(mn, mx);
        }
    }
    for (std::size_t k = 0; k < c.m_bands.size(); ++k) {
        int has = 0;
        const double nd = GDALGetRasterNoDataValue(GDALGetRasterBand(ds, c.m_bands[k]), &has);
        c.m_hasNoData[k] = has != 0;
        c.m_noData[k] = static_cast<float>(nd);
    }
    return c;
}

bool RasterColouriser::prepare(std::span<const std::vector<float>> buffers) {
    m_buffers = buffers;
    if (m_kind == Kind::Palette)
        return true;
    // The range: what the user set, else the file's statistics (ramp), else the values read
    // (approximate, as the buffer may come from an overview, which is what is shown).
    const std::size_t valueBands = m_kind == Kind::Rgb ? 3 : 1;
    double lo = INFINITY, hi = -INFINITY;
    const bool needValues = m_kind == Kind::Ramp ? !(m_style.min && m_style.max) && !m_statistics
                                                 : !m_byteData && !(m_style.min && m_style.max);
    bool any = !needValues;
    if (needValues)
        for (std::size_t k = 0; k < valueBands; ++k)
            for (float v : buffers[k])
                if (!std::isnan(v) && !(m_hasNoData[k] && v == m_noData[k])) {
                    lo = std::min<double>(lo, v);
                    hi = std::max<double>(hi, v);
                    any = true;
                }
    if (!any)
        return false;
    if (m_kind == Kind::Rgb && m_byteData) {
        m_min = 0;
        m_max = 255;
    } else {
        if (m_kind == Kind::Ramp && m_statistics) {
            lo = m_statistics->first;
            hi = m_statistics->second;
        }
        m_min = m_style.min.value_or(lo);
        m_max = m_style.max.value_or(hi);
        if (!(m_max > m_min))
            m_max = m_min + 1;
    }
    // Values to 0-255 as one multiply-add; the scan loop then only looks up.
    const float scale = static_cast<float>(255.0 / (m_max - m_min));
    const float offset = static_cast<float>(-m_min) * scale;
    m_scale.fill(scale);
    m_offset.fill(offset);
    return true;
}

QRgb RasterColouriser::rgbPixel(std::size_t i) const {
    const float r = m_buffers[0][i], g = m_buffers[1][i], b = m_buffers[2][i];
    int a = 255;
    if (m_hasAlpha) {
        const float av = m_buffers[3][i];
        a = std::isnan(av) ? 0 : std::clamp(static_cast<int>(av), 0, 255);
        if (a == 0)
            return 0;
    }
    if (std::isnan(r) || std::isnan(g) || std::isnan(b))
        return 0;
    if (m_hasNoData[0] && r == m_noData[0] && g == m_noData[1] && b == m_noData[2])
        return 0;
    auto level = [this](float v) {
        const float t = v * m_scale[0] + m_offset[0];
        return t <= 0 ? 0 : (t >= 255 ? 255 : static_cast<int>(t));
    };
    return qPremultiply(qRgba(level(r), level(g), level(b), a));
}

std::optional<Legend> RasterColouriser::legend(const QString& title) const {
    if (m_kind != Kind::Ramp)
        return std::nullopt;
    Legend l;
    l.title = title;
    l.ramp = true;
    for (const QColor& c : m_ramp.stops())
        l.entries.push_back({QString(), c});
    l.lowLabel = QString::number(m_min, 'g', 3);
    l.highLabel = QString::number(m_max, 'g', 3);
    return l;
}

std::optional<std::pair<double, double>> rasterBandRange(const QString& gdalName, int band,
                                                         QString* error) {
    GDALAllRegister();
    const GdalQuietErrors quiet;
    struct Closer {
        void operator()(void* ds) const { GDALClose(ds); }
    };
    std::unique_ptr<void, Closer> ds(GDALOpenEx(gdalName.toUtf8().constData(),
                                                GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr,
                                                nullptr));
    if (!ds) {
        *error = gdalName + QStringLiteral(": ") + QString::fromUtf8(CPLGetLastErrorMsg());
        return std::nullopt;
    }
    if (band < 1 || band > GDALGetRasterCount(ds.get())) {
        *error = tr("band %1 does not exist (the raster has %2)")
                     .arg(band)
                     .arg(GDALGetRasterCount(ds.get()));
        return std::nullopt;
    }
    double mn = 0, mx = 0, mean = 0, sd = 0;
    if (GDALComputeRasterStatistics(GDALGetRasterBand(ds.get(), band), TRUE, &mn, &mx, &mean, &sd,
                                    nullptr, nullptr) != CE_None) {
        *error = gdalName + QStringLiteral(": ") + QString::fromUtf8(CPLGetLastErrorMsg());
        return std::nullopt;
    }
    return std::make_pair(mn, mx);
}

} // namespace eco::render
