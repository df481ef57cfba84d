#include "ui/task/CaseFileExporter.h"

#include "core/geo/WebMercator.h"
#include "core/model/Interval.h"
#include "core/model/Time.h"
#include "core/render/CityMapLoader.h"
#include "core/render/MapRenderJob.h"
#include "core/render/TaskLayer.h"
#include "core/store/CatalogRepository.h"
#include "core/store/SeriesRepository.h"
#include "core/store/StoreError.h"
#include "core/task/ChainVerifier.h"
#include "core/task/TaskError.h"
#include "ui/task/TaskText.h"
#include "ui/task/TaskWorkspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPdfWriter>
#include <QTimeZone>

#include <cmath>

#include <qcustomplot.h>

namespace eco::ui {

namespace {

QString tr(const char* text, int n = -1) {
    return QCoreApplication::translate("eco::ui::CaseFileExporter", text, nullptr, n);
}

constexpr int kDpi = 150;

// Flows text down the printable area of the writer, starting a new page when full.
class PageFlow {
public:
    PageFlow(QPdfWriter& writer, QCPPainter& painter)
        : m_writer(writer), m_p(painter), m_width(writer.width()), m_height(writer.height()) {}

    double width() const { return m_width; }
    double y() const { return m_y; }
    int pages() const { return m_page; }
    QCPPainter& painter() { return m_p; }

    void newPage() {
        footer();
        m_writer.newPage();
        ++m_page;
        m_y = 0;
    }
    void need(double h) {
        if (m_y + h > m_height - 40)
            newPage();
    }
    void skip(double h) { m_y += h; }

    void text(const QString& s, const QFont& font, const QColor& colour = Qt::black,
              double indent = 0) {
        m_p.setFont(font);
        const QRectF r = m_p.boundingRect(QRectF(indent, 0, m_width - indent, 1e6),
                                          Qt::TextWordWrap | Qt::AlignLeft, s);
        need(r.height());
        m_p.setPen(colour);
        m_p.drawText(QRectF(indent, m_y, m_width - indent, r.height()),
                     Qt::TextWordWrap | Qt::AlignLeft, s);
        m_y += r.height() + 2;
    }
    void heading(const QString& s) {
        QFont f = base();
        f.setPointSizeF(13);
        f.setBold(true);
        need(80);
        m_y += 10;
        text(s, f, QColor(0x1a, 0x3a, 0x5c));
        m_p.setPen(QPen(QColor(0x1a, 0x3a, 0x5c), 2));
        m_p.drawLine(QPointF(0, m_y), QPointF(m_width, m_y));
        m_y += 8;
    }
    void keyValue(const QString& key, const QString& value) {
        QFont k = base();
        k.setBold(true);
        m_p.setFont(base());
        const double kw = m_width * 0.24;
        const QRectF r = m_p.boundingRect(QRectF(kw, 0, m_width - kw, 1e6),
                                          Qt::TextWordWrap | Qt::AlignLeft, value);
        need(r.height());
        m_p.setFont(k);
        m_p.setPen(QColor(0x44, 0x44, 0x44));
        m_p.drawText(QRectF(0, m_y, kw, r.height()), Qt::AlignLeft | Qt::AlignTop, key);
        m_p.setFont(base());
        m_p.setPen(Qt::black);
        m_p.drawText(QRectF(kw, m_y, m_width - kw, r.height()), Qt::TextWordWrap | Qt::AlignLeft,
                     value);
        m_y += r.height() + 3;
    }
    void image(const QImage& img, double w) {
        const double h = w * img.height() / std::max(1, img.width());
        need(h);
        m_p.drawImage(QRectF(0, m_y, w, h), img);
        m_p.setPen(QColor(0x99, 0x99, 0x99));
        m_p.setBrush(Qt::NoBrush);
        m_p.drawRect(QRectF(0, m_y, w, h));
        m_y += h + 6;
    }
    void footer() {
        QFont f = base();
        f.setPointSizeF(7.5);
        m_p.setFont(f);
        m_p.setPen(QColor(0x77, 0x77, 0x77));
        m_p.drawText(QRectF(0, m_height - 30, m_width, 30), Qt::AlignRight | Qt::AlignBottom,
                     tr("EcoSentry case file · %1 · page %2").arg(m_footer).arg(m_page));
    }
    void setFooter(const QString& s) { m_footer = s; }

