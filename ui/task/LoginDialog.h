// LoginDialog: the sign-in at GUI start when the store has accounts. Argon2id verification takes
// about a second, so it runs on a worker thread with its own read-only connection while the
// dialog shows a busy bar; the form stays responsive and cannot be submitted twice. A failure
// says only that the name or the password is wrong, never which (core spends the same work on
// an unknown name, a disabled account and a wrong password, so timing does not tell either).
#pragma once

#include "core/task/UserDirectory.h"

#include <QDialog>
#include <QFutureWatcher>

#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace eco::ui {

class LoginDialog : public QDialog {
    Q_OBJECT
public:
    explicit LoginDialog(const QString& dbPath, QWidget* parent = nullptr);
    ~LoginDialog() override;

    // Valid once the dialog was accepted.
    const std::optional<task::UserAccount>& account() const { return m_account; }
    QString errorText() const;
    bool isBusy() const;

    void setCredentials(const QString& username, const QString& password);

    struct Outcome {
        std::optional<task::UserAccount> account;
        QString error;
    };
    // The check itself, on whatever thread calls it (its own connection to the store).
    static Outcome authenticate(const QString& dbPath, const QString& username,
                                const QByteArray& password);

public slots:
    void submit();

signals:
    void failed(const QString& message);

private:
    void finish();

    QString m_dbPath;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLabel* m_error;
    QProgressBar* m_busy;
    QPushButton* m_ok;
    QFutureWatcher<Outcome> m_watcher;
    bool m_busyChecking = false; // until finish() ran, not merely until the worker returned
    std::optional<task::UserAccount> m_account;
};

} // namespace eco::ui
