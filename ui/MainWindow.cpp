#include "ui/MainWindow.h"
#include "ui/sync/SyncStatusWidget.h"

#include "core/clue/ClueRepository.h"
#include "core/geo/WebMercator.h"
#include "core/model/Interval.h"
#include "core/model/Time.h"
#include "core/render/ClueLayer.h"
#include "core/render/TaskLayer.h"
#include "core/store/CatalogRepository.h"
#include "core/store/Database.h"
#include "core/store/SeriesRepository.h"
#include "core/store/StoreError.h"
#include "core/task/TaskService.h"
#include "core/trace/EventFinder.h"
#include "ui/DetailsPanel.h"
#include "ui/IngestStatusView.h"
#include "ui/LayerListWidget.h"
#include "ui/MapCanvas.h"
#include "ui/OutletPanel.h"
#include "ui/StationPanel.h"
#include "ui/clue/ClueDeskWidget.h"
#include "ui/map/BookmarkStore.h"
#include "ui/map/CoordinateReadout.h"
#include "ui/map/ExportDialog.h"
#include "ui/map/TimeLayerLoader.h"
#include "ui/map/TimeSlider.h"
#include "ui/task/TaskWorkspace.h"
#include "ui/trace/TracePanel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

#include <cmath>

namespace eco::ui {

namespace {

struct PollutantShown {
    const char* code;
    const char* name;
};
// What the details panel lists for a station (HJ 212 codes; a05024 is what devices send for O3).
constexpr PollutantShown kSitePollutants[] = {
    {"a34004", "PM2.5"}, {"a34002", "PM10"}, {"a21004", "NO2"}, {"a05024", "O3"}};
constexpr std::int64_t kLatestLookbackS = 7 * 86400;

} // namespace

MainWindow::MainWindow(const QString& dbPath, QWidget* parent) : QMainWindow(parent) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("EcoSentry - Environmental Enforcement Command Center"));
    buildUi();
    loadStore(dbPath);
    buildClueDesk(dbPath);
    buildTraceDock(dbPath); // after the desk: a clue chosen there can be traced
    buildSyncUi(dbPath);
    connectPanels();
}

void MainWindow::connectPanels() {
    connect(m_clueDesk, &ClueDeskWidget::focusRequested, this,
            [this](double lon, double lat) { m_canvas->centerOn(lon, lat); });
    connect(m_clueDesk, &ClueDeskWidget::cluesChanged, this, &MainWindow::reloadClueLayer);
    connect(m_clueDesk, &ClueDeskWidget::taskCreated, this, &MainWindow::reloadTaskLayer);
    connect(m_trace, &TracePanel::overlayChanged, this, [this] {
        if (auto overlay = m_trace->overlay())
            replaceLayer(overlay);
    });
    connect(m_canvas, &MapCanvas::featureClicked, this, [this](const render::FeatureHit& hit) {
        if (hit.kind == QLatin1String("clue")) {
            if (auto* dock = findChild<QDockWidget*>(QStringLiteral("clueDeskDock"))) {
                dock->show();
                dock->raise();
            }
            m_clueDesk->selectClue(hit.featureId);
        } else if (hit.kind == QLatin1String("task")) {
            openTask(hit.featureId);
        }
    });
    reloadClueLayer();
}

void MainWindow::reloadClueLayer() {
    if (!m_clueDesk || !m_clueDesk->repository() || !hasData())
        return;
    try {
        clue::ClueFilter open;
        open.statuses = {QStringLiteral("new"), QStringLiteral("judged")};
        const auto page = m_clueDesk->repository()->query(open, 0, 20000);
        replaceLayer(std::make_shared<render::ClueLayer>(page.rows));
    } catch (const store::StoreError& e) {
        statusBar()->showMessage(
            tr("Clues cannot be shown on the map: %1").arg(QString::fromUtf8(e.what())), 15000);
    }
}

void MainWindow::reloadTaskLayer() {
    if (!m_tasks || !hasData())
        return;
    try {
        const auto rows = m_tasks->service().board(m_tasks->actor(), {}, m_tasks->now());
        replaceLayer(std::make_shared<render::TaskLayer>(
            render::TaskLayer::markersFor(rows, m_tasks->database())));
    } catch (const std::exception& e) {
        statusBar()->showMessage(
            tr("Tasks cannot be shown on the map: %1").arg(QString::fromUtf8(e.what())), 15000);
    }
}

