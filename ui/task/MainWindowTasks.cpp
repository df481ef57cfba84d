// The task part of MainWindow, kept apart from the map part: the task board as a bottom dock, the
// task detail as a right dock, a Tasks menu (board, case file export, user administration for
// administrators), the notification bell in the tool bar and the signed-in user in the status
// bar. A store without users opens read-only with a banner saying so.
#include "ui/MainWindow.h"

#include "core/store/StoreError.h"
#include "ui/task/CaseFileExporter.h"
#include "ui/task/NotificationBell.h"
#include "ui/task/NotificationCenter.h"
#include "ui/task/TaskBoardWidget.h"
#include "ui/task/TaskDetailView.h"
#include "ui/task/TaskText.h"
#include "ui/task/TaskWorkspace.h"
#include "ui/task/UserAdminDialog.h"

#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QStatusBar>
#include <QToolBar>

#include "ui/clue/ClueDeskWidget.h"
#include "ui/trace/TracePanel.h"

namespace eco::ui {

void MainWindow::installTasks(const QString& dbPath, const QString& username) {
    if (!QFileInfo::exists(dbPath))
        return; // the map already says the store is missing; never create one here
    try {
        m_tasks = new TaskWorkspace(dbPath, task::TaskRuntime::system(), this);
    } catch (const store::StoreError& e) {
        statusBar()->showMessage(tr("Tasks are not available: %1").arg(QString::fromUtf8(e.what())),
                                 30000);
        return;
    }
    m_tasks->setActor(username);

    m_taskBoard = new TaskBoardWidget(m_tasks, this);
    auto* boardDock = new QDockWidget(tr("Task Board"), this);
    boardDock->setObjectName(QStringLiteral("taskBoardDock"));
    boardDock->setWidget(m_taskBoard);
    addDockWidget(Qt::BottomDockWidgetArea, boardDock);
    // One bottom area, two tabs: side by side, the desk and the board need a wall-wide window.
    if (auto* desk = findChild<QDockWidget*>(QStringLiteral("clueDeskDock")))
        tabifyDockWidget(desk, boardDock);
    // The map stays the largest thing in the window.
    resizeDocks({boardDock}, {300}, Qt::Vertical);
    m_taskBoard->setMinimumHeight(200);

    m_taskDetail = new TaskDetailView(m_tasks, this);
    m_taskDetailDock = new QDockWidget(tr("Task"), this);
    m_taskDetailDock->setObjectName(QStringLiteral("taskDetailDock"));
    auto* detailScroll = new QScrollArea(m_taskDetailDock);
    detailScroll->setWidget(m_taskDetail);
    detailScroll->setWidgetResizable(true);
    m_taskDetailDock->setWidget(detailScroll);
    addDockWidget(Qt::RightDockWidgetArea, m_taskDetailDock);
    if (auto* monitoring = findChild<QDockWidget*>(QStringLiteral("monitoringDock")))
        tabifyDockWidget(monitoring, m_taskDetailDock);
    if (auto* monitoring = findChild<QDockWidget*>(QStringLiteral("monitoringDock")))
        monitoring->raise();

    // The panels act as the signed-in user (none: they only read).
    if (m_clueDesk)
        m_clueDesk->setActor(username);
    if (m_trace)
        m_trace->setActor(username);
    reloadTaskLayer();

    connect(m_taskBoard, &TaskBoardWidget::taskActivated, this, &MainWindow::openTask);
    connect(m_taskBoard, &TaskBoardWidget::taskSelected, this, &MainWindow::openTask);
    connect(m_taskDetail, &TaskDetailView::exportRequested, this, &MainWindow::exportCaseFile);

    QMenu* menu = menuBar()->addMenu(tr("&Tasks"));
    menu->addAction(boardDock->toggleViewAction());
    menu->addAction(m_taskDetailDock->toggleViewAction());
    auto* exportAct = menu->addAction(tr("Export &Case File..."));
    connect(exportAct, &QAction::triggered, this,
            [this] { exportCaseFile(m_taskDetail->taskId()); });

    auto* who = new QLabel(this);
    who->setObjectName(QStringLiteral("currentUser"));
    if (const auto& me = m_tasks->account()) {
        who->setText(tr("Signed in: %1 (%2) · %3")
                         .arg(me->displayName.isEmpty() ? me->username : me->displayName,
                              TaskText::role(me->role),
                              me->district.isEmpty() ? tr("whole city") : me->district));
        if (me->role == task::Role::Administrator) {
            menu->addSeparator();
            auto* admin = menu->addAction(tr("&Manage Users..."));
            connect(admin, &QAction::triggered, this, [this] {
                UserAdminDialog d(*m_tasks, this);
                d.exec();
            });
        }
        m_notifications = new NotificationCenter(m_tasks, this);
        auto* bell = new NotificationBell(m_notifications, this);
        connect(bell, &NotificationBell::taskRequested, this, &MainWindow::openTask);
        connect(m_notifications, &NotificationCenter::logAdvanced, this,
                &MainWindow::reloadTaskLayer);
        connect(m_notifications, &NotificationCenter::logAdvanced, m_taskBoard,
                &TaskBoardWidget::reload);
        connect(m_notifications, &NotificationCenter::logAdvanced, m_taskDetail,
                &TaskDetailView::refresh);
        if (auto* bar = findChild<QToolBar*>(QStringLiteral("mapToolBar"))) {
            bar->addSeparator();
            bar->addWidget(bell);
        } else {
            statusBar()->addPermanentWidget(bell);
        }
    } else {
        who->setText(tr("Read-only viewer: this store has no user accounts, so nobody can act "
                        "on tasks. Add an administrator with `ecosentry user add`."));
        who->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #7a5b00; "
                                          "padding: 2px 6px; }"));
    }
    statusBar()->addPermanentWidget(who);
}

void MainWindow::openTask(const QString& taskId) {
    if (!m_taskDetail || taskId.isEmpty())
        return;
    m_taskDetail->showTask(taskId);
    m_taskDetailDock->show();
    m_taskDetailDock->raise();
}

void MainWindow::exportCaseFile(const QString& taskId) {
    if (!m_tasks || taskId.isEmpty()) {
        QMessageBox::information(this, tr("Export Case File"),
                                 tr("Select a task on the board first."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Case File"), QStringLiteral("case-%1.pdf").arg(taskId.left(8)),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const bool ok = CaseFileExporter(*m_tasks).exportTask(taskId, path, &error);
    QApplication::restoreOverrideCursor();
    if (ok)
        statusBar()->showMessage(tr("Wrote %1").arg(path), 10000);
    else
        QMessageBox::warning(this, tr("Export Case File"), error);
}

} // namespace eco::ui
