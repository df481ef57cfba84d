// ScreeningSettingsEditor: the screening thresholds as an editable table (rule, name, value,
// default, what it means), one row per ScreeningSettings entry. A value must be a finite number
// >= 0; a bad cell turns red with the reason and blocks saving. Save writes every value to the
// store's meta table (ScreeningSettings::save, keys screen.<rule>.<name>) in one transaction;
// changed values are bold, "Defaults" puts the defaults back into the table (saved on Save).
#pragma once

#include "core/screen/ScreeningSettings.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace eco::store {
class Database;
}

namespace eco::ui {

class ScreeningSettingsEditor : public QWidget {
    Q_OBJECT
public:
    enum Column { Rule, Name, Value, Default, Meaning, ColumnCount };
    explicit ScreeningSettingsEditor(QWidget* parent = nullptr);

    // A read-write connection; nullptr disables the editor.
    void setDatabase(store::Database* db);
    QTableWidget* table() const { return m_table; }
    // The settings as typed, or nullopt (with the first problem) when a cell is invalid.
    std::optional<screen::ScreeningSettings> edited(QString* problem = nullptr) const;
    bool isValid() const { return edited().has_value(); }

public slots:
    void reload();
    bool save();
    void restoreDefaults();

signals:
    void saved();

private:
    void validate();

    store::Database* m_db = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_defaults = nullptr;
    QPushButton* m_reload = nullptr;
    bool m_filling = false;
};

} // namespace eco::ui