// Sync status in the status bar and a Sync menu (ui/sync); the hub is optional, so nothing here
// may block or fail the window.
void MainWindow::buildSyncUi(const QString& dbPath) {
    m_sync = new SyncStatusWidget(dbPath, this);
    statusBar()->addPermanentWidget(m_sync);
    QMenu* menu = menuBar()->addMenu(tr("&Sync"));
    menu->addAction(tr("Sync now"), m_sync, &SyncStatusWidget::syncNow);
    menu->addAction(tr("Sync settings..."), m_sync, &SyncStatusWidget::openSettings);
    connect(m_sync, &SyncStatusWidget::syncFinished, this, [this](const QString& error) {
        statusBar()->showMessage(
            error.isEmpty() ? tr("Sync finished") : tr("Sync failed: %1").arg(error), 10000);
    });
}

MainWindow::~MainWindow() {
    m_timeReload.stop();
    m_timeLayers.reset();
    // The child widgets outlive m_db by a moment; make sure none can read it then.
    m_ingest->setDatabase(nullptr);
    m_station->clear();
    m_outlet->clear();
}

void MainWindow::buildUi() {
    m_canvas = new MapCanvas(this);
    m_canvas->setObjectName(QStringLiteral("mapCanvas"));
    setCentralWidget(m_canvas);

    m_layerList = new LayerListWidget(this);
    auto* layerDock = new QDockWidget(tr("Layers"), this);
    layerDock->setObjectName(QStringLiteral("layerDock"));
    // Scrolls rather than growing the window: every layer has two rows of controls.
    auto* layerScroll = new QScrollArea(layerDock);
    layerScroll->setWidget(m_layerList);
    layerScroll->setWidgetResizable(true);
    layerScroll->setFrameShape(QFrame::NoFrame);
    layerDock->setWidget(layerScroll);
    addDockWidget(Qt::LeftDockWidgetArea, layerDock);

    m_details = new DetailsPanel(this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_details);
    scroll->setWidgetResizable(true);
    auto* detailsDock = new QDockWidget(tr("Details"), this);
    detailsDock->setObjectName(QStringLiteral("detailsDock"));
    detailsDock->setWidget(scroll);
    addDockWidget(Qt::RightDockWidgetArea, detailsDock);
    resizeDocks({layerDock, detailsDock}, {240, 300}, Qt::Horizontal);

    // The clicked marker's monitoring data: a station's AQI or an enterprise's CEMS record.
    m_station = new StationPanel(this);
    m_outlet = new OutletPanel(this);
    m_monitoring = new QStackedWidget(this);
    m_monitoring->addWidget(m_station);
    m_monitoring->addWidget(m_outlet);
    auto* monitoringDock = new QDockWidget(tr("Monitoring"), this);
    monitoringDock->setObjectName(QStringLiteral("monitoringDock"));
    monitoringDock->setWidget(m_monitoring);
    addDockWidget(Qt::RightDockWidgetArea, monitoringDock);
    splitDockWidget(detailsDock, monitoringDock, Qt::Vertical);
    resizeDocks({layerDock, detailsDock}, {280, 420}, Qt::Horizontal);
    resizeDocks({detailsDock, monitoringDock}, {260, 640}, Qt::Vertical);

    m_ingest = new IngestStatusView(this);
    auto* ingestDock = new QDockWidget(tr("Ingest Status"), this);
    ingestDock->setObjectName(QStringLiteral("ingestDock"));
    ingestDock->setWidget(m_ingest);
    addDockWidget(Qt::BottomDockWidgetArea, ingestDock);
    ingestDock->hide();

    auto* zoomIn = new QAction(tr("Zoom &In"), this);
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    zoomIn->setIcon(QIcon(QStringLiteral(":/icons/zoom-in.svg")));
    connect(zoomIn, &QAction::triggered, m_canvas, &MapCanvas::zoomIn);
    auto* zoomOut = new QAction(tr("Zoom &Out"), this);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    zoomOut->setIcon(QIcon(QStringLiteral(":/icons/zoom-out.svg")));
    connect(zoomOut, &QAction::triggered, m_canvas, &MapCanvas::zoomOut);
    auto* full = new QAction(tr("&Full Extent"), this);
    full->setShortcut(Qt::CTRL | Qt::Key_0);
    full->setIcon(QIcon(QStringLiteral(":/icons/zoom-full.svg")));
    connect(full, &QAction::triggered, m_canvas, &MapCanvas::zoomToFullExtent);
    auto* exportAct = new QAction(tr("&Export Map..."), this);
    exportAct->setShortcut(Qt::CTRL | Qt::Key_E);
    exportAct->setIcon(QIcon(QStringLiteral(":/icons/map-export.svg")));
    connect(exportAct, &QAction::triggered, this, &MainWindow::exportImage);
    auto* quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    auto* about = new QAction(tr("&About EcoSentry"), this);
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About EcoSentry"),
            tr("EcoSentry\nEnvironmental enforcement command center: monitoring "
               "data, violation clues, source tracing and the closed enforcement loop."));
    });

    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(exportAct);
    file->addSeparator();
    file->addAction(quit);
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(zoomIn);
    view->addAction(zoomOut);
    view->addAction(full);
    view->addSeparator();
    view->addAction(layerDock->toggleViewAction());
    view->addAction(detailsDock->toggleViewAction());
    view->addAction(monitoringDock->toggleViewAction());
    view->addAction(ingestDock->toggleViewAction());
    buildBookmarksMenu();
    buildLayersMenu();
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(about);

    QToolBar* bar = addToolBar(tr("Map"));
    bar->setObjectName(QStringLiteral("mapToolBar"));
    bar->addAction(zoomIn);
    bar->addAction(zoomOut);
    bar->addAction(full);
    bar->addAction(exportAct);

    buildMapTools(view);
    buildTimeSlider(view);
    buildMapStatusBar();
    connect(m_canvas, &MapCanvas::featureClicked, this, &MainWindow::showFeature);
    connect(m_canvas, &MapCanvas::nothingClicked, m_details, &DetailsPanel::clear);
    connect(m_canvas, &MapCanvas::nothingClicked, m_station, &StationPanel::clear);
    connect(m_canvas, &MapCanvas::nothingClicked, m_outlet, &OutletPanel::clear);
    connect(m_layerList, &LayerListWidget::layersChanged, m_canvas, &MapCanvas::refresh);
    connect(m_layerList, &LayerListWidget::orderChanged, m_canvas, &MapCanvas::setLayerOrder);
}

