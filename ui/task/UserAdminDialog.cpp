#include "ui/task/UserAdminDialog.h"

#include "core/model/Time.h"
#include "core/store/StoreError.h"
#include "core/task/TaskError.h"
#include "ui/task/TaskText.h"
#include "ui/task/TaskWorkspace.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace eco::ui {

namespace {

QComboBox* roleCombo(QWidget* parent, task::Role current) {
    auto* c = new QComboBox(parent);
    for (task::Role r : task::kAllRoles)
        c->addItem(TaskText::role(r), static_cast<int>(r));
    c->setCurrentIndex(c->findData(static_cast<int>(current)));
    return c;
}

QDialogButtonBox* okCancel(QDialog* d) {
    auto* b = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, d);
    QObject::connect(b, &QDialogButtonBox::accepted, d, &QDialog::accept);
    QObject::connect(b, &QDialogButtonBox::rejected, d, &QDialog::reject);
    return b;
}

QLineEdit* passwordEdit(QWidget* parent) {
    auto* e = new QLineEdit(parent);
    e->setEchoMode(QLineEdit::Password);
    return e;
}

} // namespace

UserAdminDialog::UserAdminDialog(TaskWorkspace& workspace, QWidget* parent)
    : QDialog(parent), m_ws(workspace) {
    setObjectName(QStringLiteral("userAdminDialog"));
    setWindowTitle(tr("User Administration"));
    m_table = new QTableWidget(0, 6, this);
    m_table->setHorizontalHeaderLabels(
        {tr("User"), tr("Name"), tr("Role"), tr("District"), tr("Team"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    auto* add = new QPushButton(tr("Add..."), this);
    auto* edit = new QPushButton(tr("Role, district, team..."), this);
    auto* disable = new QPushButton(tr("Disable / enable"), this);
    auto* reset = new QPushButton(tr("Reset password..."), this);
    auto* close = new QPushButton(tr("Close"), this);
    connect(add, &QPushButton::clicked, this, &UserAdminDialog::addUser);
    connect(edit, &QPushButton::clicked, this, &UserAdminDialog::editUser);
    connect(disable, &QPushButton::clicked, this, &UserAdminDialog::toggleDisabled);
    connect(reset, &QPushButton::clicked, this, &UserAdminDialog::resetPassword);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    auto* buttons = new QHBoxLayout;
    for (auto* b : {add, edit, disable, reset})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    resize(760, 420);
    reload();
}

template <typename F> bool UserAdminDialog::run(F&& f) {
    try {
        f();
        m_message->setStyleSheet(QStringLiteral("QLabel { color: #1b5e20; }"));
        m_message->setText(tr("Saved."));
        reload();
        return true;
    } catch (const task::TaskError& e) {
        m_message->setText(e.message());
    } catch (const store::StoreError& e) {
        m_message->setText(QString::fromUtf8(e.what()));
    }
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    return false;
}

void UserAdminDialog::reload() {
    std::vector<task::UserAccount> users;
    try {
        users = m_ws.users().list(m_ws.actor());
    } catch (const task::TaskError& e) {
        m_message->setText(e.message());
        return;
    }
    m_table->setRowCount(static_cast<int>(users.size()));
    for (int i = 0; i < static_cast<int>(users.size()); ++i) {
        const task::UserAccount& u = users[static_cast<std::size_t>(i)];
        const QStringList cells{u.username,
                                u.displayName,
                                TaskText::role(u.role),
                                u.district.isEmpty() ? tr("(whole city)") : u.district,
                                u.team,
                                u.disabled ? tr("disabled") : tr("enabled")};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells[c]));
        m_table->item(i, 0)->setData(Qt::UserRole, u.username);
    }
    m_table->resizeColumnsToContents();
}

int UserAdminDialog::userCount() const {
    return m_table->rowCount();
}

QString UserAdminDialog::message() const {
    return m_message->text();
}

QString UserAdminDialog::selectedUser() const {
    const auto* item = m_table->item(m_table->currentRow(), 0);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void UserAdminDialog::addUser() {
    QDialog d(this);
    d.setWindowTitle(tr("Add User"));
    auto* name = new QLineEdit(&d);
    auto* display = new QLineEdit(&d);
    auto* role = roleCombo(&d, task::Role::FieldOfficer);
    auto* district = new QLineEdit(&d);
    auto* team = new QLineEdit(&d);
    auto* pw = passwordEdit(&d);
    auto* pw2 = passwordEdit(&d);
    auto* form = new QFormLayout(&d);
    form->addRow(tr("User name:"), name);
    form->addRow(tr("Display name:"), display);
    form->addRow(tr("Role:"), role);
    form->addRow(tr("District:"), district);
    form->addRow(tr("Team:"), team);
    form->addRow(tr("Password:"), pw);
    form->addRow(tr("Repeat password:"), pw2);
    form->addRow(okCancel(&d));
    if (d.exec() != QDialog::Accepted)
        return;
    if (pw->text() != pw2->text()) {
        m_message->setText(tr("The two passwords differ; nothing was saved."));
        return;
    }
    task::NewUser u{name->text().trimmed(), display->text().trimmed(),
                    static_cast<task::Role>(role->currentData().toInt()),
                    district->text().trimmed(), team->text().trimmed()};
    run([&] {
        m_ws.users().add(m_ws.actor(), u, pw->text().toUtf8(), QDateTime::currentSecsSinceEpoch());
    });
}

void UserAdminDialog::editUser() {
    const QString who = selectedUser();
    const auto account = m_ws.users().find(who);
    if (!account) {
        m_message->setText(tr("Select a user first."));
        return;
    }
    QDialog d(this);
    d.setWindowTitle(tr("Change %1").arg(who));
    auto* role = roleCombo(&d, account->role);
    auto* district = new QLineEdit(account->district, &d);
    auto* team = new QLineEdit(account->team, &d);
    auto* form = new QFormLayout(&d);
    form->addRow(tr("Role:"), role);
    form->addRow(tr("District:"), district);
    form->addRow(tr("Team:"), team);
    form->addRow(okCancel(&d));
    if (d.exec() != QDialog::Accepted)
        return;
    const auto newRole = static_cast<task::Role>(role->currentData().toInt());
    run([&] {
        if (newRole != account->role)
            m_ws.users().setRole(m_ws.actor(), who, newRole);
        if (district->text().trimmed() != account->district)
            m_ws.users().setDistrict(m_ws.actor(), who, district->text().trimmed());
        if (team->text().trimmed() != account->team)
            m_ws.users().setTeam(m_ws.actor(), who, team->text().trimmed(),
                                 QDateTime::currentSecsSinceEpoch());
    });
}

void UserAdminDialog::toggleDisabled() {
    const QString who = selectedUser();
    const auto account = m_ws.users().find(who);
    if (!account) {
        m_message->setText(tr("Select a user first."));
        return;
    }
    run([&] { m_ws.users().setDisabled(m_ws.actor(), who, !account->disabled); });
}

void UserAdminDialog::resetPassword() {
    const QString who = selectedUser();
    if (who.isEmpty()) {
        m_message->setText(tr("Select a user first."));
        return;
    }
    QDialog d(this);
    d.setWindowTitle(tr("Reset Password of %1").arg(who));
    auto* pw = passwordEdit(&d);
    auto* pw2 = passwordEdit(&d);
    auto* form = new QFormLayout(&d);
    form->addRow(tr("New password:"), pw);
    form->addRow(tr("Repeat password:"), pw2);
    form->addRow(okCancel(&d));
    if (d.exec() != QDialog::Accepted)
        return;
    if (pw->text() != pw2->text()) {
        m_message->setText(tr("The two passwords differ; nothing was saved."));
        return;
    }
    run([&] { m_ws.users().resetPassword(m_ws.actor(), who, pw->text().toUtf8()); });
}

} // namespace eco::ui
