// UserAdminDialog: account management for administrators: the list of accounts and the actions
// add, change role / district / team, disable or enable, reset password. Every action goes
// through UserDirectory with the signed-in administrator as the actor, so core checks the
// permission and refuses, for instance, to demote the last administrator; its message is shown.
#pragma once

#include "core/task/UserDirectory.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace eco::ui {

class TaskWorkspace;

class UserAdminDialog : public QDialog {
    Q_OBJECT
public:
    explicit UserAdminDialog(TaskWorkspace& workspace, QWidget* parent = nullptr);

    int userCount() const;
    QString message() const;

public slots:
    void reload();

private:
    QString selectedUser() const;
    void addUser();
    void editUser();
    void toggleDisabled();
    void resetPassword();
    // Runs a directory call, shows core's refusal when it throws; true on success.
    template <typename F> bool run(F&& f);

    TaskWorkspace& m_ws;
    QTableWidget* m_table;
    QLabel* m_message;
};

} // namespace eco::ui
