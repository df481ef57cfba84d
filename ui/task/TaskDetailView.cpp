#include "ui/task/TaskDetailView.h"

#include "core/render/TaskLayer.h"
#include "core/store/StoreError.h"
#include "core/task/TaskError.h"
#include "core/task/TransitionTable.h"
#include "ui/task/TaskActionDialogs.h"
#include "ui/task/TaskText.h"
#include "ui/task/TaskWorkspace.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace eco::ui {

namespace {

QTableWidget* table(const QStringList& headers, QWidget* parent) {
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

} // namespace

TaskDetailView::TaskDetailView(TaskWorkspace* workspace, QWidget* parent)
    : QWidget(parent), m_ws(workspace) {
    setObjectName(QStringLiteral("taskDetail"));
    m_header = new QLabel(this);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    connect(m_header, &QLabel::linkActivated, this, [this](const QString& link) {
        const qsizetype colon = link.indexOf(u':');
        if (colon > 0)
            emit linkActivated(link.left(colon), link.mid(colon + 1));
    });
    m_timeline = table({tr("Time"), tr("Actor"), tr("Event"), tr("Details"), tr("Hash")}, this);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_files = table({tr("File"), tr("Size"), tr("SHA-256")}, this);
    m_files->setObjectName(QStringLiteral("attachments"));
    connect(m_files, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        const auto* item = m_files->item(row, 2);
        if (item)
            QDesktopServices::openUrl(QUrl::fromLocalFile(
                m_ws->service().attachments().pathFor(item->data(Qt::UserRole).toString())));
    });
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_actions = new QHBoxLayout;
    auto* splitter = new QSplitter(Qt::Vertical, this);
    auto* timelineBox = new QWidget(splitter);
    auto* tl = new QVBoxLayout(timelineBox);
    tl->setContentsMargins(0, 0, 0, 0);
    tl->addWidget(new QLabel(tr("<b>Timeline</b> (Asia/Shanghai)"), timelineBox));
    tl->addWidget(m_timeline);
    auto* filesBox = new QWidget(splitter);
    auto* fl = new QVBoxLayout(filesBox);
    fl->setContentsMargins(0, 0, 0, 0);
    fl->addWidget(new QLabel(tr("<b>Attachments</b> (double-click to open)"), filesBox));
    fl->addWidget(m_files);
    splitter->addWidget(timelineBox);
    splitter->addWidget(filesBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(m_actions);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    connect(m_ws, &TaskWorkspace::tasksChanged, this, [this](const QString& id) {
        if (id == m_taskId)
            refresh();
    });
    clear();
}

void TaskDetailView::clear() {
    m_taskId.clear();
    m_task.reset();
    m_header->setText(tr("Select a task on the board to see its record."));
    m_timeline->setRowCount(0);
    m_files->setRowCount(0);
    m_message->clear();
    while (QLayoutItem* item = m_actions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void TaskDetailView::showTask(const QString& taskId) {
    m_taskId = taskId;
    m_message->clear();
    refresh();
}

void TaskDetailView::refresh() {
    const QString id = m_taskId;
    if (id.isEmpty() || m_ws->readOnly())
        return;
    std::vector<task::TaskEvent> events;
    try {
        m_task = m_ws->service().snapshot(m_ws->actor(), id);
        events = m_ws->service().history(m_ws->actor(), id);
    } catch (const task::TaskError& e) {
        clear();
        m_message->setText(e.message());
        return;
    }
    const task::TaskSnapshot& t = *m_task;
    const QColor sc = render::TaskLayer::stateColour(t.state);
    QStringList links;
    if (!t.clueId.isEmpty())
        links << tr("clue <a href=\"clue:%1\">%2</a>").arg(t.clueId, t.clueId.left(12));
    if (!t.enterpriseId.isEmpty())
        links << tr("enterprise <a href=\"enterprise:%1\">%2</a>")
                     .arg(t.enterpriseId, m_ws->enterpriseName(t.enterpriseId).toHtmlEscaped());
    if (!t.outletId.isEmpty())
        links << tr("outlet <a href=\"outlet:%1\">%2</a>")
                     .arg(t.outletId, m_ws->outletName(t.outletId).toHtmlEscaped());
    const bool overdue = t.isOverdue(m_ws->now());
    m_header->setText(
        QStringLiteral("<span style='font-size:13pt; font-weight:bold'>%1</span><br>"
                       "<span style='background:%2; color:white'>&nbsp;%3&nbsp;</span> "
                       "<span style='background:%4; color:white'>&nbsp;%5&nbsp;</span> %6<br>"
                       "%7<br>%8 · %9<br>%10")
            .arg(t.title.toHtmlEscaped(), sc.name(), TaskText::state(t.state),
                 TaskText::severityColour(t.severity).name(),
                 tr("%1 severity").arg(TaskText::severity(t.severity)),
                 overdue ? tr("<b style='color:#d7191c'>Overdue</b>") : QString(),
                 links.join(QStringLiteral(" · ")),
                 tr("Team: %1").arg(t.team.isEmpty() ? QStringLiteral("—") : t.team),
                 tr("Officer: %1").arg(t.officer.isEmpty() ? QStringLiteral("—") : t.officer),
                 tr("Created %1 · Deadline %2 · Task %3")
                     .arg(TaskText::time(t.createdTs), TaskText::time(t.deadlineTs), t.id)));

    m_timeline->setRowCount(static_cast<int>(events.size()));
    struct FileRow {
        QString name, sha;
        qint64 size;
    };
    std::vector<FileRow> files;
    QSet<QString> seen;
    for (int i = 0; i < static_cast<int>(events.size()); ++i) {
        const task::TaskEvent& e = events[static_cast<std::size_t>(i)];
        const QStringList cells{TaskText::time(e.ts), e.actor, TaskText::eventKind(e.kind),
                                TaskText::payloadSummary(e), TaskText::shortHash(e.hash)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c == 3)
                item->setToolTip(QString::fromUtf8(e.payload));
            m_timeline->setItem(i, c, item);
        }
        m_timeline->item(i, 4)->setToolTip(
            tr("seq %1\nhash %2\nprev %3").arg(e.seq).arg(e.hash, e.prevHash));
        m_timeline->item(i, 4)->setFont(QFont(QStringLiteral("monospace")));
        const QJsonArray atts = QJsonDocument::fromJson(e.payload)
                                    .object()
                                    .value(QLatin1String("attachments"))
                                    .toArray();
        for (const QJsonValue& v : atts) {
            const QJsonObject a = v.toObject();
            const QString sha = a.value(QLatin1String("sha256")).toString();
            if (seen.contains(sha))
                continue;
            seen.insert(sha);
            files.push_back({a.value(QLatin1String("name")).toString(), sha,
                             static_cast<qint64>(a.value(QLatin1String("size")).toDouble())});
        }
    }
    m_timeline->resizeColumnsToContents();
    m_files->setRowCount(static_cast<int>(files.size()));
    for (int i = 0; i < static_cast<int>(files.size()); ++i) {
        const FileRow& f = files[static_cast<std::size_t>(i)];
        m_files->setItem(i, 0, new QTableWidgetItem(f.name));
        m_files->setItem(i, 1, new QTableWidgetItem(QLocale().formattedDataSize(f.size)));
        auto* sha = new QTableWidgetItem(f.sha);
        sha->setData(Qt::UserRole, f.sha);
        sha->setFont(QFont(QStringLiteral("monospace")));
        m_files->setItem(i, 2, sha);
    }
    m_files->resizeColumnsToContents();

    while (QLayoutItem* item = m_actions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (task::TaskAction a : task::kAllTaskActions) {
        if (a == task::TaskAction::Create || !task::TransitionTable::next(t.state, a) ||
            !m_ws->may(a))
            continue;
        auto* b = new QPushButton(TaskText::action(a), this);
        b->setProperty("action", static_cast<int>(a));
        connect(b, &QPushButton::clicked, this, [this, a] { runAction(static_cast<int>(a)); });
        m_actions->addWidget(b);
    }
    auto* exportButton = new QPushButton(tr("Export case file (PDF)..."), this);
    connect(exportButton, &QPushButton::clicked, this, [this] { emit exportRequested(m_taskId); });
    m_actions->addStretch(1);
    m_actions->addWidget(exportButton);
}

int TaskDetailView::timelineRows() const {
    return m_timeline->rowCount();
}

int TaskDetailView::attachmentRows() const {
    return m_files->rowCount();
}

QStringList TaskDetailView::actionNames() const {
    QStringList out;
    for (int i = 0; i < m_actions->count(); ++i)
        if (auto* b = qobject_cast<QPushButton*>(m_actions->itemAt(i)->widget());
            b && b->property("action").isValid())
            out << task::toString(static_cast<task::TaskAction>(b->property("action").toInt()));
    return out;
}

void TaskDetailView::runAction(int actionValue) {
    if (!m_task)
        return;
    const auto action = static_cast<task::TaskAction>(actionValue);
    const auto in = askActionInput(this, *m_ws, action, *m_task);
    if (!in)
        return;
    try {
        m_ws->apply(action, m_taskId, *in);
        m_message->setText(tr("%1: done.").arg(TaskText::action(action)));
    } catch (const task::TaskError& e) {
        m_message->setText(e.message());
    } catch (const store::StoreError& e) {
        m_message->setText(QString::fromUtf8(e.what()));
    }
}

} // namespace eco::ui
