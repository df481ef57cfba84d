#include "ui/clue/ClueDetailView.h"

#include "core/clue/ClueError.h"
#include "core/clue/ClueRepository.h"
#include "core/model/Time.h"
#include "core/store/Database.h"
#include "core/store/StoreError.h"
#include "core/task/TaskError.h"
#include "core/task/TaskService.h"
#include "ui/PlotGaps.h"
#include "ui/clue/ClueTableModel.h"
#include "ui/clue/RuleNames.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace eco::ui {

namespace {

void setupTimeAxis(QCustomPlot* plot) {
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeFormat(QStringLiteral("MM-dd\nhh:mm"));
    ticker->setTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
    ticker->setTickCount(6);
    plot->xAxis->setTicker(ticker);
    plot->legend->setVisible(true);
    QFont f = plot->font();
    f.setPointSizeF(std::max(7.0, f.pointSizeF() - 1));
    plot->legend->setFont(f);
    plot->legend->setBrush(QColor(255, 255, 255, 210));
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    // The same left margin in both charts, so their time axes line up.
    plot->axisRect()->setMinimumMargins(QMargins(72, 8, 12, 8));
}

// A band over the whole height of the plot between two times.
void shade(QCustomPlot* plot, double x0, double x1, const QColor& colour) {
    auto* r = new QCPItemRect(plot);
    r->setLayer(QStringLiteral("background"));
    r->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
    r->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
    r->topLeft->setCoords(x0, 0);
    r->bottomRight->setCoords(x1, 1);
    r->setPen(Qt::NoPen);
    r->setBrush(colour);
}

void hline(QCustomPlot* plot, double y, const QPen& pen, const QString& label) {
    auto* l = new QCPItemStraightLine(plot);
    l->point1->setCoords(0, y);
    l->point2->setCoords(1, y);
    l->setPen(pen);
    if (label.isEmpty())
        return;
    auto* t = new QCPItemText(plot);
    t->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    t->position->setTypeY(QCPItemPosition::ptPlotCoords);
    t->position->setCoords(0.995, y);
    t->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
    t->setText(label);
    t->setColor(pen.color());
}

QColor alertColour(const QString& level, int alpha) {
    QColor c = level == QLatin1String("red")      ? QColor(0xe5, 0x39, 0x35)
               : level == QLatin1String("orange") ? QColor(0xfb, 0x8c, 0x00)
                                                  : QColor(0xfd, 0xd8, 0x35);
    c.setAlpha(alpha);
    return c;
}

QString alertLevelText(const QString& level) {
    if (level == QLatin1String("red"))
        return ClueDetailView::tr("red alert");
    if (level == QLatin1String("orange"))
        return ClueDetailView::tr("orange alert");
    return ClueDetailView::tr("yellow alert");
}

QString severityText(int s) {
    return s >= 3   ? ClueDetailView::tr("high")
           : s == 2 ? ClueDetailView::tr("medium")
                    : ClueDetailView::tr("low");
}

QString circuitText(const QString& c) {
    if (c == QLatin1String("production"))
        return ClueDetailView::tr("production");
    if (c == QLatin1String("treatment"))
        return ClueDetailView::tr("treatment");
    if (c == QLatin1String("total"))
        return ClueDetailView::tr("total");
    return c;
}

QString unitFor(const QString& subjectKind, const QString& pollutant) {
    if (pollutant == QLatin1String("a19001"))
        return QStringLiteral("O2 %");
    if (pollutant == QLatin1String("a00000"))
        return QStringLiteral("m³/h");
    if (subjectKind == QLatin1String("site") && pollutant != QLatin1String("a21005"))
        return QStringLiteral("µg/m³");
    return QStringLiteral("mg/m³");
}

const QColor kSeriesColours[] = {QColor(0x1f, 0x77, 0xb4), QColor(0x2c, 0xa0, 0x2c),
                                 QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b)};

} // namespace

ClueDetailView::ClueDetailView(QWidget* parent) : QWidget(parent) {
    buildUi();
    clear();
}