void MainWindow::loadStore(const QString& dbPath) {
    QString problem;
    if (!QFileInfo::exists(dbPath)) {
        problem = tr("The store %1 does not exist.\nRun `ecosentry demo` to build the demo city, "
                     "or import data with `ecosentry import`.")
                      .arg(dbPath);
    } else {
        try {
            m_db = std::make_unique<store::Database>(
                store::Database::open(dbPath, store::Database::Mode::ReadOnly));
            m_map = render::CityMapLoader::load(*m_db);
            if (!m_map.hasData)
                problem = tr("The store %1 is empty.\nRun `ecosentry demo` to build the demo city, "
                             "or import data with `ecosentry import`.")
                              .arg(dbPath);
        } catch (const store::StoreError& e) {
            problem = tr("Cannot open the store %1:\n%2").arg(dbPath, QString::fromUtf8(e.what()));
        }
    }
    if (m_map.lonLatExtent.isValid() == false)
        m_map.lonLatExtent = {103.76, 30.40, 104.36, 30.92};
    const geo::GeoRect extent = geo::WebMercator::fromLonLat(m_map.lonLatExtent);
    m_canvas->setFullExtent(extent);
    m_canvas->setTime(m_map.time);
    m_canvas->setExtent(extent);
    m_canvas->setLayers(m_map.layers, m_map.background);
    m_layerList->setLayers(m_map.layers);
    m_canvas->setMessage(problem);
    for (const QString& p : m_map.problems)
        statusBar()->showMessage(p, 15000);
    m_ingest->setDatabase(m_db.get());
    setWindowFilePath(dbPath);
    m_dbPath = dbPath;
    setUpTimeLayers();
    setUpLayerStyles();
    // Until the cursor moves over the map, the readout shows the centre of the view.
    m_coords->showLonLat(m_map.lonLatExtent.centre());
}

