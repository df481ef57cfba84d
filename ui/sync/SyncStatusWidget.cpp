#include "ui/sync/SyncStatusWidget.h"

#include "core/model/Time.h"
#include "core/store/Database.h"
#include "core/sync/HubSync.h"
#include "core/sync/LocalChanges.h"
#include "core/sync/PgConnection.h"
#include "core/sync/SyncError.h"
#include "ui/sync/SyncSettingsDialog.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QTimer>
#include <QToolButton>
#include <QtConcurrent>

namespace eco::ui {

namespace {

// Runs on a worker thread: its own store connection and hub connection, nothing shared.
SyncOutcome runSync(const QString& dbPath, const QString& hubUrl) {
    SyncOutcome out;
    try {
        auto db = store::Database::open(dbPath);
        try {
            auto pg = sync::PgConnection::open(hubUrl);
            const auto r = sync::HubSync(db, pg).run({});
            sync::recordSyncOutcome(db, {}, &r);
            out.pushed = r.pushed;
            out.pulled = r.pulled;
        } catch (const std::exception& e) {
            out.error = QString::fromUtf8(e.what());
            sync::recordSyncOutcome(db, out.error, nullptr);
        }
    } catch (const std::exception& e) {
        out.error = QString::fromUtf8(e.what());
    }
    return out;
}

} // namespace

SyncStatusWidget::SyncStatusWidget(const QString& dbPath, QWidget* parent)
    : QWidget(parent), m_dbPath(dbPath) {
    setObjectName(QStringLiteral("syncStatus"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    m_label = new QLabel(this);
    m_syncButton = new QToolButton(this);
    m_syncButton->setText(tr("Sync now"));
    m_syncButton->setAutoRaise(true);
    m_settingsButton = new QToolButton(this);
    m_settingsButton->setText(QStringLiteral("⚙"));
    m_settingsButton->setToolTip(tr("Sync settings"));
    m_settingsButton->setAutoRaise(true);
    row->addWidget(m_label);
    row->addWidget(m_syncButton);
    row->addWidget(m_settingsButton);
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &SyncStatusWidget::syncNow);
    connect(m_syncButton, &QToolButton::clicked, this, &SyncStatusWidget::syncNow);
    connect(m_settingsButton, &QToolButton::clicked, this, &SyncStatusWidget::openSettings);
    connect(&m_watcher, &QFutureWatcher<SyncOutcome>::finished, this, [this] {
        const SyncOutcome o = m_watcher.result();
        m_syncButton->setEnabled(true);
        refresh();
        emit syncFinished(o.error);
    });
    applySettings();
    refresh();
}

SyncStatusWidget::~SyncStatusWidget() {
    m_watcher.waitForFinished();
}

void SyncStatusWidget::applySettings() {
    const SyncSettings s = SyncSettings::load(m_dbPath);
    if (!s.hubUrl.isEmpty() && s.automatic)
        m_timer->start(s.intervalMin * 60 * 1000);
    else
        m_timer->stop();
}

QString SyncStatusWidget::statusText() const {
    return m_label->text();
}

void SyncStatusWidget::refresh() {
    QString last = tr("never");
    QString error;
    qint64 pending = 0;
    QString hub;
    if (QFileInfo::exists(m_dbPath)) {
        try {
            const auto db = store::Database::open(m_dbPath, store::Database::Mode::ReadOnly);
            const QString ts = db.meta(QStringLiteral("sync_last_ts"));
            if (!ts.isEmpty())
                last = model::formatLocal(ts.toLongLong());
            error = db.meta(QStringLiteral("sync_last_error"));
            pending = sync::LocalChanges(db).pendingCount();
            hub = db.meta(QStringLiteral("sync_hub_url"));
        } catch (const std::exception& e) {
            error = QString::fromUtf8(e.what());
        }
    }
    QString text = tr("Last sync: %1 · %2 pending").arg(last).arg(pending);
    if (hub.isEmpty())
        text += tr(" · no hub (offline)");
    if (isSyncing())
        text += tr(" · syncing…");
    m_label->setText(text);
    m_label->setStyleSheet(error.isEmpty() ? QString() : QStringLiteral("color: #b3261e;"));
    m_label->setToolTip(error.isEmpty() ? sync::redactedUrl(hub) : tr("Last error: %1").arg(error));
    if (!error.isEmpty())
        m_label->setText(
            text +
            tr(" · error: %1").arg(m_label->fontMetrics().elidedText(error, Qt::ElideRight, 360)));
}

void SyncStatusWidget::syncNow() {
    if (isSyncing())
        return;
    const SyncSettings s = SyncSettings::load(m_dbPath);
    if (s.hubUrl.isEmpty()) {
        if (sender() != m_timer)
            openSettings();
        return;
    }
    m_syncButton->setEnabled(false);
    m_watcher.setFuture(QtConcurrent::run(runSync, m_dbPath, s.hubUrl));
    refresh();
}

void SyncStatusWidget::openSettings() {
    SyncSettingsDialog dialog(SyncSettings::load(m_dbPath), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        dialog.settings().save(m_dbPath);
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Sync settings"),
                             tr("Cannot save the settings: %1").arg(QString::fromUtf8(e.what())));
    }
    applySettings();
    refresh();
}

} // namespace eco::ui