void ClueDetailView::buildUi() {
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("clueTitle"));
    m_title->setWordWrap(true);
    QFont tf = m_title->font();
    tf.setBold(true);
    tf.setPointSizeF(tf.pointSizeF() + 2);
    m_title->setFont(tf);
    layout->addWidget(m_title);

    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("clueInfo"));
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_info);

    m_seriesPlot = new QCustomPlot(this);
    m_seriesPlot->setObjectName(QStringLiteral("clueSeriesPlot"));
    m_seriesPlot->setMinimumHeight(200);
    setupTimeAxis(m_seriesPlot);
    layout->addWidget(m_seriesPlot, 3);

    m_powerPlot = new QCustomPlot(this);
    m_powerPlot->setObjectName(QStringLiteral("cluePowerPlot"));
    m_powerPlot->setMinimumHeight(160);
    setupTimeAxis(m_powerPlot);
    m_powerPlot->yAxis->setLabel(QStringLiteral("kW"));
    layout->addWidget(m_powerPlot, 2);

    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("clueNotes"));
    m_notes->setWordWrap(true);
    m_notes->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    layout->addWidget(m_notes);

    auto* lower = new QHBoxLayout;
    m_facts = new QTableWidget(0, 2, this);
    m_facts->setObjectName(QStringLiteral("clueFacts"));
    m_facts->setHorizontalHeaderLabels({tr("Evidence"), tr("Value")});
    m_facts->horizontalHeader()->setStretchLastSection(true);
    m_facts->verticalHeader()->setVisible(false);
    m_facts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_facts->setMaximumHeight(150);
    lower->addWidget(m_facts, 1);
    m_log = new QListWidget(this);
    m_log->setObjectName(QStringLiteral("clueLog"));
    m_log->setMaximumHeight(150);
    lower->addWidget(m_log, 1);
    layout->addLayout(lower);

    auto* buttons = new QHBoxLayout;
    auto button = [&](QPushButton*& b, const QString& text, const char* name) {
        b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        buttons->addWidget(b);
    };
    button(m_focus, tr("Show on map"), "clueFocus");
    button(m_task, tr("Make task…"), "clueMakeTask");
    button(m_dismiss, tr("Dismiss…"), "clueDismiss");
    button(m_merge, tr("Merge…"), "clueMerge");
    button(m_outcome, tr("Outcome…"), "clueOutcome");
    button(m_reopen, tr("Reopen…"), "clueReopen");
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_focus, &QPushButton::clicked, this, [this] {
        if (m_clue && m_clue->lon && m_clue->lat)
            emit focusRequested(*m_clue->lon, *m_clue->lat);
    });
    connect(m_task, &QPushButton::clicked, this, &ClueDetailView::askTask);
    connect(m_dismiss, &QPushButton::clicked, this, &ClueDetailView::askDismiss);
    connect(m_merge, &QPushButton::clicked, this, &ClueDetailView::askMerge);
    connect(m_outcome, &QPushButton::clicked, this, &ClueDetailView::askOutcome);
    connect(m_reopen, &QPushButton::clicked, this, &ClueDetailView::askReopen);
}

void ClueDetailView::setStore(store::Database* db, clue::ClueRepository* repo) {
    m_db = db;
    m_repo = repo;
    clear();
}

void ClueDetailView::setActor(const QString& username) {
    m_actor = username;
    refreshButtons();
}

void ClueDetailView::clear() {
    m_clue.reset();
    m_data.reset();
    m_title->setText(tr("No clue selected"));
    m_info->setText(tr("Pick a clue in the list to see its evidence."));
    m_notes->clear();
    m_notes->hide();
    m_facts->setRowCount(0);
    m_log->clear();
    for (QCustomPlot* p : {m_seriesPlot, m_powerPlot}) {
        p->clearGraphs();
        p->clearItems();
        p->replot();
    }
    m_powerPlot->hide();
    refreshButtons();
}

