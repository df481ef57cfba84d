// The map's Layers menu and layer styles, kept apart from the rest of MainWindow: raster files
// and tile services added by the user (RasterSource), the raster style dialog, the stations'
// measure (AQI or a pollutant) and the enterprises' colouring chosen in the layer panel, and a
// click on an enterprise cluster zooming into it.
#include "ui/MainWindow.h"

#include "core/render/EnterpriseLayer.h"
#include "core/render/RasterLayer.h"
#include "core/render/RasterSource.h"
#include "core/render/SiteLayer.h"
#include "core/render/SiteValues.h"
#include "core/store/CatalogRepository.h"
#include "core/store/Database.h"
#include "core/store/StoreError.h"
#include "ui/LayerListWidget.h"
#include "ui/MapCanvas.h"
#include "ui/map/RasterStyleDialog.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace eco::ui {

namespace {

bool isRasterId(const QString& id) {
    return id == QLatin1String("basemap") || id == QLatin1String("raster") ||
           id == QLatin1String("drone") || id.startsWith(QLatin1String("source"));
}

} // namespace

void MainWindow::buildLayersMenu() {
    QMenu* menu = menuBar()->addMenu(tr("&Layers"));
    menu->setObjectName(QStringLiteral("layersMenu"));
    menu->addAction(tr("Add &Raster..."), this, &MainWindow::addRasterFromFile);
    menu->addAction(tr("Add &Tile Service..."), this, &MainWindow::addTileService);
}

void MainWindow::addRasterFromFile() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Add Raster"), QString(),
        tr("Rasters (*.tif *.tiff *.mbtiles *.gpkg *.nc *.vrt *.jp2 *.img);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (addRasterSource(path, &error).isEmpty())
        QMessageBox::warning(this, tr("Add Raster"), error);
}

void MainWindow::addTileService() {
    bool ok = false;
    const QString url = QInputDialog::getText(
        this, tr("Add Tile Service"),
        tr("An XYZ tile URL such as https://tiles.example.org/{z}/{x}/{y}.png\n"
           "({-y} for TMS row order), or a WMTS capabilities URL.\n"
           "Tiles are kept on disk beside the store, so the layer also works offline."),
        QLineEdit::Normal, QString(), &ok);
    if (!ok || url.trimmed().isEmpty())
        return;
    QString error;
    if (addRasterSource(url, &error).isEmpty())
        QMessageBox::warning(this, tr("Add Tile Service"), error);
}

QString MainWindow::addRasterSource(const QString& spec, QString* error) {
    const auto source =
        render::RasterSource::parse(spec, render::RasterSource::defaultCacheDir(m_dbPath), error);
    if (!source)
        return {};
    int n = 1;
    while (m_canvas->layer(QStringLiteral("source%1").arg(n)))
        ++n;
    const QString id = QStringLiteral("source%1").arg(n);
    const auto layer = render::makeRasterLayer(*source, id, error);
    if (!layer)
        return {};
    // Above the basemap and the other rasters, under the markers.
    QStringList order = m_layerList->layerOrder();
    qsizetype at = 0;
    for (qsizetype i = 0; i < order.size(); ++i)
        if (isRasterId(order[i]))
            at = i + 1;
    order.insert(at, id);
    m_map.layers.push_back(layer);
    m_canvas->addLayer(layer);
    m_canvas->setLayerOrder(order);
    m_layerList->setStyleEditable(id);
    m_layerList->setLayers(m_canvas->layers());
    if (m_map.lonLatExtent.isValid() && layer->lonLatExtent().isValid() &&
        !layer->lonLatExtent().intersects(m_map.lonLatExtent))
        statusBar()->showMessage(tr("%1 lies outside the city map").arg(layer->name()), 15000);
    m_canvas->refresh();
    return id;
}

void MainWindow::setUpLayerStyles() {
    if (!m_db || !m_map.hasData)
        return;
    QStringList measureLabels;
    const QStringList measures = render::SiteLayer::measures();
    for (const QString& m : measures)
        measureLabels << render::SiteLayer::measureLabel(m);
    if (m_map.layer(QStringLiteral("sites")))
        m_layerList->setStyleOptions(
            QStringLiteral("sites"), measureLabels,
            std::max(0, static_cast<int>(measures.indexOf(m_stationMeasure))));
    if (const auto e = std::dynamic_pointer_cast<render::EnterpriseLayer>(
            m_map.layer(QStringLiteral("enterprises"))))
        m_layerList->setStyleOptions(
            QStringLiteral("enterprises"), {tr("By status"), tr("By industry")},
            e->colouring() == render::EnterpriseLayer::Colouring::ByStatus ? 0 : 1);
    for (const auto& l : m_map.layers)
        if (std::dynamic_pointer_cast<render::RasterLayer>(l))
            m_layerList->setStyleEditable(l->id());
    if (m_layerStylesConnected)
        return;
    m_layerStylesConnected = true;
    connect(m_layerList, &LayerListWidget::styleChosen, this,
            [this, measures](const QString& id, int index) {
                if (id == QLatin1String("sites") && index >= 0 && index < measures.size())
                    setStationMeasure(measures[index]);
                else if (id == QLatin1String("enterprises"))
                    setEnterpriseColouring(index);
            });
    connect(m_layerList, &LayerListWidget::styleEditRequested, this, &MainWindow::editLayerStyle);
}

