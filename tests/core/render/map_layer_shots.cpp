// map_layer_shots: grabs the main window with the map layers of the maplayers work, for a person
// to look at (not a test): enterprises clustered at city zoom, labelled zoomed in, stations by a
// chosen pollutant with the legend, the satellite raster with a chosen ramp and its legend, and
// an XYZ tile layer when a URL is given.
//   map_layer_shots --db STORE --out DIR [--lang zh_CN|en] [--tiles URL]
// (under xvfb-run; QT_SCALE_FACTOR=2 for HiDPI shots). Writes DIR/<scene>_<lang>.png.
#include "core/render/EnterpriseLayer.h"
#include "core/render/RasterStyle.h"
#include "ui/AppLocale.h"
#include "ui/LayerListWidget.h"
#include "ui/MainWindow.h"
#include "ui/MapCanvas.h"
#include "ui/map/RasterStyleDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QDir>
#include <QDockWidget>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <cstdio>

using namespace eco;

namespace {

// Waits until the canvas has rendered (or 30 s), lets it paint, then grabs the window.
bool shoot(ui::MainWindow& w, const QString& path) {
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(w.canvas(), &ui::MapCanvas::renderFinished, &loop, &QEventLoop::quit);
    timeout.start(30000);
    w.canvas()->refresh();
    loop.exec();
    QEventLoop settle;
    QTimer::singleShot(300, &settle, &QEventLoop::quit);
    settle.exec();
    const bool ok = w.grab().save(path, "PNG");
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

void setVisible(ui::MainWindow& w, const QString& id, bool on) {
    if (QCheckBox* box = w.layerList()->visibilityBox(id))
        box->setChecked(on);
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QCommandLineParser p;
    p.addOptions({{"db", "store", "PATH"},
                  {"out", "output folder", "DIR"},
                  {"lang", "zh_CN or en", "LANG", "zh_CN"},
                  {"tiles", "XYZ URL template", "URL"}});
    p.process(app);
    const QString lang = p.value("lang");
    ui::AppLocale::install(app, lang);
    if (QFile qss(QStringLiteral(":/themes/workstation-light.qss")); qss.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(qss.readAll()));
    const QDir out(p.value("out"));
    QDir().mkpath(out.path());
    auto name = [&](const char* scene) {
        return out.filePath(QStringLiteral("%1_%2.png").arg(QLatin1String(scene), lang));
    };
    ui::MainWindow w(p.value("db"));
    w.resize(1600, 1000);
    // The map's own docks only, so the map gets the room.
    for (QDockWidget* d : w.findChildren<QDockWidget*>())
        if (d->objectName() != QLatin1String("layerDock"))
            d->hide();
    w.show();
    bool ok = shoot(w, name("clusters"));

    // Labels: zoom to the biggest cluster's members.
    if (const auto e = std::dynamic_pointer_cast<render::EnterpriseLayer>(
            w.canvas()->layer(QStringLiteral("enterprises")))) {
        const auto view = e->viewFor(w.canvas()->settings());
        const render::MarkerCluster* big = nullptr;
        for (const auto& c : view.clusters)
            if (!big || c.count() > big->count())
                big = &c;
        if (big) {
            const QPointF c = w.canvas()->settings().worldToPixel(big->centre);
            const auto hit = e->hitTest(w.canvas()->settings(), c, 2);
            if (hit)
                w.showFeature(*hit); // a cluster click zooms in
            for (int i = 0; i < 4 && !e->viewFor(w.canvas()->settings()).labelled; ++i)
                w.canvas()->zoomIn();
            ok = shoot(w, name("labels")) && ok;
            w.canvas()->zoomToFullExtent();
        }
    }

    // Stations by NO2 with their legend; the raster off so the colours read clearly.
    setVisible(w, QStringLiteral("raster"), false);
    setVisible(w, QStringLiteral("enterprises"), false);
    w.setStationMeasure(QStringLiteral("a21004"));
    ok = shoot(w, name("stations_no2")) && ok;
    w.setStationMeasure(QStringLiteral("aqi"));
    ok = shoot(w, name("stations_aqi")) && ok;
    w.setStationMeasure(QStringLiteral("a34004"));
    setVisible(w, QStringLiteral("enterprises"), true);

    // The satellite raster through the PM2.5/AOD ramp, opaque, with its legend.
    setVisible(w, QStringLiteral("raster"), true);
    render::RasterStyle style;
    style.mode = render::RasterStyle::Mode::SingleBand;
    style.ramp = QStringLiteral("pollution");
    w.setRasterStyle(QStringLiteral("raster"), style);
    ok = shoot(w, name("raster_ramp")) && ok;

    // The raster style dialog as the layer panel's "Style..." opens it.
    {
        ui::RasterStyleDialog dialog(style, {QStringLiteral("Band 1"), QStringLiteral("Band 2")},
                                     QStringLiteral("x.tif"), &w);
        dialog.show();
        QEventLoop settle;
        QTimer::singleShot(200, &settle, &QEventLoop::quit);
        settle.exec();
        ok = dialog.grab().save(name("style_dialog"), "PNG") && ok;
    }

    if (p.isSet("tiles")) {
        // The tiles alone (no vector basemap under them), so the shot shows what they are.
        for (const char* id : {"raster", "basemap", "labels", "lidar"})
            setVisible(w, QLatin1String(id), false);
        QString error;
        const QString id = w.addRasterSource(p.value("tiles"), &error);
        if (id.isEmpty()) {
            std::fprintf(stderr, "tiles: %s\n", qPrintable(error));
            return 1;
        }
        ok = shoot(w, name("xyz")) && ok;
    }
    return ok ? 0 : 1;
}