void ClueDetailView::showClue(const QString& clueId) {
    if (!m_repo || !m_db) {
        clear();
        return;
    }
    try {
        m_clue = m_repo->find(clueId);
        if (!m_clue) {
            clear();
            m_info->setText(
                tr("Clue %1 no longer exists (a screening run may have merged it).").arg(clueId));
            return;
        }
        m_data = clue::EvidenceData::load(
            *m_db, clue::EvidencePlan::build(*m_db, *m_clue, m_repo->evidence(clueId)));
    } catch (const std::exception& e) {
        clear();
        m_info->setText(tr("Cannot read clue %1: %2").arg(clueId, QString::fromUtf8(e.what())));
        return;
    }
    fillHeader();
    fillPlots();
    fillLog();
    refreshButtons();
    layout()->activate(); // the header's height changes with the clue
}

void ClueDetailView::fillHeader() {
    const clue::ClueRow& c = *m_clue;
    const QString subject = c.subjectName.isEmpty()
                                ? c.subjectId
                                : QStringLiteral("%1 (%2)").arg(c.subjectName, c.subjectId);
    m_title->setText(QStringLiteral("%1 %2 · %3").arg(c.rule, ruleName(c.rule), subject));
    QStringList lines;
    lines << tr("Window: %1 – %2 (Asia/Shanghai)")
                 .arg(model::formatLocal(c.startTs), model::formatLocal(c.endTs));
    lines << tr("Severity: %1 · Score: %2 · Status: %3")
                 .arg(severityText(c.severity))
                 .arg(c.score, 0, 'f', 2)
                 .arg(ClueTableModel::statusText(c.status));
    if (!c.outcome.isEmpty())
        lines << tr("Outcome: %1").arg(ClueTableModel::outcomeText(c.outcome));
    if (!c.dismissReason.isEmpty())
        lines << tr("Dismissed: %1").arg(c.dismissReason);
    if (!c.mergedInto.isEmpty())
        lines << tr("Merged into: %1").arg(c.mergedInto);
    QStringList where;
    if (!c.district.isEmpty())
        where << tr("District: %1").arg(c.district);
    if (!c.industry.isEmpty())
        where << tr("Industry: %1").arg(industryName(c.industry));
    if (!where.isEmpty())
        lines << where.join(QStringLiteral(" · "));
    lines << c.summary;
    m_info->setText(lines.join(u'\n'));

    const QJsonObject& facts = m_data->plan.facts;
    m_facts->setRowCount(0);
    for (auto it = facts.begin(); it != facts.end(); ++it) {
        if (it.key() == QLatin1String("facet") || it.key() == QLatin1String("enterprise_id"))
            continue;
        QString value;
        if (it->isDouble())
            value = QString::number(it->toDouble(), 'g', 6);
        else if (it->isBool())
            value = it->toBool() ? tr("yes") : tr("no");
        else
            value = it->toString();
        const int row = m_facts->rowCount();
        m_facts->insertRow(row);
        m_facts->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_facts->setItem(row, 1, new QTableWidgetItem(value));
    }
    m_facts->resizeColumnToContents(0);
    m_facts->resizeRowsToContents();
}

