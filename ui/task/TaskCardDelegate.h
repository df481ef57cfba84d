// TaskCardDelegate: paints a board card: a severity stripe, the title, enterprise and district,
// team and officer, the deadline and an overdue badge. Every card has the same height (taken
// from the font), so the column views can lay out thousands of cards without measuring each.
#pragma once

#include <QStyledItemDelegate>

namespace eco::ui {

class TaskWorkspace;

class TaskCardDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit TaskCardDelegate(const TaskWorkspace* workspace, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    const TaskWorkspace* m_workspace;
};

} // namespace eco::ui