    static QFont base() {
        QFont f;
        f.setPointSizeF(9.5);
        return f;
    }
    static QFont mono(double pt = 7.5) {
        QFont f(QStringLiteral("DejaVu Sans Mono"));
        f.setStyleHint(QFont::Monospace);
        f.setPointSizeF(pt);
        return f;
    }

private:
    QPdfWriter& m_writer;
    QCPPainter& m_p;
    double m_width;
    double m_height;
    double m_y = 0;
    int m_page = 1;
    QString m_footer;
};

std::optional<QPointF> subjectLonLat(store::Database& db, const task::TaskSnapshot& t) {
    const store::CatalogRepository catalog(db);
    if (!t.outletId.isEmpty())
        if (const auto o = catalog.outlet(t.outletId); o && (o->lon != 0 || o->lat != 0))
            return QPointF(o->lon, o->lat);
    if (!t.enterpriseId.isEmpty())
        if (const auto e = catalog.enterprise(t.enterpriseId))
            return QPointF(e->lon, e->lat);
    return std::nullopt;
}

QImage mapSnapshot(store::Database& db, const task::TaskSnapshot& t, QString* note) {
    const auto ll = subjectLonLat(db, t);
    if (!ll) {
        *note = tr("The task names no enterprise or outlet with a position: no map.");
        return {};
    }
    const render::CityMap map = render::CityMapLoader::load(db);
    const QPointF c = geo::WebMercator::fromLonLat(*ll);
    render::MapSettings s;
    s.setOutputSize(QSize(1000, 600));
    s.setExtent({c.x() - 3000, c.y() - 1800, c.x() + 3000, c.y() + 1800});
    s.setTime(map.time);
    s.setVisibleLayers(map.visibleLayerIds());
    render::MapRenderOutput out = render::MapRenderJob::renderSync(
        s, map.stack(), true, map.background.isValid() ? map.background : QColor(0xf3, 0xf1, 0xec));
    QImage img = out.image.convertToFormat(QImage::Format_ARGB32);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    const QPointF at = s.worldToPixel(c);
    p.setPen(QPen(Qt::white, 3));
    p.setBrush(render::TaskLayer::stateColour(t.state));
    p.drawEllipse(at, 9, 9);
    p.setPen(QPen(render::TaskLayer::overdueColour(), 3));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(at, 16, 16);
    *note = tr("Subject at %1° E, %2° N (ring), map time %3.")
                .arg(ll->x(), 0, 'f', 5)
                .arg(ll->y(), 0, 'f', 5)
                .arg(model::formatLocal(map.time));
    return img;
}

struct Evidence {
    QString sourceId;
    QString pollutant;
    std::optional<double> limit;
    std::int64_t windowStart = 0, windowEnd = 0; // shaded; empty when no clue
    std::int64_t from = 0, to = 0;
    QString caption;
};

std::optional<Evidence> evidenceFor(store::Database& db, const task::TaskSnapshot& t) {
    Evidence ev;
    if (!t.clueId.isEmpty()) {
        auto st = db.prepare("SELECT start_ts, end_ts, evidence, summary FROM clues WHERE id=?1");
        st.bind(1, t.clueId);
        if (st.step()) {
            const QJsonObject o = QJsonDocument::fromJson(st.text(2).toUtf8()).object();
            const QJsonObject s = o.value(QLatin1String("series")).toArray().at(0).toObject();
            ev.sourceId = s.value(QLatin1String("source_id")).toString();
            ev.pollutant = s.value(QLatin1String("pollutant")).toString();
            if (o.value(QLatin1String("limit")).isDouble())
                ev.limit = o.value(QLatin1String("limit")).toDouble();
            ev.windowStart = st.int64(0);
            ev.windowEnd = st.int64(1);
            ev.from = ev.windowStart - 2 * 86400;
            ev.to = ev.windowEnd + 86400;
            ev.caption = tr("Clue %1: %2").arg(t.clueId.left(12), st.text(3));
            if (!ev.sourceId.isEmpty() && !ev.pollutant.isEmpty())
                return ev;
        }
    }
    // No clue (or one without a series): the subject's outlet readings before the task.
    const store::CatalogRepository catalog(db);
    QList<model::Outlet> outlets;
    if (!t.outletId.isEmpty()) {
        if (const auto o = catalog.outlet(t.outletId))
            outlets << *o;
    } else if (!t.enterpriseId.isEmpty()) {
        outlets = catalog.outletsOf(t.enterpriseId);
    }
    const auto limits = catalog.limits();
    for (const model::Outlet& o : outlets)
        for (const model::EmissionLimit& l : limits)
            if (l.outletId == o.id && l.interval == QLatin1String("hour")) {
                ev.sourceId = o.id;
                ev.pollutant = l.pollutant;
                ev.limit = l.limit;
                ev.to = t.createdTs;
                ev.from = t.createdTs - 3 * 86400;
                ev.caption = tr("No clue is linked: the outlet's hourly readings in the three "
                                "days before the task was created, with the permit limit.");
                return ev;
            }
    return std::nullopt;
}

// Draws the chart straight into the PDF painter (vector output).
double drawChart(PageFlow& flow, store::Database& db, const Evidence& ev) {
    const store::SeriesRepository series(db);
    const auto points =
        series.load(ev.sourceId, ev.pollutant, model::Interval::Hour, ev.from, ev.to + 1);
    QCustomPlot plot;
    plot.setNoAntialiasingOnDrag(true);
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeFormat(QStringLiteral("MM-dd\nhh:mm"));
    ticker->setTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
    plot.xAxis->setTicker(ticker);
    plot.yAxis->setLabel(ev.pollutant);
    // Pixel-sized fonts: the plot lays out with screen metrics but paints on the 150 dpi PDF
    // device, where point sizes would come out half as large again and be clipped.
    QFont font = plot.font();
    font.setPixelSize(17);
    for (QCPAxis* axis : {plot.xAxis, plot.yAxis}) {
        axis->setTickLabelFont(font);
        axis->setLabelFont(font);
    }
    plot.legend->setFont(font);
    QCPGraph* g = plot.addGraph();
    g->setName(QStringLiteral("%1 @ %2").arg(ev.pollutant, ev.sourceId));
    g->setPen(QPen(QColor(0x1f, 0x78, 0xb4), 1.6));
    QVector<double> x, y;
    double yMax = 0;
    for (const auto& p : points) {
        x << static_cast<double>(p.ts);
        y << p.value;
        if (std::isfinite(p.value))
            yMax = std::max(yMax, p.value);
    }
    g->setData(x, y, true);
    if (ev.limit) {
        QCPGraph* l = plot.addGraph();
        l->setName(tr("Limit %1").arg(*ev.limit));
        l->setPen(QPen(QColor(0xd6, 0x27, 0x28), 1.5, Qt::DashLine));
        l->setData({static_cast<double>(ev.from), static_cast<double>(ev.to)},
                   {*ev.limit, *ev.limit}, true);
        yMax = std::max(yMax, *ev.limit);
    }
    const double yTop = yMax > 0 ? yMax * 1.15 : 1;
    if (ev.windowEnd > ev.windowStart) {
        auto* rect = new QCPItemRect(&plot); // owned by the plot
        rect->setLayer(QStringLiteral("background"));
        rect->topLeft->setCoords(static_cast<double>(ev.windowStart), yTop);
        rect->bottomRight->setCoords(static_cast<double>(ev.windowEnd), 0);
        rect->setPen(Qt::NoPen);
        rect->setBrush(QColor(255, 165, 0, 80));
    }
    plot.xAxis->setRange(static_cast<double>(ev.from), static_cast<double>(ev.to));
    plot.yAxis->setRange(0, yTop);
    plot.legend->setVisible(true);
    const int w = static_cast<int>(flow.width());
    const int h = static_cast<int>(flow.width() * 0.5);
    flow.need(h);
    QCPPainter& p = flow.painter();
    p.save();
    p.translate(0, flow.y());
    plot.toPainter(&p, w, h);
    p.restore();
    flow.skip(h + 6);
    return static_cast<double>(points.size());
}

} // namespace

bool CaseFileExporter::exportTask(const QString& taskId, const QString& pdfPath,
                                  QString* error) const {
    m_pages = 0;
    if (m_ws.readOnly()) {
        *error = tr("Sign in to export a case file.");
        return false;
    }
    task::TaskSnapshot t;
    std::vector<task::TaskEvent> events;
    try {
        t = m_ws.service().snapshot(m_ws.actor(), taskId);
        events = m_ws.service().history(m_ws.actor(), taskId);
    } catch (const task::TaskError& e) {
        *error = e.message();
        return false;
    }
    store::Database& db = m_ws.database();
    QPdfWriter writer(pdfPath);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(kDpi);
    writer.setTitle(tr("Case file %1").arg(t.title));
    writer.setCreator(QStringLiteral("EcoSentry"));
    QCPPainter painter;
    if (!painter.begin(&writer)) {
        *error = tr("%1: cannot write the PDF file.").arg(pdfPath);
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    PageFlow flow(writer, painter);
    flow.setFooter(t.id);
    try {
        // Page 1: cover and map.
        QFont title = PageFlow::base();
        title.setPointSizeF(18);
        title.setBold(true);
        flow.text(tr("Enforcement Case File"), title, QColor(0x1a, 0x3a, 0x5c));
        flow.text(t.title, [] {
            QFont f = PageFlow::base();
            f.setPointSizeF(12);
            return f;
        }());
        flow.skip(8);
        flow.heading(tr("Case"));
        const QString none = QStringLiteral("—");
        flow.keyValue(tr("Task id"), t.id);
        flow.keyValue(tr("State"), TaskText::state(t.state) +
                                       (t.isOverdue(m_ws.now()) ? tr(" (overdue)") : QString()));
        flow.keyValue(tr("Severity"), TaskText::severity(t.severity));
        flow.keyValue(tr("Enterprise"),
                      t.enterpriseId.isEmpty()
                          ? none
                          : QStringLiteral("%1 (%2)").arg(m_ws.enterpriseName(t.enterpriseId),
                                                          t.enterpriseId));
        flow.keyValue(tr("Outlet"), t.outletId.isEmpty() ? none : m_ws.outletName(t.outletId));
        flow.keyValue(tr("Clue"), t.clueId.isEmpty() ? none : t.clueId);
        flow.keyValue(tr("District"), t.district.isEmpty() ? none : t.district);
        flow.keyValue(tr("Team / officer"),
                      QStringLiteral("%1 / %2").arg(t.team.isEmpty() ? none : t.team,
                                                    t.officer.isEmpty() ? none : t.officer));
        flow.keyValue(tr("Created"), TaskText::time(t.createdTs) + QStringLiteral("  ") +
                                         tr("by %1").arg(t.createdBy));
        flow.keyValue(tr("Dispatched"), TaskText::time(t.dispatchedTs));
        flow.keyValue(tr("Deadline"), TaskText::time(t.deadlineTs));
        flow.keyValue(tr("Last change"), TaskText::time(t.updatedTs));
        flow.keyValue(tr("Conclusion"),
                      t.conclusion.isEmpty() ? none : TaskText::conclusion(t.conclusion));
        flow.keyValue(tr("Exported"), tr("%1 by %2 (times in Asia/Shanghai)")
                                          .arg(model::formatLocal(m_ws.now()), m_ws.actor()));
        flow.heading(tr("Map of the subject"));
        QString note;
        const QImage map = mapSnapshot(db, t, &note);
        if (!map.isNull())
            flow.image(map, flow.width());
        flow.text(note, PageFlow::base(), QColor(0x55, 0x55, 0x55));

        // Page 2: evidence and the audit.
        flow.newPage();
        flow.heading(tr("Evidence"));
        if (const auto ev = evidenceFor(db, t)) {
            const double n = drawChart(flow, db, *ev);
            flow.text(ev->caption, PageFlow::base(), QColor(0x55, 0x55, 0x55));
            if (n == 0)
                flow.text(tr("No readings are stored for this series in that period."),
                          PageFlow::base(), QColor(0xb7, 0x1c, 0x1c));
        } else {
            flow.text(tr("No clue is linked and the subject has no outlet with a permit limit: "
                         "there is no series to chart."),
                      PageFlow::base(), QColor(0x55, 0x55, 0x55));
        }
        flow.heading(tr("Chain verification"));
        const task::ChainReport report =
            task::ChainVerifier::verify(db, m_ws.service().attachments(), {});
        std::vector<task::ChainProblem> mine;
        for (const auto& p : report.problems)
            if (p.taskId == t.id)
                mine.push_back(p);
        if (mine.empty())
            flow.text(tr("Intact: the %n event(s) of this task were re-hashed and every hash, "
                         "previous hash and attached file matches.",
                         static_cast<int>(events.size())),
                      PageFlow::base(), QColor(0x1b, 0x5e, 0x20));
        else
            for (const auto& p : mine)
                flow.text(tr("PROBLEM: %1").arg(p.toText()), PageFlow::base(),
                          QColor(0xb7, 0x1c, 0x1c));
        flow.keyValue(tr("Head hash"), t.headHash);
        flow.keyValue(tr("Store digest"), tr("%1 (all %2 tasks, %3 events)")
                                              .arg(report.headsDigest)
                                              .arg(report.tasks)
                                              .arg(report.events));

        // The timeline, every event with its hashes.
        flow.heading(tr("Timeline"));
        struct FileRow {
            QString name, sha;
            qint64 size;
        };
        std::vector<FileRow> files;
        QFont bold = PageFlow::base();
        bold.setBold(true);
        for (const task::TaskEvent& e : events) {
            flow.need(120);
            flow.text(QStringLiteral("#%1  %2  %3  %4")
                          .arg(e.seq)
                          .arg(TaskText::time(e.ts), e.actor, TaskText::eventKind(e.kind)),
                      bold);
            const QString summary = TaskText::payloadSummary(e);
            if (!summary.isEmpty())
                flow.text(summary, PageFlow::base(), Qt::black, 24);
            flow.text(tr("hash %1").arg(e.hash), PageFlow::mono(), QColor(0x33, 0x33, 0x33), 24);
            flow.text(tr("prev %1").arg(e.prevHash), PageFlow::mono(), QColor(0x77, 0x77, 0x77),
                      24);
            flow.skip(4);
            const QJsonArray atts = QJsonDocument::fromJson(e.payload)
                                        .object()
                                        .value(QLatin1String("attachments"))
                                        .toArray();
            for (const QJsonValue& v : atts) {
                const QJsonObject a = v.toObject();
                files.push_back({a.value(QLatin1String("name")).toString(),
                                 a.value(QLatin1String("sha256")).toString(),
                                 static_cast<qint64>(a.value(QLatin1String("size")).toDouble())});
            }
        }
        flow.heading(tr("Attachments"));
        if (files.empty())
            flow.text(tr("No files are attached to this task."), PageFlow::base());
        for (const FileRow& f : files) {
            flow.text(QStringLiteral("%1  (%2)").arg(f.name, QLocale().formattedDataSize(f.size)),
                      bold);
            const QString problem = m_ws.service().attachments().check(f.sha);
            flow.text(QStringLiteral("SHA-256 %1").arg(f.sha), PageFlow::mono(),
                      QColor(0x33, 0x33, 0x33), 24);
            if (!problem.isEmpty())
                flow.text(problem, PageFlow::base(), QColor(0xb7, 0x1c, 0x1c), 24);
        }
        flow.footer();
    } catch (const store::StoreError& e) {
        painter.end();
        *error = QString::fromUtf8(e.what());
        return false;
    } catch (const task::TaskError& e) {
        painter.end();
        *error = e.message();
        return false;
    }
    m_pages = flow.pages();
    if (!painter.end()) {
        *error = tr("%1: cannot write the PDF file.").arg(pdfPath);
        return false;
    }
    return true;
}

} // namespace eco::ui
