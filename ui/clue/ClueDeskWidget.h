// ClueDeskWidget: the duty officer's clue desk. Tab "Clues": filter bar (rule or rule family,
// district, industry, minimum severity, status, local date range, free-text search), the clue
// list (ClueTableModel: SQL-side filter, sort and paging), and the selected clue's
// ClueDetailView beside it; tab "Statistics": ClueStatisticsView; tab "Thresholds":
// ScreeningSettingsEditor. A status row shows the background screening (ScreeningRunner: after
// each ingest, or "Run screening now") with its progress, and the list refreshes when a run ends.
// The desk opens its own read-write connection to the store, so the rest of the window may keep
// its read-only one. Actions act as the user given to setActor(); with none the desk only reads.
#pragma once

#include <QWidget>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTabWidget;
class QTimer;

namespace eco::store {
class Database;
}
namespace eco::clue {
class ClueRepository;
struct ClueFilter;
} // namespace eco::clue

namespace eco::ui {

class ClueDetailView;
class ClueStatisticsView;
class ClueTableModel;
class ScreeningRunner;
class ScreeningSettingsEditor;
struct ScreeningRunResult;

class ClueDeskWidget : public QWidget {
    Q_OBJECT
public:
    explicit ClueDeskWidget(QWidget* parent = nullptr);
    ~ClueDeskWidget() override;

    // Opens the store read-write (read-only when that fails: the desk then only reads).
    // Returns false with the reason shown in the desk when the store cannot be opened at all.
    bool openStore(const QString& path);
    void closeStore();
    void setActor(const QString& username);
    QString actor() const;

    // Selects a clue in the list (filters are widened to "all but merged" when it is hidden).
    bool selectClue(const QString& clueId);
    void setFilter(const clue::ClueFilter& filter);
    clue::ClueFilter currentFilter() const;

    ClueTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    ClueDetailView* detail() const { return m_detail; }
    ClueStatisticsView* statistics() const { return m_stats; }
    ScreeningSettingsEditor* settingsEditor() const { return m_settings; }
    ScreeningRunner* runner() const { return m_runner; }
    QTabWidget* tabs() const { return m_tabs; }
    clue::ClueRepository* repository() const { return m_repo.get(); }

public slots:
    void refresh();
    void runScreeningNow();

signals:
    void focusRequested(double lon, double lat);
    void clueSelected(const QString& clueId);
    // After an action or a screening run changed clues (the map's clue layer may reload).
    void cluesChanged();
    void taskCreated(const QString& taskId, const QString& clueId);

private:
    void buildUi();
    void fillFilterChoices();
    void applyFilters();
    void onRunFinished(const ScreeningRunResult& r);

    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<clue::ClueRepository> m_repo;
    bool m_readOnly = false;

    QTabWidget* m_tabs = nullptr;
    QComboBox* m_rule = nullptr;
    QComboBox* m_district = nullptr;
    QComboBox* m_industry = nullptr;
    QComboBox* m_severity = nullptr;
    QComboBox* m_status = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer* m_searchDelay = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_view = nullptr;
    ClueTableModel* m_model = nullptr;
    ClueDetailView* m_detail = nullptr;
    ClueStatisticsView* m_stats = nullptr;
    ScreeningSettingsEditor* m_settings = nullptr;
    ScreeningRunner* m_runner = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_runInfo = nullptr;
    QPushButton* m_runNow = nullptr;
    bool m_filling = false;
};

} // namespace eco::ui