void MainWindow::showFeature(const render::FeatureHit& hit) {
    if (hit.kind == QLatin1String("cluster")) { // a count bubble: zoom into it
        zoomToCluster(hit);
        return;
    }
    // Whoever asks (a click, the clue desk, the trace panel), the map marks what is shown.
    if (!m_canvas->selection() || m_canvas->selection()->featureId != hit.featureId ||
        m_canvas->selection()->layerId != hit.layerId)
        m_canvas->setSelection(hit);
    if (!m_db)
        return;
    try {
        const store::CatalogRepository catalog(*m_db);
        if (hit.kind == QLatin1String("site")) {
            const auto site = catalog.site(hit.featureId);
            if (!site)
                return;
            const store::SeriesRepository series(*m_db);
            QList<LatestValue> latest;
            const std::int64_t to = m_canvas->settings().time() + 1;
            for (const PollutantShown& p : kSitePollutants) {
                LatestValue v{QString::fromLatin1(p.name), QStringLiteral("µg/m³"), {}, 0};
                const auto points = series.load(site->id, QString::fromLatin1(p.code),
                                                model::Interval::Hour, to - kLatestLookbackS, to);
                for (auto it = points.rbegin(); it != points.rend(); ++it)
                    if (it->flag == 'N' && std::isfinite(it->value)) {
                        v.value = it->value;
                        v.ts = it->ts;
                        break;
                    }
                latest << v;
            }
            m_details->showSite(*site, latest);
            m_station->showStation(*m_db, site->id, to - 1);
            m_monitoring->setCurrentWidget(m_station);
        } else if (hit.kind == QLatin1String("enterprise")) {
            const auto e = catalog.enterprise(hit.featureId);
            if (!e)
                return;
            const QList<model::Outlet> outlets = catalog.outletsOf(e->id);
            m_details->showEnterprise(*e, outlets);
            m_outlet->showOutlets(*m_db, outlets, m_canvas->settings().time());
            m_monitoring->setCurrentWidget(m_outlet);
        }
    } catch (const store::StoreError& e) {
        statusBar()->showMessage(QString::fromUtf8(e.what()), 15000);
    }
}