void ClueDetailView::fillPlots() {
    const clue::EvidencePlan& plan = m_data->plan;
    const double x0 = static_cast<double>(plan.plotFrom), x1 = static_cast<double>(plan.plotTo);
    for (QCustomPlot* p : {m_seriesPlot, m_powerPlot}) {
        p->clearGraphs();
        p->clearItems();
        p->xAxis->setRange(x0, x1);
        if (plan.alert)
            shade(p, static_cast<double>(plan.alert->startTs),
                  static_cast<double>(plan.alert->endTs), alertColour(plan.alert->level, 60));
        shade(p, static_cast<double>(plan.windowStart), static_cast<double>(plan.windowEnd),
              QColor(0xd6, 0x27, 0x28, 45));
    }

    // Concentrations.
    double yMax = 0;
    bool any = false;
    int colour = 0;
    QString unitLabel;
    for (const clue::LoadedSeries& s : m_data->series) {
        const bool hasCorrected = !s.corrected.empty();
        GappedSeries line, corrected;
        QVector<double> flagX, flagY;
        const std::int64_t step = s.ref.interval == QLatin1String("day") ? 86400 : 3600;
        for (std::size_t i = 0; i < s.points.size(); ++i) {
            const store::SeriesPoint& p = s.points[i];
            line.append(p.ts, p.value, step);
            if (std::isfinite(p.value))
                yMax = std::max(yMax, p.value);
            if (p.flag != 'N') {
                flagX << static_cast<double>(p.ts);
                flagY << (std::isfinite(p.value) ? p.value : 0.0);
            }
            if (hasCorrected) {
                corrected.append(p.ts, s.corrected[i].value, step);
                if (std::isfinite(s.corrected[i].value))
                    yMax = std::max(yMax, s.corrected[i].value);
            }
        }
        if (line.keys.isEmpty())
            continue;
        any = true;
        const QColor c = kSeriesColours[colour++ % 4];
        QCPGraph* g = m_seriesPlot->addGraph();
        g->setData(line.keys, line.values, true);
        QPen pen(hasCorrected ? c.lighter(150) : c, s.ref.reference ? 1.2 : 1.6);
        if (s.ref.reference)
            pen.setStyle(Qt::DashLine);
        g->setPen(pen);
        g->setName(QStringLiteral("%1 %2%3").arg(s.ref.sourceId, s.ref.pollutant,
                                                 s.ref.reference ? tr(" (reference)")
                                                 : hasCorrected  ? tr(" raw")
                                                                 : QString()));
        if (hasCorrected) {
            QCPGraph* gc = m_seriesPlot->addGraph();
            gc->setData(corrected.keys, corrected.values, true);
            gc->setPen(QPen(c.darker(120), 2));
            gc->setName(tr("%1 O2-corrected (%2 %)").arg(s.ref.pollutant).arg(*plan.o2RefPct));
        }
        if (!flagX.isEmpty()) {
            QCPGraph* gf = m_seriesPlot->addGraph();
            gf->setData(flagX, flagY, true);
            gf->setLineStyle(QCPGraph::lsNone);
            gf->setScatterStyle(
                QCPScatterStyle(QCPScatterStyle::ssCross, QColor(0xc6, 0x28, 0x28), 7));
            gf->setName(tr("flagged (not N)"));
        }
        if (unitLabel.isEmpty())
            unitLabel = unitFor(m_clue->subjectKind, s.ref.pollutant);
    }
    if (plan.limit) {
        yMax = std::max(yMax, *plan.limit);
        hline(m_seriesPlot, *plan.limit, QPen(QColor(0xd6, 0x27, 0x28), 1.5, Qt::DashLine),
              plan.limitInterval == QLatin1String("day") ? tr("daily limit %1").arg(*plan.limit)
                                                         : tr("hourly limit %1").arg(*plan.limit));
    }
    if (plan.peakTs) {
        auto* v = new QCPItemStraightLine(m_seriesPlot);
        v->point1->setCoords(static_cast<double>(*plan.peakTs), 0);
        v->point2->setCoords(static_cast<double>(*plan.peakTs), 1);
        v->setPen(QPen(QColor(0x60, 0x60, 0x60), 1, Qt::DotLine));
    }
    m_seriesPlot->yAxis->setLabel(unitLabel);
    m_seriesPlot->yAxis->setRange(0, yMax > 0 ? yMax * 1.15 : 1);
    m_seriesPlot->setVisible(any || m_data->circuits.empty());
    m_seriesPlot->legend->setVisible(m_seriesPlot->graphCount() > 0);
    if (!any && m_data->circuits.empty()) {
        auto* t = new QCPItemText(m_seriesPlot);
        t->position->setType(QCPItemPosition::ptAxisRectRatio);
        t->position->setCoords(0.5, 0.5);
        t->setText(tr("No series data for this clue"));
    }
    m_seriesPlot->replot();

    // Power.
    double pMax = 0;
    bool anyPower = false;
    for (const clue::LoadedCircuit& c : m_data->circuits) {
        GappedSeries line;
        for (const store::SeriesPoint& p : c.points) {
            line.append(p.ts, p.value, 900);
            if (std::isfinite(p.value))
                pMax = std::max(pMax, p.value);
        }
        const QColor colour = c.ref.circuit == QLatin1String("treatment") ? QColor(0x2c, 0xa0, 0x2c)
                              : c.ref.circuit == QLatin1String("production")
                                  ? QColor(0x8c, 0x56, 0x4b)
                                  : QColor(0x7f, 0x7f, 0x7f);
        QCPGraph* g = m_powerPlot->addGraph();
        g->setData(line.keys, line.values, true);
        g->setPen(QPen(colour, 1.6));
        g->setName(QStringLiteral("%1 %2%3").arg(c.ref.meterId, circuitText(c.ref.circuit),
                                                 c.ref.missing ? tr(" (missing)") : QString()));
        anyPower = anyPower || !line.keys.isEmpty() || c.ref.missing;
        if (c.ref.onKw) {
            hline(m_powerPlot, *c.ref.onKw, QPen(colour, 1, Qt::DotLine),
                  tr("%1 ON %2 kW").arg(circuitText(c.ref.circuit)).arg(*c.ref.onKw, 0, 'f', 0));
            pMax = std::max(pMax, *c.ref.onKw);
        }
        if (c.ref.offKw)
            hline(m_powerPlot, *c.ref.offKw, QPen(colour, 1, Qt::DashDotLine), QString());
    }
    if (plan.alert) {
        auto* t = new QCPItemText(m_powerPlot);
        t->position->setTypeX(QCPItemPosition::ptPlotCoords);
        t->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        t->position->setCoords(static_cast<double>(plan.alert->startTs), 0.02);
        t->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        QString text = alertLevelText(plan.alert->level);
        if (plan.alert->requiredReductionPct)
            text += tr(": reduce by %1 %").arg(*plan.alert->requiredReductionPct);
        t->setText(text);
        t->setColor(alertColour(plan.alert->level, 255).darker(140));
    }
    m_powerPlot->yAxis->setRange(0, pMax > 0 ? pMax * 1.15 : 1);
    m_powerPlot->setVisible(anyPower);
    m_powerPlot->legend->setVisible(m_powerPlot->graphCount() > 0);
    m_powerPlot->replot();

    m_notes->setText(m_data->plan.notes.join(u'\n'));
    m_notes->setVisible(!m_data->plan.notes.isEmpty());
}

