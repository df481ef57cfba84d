#include "ui/MainWindow.h"
#include "ui/sync/SyncStatusWidget.h"

#include "core/geo/WebMercator.h"
#include "core/model/Interval.h"
#include "core/store/CatalogRepository.h"
#include "core/store/Database.h"
#include "core/store/SeriesRepository.h"
#include "core/store/StoreError.h"
#include "ui/DetailsPanel.h"
#include "ui/IngestStatusView.h"
#include "ui/LayerListWidget.h"
#include "ui/MapCanvas.h"
#include "ui/OutletPanel.h"
#include "ui/StationPanel.h"
#include "ui/trace/TracePanel.h"
#include "ui/clue/ClueDeskWidget.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
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
    buildTraceDock(dbPath);
    buildClueDesk(dbPath);
    buildSyncUi(dbPath);
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
        statusBar()->showMessage(error.isEmpty() ? tr("Sync finished") : tr("Sync failed: %1").arg(error),
                                 10000);
    });
}

MainWindow::~MainWindow() {
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
    layerDock->setWidget(m_layerList);
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
    resizeDocks({layerDock, detailsDock}, {240, 420}, Qt::Horizontal);
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
    auto* exportAct = new QAction(tr("&Export Map Image..."), this);
    exportAct->setShortcut(Qt::CTRL | Qt::Key_E);
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
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(about);

    QToolBar* bar = addToolBar(tr("Map"));
    bar->setObjectName(QStringLiteral("mapToolBar"));
    bar->addAction(zoomIn);
    bar->addAction(zoomOut);
    bar->addAction(full);

    m_coords = new QLabel(this);
    m_coords->setObjectName(QStringLiteral("coordinates"));
    m_coords->setMinimumWidth(260);
    m_renderInfo = new QLabel(this);
    statusBar()->addWidget(m_coords);
    statusBar()->addPermanentWidget(m_renderInfo);

    connect(m_canvas, &MapCanvas::cursorMoved, this, [this](QPointF ll) {
        m_coords->setText(tr("Lon %1°  Lat %2°").arg(ll.x(), 0, 'f', 5).arg(ll.y(), 0, 'f', 5));
    });
    connect(m_canvas, &MapCanvas::renderSummary, m_renderInfo, &QLabel::setText);
    connect(m_canvas, &MapCanvas::featureClicked, this, &MainWindow::showFeature);
    connect(m_canvas, &MapCanvas::nothingClicked, m_details, &DetailsPanel::clear);
    connect(m_canvas, &MapCanvas::nothingClicked, m_station, &StationPanel::clear);
    connect(m_canvas, &MapCanvas::nothingClicked, m_outlet, &OutletPanel::clear);
    connect(m_layerList, &LayerListWidget::layersChanged, m_canvas, &MapCanvas::refresh);
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
}

void MainWindow::showFeature(const render::FeatureHit& hit) {
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
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Map Image"),
                                     QStringLiteral("ecosentry-map.png"), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!m_canvas->grab().save(path, "PNG"))
        QMessageBox::warning(this, tr("Export Map Image"), tr("Cannot write %1.").arg(path));
}

// The source-trace dock and its menu, kept apart from the map wiring above so the two evolve
// independently. The panel's overlay (trace layer) is for the canvas owner to show.
void MainWindow::buildTraceDock(const QString& dbPath) {
    m_trace = new TracePanel(this);
    m_trace->setObjectName(QStringLiteral("tracePanel"));
    m_trace->setDatabasePath(dbPath);
    m_traceDock = new QDockWidget(tr("Source Trace"), this);
    m_traceDock->setObjectName(QStringLiteral("traceDock"));
    m_traceDock->setWidget(m_trace);
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
    QMenu* menu = new QMenu(tr("&Trace"), this);
    menu->addAction(traceStation);
    menu->addSeparator();
    menu->addAction(m_traceDock->toggleViewAction());
    const auto actions = menuBar()->actions();
    if (actions.isEmpty())
        menuBar()->addMenu(menu);
    else
        menuBar()->insertMenu(actions.last(), menu); // before Help
}

void MainWindow::showTraceDock() {
    m_traceDock->show();
    m_traceDock->raise();
    resizeDocks({m_traceDock}, {560}, Qt::Horizontal);
// The clue desk as a bottom dock with its own read-write connection (the map keeps its read-only
// one); a View-menu entry toggles it. Acting needs setActor() on clueDesk() after a login.
void MainWindow::buildClueDesk(const QString& dbPath) {
    m_clueDesk = new ClueDeskWidget(this);
    m_clueDesk->setObjectName(QStringLiteral("clueDesk"));
    auto* dock = new QDockWidget(tr("Clue Desk"), this);
    dock->setObjectName(QStringLiteral("clueDeskDock"));
    dock->setWidget(m_clueDesk);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    resizeDocks({dock}, {430}, Qt::Vertical);
    if (QFileInfo::exists(dbPath))
        m_clueDesk->openStore(dbPath);
    for (QMenu* menu : menuBar()->findChildren<QMenu*>())
        if (menu->title() == tr("&View")) {
            menu->addAction(dock->toggleViewAction());
            break;
        }
}

} // namespace eco::ui
