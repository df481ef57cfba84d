// ClueDetailView: one clue in full: what the rule found (title, window, severity, score, status,
// outcome, the evidence's figures), the evidence charts (QCustomPlot: the series with the flagged
// hours marked, the O2-corrected series, the limit line, the flagged window shaded; production
// and treatment power with their ON/OFF levels for P rules, F3 and F8; the alert band for P3/P4;
// the reference station for A1), what the evidence lacked, the desk's log, and the action
// buttons. Buttons follow the current user's role and the clue's status (ClueRepository::may, the
// same check core makes), with the reason as tooltip when disabled. The view reads and acts
// through the desk's own read-write connection; the map is asked to focus through a signal.
#pragma once

#include "core/clue/ClueEvidence.h"
#include "core/clue/ClueTypes.h"

#include <QWidget>

#include <optional>

class QCustomPlot;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace eco::store {
class Database;
}
namespace eco::clue {
class ClueRepository;
}

namespace eco::ui {

class ClueDetailView : public QWidget {
    Q_OBJECT
public:
    explicit ClueDetailView(QWidget* parent = nullptr);

    // Both must outlive the view or be reset (nullptr) first.
    void setStore(store::Database* db, clue::ClueRepository* repo);
    void setActor(const QString& username);
    QString actor() const { return m_actor; }

    void showClue(const QString& clueId);
    void clear();
    std::optional<clue::ClueRow> current() const { return m_clue; }
    const clue::EvidenceData* evidence() const { return m_data ? &*m_data : nullptr; }

    // The actions behind the buttons, without dialogs (the buttons ask, then call these).
    // Each returns true when done; on refusal it emits actionFailed with core's message.
    bool dismissCurrent(const QString& reason);
    bool mergeCurrentInto(const QString& survivorId);
    bool recordOutcome(clue::Outcome outcome, const QString& note = {});
    bool reopenCurrent(const QString& reason);
    QString makeTaskForCurrent(const QString& note = {}); // the task id, empty on failure

    QCustomPlot* seriesPlot() const { return m_seriesPlot; }
    QCustomPlot* powerPlot() const { return m_powerPlot; }

signals:
    void focusRequested(double lon, double lat);
    void clueChanged(const QString& clueId);
    void taskCreated(const QString& taskId, const QString& clueId);
    void actionFailed(const QString& message);

private:
    void buildUi();
    void refreshButtons();
    void fillHeader();
    void fillPlots();
    void fillLog();
    bool perform(const std::function<void()>& action);
    void askDismiss();
    void askMerge();
    void askOutcome();
    void askReopen();
    void askTask();

    store::Database* m_db = nullptr;
    clue::ClueRepository* m_repo = nullptr;
    QString m_actor;
    std::optional<clue::ClueRow> m_clue;
    std::optional<clue::EvidenceData> m_data;

    QLabel* m_title = nullptr;
    QLabel* m_info = nullptr;
    QTableWidget* m_facts = nullptr;
    QCustomPlot* m_seriesPlot = nullptr;
    QCustomPlot* m_powerPlot = nullptr;
    QLabel* m_notes = nullptr;
    QListWidget* m_log = nullptr;
    QPushButton* m_focus = nullptr;
    QPushButton* m_task = nullptr;
    QPushButton* m_dismiss = nullptr;
    QPushButton* m_merge = nullptr;
    QPushButton* m_outcome = nullptr;
    QPushButton* m_reopen = nullptr;
};

} // namespace eco::ui
