// ClueStatisticsView: how good the clues are and where they come from: precision (confirmed
// violations among judged clues) per rule as a table and a bar chart, per score band, and the
// number of clues by district or industry per local week or month, as a chart over time (stacked
// bars or one line per district / industry, the largest eight and the rest as "other") and as a
// pivot table. It reads ClueStatistics on refresh(), which the desk calls after every action and
// screening run.
#pragma once

#include <QWidget>

#include <vector>

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
    QCustomPlot* precisionChart() const { return m_chart; }
    QCustomPlot* countChart() const { return m_countChart; }
    // Chart modes of the counts over time.
    enum class CountStyle { StackedBars, Lines };
    void setCountStyle(CountStyle style);

public slots:
    void refresh();

private:
    void fillCounts();
    void plotCounts(const QStringList& periods, const QStringList& keys,
                    const std::vector<std::vector<double>>& values);

    const store::Database* m_db = nullptr;
    QLabel* m_overall = nullptr;
    QTableWidget* m_rules = nullptr;
    QTableWidget* m_bands = nullptr;
    QCustomPlot* m_chart = nullptr;
    QComboBox* m_dimension = nullptr;
    QComboBox* m_period = nullptr;
    QComboBox* m_style = nullptr;
    QCustomPlot* m_countChart = nullptr;
    QTableWidget* m_counts = nullptr;
};

} // namespace eco::ui
