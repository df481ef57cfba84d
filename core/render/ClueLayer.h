// ClueLayer: screening clues on the map, one diamond per subject (outlet, enterprise, station) at
// the subject's position, coloured by the highest severity among its open clues (new, tasked,
// reported) and grey when every clue there is decided (dismissed, judged, closed); a number beside
// the diamond when a subject has more than one open clue. Merged clues are not drawn (their
// survivor stands for them). Sprites per (severity, open) state; a spatial grid answers clicks,
// reporting the subject's most severe open clue and all its clue ids.
#pragma once

#include "core/clue/ClueTypes.h"
#include "core/render/MapLayer.h"
#include "core/render/SpatialGrid.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace eco::render {

struct ClueMarker {
    QString subjectKind;
    QString subjectId;
    QString subjectName;
    QPointF world;     // Web Mercator metres
    int severity = 1;  // highest among open clues, else among all
    int openCount = 0; // clues still open
    QString topClueId; // the most severe (then newest) open clue, else the newest clue
    QString topSummary;
    QString topRule;
    QStringList clueIds; // every clue of the subject, most severe first
    bool open() const { return openCount > 0; }
};

struct ClueLayerData {
    std::vector<ClueMarker> markers; // decided first, then by severity: severe ones draw on top
    SpatialGrid grid;
    geo::GeoRect lonLatExtent;
};

class ClueLayer : public MapLayer {
public:
    // Rows without a position (subject not in the catalogue) are skipped.
    explicit ClueLayer(const std::vector<clue::ClueRow>& clues);

    std::unique_ptr<MapLayerRenderer> createRenderer(const MapSettings& settings) const override;
    std::optional<FeatureHit> hitTest(const MapSettings& settings, QPointF pixel,
                                      double radiusPx) const override;
    geo::GeoRect lonLatExtent() const override { return m_data->lonLatExtent; }
    const ClueLayerData& data() const { return *m_data; }

    static bool isOpenStatus(const QString& status);
    static QColor severityColour(int severity, bool open);
    static constexpr double kSize = 16; // DIP, the diamond's diagonal

private:
    std::shared_ptr<const ClueLayerData> m_data;
};

} // namespace eco::render