void ClueDetailView::fillLog() {
    m_log->clear();
    if (!m_repo || !m_clue)
        return;
    for (const clue::ClueActionRecord& a : m_repo->actions(m_clue->id))
        m_log->addItem(QStringLiteral("%1  %2  %3  %4")
                           .arg(model::formatLocal(a.ts), a.actor, a.action, a.detail));
    if (m_log->count() == 0)
        m_log->addItem(tr("No desk actions yet"));
}

void ClueDetailView::refreshButtons() {
    const bool have = m_clue.has_value() && m_repo;
    m_focus->setEnabled(have && m_clue->lon && m_clue->lat);
    const struct {
        QPushButton* button;
        clue::ClueAction action;
    } rows[] = {{m_task, clue::ClueAction::MakeTask},
                {m_dismiss, clue::ClueAction::Dismiss},
                {m_merge, clue::ClueAction::Merge},
                {m_outcome, clue::ClueAction::RecordOutcome},
                {m_reopen, clue::ClueAction::Reopen}};
    for (const auto& r : rows) {
        QString why;
        bool ok = false;
        if (!have)
            why = tr("Pick a clue first");
        else if (m_actor.isEmpty())
            why = tr("Sign in to act on clues");
        else {
            clue::ClueAction a = r.action;
            if (a == clue::ClueAction::RecordOutcome && !m_clue->outcome.isEmpty())
                a = clue::ClueAction::ChangeOutcome;
            ok = m_repo->may(m_actor, a, *m_clue, &why);
        }
        r.button->setEnabled(ok);
        r.button->setToolTip(ok ? QString() : why);
    }
}

