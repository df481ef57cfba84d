#include "ui/task/TaskBoardWidget.h"

#include "core/render/TaskLayer.h"
#include "core/store/StoreError.h"
#include "core/task/TaskError.h"
#include "ui/task/TaskActionDialogs.h"
#include "ui/task/TaskCardDelegate.h"
#include "ui/task/TaskColumnModel.h"
#include "ui/task/TaskColumnView.h"
#include "ui/task/TaskText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTimer>
#include <QVBoxLayout>

namespace eco::ui {

using task::TaskAction;
using task::TaskState;

namespace {

std::size_t slot(TaskState s) {
    return static_cast<std::size_t>(s);
}

} // namespace

TaskBoardWidget::TaskBoardWidget(TaskWorkspace* workspace, QWidget* parent)
    : QWidget(parent), m_ws(workspace),
      m_input([ws = workspace](TaskAction a, const task::TaskSnapshot& t, QWidget* p) {
          return askActionInput(p, *ws, a, t);
      }) {
    setObjectName(QStringLiteral("taskBoard"));
    buildUi();
    connect(m_ws, &TaskWorkspace::tasksChanged, this, &TaskBoardWidget::reload);
    connect(m_ws, &TaskWorkspace::actorChanged, this, &TaskBoardWidget::reload);
    reload();
}

void TaskBoardWidget::buildUi() {
    auto* top = new QHBoxLayout;
    m_overdue = new QCheckBox(tr("Overdue only"), this);
    m_mine = new QCheckBox(tr("My tasks"), this);
    m_district = new QComboBox(this);
    m_district->setObjectName(QStringLiteral("districtFilter"));
    m_district->addItem(tr("All districts"), QString());
    m_district->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* refresh = new QPushButton(tr("Refresh"), this);
    m_summary = new QLabel(this);
    top->addWidget(m_overdue);
    top->addWidget(m_mine);
    top->addWidget(new QLabel(tr("District:"), this));
    top->addWidget(m_district);
    top->addWidget(refresh);
    top->addStretch(1);
    top->addWidget(m_summary);
    connect(m_overdue, &QCheckBox::toggled, this, &TaskBoardWidget::reload);
    connect(m_mine, &QCheckBox::toggled, this, &TaskBoardWidget::reload);
    connect(m_district, &QComboBox::currentIndexChanged, this, &TaskBoardWidget::reload);
    connect(refresh, &QPushButton::clicked, this, &TaskBoardWidget::reload);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("boardMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* columns = new QHBoxLayout;
    columns->setSpacing(4);
    auto* delegate = new TaskCardDelegate(m_ws, this);
    for (TaskState s : task::kAllStates) {
        auto* box = new QVBoxLayout;
        box->setSpacing(2);
        auto* header = new QLabel(this);
        const QColor c = render::TaskLayer::stateColour(s);
        header->setStyleSheet(
            QStringLiteral("QLabel { background: %1; color: white; "
                           "font-weight: bold; padding: 4px; border-radius: 3px; }")
                .arg(c.name()));
        auto* model = new TaskColumnModel(s, this);
        auto* view = new TaskColumnView(s, this);
        view->setObjectName(QStringLiteral("column_") + task::toString(s));
        view->setModel(model);
        view->setItemDelegate(delegate);
        view->setMinimumWidth(150);
        box->addWidget(header);
        box->addWidget(view, 1);
        columns->addLayout(box, 1);
        m_models[slot(s)] = model;
        m_views[slot(s)] = view;
        m_headers[slot(s)] = header;
        connect(view, &TaskColumnView::dragStarted, this,
                [this](const QString&, TaskState from) { previewDrop(from); });
        connect(view, &TaskColumnView::dragEnded, this, [this] { previewDrop(std::nullopt); });
        connect(
            view, &TaskColumnView::cardDropped, this, [this](const QString& id, TaskState target) {
                // After the drag has finished: a dialog must not open inside the drop.
                QTimer::singleShot(0, this, [this, id, target] { requestTransition(id, target); });
            });
        connect(view, &TaskColumnView::cardActivated, this, &TaskBoardWidget::taskActivated);
        connect(view, &QListView::clicked, this, [this](const QModelIndex& i) {
            emit taskSelected(i.data(TaskColumnModel::TaskIdRole).toString());
        });
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addLayout(columns, 1);
}

void TaskBoardWidget::reload() {
    std::array<std::vector<task::BoardRow>, task::kAllStates.size()> byState;
    QSet<QString> districts;
    if (!m_ws->readOnly()) {
        try {
            task::BoardFilter f;
            f.overdueOnly = m_overdue->isChecked();
            const auto& me = *m_ws->account();
            const QString district = m_district->currentData().toString();
            for (task::BoardRow& r : m_ws->service().board(me.username, f, m_ws->now())) {
                if (!r.task.district.isEmpty())
                    districts.insert(r.task.district);
                if (!district.isEmpty() && r.task.district != district)
                    continue;
                if (m_mine->isChecked() && r.task.officer != me.username &&
                    r.task.createdBy != me.username &&
                    (me.team.isEmpty() || r.task.team != me.team))
                    continue;
                byState[slot(r.task.state)].push_back(std::move(r));
            }
        } catch (const task::TaskError& e) {
            showMessage(e.message(), true);
        } catch (const store::StoreError& e) {
            showMessage(QString::fromUtf8(e.what()), true);
        }
    }
    int total = 0;
    for (TaskState s : task::kAllStates) {
        const int n = static_cast<int>(byState[slot(s)].size());
        total += n;
        m_models[slot(s)]->setRows(std::move(byState[slot(s)]));
        m_headers[slot(s)]->setText(QStringLiteral("%1  %2").arg(TaskText::state(s)).arg(n));
    }
    // Keep the district list in step with the data without losing the current choice.
    QStringList sorted(districts.begin(), districts.end());
    sorted.sort();
    for (const QString& d : sorted)
        if (m_district->findData(d) < 0) {
            const QSignalBlocker block(m_district);
            m_district->addItem(d, d);
        }
    if (m_ws->readOnly())
        showMessage(tr("Read-only: nobody is signed in, so tasks can be neither shown nor "
                       "changed here. A store without user accounts needs an administrator "
                       "first (`ecosentry user add`)."),
                    true);
    m_summary->setText(m_ws->readOnly() ? tr("Read-only: nobody is signed in")
                                        : tr("%n task(s)", nullptr, total));
    emit loaded(total);
}

int TaskBoardWidget::count(TaskState s) const {
    return m_models[slot(s)]->rowCount();
}

int TaskBoardWidget::totalCount() const {
    int n = 0;
    for (const auto* m : m_models)
        n += m->rowCount();
    return n;
}

TaskColumnModel* TaskBoardWidget::columnModel(TaskState s) const {
    return m_models[slot(s)];
}

TaskColumnView* TaskBoardWidget::columnView(TaskState s) const {
    return m_views[slot(s)];
}

QString TaskBoardWidget::message() const {
    return m_message->isVisible() || !m_message->text().isEmpty() ? m_message->text() : QString();
}

void TaskBoardWidget::setOverdueOnly(bool on) {
    m_overdue->setChecked(on);
}

void TaskBoardWidget::setMyTasksOnly(bool on) {
    m_mine->setChecked(on);
}

void TaskBoardWidget::setDistrict(const QString& district) {
    const int i = m_district->findData(district);
    m_district->setCurrentIndex(i < 0 ? 0 : i);
}

void TaskBoardWidget::showMessage(const QString& text, bool error) {
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { background: #fdecea; color: #8a1c1c; "
                                                    "padding: 6px; border: 1px solid #e6a1a1; }")
                                   : QStringLiteral("QLabel { background: #eaf5ea; color: #1b5e20; "
                                                    "padding: 6px; border: 1px solid #9ccc9c; }"));
    m_message->setVisible(!text.isEmpty());
}

std::optional<task::TaskSnapshot> TaskBoardWidget::rowSnapshot(const QString& taskId) const {
    for (const auto* m : m_models)
        if (const int i = m->indexOf(taskId); i >= 0)
            return m->row(i).task;
    return std::nullopt;
}

void TaskBoardWidget::previewDrop(std::optional<TaskState> from) {
    for (TaskState s : task::kAllStates) {
        std::optional<bool> allowed;
        if (from && *from != s)
            allowed = m_ws->allowedAction(*from, s).has_value();
        m_views[slot(s)]->setDropAllowed(allowed);
    }
}

bool TaskBoardWidget::requestTransition(const QString& taskId, TaskState target) {
    const auto t = rowSnapshot(taskId);
    if (!t) {
        showMessage(tr("Task %1 is not on the board any more.").arg(taskId.left(8)), true);
        return false;
    }
    const auto action = TaskWorkspace::actionBetween(t->state, target);
    if (!action) {
        showMessage(tr("Task \"%1\" cannot go from %2 to %3: no step of the workflow leads there.")
                        .arg(t->title, TaskText::state(t->state), TaskText::state(target)),
                    true);
        return false;
    }
    if (!m_ws->may(*action)) {
        showMessage(tr("Your role (%1) may not %2: task \"%3\" stays %4.")
                        .arg(m_ws->account() ? TaskText::role(m_ws->account()->role) : tr("none"),
                             TaskText::action(*action), t->title, TaskText::state(t->state)),
                    true);
        return false;
    }
    ActionInput in;
    if (TaskWorkspace::needsInput(*action)) {
        const auto asked = m_input(*action, *t, this);
        if (!asked) {
            showMessage({}, false);
            return false;
        }
        in = *asked;
    }
    try {
        m_ws->apply(*action, taskId, in); // reloads the board through tasksChanged
        showMessage(tr("%1: \"%2\" is now %3.")
                        .arg(TaskText::action(*action), t->title, TaskText::state(target)),
                    false);
        return true;
    } catch (const task::TaskError& e) {
        showMessage(e.message(), true);
    } catch (const store::StoreError& e) {
        showMessage(QString::fromUtf8(e.what()), true);
    }
    return false;
}

} // namespace eco::ui
