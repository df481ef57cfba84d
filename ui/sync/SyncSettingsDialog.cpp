#include "ui/sync/SyncSettingsDialog.h"

#include "core/store/Database.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace eco::ui {

SyncSettings SyncSettings::load(const QString& dbPath) {
    SyncSettings s;
    if (!QFileInfo::exists(dbPath))
        return s;
    try {
        const auto db = store::Database::open(dbPath, store::Database::Mode::ReadOnly);
        s.hubUrl = db.meta(QStringLiteral("sync_hub_url"));
        s.automatic =
            db.meta(QStringLiteral("sync_auto"), QStringLiteral("1")) != QLatin1String("0");
        s.intervalMin =
            std::max(1, db.meta(QStringLiteral("sync_interval_min"), QStringLiteral("5")).toInt());
    } catch (const std::exception&) {
    }
    return s;
}

void SyncSettings::save(const QString& dbPath) const {
    auto db = store::Database::open(dbPath);
    store::Transaction tx(db);
    db.setMeta(QStringLiteral("sync_hub_url"), hubUrl.isNull() ? QStringLiteral("") : hubUrl);
    db.setMeta(QStringLiteral("sync_auto"), automatic ? QStringLiteral("1") : QStringLiteral("0"));
    db.setMeta(QStringLiteral("sync_interval_min"), QString::number(intervalMin));
    tx.commit();
}

SyncSettingsDialog::SyncSettingsDialog(const SyncSettings& s, QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Sync settings"));
    auto* form = new QFormLayout(this);
    m_url = new QLineEdit(s.hubUrl, this);
    m_url->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/ecosentry"));
    m_url->setMinimumWidth(380);
    m_auto = new QCheckBox(tr("Sync automatically in the background"), this);
    m_auto->setChecked(s.automatic);
    m_interval = new QSpinBox(this);
    m_interval->setRange(1, 24 * 60);
    m_interval->setValue(s.intervalMin);
    m_interval->setSuffix(tr(" min"));
    form->addRow(tr("Hub URL"), m_url);
    form->addRow(QString(), m_auto);
    form->addRow(tr("Every"), m_interval);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

SyncSettings SyncSettingsDialog::settings() const {
    return {m_url->text().trimmed(), m_auto->isChecked(), m_interval->value()};
}

} // namespace eco::ui
