// ClueStatisticsView: how good the clues are and where they come from: precision (confirmed
// violations among judged clues) per rule as a table and a bar chart, per score band, and the
// number of clues by district or industry per local week or month as a pivot table. It reads
// ClueStatistics on refresh(), which the desk calls after every action and screening run.
#pragma once

#include <QWidget>

class QComboBox;
class QCustomPlot;
class QLabel;
class QTableWidget;

namespace eco::store {
class Database;
}

namespace eco::ui {

class ClueStatisticsView : public QWidget {
    Q_OBJECT
public:
    explicit ClueStatisticsView(QWidget* parent = nullptr);
    void setDatabase(const store::Database* db);
    QTableWidget* ruleTable() const { return m_rules; }
    QTableWidget* bandTable() const { return m_bands; }
    QTableWidget* countTable() const { return m_counts; }

public slots:
    void refresh();

private:
    void fillCounts();

    const store::Database* m_db = nullptr;
    QLabel* m_overall = nullptr;
    QTableWidget* m_rules = nullptr;
    QTableWidget* m_bands = nullptr;
    QCustomPlot* m_chart = nullptr;
    QComboBox* m_dimension = nullptr;
    QComboBox* m_period = nullptr;
    QTableWidget* m_counts = nullptr;
};

} // namespace eco::ui
