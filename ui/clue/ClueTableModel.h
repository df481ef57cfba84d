// ClueTableModel: the clue list as a Qt table model over ClueRepository. Filtering, sorting and
// paging happen in SQL: the model holds the rows fetched so far and fetches the next page of 500
// when the view scrolls to the end (canFetchMore/fetchMore), so 100k clues open as fast as 500.
// sort() re-queries with the column's key. Rows are coloured by status (open clues by severity).
#pragma once

#include "core/clue/ClueTypes.h"

#include <QAbstractTableModel>

#include <vector>

namespace eco::clue {
class ClueRepository;
}

namespace eco::ui {

class ClueTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Severity,
        Rule,
        Subject,
        Start,
        End,
        Score,
        Status,
        District,
        Industry,
        Summary,
        ColumnCount
    };
    static constexpr int kPageSize = 500;
    static constexpr int ClueIdRole = Qt::UserRole + 1;

    explicit ClueTableModel(QObject* parent = nullptr);

    // The repository must outlive the model (or be reset to nullptr first).
    void setRepository(const clue::ClueRepository* repo);
    void setFilter(const clue::ClueFilter& filter);
    const clue::ClueFilter& filter() const { return m_filter; }
    // Re-runs the query, keeping the filter (after an action or a screening run).
    void reload();

    std::int64_t totalCount() const { return m_total; }
    const clue::ClueRow* rowAt(int row) const;
    int rowOf(const QString& clueId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order) override;

    static QString statusText(const QString& status);
    static QString outcomeText(const QString& outcome);
    static QColor statusColour(const clue::ClueRow& row);

signals:
    void reloaded(qint64 total);
    void queryFailed(const QString& message);

private:
    const clue::ClueRepository* m_repo = nullptr;
    clue::ClueFilter m_filter;
    std::vector<clue::ClueRow> m_rows;
    std::int64_t m_total = 0;
};

} // namespace eco::ui
