#include "ui/task/LoginDialog.h"

#include "core/store/Database.h"
#include "core/store/StoreError.h"
#include "core/task/TaskError.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace eco::ui {

LoginDialog::LoginDialog(const QString& dbPath, QWidget* parent)
    : QDialog(parent), m_dbPath(dbPath) {
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Sign in to EcoSentry"));
    auto* intro = new QLabel(tr("<b>EcoSentry</b><br>Environmental Enforcement Command "
                                "Center<br><small>Store: %1</small>")
                                 .arg(QFileInfo(dbPath).fileName().toHtmlEscaped()),
                             this);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("username"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    m_error->setWordWrap(true);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // indeterminate: Argon2 gives no progress
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    m_busy->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Sign in"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &LoginDialog::finish);

    auto* form = new QFormLayout;
    form->addRow(tr("User name:"), m_user);
    form->addRow(tr("Password:"), m_password);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);
    setMinimumWidth(380);
}

LoginDialog::~LoginDialog() {
    // The worker owns copies of everything it reads; waiting keeps the pool tidy at exit.
    m_watcher.waitForFinished();
}

QString LoginDialog::errorText() const {
    return m_error->text();
}

bool LoginDialog::isBusy() const {
    return m_busyChecking;
}

void LoginDialog::setCredentials(const QString& username, const QString& password) {
    m_user->setText(username);
    m_password->setText(password);
}

LoginDialog::Outcome LoginDialog::authenticate(const QString& dbPath, const QString& username,
                                               const QByteArray& password) {
    Outcome out;
    try {
        auto db = store::Database::open(dbPath, store::Database::Mode::ReadOnly);
        out.account = task::UserDirectory(db).authenticate(username, password);
    } catch (const task::TaskError& e) {
        out.error = e.kind() == task::TaskError::Kind::AuthenticationFailed
                        ? tr("The user name or the password is wrong.")
                        : e.message();
    } catch (const store::StoreError& e) {
        out.error = QString::fromUtf8(e.what());
    }
    return out;
}

void LoginDialog::submit() {
    if (isBusy())
        return;
    const QString user = m_user->text().trimmed();
    if (user.isEmpty() || m_password->text().isEmpty()) {
        m_error->setText(tr("Enter a user name and a password."));
        return;
    }
    m_error->clear();
    m_busyChecking = true;
    m_busy->show();
    m_ok->setEnabled(false);
    m_user->setEnabled(false);
    m_password->setEnabled(false);
    m_watcher.setFuture(
        QtConcurrent::run(&LoginDialog::authenticate, m_dbPath, user, m_password->text().toUtf8()));
}

void LoginDialog::finish() {
    const Outcome out = m_watcher.result();
    m_busyChecking = false;
    m_busy->hide();
    m_ok->setEnabled(true);
    m_user->setEnabled(true);
    m_password->setEnabled(true);
    if (out.account) {
        m_account = out.account;
        accept();
        return;
    }
    m_password->clear();
    m_password->setFocus();
    m_error->setText(out.error);
    emit failed(out.error);
}

} // namespace eco::ui
