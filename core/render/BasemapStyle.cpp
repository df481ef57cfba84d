#include "core/render/BasemapStyle.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace eco::render {

namespace {

FeatureStyle parseStyle(const QJsonObject& o, FeatureStyle s) {
    auto colour = [&](const char* key, QColor& out) {
        if (o.contains(QLatin1String(key))) {
            const QString v = o.value(QLatin1String(key)).toString();
            out = v.isEmpty() || v == QLatin1String("none") ? QColor() : QColor(v);
        }
    };
    colour("fill", s.fill);
    colour("stroke", s.stroke);
    colour("casing", s.casing);
    colour("label", s.label);
    s.strokeWidth = o.value(QLatin1String("width")).toDouble(s.strokeWidth);
    s.casingWidth = o.value(QLatin1String("casingWidth")).toDouble(s.casingWidth);
    s.dashed = o.value(QLatin1String("dashed")).toBool(s.dashed);
    s.hatch = o.value(QLatin1String("hatch")).toBool(s.hatch);
    s.scaleWithZoom = o.value(QLatin1String("scaleWithZoom")).toBool(s.scaleWithZoom);
    s.labelSize = o.value(QLatin1String("labelSize")).toInt(s.labelSize);
    return s;
}

} // namespace

BasemapStyle BasemapStyle::builtIn() {
    BasemapStyle b;
    FeatureStyle district;
    district.fill = QColor(0xec, 0xe7, 0xdc);
    district.stroke = QColor(0x9c, 0x8f, 0x80);
    district.strokeWidth = 1.2;
    district.dashed = true;
    district.label = QColor(0x5a, 0x52, 0x48);
    district.labelSize = 15;
    FeatureStyle water;
    water.fill = QColor(0xaa, 0xcb, 0xe6);
    water.stroke = QColor(0x86, 0xb0, 0xd8);
    water.strokeWidth = 0.8;
    FeatureStyle river;
    river.stroke = QColor(0x86, 0xb4, 0xe0);
    river.strokeWidth = 4;
    river.scaleWithZoom = true;
    FeatureStyle park;
    park.fill = QColor(0xd3, 0xe6, 0xc3);
    park.stroke = QColor(0x93, 0xb8, 0x7c);
    park.strokeWidth = 0.8;
    park.hatch = true;
    FeatureStyle ring;
    ring.stroke = QColor(0xf7, 0xc9, 0x6b);
    ring.strokeWidth = 3.5;
    ring.casing = QColor(0xc4, 0x98, 0x3e);
    ring.casingWidth = 5.5;
    ring.scaleWithZoom = true;
    FeatureStyle road;
    road.stroke = QColor(0xff, 0xff, 0xff);
    road.strokeWidth = 2;
    road.casing = QColor(0xc2, 0xba, 0xae);
    road.casingWidth = 3.4;
    road.scaleWithZoom = true;
    b.m_styles = {{QStringLiteral("district"), district}, {QStringLiteral("water"), water},
                  {QStringLiteral("river"), river},       {QStringLiteral("park"), park},
                  {QStringLiteral("ring_road"), ring},    {QStringLiteral("road"), road}};
    b.m_order = {QStringLiteral("district"), QStringLiteral("park"), QStringLiteral("water"),
                 QStringLiteral("river"),    QStringLiteral("road"), QStringLiteral("ring_road")};
    return b;
}

std::optional<BasemapStyle> BasemapStyle::fromJson(const QByteArray& json, QString* error) {
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = pe.error != QJsonParseError::NoError
                         ? QStringLiteral("offset %1: %2").arg(pe.offset).arg(pe.errorString())
                         : QStringLiteral("the style is not a JSON object");
        return std::nullopt;
    }
    BasemapStyle b = builtIn();
    const QJsonObject root = doc.object();
    if (root.contains(QLatin1String("background")))
        b.m_background = QColor(root.value(QLatin1String("background")).toString());
    const QJsonObject layers = root.value(QLatin1String("layers")).toObject();
    for (auto it = layers.begin(); it != layers.end(); ++it)
        b.m_styles[it.key()] = parseStyle(it.value().toObject(), b.style(it.key()));
    const QJsonArray order = root.value(QLatin1String("order")).toArray();
    if (!order.isEmpty()) {
        b.m_order.clear();
        for (const auto& v : order)
            b.m_order << v.toString();
    }
    return b;
}

BasemapStyle BasemapStyle::load(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return builtIn();
    return fromJson(f.readAll()).value_or(builtIn());
}

FeatureStyle BasemapStyle::style(const QString& layer) const {
    if (auto it = m_styles.find(layer); it != m_styles.end())
        return *it;
    FeatureStyle fallback;
    fallback.stroke = QColor(0xa0, 0xa0, 0xa0);
    return fallback;
}

int BasemapStyle::order(const QString& layer) const {
    return static_cast<int>(m_order.indexOf(layer));
}

} // namespace eco::render
