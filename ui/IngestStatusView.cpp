#include "ui/IngestStatusView.h"

#include "core/model/Time.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "core/store/StoreError.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <vector>

namespace eco::ui {

namespace {
constexpr std::int64_t kMinute = 60;
constexpr int kMinutesShown = 60;
} // namespace

IngestStatusView::IngestStatusView(QWidget* parent)
    : QWidget(parent), m_clock([] { return QDateTime::currentSecsSinceEpoch(); }) {
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("ingestSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("ingestPlot"));
    m_plot->setMinimumHeight(180);
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeFormat(QStringLiteral("hh:mm"));
    ticker->setTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
    m_plot->xAxis->setTicker(ticker);
    m_plot->yAxis->setLabel(tr("Packets per minute"));
    layout->addWidget(m_plot, 1);

    m_reasons = new QTableWidget(0, 2, this);
    m_reasons->setObjectName(QStringLiteral("quarantineReasons"));
    m_reasons->setHorizontalHeaderLabels({tr("Quarantine reason"), tr("Packets")});
    m_reasons->verticalHeader()->hide();
    m_reasons->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_reasons->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_reasons, 1);

    m_timer = new QTimer(this);
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &IngestStatusView::refresh);
    refresh();
}

void IngestStatusView::setDatabase(const store::Database* db) {
    m_db = db;
    refresh();
}

void IngestStatusView::setClock(std::function<std::int64_t()> clock) {
    m_clock = std::move(clock);
    refresh();
}

void IngestStatusView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    refresh();
    m_timer->start();
}

void IngestStatusView::hideEvent(QHideEvent* event) {
    QWidget::hideEvent(event);
    m_timer->stop();
}

void IngestStatusView::refresh() {
    m_figures = {};
    m_plot->clearPlottables();
    m_reasons->setRowCount(0);
    if (!m_db) {
        m_summary->setText(tr("No store is open."));
        m_plot->replot();
        return;
    }
    const std::int64_t now = m_clock();
    // Minutes (start times) in the last hour, the current minute included.
    const std::int64_t lastMinute = now - now % kMinute;
    const std::int64_t firstMinute = lastMinute - (kMinutesShown - 1) * kMinute;
    std::vector<double> accepted(kMinutesShown, 0), quarantined(kMinutesShown, 0);
    try {
        auto perMinute =
            m_db->prepare("SELECT minute_ts, sum(accepted), sum(quarantined) FROM ingest_log "
                          "WHERE minute_ts BETWEEN ? AND ? GROUP BY minute_ts");
        perMinute.bind(1, firstMinute).bind(2, lastMinute);
        while (perMinute.step()) {
            const std::int64_t i = (perMinute.int64(0) - firstMinute) / kMinute;
            if (i < 0 || i >= kMinutesShown)
                continue;
            accepted[static_cast<std::size_t>(i)] += static_cast<double>(perMinute.int64(1));
            quarantined[static_cast<std::size_t>(i)] += static_cast<double>(perMinute.int64(2));
            m_figures.acceptedHour += perMinute.int64(1);
            m_figures.quarantinedHour += perMinute.int64(2);
        }
        auto loggers = m_db->prepare("SELECT count(DISTINCT origin) FROM ingest_log "
                                     "WHERE minute_ts > ? AND accepted + quarantined > 0");
        loggers.bind(1, now - kConnectedWindowS);
        if (loggers.step())
            m_figures.connectedLoggers = loggers.integer(0);
        auto reasons = m_db->prepare("SELECT reason_code, min(reason), count(*) FROM quarantine "
                                     "GROUP BY reason_code ORDER BY count(*) DESC, reason_code");
        while (reasons.step()) {
            const int row = m_reasons->rowCount();
            m_reasons->insertRow(row);
            auto* reason = new QTableWidgetItem(reasons.text(0));
            reason->setToolTip(reasons.text(1));
            m_reasons->setItem(row, 0, reason);
            auto* count = new QTableWidgetItem(QString::number(reasons.int64(2)));
            count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_reasons->setItem(row, 1, count);
            m_figures.quarantineTotal += reasons.int64(2);
        }
    } catch (const store::StoreError& e) {
        // An older store without the ingest tables, or one locked by a writer: say so, keep going.
        m_summary->setText(tr("Cannot read the ingest log: %1").arg(QString::fromUtf8(e.what())));
        m_plot->replot();
        return;
    }

    // Stacked bars: accepted at the bottom, quarantined on top, so the bar height is all packets.
    QVector<double> keys(kMinutesShown);
    for (int i = 0; i < kMinutesShown; ++i)
        keys[i] = static_cast<double>(firstMinute + i * kMinute + kMinute / 2);
    auto* ok = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    ok->setName(tr("Accepted"));
    ok->setBrush(QColor(0x2c, 0xa0, 0x2c));
    ok->setPen(Qt::NoPen);
    ok->setWidth(0.8 * kMinute);
    ok->setData(keys, QVector<double>(accepted.begin(), accepted.end()), true);
    auto* bad = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    bad->setName(tr("Quarantined"));
    bad->setBrush(QColor(0xd6, 0x27, 0x28));
    bad->setPen(Qt::NoPen);
    bad->setWidth(0.8 * kMinute);
    bad->setData(keys, QVector<double>(quarantined.begin(), quarantined.end()), true);
    bad->moveAbove(ok);
    double yMax = 1;
    for (int i = 0; i < kMinutesShown; ++i)
        yMax = std::max(yMax, accepted[static_cast<std::size_t>(i)] +
                                  quarantined[static_cast<std::size_t>(i)]);
    m_plot->xAxis->setRange(static_cast<double>(firstMinute),
                            static_cast<double>(lastMinute + kMinute));
    m_plot->yAxis->setRange(0, yMax * 1.15);
    m_plot->legend->setVisible(true);
    m_plot->replot();

    m_summary->setText(tr("Loggers heard in the last 5 minutes: %1\nLast hour: %2 packets "
                          "accepted, %3 quarantined\nQuarantined in total: %4\nUpdated %5")
                           .arg(m_figures.connectedLoggers)
                           .arg(m_figures.acceptedHour)
                           .arg(m_figures.quarantinedHour)
                           .arg(m_figures.quarantineTotal)
                           .arg(model::formatLocal(now)));
}

} // namespace eco::ui
