#include "ui/trace/TracePanel.h"

#include "core/geo/LocalTangentPlane.h"
#include "core/model/Interval.h"
#include "core/model/Time.h"
#include "core/render/TraceLayer.h"
#include "core/store/CatalogRepository.h"
#include "core/store/Database.h"
#include "core/store/SeriesRepository.h"
#include "core/store/StoreError.h"
#include "core/task/TaskError.h"
#include "core/task/TaskService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <qcustomplot.h>

#include <cmath>
#include <limits>

namespace eco::ui {

namespace {

constexpr std::int64_t kPolarWindowS = 30 * 86400; // a month of hours behind the event
constexpr std::int64_t kSeriesBeforeS = 24 * 3600;
constexpr std::int64_t kSeriesAfterS = 12 * 3600;

QString pollutantLabel(const QString& code) {
    if (code == QLatin1String("a34004"))
        return QStringLiteral("PM2.5");
    if (code == QLatin1String("a34002"))
        return QStringLiteral("PM10");
    if (code == QLatin1String("a21026"))
        return QStringLiteral("SO₂");
    if (code == QLatin1String("a21004"))
        return QStringLiteral("NO₂");
    return code;
}

// Runs on a worker: its own connection, nothing shared with the GUI thread.
TraceOutcome runTrace(const QString& dbPath, const trace::TraceRequest& req) {
    TraceOutcome out;
    try {
        auto db = store::Database::open(dbPath, store::Database::Mode::ReadOnly);
        out.report = trace::TraceService(db).run(req);
        if (!out.report.ok)
            return out;
        const store::CatalogRepository catalog(db);
        QHash<QString, QPointF> outletPos, enterprisePos;
        QHash<QString, QString> names;
        for (const auto& o : catalog.outlets())
            outletPos.insert(o.id, QPointF(o.lon, o.lat));
        for (const auto& e : catalog.enterprises()) {
            enterprisePos.insert(e.id, QPointF(e.lon, e.lat));
            names.insert(e.id, e.name);
        }
        for (const auto& row : out.report.rows) {
            out.candidateLonLat.push_back(outletPos.contains(row.outletId)
                                              ? outletPos.value(row.outletId)
                                              : enterprisePos.value(row.enterpriseId));
            out.candidateNames << names.value(row.enterpriseId);
        }
        // The nearest station's month of winds: for a station event that is the station itself.
        const geo::LocalTangentPlane plane(out.report.lon, out.report.lat);
        double best = std::numeric_limits<double>::infinity();
        for (const auto& s : catalog.sites()) {
            const QPointF p = plane.toLocal(s.lon, s.lat);
            const double d = std::hypot(p.x(), p.y());
            if (d < best) {
                best = d;
                out.polarSiteId = s.id;
                out.polarSiteName = s.name;
            }
        }
        if (!out.polarSiteId.isEmpty()) {
            const store::SeriesRepository series(db);
            const std::int64_t to = out.report.ts + 3600;
            const std::int64_t from = to - kPolarWindowS;
            const auto ws = series.load(out.polarSiteId, QStringLiteral("a01007"),
                                        model::Interval::Hour, from, to);
            const auto wd = series.load(out.polarSiteId, QStringLiteral("a01008"),
                                        model::Interval::Hour, from, to);
            const auto c =
                series.load(out.polarSiteId, out.report.pollutant, model::Interval::Hour, from, to);
            QHash<std::int64_t, double> speed, dir;
            for (const auto& p : ws)
                if (p.flag == 'N')
                    speed.insert(p.ts, p.value);
            for (const auto& p : wd)
                if (p.flag == 'N')
                    dir.insert(p.ts, p.value);
            std::vector<trace::WindSample> samples;
            for (const auto& p : c)
                if (p.flag == 'N' && std::isfinite(p.value) && speed.contains(p.ts) &&
                    dir.contains(p.ts))
                    samples.push_back({speed.value(p.ts), dir.value(p.ts), p.value});
            out.polar = trace::polarStatistics(samples);
        }
    } catch (const store::StoreError& e) {
        out.error = QString::fromUtf8(e.what());
    }
    return out;
}

QSharedPointer<QCPAxisTickerDateTime> localTicker() {
    auto t = QSharedPointer<QCPAxisTickerDateTime>::create();
    t->setDateTimeFormat(QStringLiteral("MM-dd\nHH:mm"));
    t->setTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
    return t;
}

QTableWidgetItem* numberItem(double v, int decimals) {
    auto* item = new QTableWidgetItem(QString::number(v, 'f', decimals));
    item->setData(Qt::UserRole, v);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

TracePanel::TracePanel(QWidget* parent) : QWidget(parent) {
    m_headline = new QLabel(tr("No trace yet: open one from a clue, a station, a hotspot or a "
                               "map click."),
                            this);
    m_headline->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({tr("Rank"), tr("Enterprise"), tr("Outlet"), tr("Score"),
                                        tr("P(top-1)"), tr("P(top-3)"), tr("Distance (m)"),
                                        tr("Bearing (°)"), tr("Explained"), tr("Flags")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { fillSeries(selectedRow()); });

    m_makeTask = new QPushButton(tr("Make a task for the selected candidate"), this);
    m_makeTask->setEnabled(false);
    connect(m_makeTask, &QPushButton::clicked, this, &TracePanel::makeTask);

    const auto makePlot = [this](int minHeight) {
        auto* p = new QCustomPlot(this);
        p->setMinimumHeight(minHeight);
        p->setNoAntialiasingOnDrag(true);
        return p;
    };
    // Polar plots stay round whatever the widget's shape: after each layout the x range is
    // widened to the axis rect's aspect (afterLayout comes before drawing, in the same replot).
    const auto keepRound = [](QCustomPlot* p) {
        connect(p, &QCustomPlot::afterLayout, p, [p] { p->xAxis->setScaleRatio(p->yAxis, 1.0); });
    };
    m_polar = makePlot(170);
    m_cpf = makePlot(170);
    m_series = makePlot(150);
    m_polar->setMinimumWidth(190);
    m_cpf->setMinimumWidth(190);
    keepRound(m_polar);
    keepRound(m_cpf);
    m_table->setMinimumHeight(150);

    auto* polarRow = new QWidget(this);
    auto* pr = new QHBoxLayout(polarRow);
    pr->setContentsMargins(0, 0, 0, 0);
    pr->addWidget(m_polar);
    pr->addWidget(m_cpf);

    auto* top = new QWidget(this);
    auto* tl = new QVBoxLayout(top);
    tl->setContentsMargins(0, 0, 0, 0);
    tl->addWidget(m_headline);
    tl->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_makeTask);
    buttons->addStretch(1);
    tl->addLayout(buttons);
    tl->addWidget(m_status);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(polarRow);
    split->addWidget(m_series);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);

    connect(&m_watcher, &QFutureWatcher<TraceOutcome>::finished, this, &TracePanel::onFinished);
    fillPolar(m_polar, {}, tr("Concentration by wind"), false);
    fillPolar(m_cpf, {}, tr("CPF (share above P75)"), true);
    fillSeries(-1);
}

TracePanel::~TracePanel() {
    m_watcher.waitForFinished(); // the worker captured copies only, but finish before teardown
}

void TracePanel::setDatabasePath(const QString& path) {
    m_dbPath = path;
}

void TracePanel::setActor(const QString& username) {
    m_actor = username;
}

void TracePanel::traceClue(const QString& clueId) {
    trace::TraceRequest r;
    r.clueId = clueId;
    trace(r);
}

void TracePanel::traceStation(const QString& siteId, std::int64_t ts) {
    trace::TraceRequest r;
    r.siteId = siteId;
    r.ts = ts;
    trace(r);
}

void TracePanel::tracePoint(double lon, double lat, std::int64_t ts) {
    trace::TraceRequest r;
    r.lon = lon;
    r.lat = lat;
    r.ts = ts;
    trace(r);
}

void TracePanel::traceHotspot(const trace::HotspotEvent& h) {
    start(trace::requestFor(h),
          tr("Vehicle %1 hotspot (%2 passes)").arg(h.vehicleId).arg(h.hotspot.passes));
}

void TracePanel::traceLidarPlume(const trace::LidarPlumeEvent& p) {
    start(trace::requestFor(p, QStringLiteral("a34004")),
          tr("Lidar %1 plume (axis %2°, %3 cells)")
              .arg(p.lidarId)
              .arg(p.plume.axisBearingDeg, 0, 'f', 0)
              .arg(p.plume.cells),
          {QPointF(p.lon, p.lat), QPointF(p.centroidLon, p.centroidLat)});
}

void TracePanel::trace(const trace::TraceRequest& request) {
    start(request, QString());
}

void TracePanel::start(const trace::TraceRequest& request, const QString& origin,
                       std::vector<QPointF> plumeAxis) {
    if (m_dbPath.isEmpty()) {
        setStatus(tr("No store is open."), true);
        return;
    }
    if (isRunning()) {
        setStatus(tr("A trace is still running; wait for it to finish."), true);
        return;
    }
    m_origin = origin;
    m_plumeAxis = std::move(plumeAxis);
    m_headline->setText(tr("Tracing…"));
    setStatus(QString(), false);
    m_makeTask->setEnabled(false);
    const QString path = m_dbPath;
    m_watcher.setFuture(QtConcurrent::run([path, request] { return runTrace(path, request); }));
}

bool TracePanel::isRunning() const {
    return m_watcher.isRunning();
}

void TracePanel::waitForFinished() {
    if (!m_watcher.future().isValid())
        return;
    m_watcher.waitForFinished();
    QCoreApplication::sendPostedEvents(); // deliver finished() so the panel shows the result
    QCoreApplication::processEvents();
}

void TracePanel::onFinished() {
    m_outcome = m_watcher.result();
    const trace::TraceReport& rep = m_outcome.report;
    const bool ok = m_outcome.error.isEmpty() && rep.ok;
    if (!ok) {
        m_headline->setText(tr("The trace failed."));
        setStatus(m_outcome.error.isEmpty() ? rep.error : m_outcome.error, true);
        m_table->setRowCount(0);
        emit traceFinished(false);
        return;
    }
    m_headline->setText(headline());
    fillTable();
    fillPolar(m_polar, m_outcome.polar.meanGrid,
              tr("%1 by wind (µg/m³)").arg(pollutantLabel(rep.pollutant)), false);
    fillPolar(m_cpf, m_outcome.polar.cpfGrid, tr("CPF (share > P75)"), true);
    m_overlay = std::make_shared<render::TraceLayer>(rep, m_outcome.candidateLonLat, m_plumeAxis);
    if (!rep.rows.empty())
        selectCandidate(0);
    else
        fillSeries(-1);
    setStatus(rep.rows.empty()
                  ? tr("No candidate upwind explains any of the excess.")
                  : tr("%n candidate(s) ranked.", nullptr, static_cast<int>(rep.rows.size())),
              false);
    emit overlayChanged();
    emit traceFinished(true);
}

QString TracePanel::headline() const {
    const trace::TraceReport& rep = m_outcome.report;
    if (!rep.ok)
        return {};
    const QString event =
        tr("%1 event at %2, %3, %4: excess %5 µg/m³; upwind %6° ± %7°. Wind statistics: "
           "%8")
            .arg(pollutantLabel(rep.pollutant), model::formatLocal(rep.ts))
            .arg(rep.lon, 0, 'f', 4)
            .arg(rep.lat, 0, 'f', 4)
            .arg(rep.excess, 0, 'f', 1)
            .arg(rep.result.upwindBearingDeg, 0, 'f', 0)
            .arg(rep.result.coneHalfAngleDeg, 0, 'f', 0)
            .arg(m_outcome.polarSiteId.isEmpty()
                     ? tr("no station")
                     : m_outcome.polarSiteId + u' ' + m_outcome.polarSiteName);
    QString text = m_origin.isEmpty() ? event : m_origin + QStringLiteral(" — ") + event;
    if (rep.baselineMethod == QLatin1String("network_hour_p10"))
        text += u' ' + tr("(No 24 h history: background from the other stations at that hour.)");
    else if (rep.baselineMethod == QLatin1String("station_hours_p10"))
        text += u' ' + tr("(Short history: background from the station's available hours.)");
    if (rep.result.fitHours > 0)
        text += u' ' +
                tr("Scores fitted to %n hour(s) of excess (NNLS).", nullptr, rep.result.fitHours);
    return text;
}

QString TracePanel::statusText() const {
    return m_status->text();
}

void TracePanel::fillTable() {
    const auto& rows = m_outcome.report.rows;
    m_table->setSortingEnabled(false);
    m_table->setRowCount(static_cast<int>(rows.size()));
    for (int i = 0; i < static_cast<int>(rows.size()); ++i) {
        const auto& r = rows[static_cast<size_t>(i)];
        auto* rank = numberItem(r.rank, 0);
        m_table->setItem(i, ColRank, rank);
        const QString name = m_outcome.candidateNames.value(i);
        m_table->setItem(
            i, ColEnterprise,
            new QTableWidgetItem(name.isEmpty() ? r.enterpriseId : r.enterpriseId + u' ' + name));
        m_table->setItem(
            i, ColOutlet,
            new QTableWidgetItem(r.outletId.isEmpty() ? tr("(power proxy)") : r.outletId));
        m_table->setItem(i, ColScore, numberItem(r.score, r.score < 1 ? 3 : 1));
        m_table->setItem(i, ColTop1, numberItem(r.pTop1, 2));
        m_table->setItem(i, ColTop3, numberItem(r.pTop3, 2));
        m_table->setItem(i, ColDistance, numberItem(r.distanceM, 0));
        m_table->setItem(i, ColBearing, numberItem(r.bearingDeg, 0));
        m_table->setItem(i, ColShare, numberItem(r.explainedShare, 2));
        m_table->setItem(i, ColFlags, new QTableWidgetItem(r.flags.join(QStringLiteral("; "))));
    }
    m_table->resizeColumnsToContents();
}

void TracePanel::fillPolar(QCustomPlot* plot, const std::vector<double>& grid, const QString& title,
                           bool probability) {
    plot->clearPlottables();
    plot->clearItems();
    if (plot->plotLayout()->rowCount() > 1)
        plot->plotLayout()->removeAt(0);
    for (int i = plot->plotLayout()->elementCount() - 1; i >= 0; --i)
        if (qobject_cast<QCPColorScale*>(plot->plotLayout()->elementAt(i)))
            plot->plotLayout()->removeAt(i);
    plot->plotLayout()->simplify();
    plot->plotLayout()->insertRow(0);
    auto* heading = new QCPTextElement(plot, title, QFont(font().family(), 9, QFont::Bold));
    plot->plotLayout()->addElement(0, 0, heading);

    const trace::PolarGrid& g = m_outcome.polar;
    const double r = g.maxSpeedMs > 0 ? g.maxSpeedMs : 4.0;
    plot->xAxis->setRange(-r, r);
    plot->yAxis->setRange(-r, r);
    plot->xAxis->setLabel(tr("m/s"));
    plot->xAxis->grid()->setVisible(false);
    plot->yAxis->grid()->setVisible(false);
    plot->axisRect()->setupFullAxesBox();
    if (!grid.empty() && g.cells > 0) {
        auto* map = new QCPColorMap(plot->xAxis, plot->yAxis);
        map->data()->setSize(g.cells, g.cells);
        map->data()->setRange(QCPRange(-r + r / g.cells, r - r / g.cells),
                              QCPRange(-r + r / g.cells, r - r / g.cells));
        double hi = 0;
        for (int y = 0; y < g.cells; ++y)
            for (int x = 0; x < g.cells; ++x) {
                const double v = grid[static_cast<size_t>(y * g.cells + x)];
                map->data()->setCell(x, y, v);
                if (std::isfinite(v))
                    hi = std::max(hi, v);
            }
        auto* scale = new QCPColorScale(plot);
        plot->plotLayout()->addElement(1, 1, scale);
        scale->setType(QCPAxis::atRight);
        scale->setBarWidth(8);
        // The scale owns gradient and range once linked: set them on it, after linking.
        map->setColorScale(scale);
        map->setInterpolate(false);
        QCPColorGradient gradient(QCPColorGradient::gpJet);
        gradient.setNanHandling(QCPColorGradient::nhTransparent);
        scale->setGradient(gradient);
        scale->setDataRange(QCPRange(0, probability ? 1.0 : std::max(1.0, hi)));
        auto* group = new QCPMarginGroup(plot);
        plot->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, group);
        scale->setMarginGroup(QCP::msBottom | QCP::msTop, group);
    }
    // Speed rings and the compass: the direction outwards is where the wind comes from.
    const int rings = std::max(1, static_cast<int>(std::floor(r / 2)));
    for (int k = 1; k <= rings; ++k) {
        const double rr = k * r / rings;
        auto* e = new QCPItemEllipse(plot);
        e->topLeft->setCoords(-rr, rr);
        e->bottomRight->setCoords(rr, -rr);
        e->setPen(QPen(QColor(90, 90, 90, 140), 1, Qt::DotLine));
    }
    const struct {
        const char* label;
        double x, y;
    } compass[] = {{"N", 0, 1}, {"E", 1, 0}, {"S", 0, -1}, {"W", -1, 0}};
    for (const auto& c : compass) {
        auto* t = new QCPItemText(plot);
        t->position->setCoords(c.x * r * 0.9, c.y * r * 0.9);
        t->setText(QString::fromLatin1(c.label));
        t->setFont(QFont(font().family(), 8, QFont::Bold));
    }
    if (grid.empty()) {
        auto* t = new QCPItemText(plot);
        t->position->setCoords(0, 0);
        t->setText(tr("no wind data"));
    }
    plot->replot();
}

void TracePanel::fillSeries(int row) {
    QCustomPlot* plot = m_series;
    plot->clearPlottables();
    plot->clearItems();
    plot->legend->setVisible(false);
    plot->xAxis->setTicker(localTicker());
    plot->yAxis->setLabel(
        row >= 0 && row < static_cast<int>(m_outcome.report.rows.size())
            ? tr("%1 (g/s)").arg(m_outcome.report.rows[static_cast<size_t>(row)].outletId)
            : tr("CEMS mass rate (g/s)"));
    plot->yAxis2->setLabel(tr("Power (kW)"));
    plot->yAxis2->setVisible(true);
    const trace::TraceReport& rep = m_outcome.report;
    m_makeTask->setEnabled(row >= 0 && rep.ok);
    if (row < 0 || !rep.ok || row >= static_cast<int>(rep.rows.size()) || m_dbPath.isEmpty()) {
        plot->replot();
        return;
    }
    const auto& cand = rep.rows[static_cast<size_t>(row)];
    const std::int64_t from = rep.ts - kSeriesBeforeS;
    const std::int64_t to = rep.ts + kSeriesAfterS;
    try {
        auto db = store::Database::open(m_dbPath, store::Database::Mode::ReadOnly);
        const store::SeriesRepository series(db);
        QVector<double> t1, rate, t2, kw;
        if (!cand.outletId.isEmpty()) {
            const QString factor = trace::TraceService::emissionFactorFor(rep.pollutant);
            const auto conc = series.load(cand.outletId, factor, model::Interval::Hour, from, to);
            const auto flow = series.load(cand.outletId, QStringLiteral("a00000"),
                                          model::Interval::Hour, from, to);
            QHash<std::int64_t, double> flowAt;
            for (const auto& p : flow)
                if (std::isfinite(p.value))
                    flowAt.insert(p.ts, p.value);
            for (const auto& p : conc)
                if (std::isfinite(p.value) && flowAt.contains(p.ts)) {
                    t1 << static_cast<double>(p.ts);
                    rate << p.value * flowAt.value(p.ts) / 3.6e6; // mg/m3 x m3/h -> g/s
                }
        }
        auto st = db.prepare("SELECT meter_id FROM power_meters WHERE enterprise_id=?1 AND "
                             "circuit='production' ORDER BY meter_id LIMIT 1");
        st.bind(1, cand.enterpriseId);
        if (st.step())
            for (const auto& p : series.power(st.text(0), from, to))
                if (std::isfinite(p.value)) {
                    t2 << static_cast<double>(p.ts);
                    kw << p.value;
                }
        QCPGraph* g1 = plot->addGraph(plot->xAxis, plot->yAxis);
        g1->setName(tr("CEMS %1 mass rate").arg(cand.outletId));
        g1->setPen(QPen(QColor(200, 40, 40), 2));
        g1->setLineStyle(QCPGraph::lsStepLeft);
        g1->setData(t1, rate, true);
        QCPGraph* g2 = plot->addGraph(plot->xAxis, plot->yAxis2);
        g2->setName(tr("production power"));
        g2->setPen(QPen(QColor(40, 90, 200), 1.2));
        g2->setData(t2, kw, true);
        plot->xAxis->setRange(static_cast<double>(from), static_cast<double>(to));
        bool found = false;
        QCPRange r1 = g1->getValueRange(found);
        plot->yAxis->setRange(0, found ? r1.upper * 1.1 + 1e-6 : 1);
        QCPRange r2 = g2->getValueRange(found);
        plot->yAxis2->setRange(0, found ? r2.upper * 1.1 + 1e-6 : 1);
        auto* line = new QCPItemStraightLine(plot);
        line->point1->setCoords(static_cast<double>(rep.ts), 0);
        line->point2->setCoords(static_cast<double>(rep.ts), 1);
        line->setPen(QPen(QColor(30, 30, 30), 1.5, Qt::DashLine));
        auto* label = new QCPItemText(plot);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->position->setTypeX(QCPItemPosition::ptPlotCoords);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords(static_cast<double>(rep.ts), 0.02);
        label->setText(tr(" event"));
        // Axis labels in the series' colours stand in for a legend that would cover the data.
        plot->yAxis->setLabelColor(g1->pen().color());
        plot->yAxis2->setLabelColor(g2->pen().color());
        if (t1.isEmpty() && t2.isEmpty())
            label->setText(tr(" event (no CEMS or power data for %1)").arg(cand.enterpriseId));
    } catch (const store::StoreError& e) {
        setStatus(QString::fromUtf8(e.what()), true);
    }
    plot->replot();
}

int TracePanel::selectedRow() const {
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.front().row();
}

void TracePanel::selectCandidate(int row) {
    if (row < 0 || row >= m_table->rowCount())
        return;
    m_table->selectRow(row);
    fillSeries(row);
}

bool TracePanel::makeTask() {
    const int row = selectedRow();
    const trace::TraceReport& rep = m_outcome.report;
    if (row < 0 || !rep.ok || row >= static_cast<int>(rep.rows.size())) {
        setStatus(tr("Select a candidate first."), true);
        return false;
    }
    if (m_actor.isEmpty()) {
        setStatus(tr("Sign in first: tasks are created in a user's name."), true);
        return false;
    }
    const auto& cand = rep.rows[static_cast<size_t>(row)];
    try {
        auto db = store::Database::open(m_dbPath);
        task::TaskService tasks(db);
        task::CreateRequest req;
        req.enterpriseId = cand.enterpriseId;
        req.outletId = cand.outletId;
        req.note = tr("Source trace: %1 event at %2, rank %3, P(top-1) %4, P(top-3) %5")
                       .arg(pollutantLabel(rep.pollutant), model::formatLocal(rep.ts))
                       .arg(cand.rank)
                       .arg(cand.pTop1, 0, 'f', 2)
                       .arg(cand.pTop3, 0, 'f', 2);
        const QString id = tasks.create(m_actor, req);
        setStatus(tr("Task %1 created for %2.").arg(id.left(8), cand.enterpriseId), false);
        emit taskCreated(id);
        return true;
    } catch (const task::TaskError& e) {
        setStatus(tr("No task was created: %1").arg(QString::fromUtf8(e.what())), true);
    } catch (const store::StoreError& e) {
        setStatus(tr("No task was created: %1").arg(QString::fromUtf8(e.what())), true);
    }
    return false;
}

void TracePanel::setStatus(const QString& text, bool error) {
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

} // namespace eco::ui