void MainWindow::setStationMeasure(const QString& measure) {
    if (!m_db)
        return;
    m_stationMeasure = measure;
    const QStringList measures = render::SiteLayer::measures();
    QStringList labels;
    for (const QString& m : measures)
        labels << render::SiteLayer::measureLabel(m);
    m_layerList->setStyleOptions(QStringLiteral("sites"), labels,
                                 std::max(0, static_cast<int>(measures.indexOf(measure))));
    const std::int64_t ts = m_canvas->settings().time();
    try {
        const auto sites = store::CatalogRepository(*m_db).sites();
        replaceLayer(std::make_shared<render::SiteLayer>(
            sites, render::SiteValueLoader::load(*m_db, ts, measure), ts, measure));
    } catch (const store::StoreError& e) {
        statusBar()->showMessage(QString::fromUtf8(e.what()), 15000);
    }
    m_canvas->refresh();
}

void MainWindow::setEnterpriseColouring(int index) {
    const auto e = std::dynamic_pointer_cast<render::EnterpriseLayer>(
        m_canvas->layer(QStringLiteral("enterprises")));
    if (!e)
        return;
    e->setColouring(index == 1 ? render::EnterpriseLayer::Colouring::ByIndustry
                               : render::EnterpriseLayer::Colouring::ByStatus);
    m_canvas->refresh();
}

bool MainWindow::setRasterStyle(const QString& layerId, const render::RasterStyle& style) {
    const auto raster = std::dynamic_pointer_cast<render::RasterLayer>(m_canvas->layer(layerId));
    if (!raster)
        return false;
    m_rasterStyles.insert(layerId, style);
    raster->setStyle(style);
    m_canvas->refresh();
    return true;
}

void MainWindow::editLayerStyle(const QString& layerId) {
    const auto raster = std::dynamic_pointer_cast<render::RasterLayer>(m_canvas->layer(layerId));
    if (!raster)
        return;
    render::RasterSource source;
    source.spec = source.gdalName = raster->record().path;
    source.cacheDir = raster->tileCacheDir();
    QString error;
    const auto info = render::probeRasterSource(source, &error);
    if (!info) {
        QMessageBox::warning(this, tr("Raster Style"), error);
        return;
    }
    // Statistics of a tile service would download the whole world: not offered.
    const bool tiles = raster->record().kind == QLatin1String("tiles");
    RasterStyleDialog dialog(raster->style(), info->bandNames, tiles ? QString() : source.gdalName,
                             this);
    dialog.setWindowTitle(tr("Style of %1").arg(raster->name()));
    if (dialog.exec() == QDialog::Accepted)
        setRasterStyle(layerId, dialog.style());
}

void MainWindow::zoomToCluster(const render::FeatureHit& hit) {
    const QRectF box = hit.attributes.value(QStringLiteral("lonLatBounds")).toRectF();
    m_canvas->setSelection(std::nullopt);
    // Members at one spot make an empty box: show a few hundred metres around it.
    const double pad = std::max({box.width(), box.height()}) * 0.25 + 0.002;
    m_canvas->zoomToLonLatRect(
        {box.left() - pad, box.top() - pad, box.right() + pad, box.bottom() + pad});
}

std::shared_ptr<render::MapLayer>
MainWindow::withChosenStyle(const std::shared_ptr<render::MapLayer>& layer) const {
    if (const auto raster = std::dynamic_pointer_cast<render::RasterLayer>(layer)) {
        if (const auto it = m_rasterStyles.constFind(layer->id()); it != m_rasterStyles.constEnd())
            raster->setStyle(*it);
        return layer;
    }
    const auto sites = std::dynamic_pointer_cast<render::SiteLayer>(layer);
    if (!sites || !m_db || sites->measure() == m_stationMeasure)
        return layer;
    // The time slider's snapshot carries PM2.5: rebuild it with the chosen measure.
    try {
        const std::int64_t ts = sites->data().time;
        return std::make_shared<render::SiteLayer>(
            store::CatalogRepository(*m_db).sites(),
            render::SiteValueLoader::load(*m_db, ts, m_stationMeasure), ts, m_stationMeasure);
    } catch (const store::StoreError&) {
        return layer;
    }
}

} // namespace eco::ui