void MainWindow::exportImage() {
    ExportDialog dialog(m_canvas->size(), QStringLiteral("ecosentry-map.png"), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = exportMap(dialog.options(), &error);
    QApplication::restoreOverrideCursor();
    if (!ok)
        QMessageBox::warning(this, tr("Export Map"), error);
    else
        statusBar()->showMessage(tr("Wrote %1").arg(dialog.options().path), 8000);
}

bool MainWindow::exportMap(const ExportOptions& options, QString* error) const {
    return MapExporter::exportMap(
        options, m_canvas->settings(),
        render::LayerStack(m_canvas->layers().begin(), m_canvas->layers().end()),
        m_canvas->background(), error);
}

// ------------------------------------------------------------------------------- map controls

void MainWindow::buildMapTools(QMenu* viewMenu) {
    QToolBar* tools = addToolBar(tr("Map Tools"));
    tools->setObjectName(QStringLiteral("mapToolsBar"));
    m_toolGroup = new QActionGroup(this);
    struct ToolAction {
        MapTool tool;
        QString text;
        const char* icon;
        QKeySequence key;
    };
    const ToolAction defs[] = {
        {MapTool::Pan, tr("&Pan and Select"), ":/icons/map-pan.svg", QKeySequence(Qt::Key_P)},
        {MapTool::BoxZoom, tr("&Box Zoom"), ":/icons/map-box-zoom.svg", QKeySequence(Qt::Key_B)},
        {MapTool::MeasureDistance, tr("Measure &Distance"), ":/icons/map-measure-distance.svg",
         QKeySequence(Qt::Key_M)},
        {MapTool::MeasureArea, tr("Measure &Area"), ":/icons/map-measure-area.svg",
         QKeySequence(Qt::SHIFT | Qt::Key_M)},
    };
    viewMenu->addSeparator();
    for (const ToolAction& d : defs) {
        auto* a = new QAction(QIcon(QString::fromLatin1(d.icon)), d.text, m_toolGroup);
        a->setCheckable(true);
        a->setChecked(d.tool == MapTool::Pan);
        a->setShortcut(d.key);
        a->setData(static_cast<int>(d.tool));
        a->setObjectName(QStringLiteral("tool%1").arg(static_cast<int>(d.tool)));
        connect(a, &QAction::triggered, m_canvas,
                [this, tool = d.tool] { m_canvas->setTool(tool); });
        tools->addAction(a);
        viewMenu->addAction(a);
    }
    connect(m_canvas, &MapCanvas::toolChanged, this, [this](MapTool tool) {
        for (QAction* a : m_toolGroup->actions())
            a->setChecked(a->data().toInt() == static_cast<int>(tool));
    });
    auto* fps = new QAction(tr("&Frame Times Overlay"), this);
    fps->setObjectName(QStringLiteral("fpsAction"));
    fps->setCheckable(true);
    fps->setShortcut(Qt::Key_F12);
    connect(fps, &QAction::toggled, m_canvas, &MapCanvas::setFpsOverlayVisible);
    viewMenu->addAction(fps);
    addAction(fps); // F12 works wherever the focus is
}

void MainWindow::buildTimeSlider(QMenu* viewMenu) {
    m_timeSlider = new TimeSlider(this);
    QToolBar* bar = new QToolBar(tr("Map Time"), this);
    bar->setObjectName(QStringLiteral("timeToolBar"));
    bar->setMovable(false);
    bar->addWidget(m_timeSlider);
    addToolBar(Qt::BottomToolBarArea, bar);
    viewMenu->addAction(bar->toggleViewAction());
    m_timeReload.setSingleShot(true);
    m_timeReload.setInterval(30); // coalesces playback steps and slider drags
    connect(&m_timeReload, &QTimer::timeout, this, &MainWindow::reloadTimeLayers);
    connect(m_timeSlider, &TimeSlider::timeChanged, this, [this](std::int64_t ts) {
        m_canvas->setTime(ts);
        if (m_timeLayers && !m_timeReload.isActive())
            m_timeReload.start(); // throttled: playback steps faster than the reload interval
    });
}

void MainWindow::buildMapStatusBar() {
    m_coords = new CoordinateReadout(this);
    m_coords->setMinimumWidth(260);
    m_measureInfo = new QLabel(this);
    m_measureInfo->setObjectName(QStringLiteral("measurement"));
    m_scaleInfo = new QLabel(this);
    m_scaleInfo->setObjectName(QStringLiteral("scale"));
    m_renderInfo = new QLabel(this);
    m_measureInfo->setMinimumWidth(180);
    statusBar()->addWidget(m_coords);
    statusBar()->addWidget(m_measureInfo, 1);
    statusBar()->addPermanentWidget(m_scaleInfo);
    statusBar()->addPermanentWidget(m_renderInfo);
    connect(m_canvas, &MapCanvas::cursorMoved, m_coords, &CoordinateReadout::showLonLat);
    connect(m_canvas, &MapCanvas::measurementChanged, m_measureInfo, &QLabel::setText);
    connect(m_canvas, &MapCanvas::viewChanged, this, [this] {
        const double d = m_canvas->scaleDenominator();
        m_scaleInfo->setText(d > 0 ? tr("Scale 1:%L1").arg(std::round(d), 0, 'f', 0) : QString());
    });
    // The per-layer detail is long: the label shows what fits, the tooltip all of it.
    m_renderInfo->setMaximumWidth(360);
    connect(m_canvas, &MapCanvas::renderSummary, this, [this](const QString& text) {
        m_renderInfo->setText(m_renderInfo->fontMetrics().elidedText(text, Qt::ElideRight, 350));
        m_renderInfo->setToolTip(text);
    });
}

void MainWindow::buildBookmarksMenu() {
    m_bookmarksMenu = menuBar()->addMenu(tr("&Bookmarks"));
    m_bookmarksMenu->setObjectName(QStringLiteral("bookmarksMenu"));
    connect(m_bookmarksMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildBookmarksMenu);
    rebuildBookmarksMenu();
}

BookmarkStore MainWindow::bookmarks() const {
    if (m_bookmarkSettings)
        return BookmarkStore(*m_bookmarkSettings, m_dbPath);
    if (!m_ownSettings)
        const_cast<MainWindow*>(this)->m_ownSettings = std::make_unique<QSettings>();
    return BookmarkStore(*m_ownSettings, m_dbPath);
}

void MainWindow::rebuildBookmarksMenu() {
    m_bookmarksMenu->clear();
    QAction* add = m_bookmarksMenu->addAction(QIcon(QStringLiteral(":/icons/map-bookmark.svg")),
                                              tr("&Add Bookmark..."));
    add->setShortcut(Qt::CTRL | Qt::Key_D);
    connect(add, &QAction::triggered, this, [this] { addBookmark(); });
    const QList<Bookmark> list = bookmarks().bookmarks();
    if (list.isEmpty())
        return;
    m_bookmarksMenu->addSeparator();
    for (const Bookmark& b : list) {
        QAction* go = m_bookmarksMenu->addAction(b.name);
        connect(go, &QAction::triggered, this, [this, name = b.name] { goToBookmark(name); });
    }
    m_bookmarksMenu->addSeparator();
    QMenu* del = m_bookmarksMenu->addMenu(tr("&Delete Bookmark"));
    for (const Bookmark& b : list) {
        QAction* a = del->addAction(b.name);
        connect(a, &QAction::triggered, this, [this, name = b.name] { bookmarks().remove(name); });
    }
}

void MainWindow::addBookmark(const QString& name) {
    QString n = name;
    if (n.isEmpty()) {
        bool ok = false;
        n = QInputDialog::getText(this, tr("Add Bookmark"), tr("Name of this view:"),
                                  QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
    }
    if (!bookmarks().add({n, m_canvas->lonLatExtent()}))
        statusBar()->showMessage(tr("A bookmark needs a name and a map to show."), 8000);
}

bool MainWindow::goToBookmark(const QString& name) {
    const auto b = bookmarks().find(name);
    if (!b)
        return false;
    m_canvas->zoomToLonLatRect(b->lonLat);
    return true;
}

void MainWindow::setUpTimeLayers() {
    if (!m_db || !m_map.hasData) {
        m_timeSlider->setRange(0, 0);
        return;
    }
    m_timeLayers = std::make_unique<TimeLayerLoader>(*m_db);
    m_timeLayers->markLoaded(m_map.time);
    try {
        const store::TimeSpan span = store::SeriesRepository(*m_db).hourlySpan();
        m_timeSlider->setRange(span.first, span.last);
    } catch (const store::StoreError& e) {
        statusBar()->showMessage(QString::fromUtf8(e.what()), 15000);
    }
    {
        const QSignalBlocker block(m_timeSlider);
        m_timeSlider->setTime(m_map.time);
    }
    // The raster layer's style: which satellite product it shows.
    const QStringList products = m_timeLayers->rasterProducts();
    if (products.size() > 1 && m_map.layer(QStringLiteral("raster"))) {
        m_layerList->setStyleOptions(
            QStringLiteral("raster"), products,
            std::max(0, static_cast<int>(products.indexOf(m_timeLayers->rasterProduct()))));
        connect(m_layerList, &LayerListWidget::styleChosen, this,
                [this, products](const QString& id, int index) {
                    if (id != QLatin1String("raster") || index < 0 || index >= products.size())
                        return;
                    m_timeLayers->setRasterProduct(products[index]);
                    reloadTimeLayers();
                });
    }
}

void MainWindow::reloadTimeLayers() {
    if (!m_timeLayers)
        return;
    QStringList problems;
    for (const auto& layer : m_timeLayers->load(m_canvas->settings().time(), &problems))
        replaceLayer(layer);
    for (const QString& p : problems)
        statusBar()->showMessage(p, 15000);
}

void MainWindow::replaceLayer(const std::shared_ptr<render::MapLayer>& incoming) {
    const auto layer = withChosenStyle(incoming);
    // The new snapshot keeps what the user set on the old one.
    const auto old = m_canvas->layer(layer->id());
    if (old) {
        layer->setVisible(old->isVisible());
        layer->setOpacity(old->opacity());
        for (auto& l : m_map.layers)
            if (l->id() == layer->id())
                l = layer;
        m_layerList->replaceLayer(layer);
        m_canvas->addLayer(layer);
        return;
    }
    // A layer the store had nothing for at the first map time (a day without a track): put it
    // where CityMapLoader would have, under the markers and labels.
    if (layer->id() == QLatin1String("raster"))
        layer->setOpacity(0.5);
    static const QStringList kOrder{QStringLiteral("basemap"), QStringLiteral("raster"),
                                    QStringLiteral("track"),   QStringLiteral("enterprises"),
                                    QStringLiteral("sites"),   QStringLiteral("labels")};
    const auto rank = [](const QString& id) {
        const auto i = kOrder.indexOf(id);
        return i < 0 ? kOrder.size() : i; // layers others added stay on top
    };
    auto at = std::find_if(m_map.layers.begin(), m_map.layers.end(),
                           [&](const auto& l) { return rank(l->id()) > rank(layer->id()); });
    m_map.layers.insert(at, layer);
    m_canvas->addLayer(layer);
    QStringList order = m_layerList->layerOrder();
    const auto before = std::find_if(order.begin(), order.end(), [&](const QString& id) {
        return rank(id) > rank(layer->id());
    });
    order.insert(before, layer->id());
    m_canvas->setLayerOrder(order);
    m_layerList->setLayers(m_canvas->layers());
}

// The source-trace dock and its menu, kept apart from the map wiring above so the two evolve
// independently. The panel's overlay (trace layer) is for the canvas owner to show.
void MainWindow::buildTraceDock(const QString& dbPath) {
    m_trace = new TracePanel(this);
    m_trace->setObjectName(QStringLiteral("tracePanel"));
    m_trace->setDatabasePath(dbPath);
    m_traceDock = new QDockWidget(tr("Source Trace"), this);
    m_traceDock->setObjectName(QStringLiteral("traceDock"));
    auto* traceScroll = new QScrollArea(m_traceDock);
    traceScroll->setWidget(m_trace);
    traceScroll->setWidgetResizable(true);
    m_traceDock->setWidget(traceScroll);
    addDockWidget(Qt::RightDockWidgetArea, m_traceDock);
    // A tab next to the monitoring panels: the trace needs their height for table and plots.
    if (auto* monitoring = findChild<QDockWidget*>(QStringLiteral("monitoringDock")))
        tabifyDockWidget(monitoring, m_traceDock);
    m_traceDock->hide();

    auto* traceStation = new QAction(tr("Trace the Selected &Station"), this);
    traceStation->setEnabled(false);
    connect(traceStation, &QAction::triggered, this, [this] {
        if (m_traceSiteId.isEmpty())
            return;
        showTraceDock();
        m_trace->traceStation(m_traceSiteId, m_map.time);
    });
    connect(m_canvas, &MapCanvas::featureClicked, this,
            [this, traceStation](const render::FeatureHit& hit) {
                if (hit.kind == QLatin1String("site")) {
                    m_traceSiteId = hit.featureId;
                    traceStation->setEnabled(hasData());
                }
            });
    // A clue chosen on the desk, a point on the map (right-click) or a vehicle hotspot of the
    // map's day: the other ways an officer starts a trace.
    auto* traceClue = new QAction(tr("Trace the Selected &Clue"), this);
    traceClue->setEnabled(false);
    connect(m_clueDesk, &ClueDeskWidget::clueSelected, this, [this, traceClue](const QString& id) {
        m_traceClueId = id;
        traceClue->setEnabled(!id.isEmpty());
    });
    connect(traceClue, &QAction::triggered, this, [this] {
        if (m_traceClueId.isEmpty())
            return;
        showTraceDock();
        m_trace->traceClue(m_traceClueId);
    });
    connect(m_canvas, &MapCanvas::cursorMoved, this,
            [this](QPointF lonLat) { m_lastCursorLonLat = lonLat; });
    auto* tracePoint = new QAction(tr("Trace from &Here"), this);
    connect(tracePoint, &QAction::triggered, this, [this] {
        showTraceDock();
        m_trace->tracePoint(m_lastCursorLonLat.x(), m_lastCursorLonLat.y(),
                            m_canvas->settings().time());
    });
    m_canvas->addAction(tracePoint);
    m_canvas->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* traceHotspot = new QAction(tr("Trace a Vehicle &Hotspot..."), this);
    connect(traceHotspot, &QAction::triggered, this, &MainWindow::chooseHotspotToTrace);
    auto* traceLidar = new QAction(tr("Trace a &Lidar Plume..."), this);
    traceLidar->setObjectName(QStringLiteral("traceLidarPlume"));
    connect(traceLidar, &QAction::triggered, this, &MainWindow::chooseLidarPlumeToTrace);

    QMenu* menu = new QMenu(tr("&Trace"), this);
    menu->addAction(traceStation);
    menu->addAction(traceClue);
    menu->addAction(tracePoint);
    menu->addAction(traceHotspot);
    menu->addAction(traceLidar);
    menu->addSeparator();
    menu->addAction(m_traceDock->toggleViewAction());
    const auto actions = menuBar()->actions();
    if (actions.isEmpty())
        menuBar()->addMenu(menu);
    else
        menuBar()->insertMenu(actions.last(), menu); // before Help
}

void MainWindow::chooseHotspotToTrace() {
    if (!m_db)
        return;
    QStringList vehicles;
    {
        auto st = m_db->prepare("SELECT id FROM vehicles ORDER BY id");
        while (st.step())
            vehicles << st.text(0);
    }
    if (vehicles.isEmpty()) {
        QMessageBox::information(this, tr("Vehicle Hotspots"), tr("The store has no vehicles."));
        return;
    }
    bool ok = false;
    const QString vehicle = QInputDialog::getItem(this, tr("Vehicle Hotspots"), tr("Vehicle:"),
                                                  vehicles, 0, false, &ok);
    if (!ok)
        return;
    const std::int64_t day = model::localDayStart(m_canvas->settings().time());
    QString error;
    const auto found = trace::EventFinder(*m_db).hotspots(vehicle, day, day + 86400,
                                                          QStringLiteral("a34004"), &error);
    if (found.empty()) {
        QMessageBox::information(
            this, tr("Vehicle Hotspots"),
            error.isEmpty() ? tr("No repeated PM2.5 hotspot on %1's track that day.").arg(vehicle)
                            : error);
        return;
    }
    QStringList items;
    for (const auto& h : found)
        items << tr("%1  excess %2 µg/m³, %3 passes  (%4, %5)")
                     .arg(model::formatLocal(h.hotspot.peakTs))
                     .arg(h.hotspot.maxExcess, 0, 'f', 0)
                     .arg(h.hotspot.passes)
                     .arg(h.lon, 0, 'f', 5)
                     .arg(h.lat, 0, 'f', 5);
    const QString chosen =
        QInputDialog::getItem(this, tr("Vehicle Hotspots"),
                              tr("Hotspot to trace (strongest first):"), items, 0, false, &ok);
    if (!ok)
        return;
    showTraceDock();
    m_trace->traceHotspot(found[static_cast<std::size_t>(items.indexOf(chosen))]);
}

// Like the hotspot chooser: a lidar, then one of the plumes its PPI scans saw on the map's day,
// strongest first.
void MainWindow::chooseLidarPlumeToTrace() {
    if (!m_db)
        return;
    QStringList lidars;
    {
        auto st = m_db->prepare("SELECT id FROM lidars ORDER BY id");
        while (st.step())
            lidars << st.text(0);
    }
    if (lidars.isEmpty()) {
        QMessageBox::information(this, tr("Lidar Plumes"), tr("The store has no lidars."));
        return;
    }
    bool ok = false;
    const QString lidar =
        QInputDialog::getItem(this, tr("Lidar Plumes"), tr("Lidar:"), lidars, 0, false, &ok);
    if (!ok)
        return;
    const std::int64_t day = model::localDayStart(m_canvas->settings().time());
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor); // a day of scans takes a moment
    const auto found =
        trace::EventFinder(*m_db).lidarPlumesBetween(lidar, day, day + 86400, 30, &error);
    QApplication::restoreOverrideCursor();
    if (found.empty()) {
        QMessageBox::information(this, tr("Lidar Plumes"),
                                 error.isEmpty() ? tr("Lidar %1 saw no plume that day.").arg(lidar)
                                                 : error);
        return;
    }
    QStringList items;
    for (const auto& p : found)
        items << tr("%1  excess %2, %3 cells, axis %4°  (%5, %6)")
                     .arg(model::formatLocal(p.scanTs))
                     .arg(p.plume.maxExcess, 0, 'f', 0)
                     .arg(p.plume.cells)
                     .arg(p.plume.axisBearingDeg, 0, 'f', 0)
                     .arg(p.lon, 0, 'f', 5)
                     .arg(p.lat, 0, 'f', 5);
    const QString chosen = QInputDialog::getItem(
        this, tr("Lidar Plumes"), tr("Plume to trace (strongest first):"), items, 0, false, &ok);
    if (!ok)
        return;
    showTraceDock();
    m_trace->traceLidarPlume(found[static_cast<std::size_t>(items.indexOf(chosen))]);
}

void MainWindow::showTraceDock() {
    m_traceDock->show();
    // QWidget::raise() does nothing for a widget already on top of its siblings, and a tabified
    // dock only switches its tab when raise() moves it: once raised, the trace tab would never
    // come back to the front after the officer picked another tab. Lower it first.
    m_traceDock->lower();
    m_traceDock->raise();
    resizeDocks({m_traceDock}, {560}, Qt::Horizontal);
}

// The clue desk as a bottom dock with its own read-write connection (the map keeps its read-only
// one); a View-menu entry toggles it. Acting needs setActor() on clueDesk() after a login.
void MainWindow::buildClueDesk(const QString& dbPath) {
    m_clueDesk = new ClueDeskWidget(this);
    m_clueDesk->setObjectName(QStringLiteral("clueDesk"));
    auto* dock = new QDockWidget(tr("Clue Desk"), this);
    dock->setObjectName(QStringLiteral("clueDeskDock"));
    dock->setWidget(m_clueDesk);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    resizeDocks({dock}, {320}, Qt::Vertical);
    if (QFileInfo::exists(dbPath))
        m_clueDesk->openStore(dbPath);
    for (QMenu* menu : menuBar()->findChildren<QMenu*>())
        if (menu->title() == tr("&View")) {
            menu->addAction(dock->toggleViewAction());
            break;
        }
}

} // namespace eco::ui
