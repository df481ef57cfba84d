// SyncSettingsDialog: where the installation's hub is configured - the hub URL (a libpq URI),
// automatic sync on or off and its interval - kept in the store's meta table (sync_hub_url,
// sync_auto, sync_interval_min) so the CLI and every window of this store agree.
#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace eco::ui {

struct SyncSettings {
    QString hubUrl;
    bool automatic = true;
    int intervalMin = 5;
    static SyncSettings load(const QString& dbPath);
    void save(const QString& dbPath) const;
};

class SyncSettingsDialog : public QDialog {
    Q_OBJECT
public:
    SyncSettingsDialog(const SyncSettings& settings, QWidget* parent = nullptr);
    SyncSettings settings() const;

private:
    QLineEdit* m_url = nullptr;
    QCheckBox* m_auto = nullptr;
    QSpinBox* m_interval = nullptr;
};

} // namespace eco::ui
