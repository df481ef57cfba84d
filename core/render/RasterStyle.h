// RasterStyle: how a raster's bands become colours, as a value the layer panel edits: one band
// through a colour ramp between a min and a max (set by the user, else the band's statistics,
// else the values in view), or red/green/blue from three bands (drone orthophotos, tile
// services), or Auto (RGB when the bands say they are red, green and blue, the file's palette
// when band 1 has one, else band 1 through the ramp). RasterColouriser is the style resolved
// against one open GDAL dataset for one render: which bands to read and the colour of each
// pixel read. It lives apart from RasterLayer's read code so the two change independently.
#pragma once

#include "core/render/ColourRamp.h"
#include "core/render/Legend.h"

#include <QString>

#include <array>
#include <cmath>
#include <optional>
#include <span>
#include <vector>

namespace eco::render {

struct RasterStyle {
    enum class Mode { Auto, SingleBand, Rgb };
    Mode mode = Mode::Auto;
    int band = 1;                    // SingleBand: 1-based
    std::array<int, 3> rgb{1, 2, 3}; // Rgb: red, green, blue bands, 1-based
    std::optional<double> min, max;  // SingleBand ramp ends (Rgb: stretch of every band)
    QString ramp = QStringLiteral("viridis");
    friend bool operator==(const RasterStyle&, const RasterStyle&) = default;
};

class RasterColouriser {
public:
    enum class Kind { Ramp, Rgb, Palette };

    // dataset: an open GDALDatasetH. Nullopt with *error set when the style names a band the
    // dataset does not have.
    static std::optional<RasterColouriser> create(const RasterStyle& style, void* dataset,
                                                  QString* error);

    Kind kind() const { return m_kind; }
    // 1-based band numbers to read, in the order pixel() expects their buffers.
    const std::vector<int>& bands() const { return m_bands; }
    // Takes the buffers read (one per band, same length; they must outlive the colouriser's use)
    // and settles the value range. False when every value is nodata: nothing to draw.
    bool prepare(std::span<const std::vector<float>> buffers);
    // Premultiplied ARGB of buffer element i; 0 (transparent) for nodata.
    QRgb pixel(std::size_t i) const {
        switch (m_kind) {
        case Kind::Ramp: {
            const float v = m_buffers[0][i];
            if (std::isnan(v) || (m_hasNoData[0] && v == m_noData[0]))
                return 0;
            const float t = v * m_scale[0] + m_offset[0];
            return m_ramp.premultiplied(t <= 0 ? 0 : (t >= 255 ? 255 : static_cast<int>(t)));
        }
        case Kind::Palette: {
            const float v = m_buffers[0][i];
            if (std::isnan(v) || (m_hasNoData[0] && v == m_noData[0]) || v < 0 || v > 255)
                return 0;
            return m_palette[static_cast<std::size_t>(v)];
        }
        case Kind::Rgb:
            return rgbPixel(i);
        }
        return 0;
    }
    double min() const { return m_min; }
    double max() const { return m_max; }
    // A ramp's legend (title, the ramp's stops, min and max); none for RGB and palettes.
    std::optional<Legend> legend(const QString& title) const;

private:
    QRgb rgbPixel(std::size_t i) const;

    RasterStyle m_style;
    Kind m_kind = Kind::Ramp;
    std::vector<int> m_bands;
    bool m_hasAlpha = false; // Rgb: m_bands[3] is an alpha band
    bool m_byteData = false; // Rgb without a set range: values are already 0-255
    std::array<bool, 4> m_hasNoData{};
    std::array<float, 4> m_noData{};
    std::array<float, 4> m_scale{1, 1, 1, 1};
    std::array<float, 4> m_offset{};
    std::optional<std::pair<double, double>> m_statistics; // band 1 of a ramp, from the file
    double m_min = 0, m_max = 1;
    ColourRamp m_ramp = ColourRamp::viridis();
    std::array<QRgb, 256> m_palette{};
    std::span<const std::vector<float>> m_buffers;
};

// Approximate statistics (min, max) of one band of a GDAL source, for the style dialog's "from
// statistics" button. Nullopt with *error set when the source or band cannot be read.
std::optional<std::pair<double, double>> rasterBandRange(const QString& gdalName, int band,
                                                         QString* error);

} // namespace eco::render
