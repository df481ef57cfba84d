// BasemapStyle: colours and widths for the basemap's feature layers (district, river, water,
// park, ring_road, road), read from a small JSON style file (maps/basemap_style.json, bundled as
// the resource :/maps/basemap_style.json) so the look can change without a rebuild. A style
// missing from the file, or a file that cannot be read, falls back to the built-in one.
#pragma once

#include <QByteArray>
#include <QColor>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace eco::render {

struct FeatureStyle {
    QColor fill;   // invalid: no fill (lines)
    QColor stroke; // invalid: no outline
    double strokeWidth = 1;
    QColor casing; // a wider line under the stroke (roads)
    double casingWidth = 0;
    bool dashed = false;
    bool hatch = false;         // diagonal hatching over the fill (parks)
    bool scaleWithZoom = false; // roads get wider as you zoom in
    QColor label;               // invalid: no labels
    int labelSize = 12;         // DIP
};

class BasemapStyle {
public:
    static constexpr const char* kResourcePath = ":/maps/basemap_style.json";

    static BasemapStyle builtIn();
    // nullopt and *error set when the JSON is malformed.
    static std::optional<BasemapStyle> fromJson(const QByteArray& json, QString* error = nullptr);
    // The bundled style, or builtIn() when the resource is not linked in.
    static BasemapStyle load(const QString& path = QString::fromLatin1(kResourcePath));

    QColor background() const { return m_background; }
    FeatureStyle style(const QString& layer) const;
    // Drawing order of the layers; unknown layers draw first.
    int order(const QString& layer) const;

private:
    QColor m_background{0xf3, 0xf1, 0xec};
    QHash<QString, FeatureStyle> m_styles;
    QStringList m_order;
};

} // namespace eco::render
