// CoordinateReadout: the status bar's cursor position in the three frames officers meet: WGS84
// (GPS, the store), CGCS2000 (EPSG:4490, national surveying; a few centimetres from WGS84, so
// shown through PROJ rather than assumed) and GCJ-02 (what AutoNavi/Tencent maps show, so a
// position can be typed into a phone map).
#pragma once

#include <QLabel>
#include <QPointF>

#include <memory>

namespace eco::geo {
class CrsTransform;
}

namespace eco::ui {

class CoordinateReadout : public QLabel {
    Q_OBJECT
public:
    explicit CoordinateReadout(QWidget* parent = nullptr);
    ~CoordinateReadout() override;

    // The three forms of one WGS84 lon/lat, one line.
    QString format(QPointF wgs84) const;

public slots:
    void showLonLat(QPointF wgs84);

private:
    std::unique_ptr<geo::CrsTransform> m_toCgcs2000;
};

} // namespace eco::ui