bool ClueDetailView::perform(const std::function<void()>& action) {
    if (!m_clue || !m_repo)
        return false;
    const QString id = m_clue->id;
    try {
        action();
    } catch (const clue::ClueError& e) {
        emit actionFailed(e.message());
        return false;
    } catch (const task::TaskError& e) {
        emit actionFailed(e.message());
        return false;
    } catch (const std::exception& e) {
        emit actionFailed(QString::fromUtf8(e.what()));
        return false;
    }
    showClue(id);
    emit clueChanged(id);
    return true;
}

bool ClueDetailView::dismissCurrent(const QString& reason) {
    return perform([&] { m_repo->dismiss(m_actor, m_clue->id, reason); });
}

bool ClueDetailView::mergeCurrentInto(const QString& survivorId) {
    return perform([&] { m_repo->merge(m_actor, m_clue->id, survivorId.trimmed()); });
}

bool ClueDetailView::recordOutcome(clue::Outcome outcome, const QString& note) {
    return perform([&] { m_repo->recordOutcome(m_actor, m_clue->id, outcome, note); });
}

bool ClueDetailView::reopenCurrent(const QString& reason) {
    return perform([&] { m_repo->reopen(m_actor, m_clue->id, reason); });
}

QString ClueDetailView::makeTaskForCurrent(const QString& note) {
    QString taskId;
    const QString clueId = m_clue ? m_clue->id : QString();
    const bool ok = perform([&] {
        task::TaskService tasks(*m_db);
        taskId = m_repo->makeTask(m_actor, m_clue->id, tasks, note);
    });
    if (ok)
        emit taskCreated(taskId, clueId);
    return ok ? taskId : QString();
}

void ClueDetailView::askDismiss() {
    const QStringList presets{tr("duplicate of another clue"), tr("start-up or shut-down"),
                              tr("maintenance or calibration"), tr("known instrument fault"),
                              tr("below enforcement threshold")};
    bool ok = false;
    const QString reason = QInputDialog::getItem(this, tr("Dismiss clue"),
                                                 tr("Why is clue %1 dismissed?").arg(m_clue->id),
                                                 presets, 0, true, &ok);
    if (ok)
        dismissCurrent(reason);
}

void ClueDetailView::askMerge() {
    // Offer the subject's other open clues first; any id may be typed.
    QStringList candidates;
    clue::ClueFilter f;
    f.text = m_clue->subjectId;
    f.statuses = {QLatin1String(clue::status::kNew), QLatin1String(clue::status::kTasked)};
    for (const clue::ClueRow& r : m_repo->query(f, 0, 50).rows)
        if (r.id != m_clue->id)
            candidates << r.id;
    bool ok = false;
    const QString into = QInputDialog::getItem(this, tr("Merge clue"),
                                               tr("Merge %1 into which clue?").arg(m_clue->id),
                                               candidates, 0, true, &ok);
    if (ok && !into.trimmed().isEmpty())
        mergeCurrentInto(into);
}

void ClueDetailView::askOutcome() {
    QStringList items;
    for (clue::Outcome o : clue::kAllOutcomes)
        items << ClueTableModel::outcomeText(clue::toString(o));
    bool ok = false;
    const QString pick =
        QInputDialog::getItem(this, tr("Record outcome"), tr("Outcome of clue %1:").arg(m_clue->id),
                              items, 0, false, &ok);
    if (!ok)
        return;
    const auto index = items.indexOf(pick);
    if (index >= 0)
        recordOutcome(clue::kAllOutcomes[index]);
}

void ClueDetailView::askReopen() {
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Reopen clue"),
                                                 tr("Why is clue %1 reopened?").arg(m_clue->id),
                                                 QLineEdit::Normal, QString(), &ok);
    if (ok)
        reopenCurrent(reason);
}

void ClueDetailView::askTask() {
    bool ok = false;
    const QString note = QInputDialog::getText(
        this, tr("Make task"),
        tr("Instructions for the task from clue %1 (optional):").arg(m_clue->id), QLineEdit::Normal,
        QString(), &ok);
    if (ok)
        makeTaskForCurrent(note);
}

} // namespace eco::ui
