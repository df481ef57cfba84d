#include "ui/task/TaskColumnModel.h"

#include <QMimeData>

namespace eco::ui {

TaskColumnModel::TaskColumnModel(task::TaskState state, QObject* parent)
    : QAbstractListModel(parent), m_state(state) {}

void TaskColumnModel::setRows(std::vector<task::BoardRow> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int TaskColumnModel::indexOf(const QString& taskId) const {
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].task.id == taskId)
            return static_cast<int>(i);
    return -1;
}

int TaskColumnModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant TaskColumnModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const task::BoardRow& r = row(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return r.task.title;
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2").arg(r.task.title, r.task.id);
    case TaskIdRole:
        return r.task.id;
    case OverdueRole:
        return r.overdue;
    case SeverityRole:
        return static_cast<int>(r.task.severity);
    default:
        return {};
    }
}

Qt::ItemFlags TaskColumnModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList TaskColumnModel::mimeTypes() const {
    return {QString::fromLatin1(kMimeType)};
}

QMimeData* TaskColumnModel::mimeData(const QModelIndexList& indexes) const {
    if (indexes.isEmpty())
        return nullptr;
    const task::BoardRow& r = row(indexes.front().row());
    auto* mime = new QMimeData; // ownership passes to the QDrag
    mime->setData(QString::fromLatin1(kMimeType),
                  (r.task.id + u'\n' + task::toString(r.task.state)).toUtf8());
    return mime;
}

std::pair<QString, task::TaskState> TaskColumnModel::decode(const QMimeData* mime) {
    if (!mime || !mime->hasFormat(QString::fromLatin1(kMimeType)))
        return {{}, task::TaskState::Created};
    const QStringList parts =
        QString::fromUtf8(mime->data(QString::fromLatin1(kMimeType))).split(u'\n');
    const auto state = parts.size() == 2 ? task::parseTaskState(parts[1]) : std::nullopt;
    if (!state)
        return {{}, task::TaskState::Created};
    return {parts[0], *state};
}

} // namespace eco::ui
