// ClueLayer: one marker per subject at its position, severity colours for open clues and grey for
// decided ones, merged clues left out, the open-clue count, hit testing (nearest marker, top clue,
// every clue id) and a rendered image that shows the markers where they belong.
#include "ClueTestStore.h"

#include "core/clue/ClueRepository.h"
#include "core/geo/WebMercator.h"
#include "core/render/ClueLayer.h"
#include "core/render/MapSettings.h"

#include <QGuiApplication>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>

using namespace eco;
using render::ClueLayer;

namespace {

render::MapSettings settings(double dpr = 1) {
    render::MapSettings s;
    s.setOutputSize({400, 400});
    s.setDevicePixelRatio(dpr);
    s.setExtent(geo::WebMercator::fromLonLat(geo::GeoRect{103.95, 30.55, 104.15, 30.75}));
    return s;
}

QImage renderLayer(const ClueLayer& layer, const render::MapSettings& s) {
    const QSize px(static_cast<int>(400 * s.devicePixelRatio()),
                   static_cast<int>(400 * s.devicePixelRatio()));
    QImage img(px, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    img.setDevicePixelRatio(s.devicePixelRatio());
    std::atomic_bool cancelled{false};
    auto r = layer.createRenderer(s);
    r->render(img, render::RenderContext{s, cancelled});
    if (!r->error().isEmpty())
        qWarning() << r->error();
    return img;
}

} // namespace

class TestClueLayer : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void markersHitsAndImage() {
        auto db = store::Database::open(m_dir.filePath(QStringLiteral("l.db")));
        cluetest::build(db);
        clue::ClueRepository repo(db, [] { return cluetest::kT0; });
        repo.merge("duty", "C-F4", "C-E1");
        repo.recordOutcome("duty", "C-A1", clue::Outcome::DataQualityFault);
        clue::ClueFilter f;
        f.statuses = clue::allStatuses();
        const auto rows = repo.query(f, 0, 1000).rows;
        QCOMPARE(rows.size(), std::size_t(6));
        const ClueLayer layer(rows);
        const auto& markers = layer.data().markers;
        // O1 (E1 clue; F4 merged away), E1 (P1), E2 (P3 + P4), M1 (A1, decided).
        QCOMPARE(markers.size(), std::size_t(4));
        QVERIFY(!markers.front().open()); // decided ones draw first (below)
        QCOMPARE(markers.front().subjectId, QStringLiteral("M1"));
        for (const auto& m : markers) {
            if (m.subjectId == QLatin1String("E2")) {
                QCOMPARE(m.openCount, 2);
                QCOMPARE(m.severity, 2);
                QCOMPARE(m.topClueId, QStringLiteral("C-P4")); // same severity: the newer one
                QCOMPARE(m.clueIds.size(), 2);
            }
            if (m.subjectId == QLatin1String("O1"))
                QCOMPARE(m.clueIds, QStringList{"C-E1"});
        }
        QVERIFY(layer.lonLatExtent().isValid());

        const render::MapSettings s = settings();
        const QPointF e2 = s.worldToPixel(geo::WebMercator::fromLonLat(104.00, 30.70));
        auto hit = layer.hitTest(s, e2 + QPointF(3, 2), 4);
        QVERIFY(hit);
        QCOMPARE(hit->kind, QStringLiteral("clue"));
        QCOMPARE(hit->featureId, QStringLiteral("C-P4"));
        QCOMPARE(hit->name, QStringLiteral("Cement Works"));
        QCOMPARE(hit->attributes.value("open_clues").toInt(), 2);
        QVERIFY(!layer.hitTest(s, e2 + QPointF(40, 40), 4));

        for (double dpr : {1.0, 2.0}) {
            const render::MapSettings sd = settings(dpr);
            const QImage img = renderLayer(layer, sd);
            auto at = [&](QPointF p) {
                return img.pixelColor(static_cast<int>(p.x() * dpr), static_cast<int>(p.y() * dpr));
            };
            // E2: medium severity orange; M1: decided grey; empty elsewhere.
            QCOMPARE(at(e2), ClueLayer::severityColour(2, true));
            const QPointF m1 = sd.worldToPixel(geo::WebMercator::fromLonLat(104.05, 30.65));
            QCOMPARE(at(m1), ClueLayer::severityColour(1, false));
            QCOMPARE(at(QPointF(5, 5)).alpha(), 0);
        }
        // Not Web Mercator: an error, no crash.
        render::MapSettings other = settings();
        other.setDestinationCrs(QStringLiteral("EPSG:4326"));
        std::atomic_bool c{false};
        QImage img(10, 10, QImage::Format_ARGB32_Premultiplied);
        auto r = layer.createRenderer(other);
        r->render(img, render::RenderContext{other, c});
        QVERIFY(!r->error().isEmpty());
        QVERIFY(r->legend().has_value());
    }
};

QTEST_MAIN(TestClueLayer)
#include "test_clue_layer.moc"
