// UserDirectory: accounts, roles, districts and teams, and authentication. Every management call
// names the acting user, who must be an enabled administrator (checked here, in core, through the
// PermissionMatrix); the one exception is the very first account of an empty store, which may be
// created without anyone authenticated and must be an administrator. The directory refuses to
// disable or demote the last enabled administrator, so a store can never be locked out.
// authenticate() gives the same message for an unknown user, a disabled account and a wrong
// password, and spends the same Argon2 work in each case, so neither text nor timing tells which.
#pragma once

#include "core/task/PasswordHasher.h"
#include "core/task/TaskTypes.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace eco::store {
class Database;
}

namespace eco::task {

struct UserAccount {
    QString username;
    QString displayName;
    Role role = Role::Viewer;
    QString district; // empty: the whole city
    QString team;     // empty: no team
    bool disabled = false;
    std::int64_t createdTs = 0;
};

struct NewUser {
    QString username;
    QString displayName;
    Role role = Role::Viewer;
    QString district;
    QString team;
};

class UserDirectory {
public:
    UserDirectory(store::Database& db, PasswordHasher hasher = PasswordHasher());

    bool isEmpty() const;
    std::optional<UserAccount> find(const QString& username) const;

    // Throws TaskError::AuthenticationFailed with one message for every failure.
    UserAccount authenticate(const QString& username, const QByteArray& password) const;

    // actor: the administrator doing it; empty only for the first account of an empty store.
    void add(const QString& actor, const NewUser& user, const QByteArray& password,
             std::int64_t nowTs);
    void setRole(const QString& actor, const QString& username, Role role);
    void setDistrict(const QString& actor, const QString& username, const QString& district);
    void setTeam(const QString& actor, const QString& username, const QString& team,
                 std::int64_t nowTs);
    void setDisabled(const QString& actor, const QString& username, bool disabled);
    void resetPassword(const QString& actor, const QString& username, const QByteArray& password);
    std::vector<UserAccount> list(const QString& actor) const;

    static bool isValidUsername(const QString& name);
    // Creates the team row when missing (teams are created by naming them).
    static void ensureTeam(store::Database& db, const QString& team, const QString& district,
                           std::int64_t nowTs);

private:
    void requireAdministrator(const QString& actor) const;
    UserAccount require(const QString& username) const;
    int enabledAdministrators() const;

    store::Database& m_db;
    PasswordHasher m_hasher;
};

} // namespace eco::task
