#include "ui/task/TaskCardDelegate.h"

#include "ui/task/TaskColumnModel.h"
#include "ui/task/TaskText.h"
#include "ui/task/TaskWorkspace.h"

#include <QPainter>
#include <QPainterPath>
#include <QStringList>

namespace eco::ui {

namespace {

constexpr int kPad = 6;
constexpr int kStripe = 5;
constexpr int kLines = 4;

} // namespace

TaskCardDelegate::TaskCardDelegate(const TaskWorkspace* workspace, QObject* parent)
    : QStyledItemDelegate(parent), m_workspace(workspace) {}

QSize TaskCardDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const {
    const QFontMetrics fm(option.font);
    return {140, kLines * (fm.height() + 2) + 2 * kPad};
}

void TaskCardDelegate::paint(QPainter* p, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const {
    const auto* model = qobject_cast<const TaskColumnModel*>(index.model());
    if (!model)
        return;
    const task::BoardRow& row = model->row(index.row());
    const task::TaskSnapshot& t = row.task;
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5);
    const bool selected = option.state & QStyle::State_Selected;
    QPainterPath path;
    path.addRoundedRect(card, 5, 5);
    p->fillPath(path, selected ? QColor(0xe8, 0xf1, 0xfb) : QColor(Qt::white));
    p->setPen(
        QPen(selected ? QColor(0x1f, 0x78, 0xb4) : QColor(0xc8, 0xc8, 0xc8), selected ? 2 : 1));
    p->drawPath(path);
    p->save();
    p->setClipPath(path);
    p->fillRect(QRectF(card.left(), card.top(), kStripe, card.height()),
                TaskText::severityColour(t.severity));
    p->restore();

    const QFontMetrics fm(option.font);
    const int lh = fm.height() + 2;
    const int x = static_cast<int>(card.left()) + kStripe + kPad;
    const int w = static_cast<int>(card.right()) - kPad - x;
    int y = static_cast<int>(card.top()) + kPad;
    QFont bold = option.font;
    bold.setBold(true);
    p->setFont(bold);
    p->setPen(QColor(0x20, 0x20, 0x20));
    p->drawText(QRect(x, y, w, lh), Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetrics(bold).elidedText(t.title, Qt::ElideRight, w));
    y += lh;
    p->setFont(option.font);
    p->setPen(QColor(0x55, 0x55, 0x55));
    // Demo and clue titles often are the enterprise's name: then the id says more.
    QString place = m_workspace ? m_workspace->enterpriseName(t.enterpriseId) : t.enterpriseId;
    if (place == t.title)
        place = t.enterpriseId;
    if (!t.district.isEmpty())
        place = place.isEmpty() ? t.district : place + QStringLiteral(" · ") + t.district;
    p->drawText(QRect(x, y, w, lh), Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(place, Qt::ElideRight, w));
    y += lh;
    QString who = t.team.isEmpty() ? TaskCardDelegate::tr("not dispatched") : t.team;
    if (!t.officer.isEmpty())
        who += QStringLiteral(" / ") + t.officer;
    p->drawText(QRect(x, y, w, lh), Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(who, Qt::ElideRight, w));
    y += lh;
    int badgeW = 0;
    if (row.overdue) {
        const QString badge = TaskCardDelegate::tr("Overdue");
        badgeW = fm.horizontalAdvance(badge) + 10;
        const QRectF b(x + w - badgeW, y + 1, badgeW, lh - 2);
        QPainterPath bp;
        bp.addRoundedRect(b, 4, 4);
        p->fillPath(bp, QColor(0xd7, 0x19, 0x1c));
        p->setPen(Qt::white);
        p->drawText(b, Qt::AlignCenter, badge);
        badgeW += 4;
    }
    p->setPen(row.overdue ? QColor(0xd7, 0x19, 0x1c) : QColor(0x55, 0x55, 0x55));
    // A narrow column beside the overdue badge must still show when the task is due: shorter
    // forms are tried before anything is elided, since "Due 10-2…" tells the officer nothing.
    QStringList forms;
    if (t.deadlineTs) {
        const QString when = TaskText::time(t.deadlineTs).mid(5); // MM-dd HH:mm
        forms << TaskCardDelegate::tr("Due %1").arg(when) << when << when.left(5);
    } else {
        forms << TaskText::severity(t.severity);
    }
    const int room = w - badgeW;
    QString due = forms.constLast();
    for (const QString& f : forms) {
        if (fm.horizontalAdvance(f) <= room) {
            due = f;
            break;
        }
    }
    p->drawText(QRect(x, y, room, lh), Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(due, Qt::ElideRight, room));
    p->restore();
}

} // namespace eco::ui
