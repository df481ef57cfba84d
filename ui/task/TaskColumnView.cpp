#include "ui/task/TaskColumnView.h"

#include "ui/task/TaskColumnModel.h"

#include <QDrag>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QPainter>

namespace eco::ui {

TaskColumnView::TaskColumnView(task::TaskState state, QWidget* parent)
    : QListView(parent), m_state(state) {
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(false);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    // Uniform sizes and batched layout keep a column of thousands of cards fast: the first
    // screenful is laid out and painted at once, the rest while the user looks at it.
    setUniformItemSizes(true);
    setLayoutMode(QListView::Batched);
    setBatchSize(100);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setSpacing(3);
    connect(this, &QListView::activated, this, [this](const QModelIndex& i) {
        emit cardActivated(i.data(TaskColumnModel::TaskIdRole).toString());
    });
}

void TaskColumnView::setDropAllowed(std::optional<bool> allowed) {
    if (m_dropAllowed == allowed)
        return;
    m_dropAllowed = allowed;
    viewport()->update();
}

void TaskColumnView::startDrag(Qt::DropActions) {
    const QModelIndexList sel = selectedIndexes();
    if (sel.isEmpty())
        return;
    QMimeData* mime = model()->mimeData(sel);
    if (!mime)
        return;
    const auto [id, from] = TaskColumnModel::decode(mime);
    auto* drag = new QDrag(this); // deleted by Qt when the drag ends
    drag->setMimeData(mime);
    const QRect r = visualRect(sel.front());
    QPixmap pm = viewport()->grab(r);
    drag->setPixmap(pm);
    drag->setHotSpot(QPoint(pm.width() / 2, pm.height() / 2));
    emit dragStarted(id, from);
    drag->exec(Qt::MoveAction); // the source model is left alone: the board reloads
    emit dragEnded();
}

void TaskColumnView::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasFormat(QString::fromLatin1(TaskColumnModel::kMimeType)))
        event->acceptProposedAction();
    else
        event->ignore();
}

void TaskColumnView::dragMoveEvent(QDragMoveEvent* event) {
    const auto [id, from] = TaskColumnModel::decode(event->mimeData());
    if (id.isEmpty() || from == m_state)
        event->ignore();
    else
        event->acceptProposedAction(); // refused moves still land, to be explained
}

void TaskColumnView::dropEvent(QDropEvent* event) {
    const auto [id, from] = TaskColumnModel::decode(event->mimeData());
    if (id.isEmpty() || from == m_state) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction); // nothing to remove at the source
    event->accept();
    emit cardDropped(id, m_state);
}

void TaskColumnView::paintEvent(QPaintEvent* event) {
    QListView::paintEvent(event);
    if (!m_dropAllowed)
        return;
    QPainter p(viewport());
    if (*m_dropAllowed) {
        p.setPen(QPen(QColor(0x1f, 0x78, 0xb4), 3, Qt::DashLine));
        p.drawRect(viewport()->rect().adjusted(1, 1, -2, -2));
    } else {
        p.fillRect(viewport()->rect(), QColor(120, 120, 120, 110));
    }
}

} // namespace eco::ui
