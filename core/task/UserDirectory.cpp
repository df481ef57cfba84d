#include "core/task/UserDirectory.h"

#include "core/store/Database.h"
#include "core/task/BindText.h"
#include "core/task/PermissionMatrix.h"
#include "core/task/TaskError.h"

#include <QRegularExpression>

namespace eco::task {

namespace {

using Kind = TaskError::Kind;

UserAccount readAccount(const store::Statement& st) {
    UserAccount a;
    a.username = st.text(0);
    a.displayName = st.text(1);
    a.role = parseRole(st.text(2)).value_or(Role::Viewer);
    a.district = st.text(3);
    a.team = st.text(4);
    a.disabled = st.int64(5) != 0;
    a.createdTs = st.int64(6);
    return a;
}

constexpr const char* kAccountColumns =
    "username, display_name, role, district, team, disabled, created_ts";

QString authFailed() {
    return QStringLiteral("authentication failed: unknown user, disabled account or wrong "
                          "password");
}

} // namespace

UserDirectory::UserDirectory(store::Database& db, PasswordHasher hasher)
    : m_db(db), m_hasher(std::move(hasher)) {}

bool UserDirectory::isValidUsername(const QString& name) {
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return re.match(name).hasMatch();
}

bool UserDirectory::isEmpty() const {
    auto st = m_db.prepare("SELECT count(*) FROM users");
    return st.step() && st.int64(0) == 0;
}

std::optional<UserAccount> UserDirectory::find(const QString& username) const {
    auto st =
        m_db.prepare(std::string("SELECT ") + kAccountColumns + " FROM users WHERE username=?1");
    st.bind(1, username);
    if (!st.step())
        return std::nullopt;
    return readAccount(st);
}

UserAccount UserDirectory::authenticate(const QString& username, const QByteArray& password) const {
    auto st = m_db.prepare("SELECT pw_algo, pw_salt, pw_hash, disabled FROM users "
                           "WHERE username=?1");
    st.bind(1, username);
    PasswordRecord record;
    bool disabled = true;
    if (st.step()) {
        record.algo = st.text(0);
        record.salt = st.blob(1);
        record.hash = st.blob(2);
        disabled = st.int64(3) != 0;
    } else {
        // Same Argon2 work as for a real account, so response time does not reveal the name.
        const PasswordPolicy p = PasswordPolicy::moderate();
        record.algo = QStringLiteral("argon2id13:t=%1:m=%2").arg(p.opsLimit).arg(p.memLimit);
        record.salt = QByteArray(16, '\0');
        record.hash = QByteArray(32, '\0');
    }
    const bool ok = PasswordHasher::verify(record, password);
    if (!ok || disabled)
        throw TaskError(Kind::AuthenticationFailed, authFailed());
    return *find(username);
}

int UserDirectory::enabledAdministrators() const {
    auto st = m_db.prepare("SELECT count(*) FROM users WHERE role='administrator' AND "
                           "disabled=0");
    return st.step() ? st.integer(0) : 0;
}

void UserDirectory::requireAdministrator(const QString& actor) const {
    const auto a = find(actor);
    if (!a || a->disabled)
        throw TaskError(Kind::PermissionDenied,
                        QStringLiteral("user '%1' is unknown or disabled").arg(actor));
    if (!PermissionMatrix::allows(a->role, Permission::ManageUsers))
        throw TaskError(Kind::PermissionDenied,
                        QStringLiteral("user '%1' (%2) may not manage users: administrators only")
                            .arg(actor, toString(a->role)));
}

UserAccount UserDirectory::require(const QString& username) const {
    const auto a = find(username);
    if (!a)
        throw TaskError(Kind::NotFound, QStringLiteral("user '%1' does not exist").arg(username));
    return *a;
}

void UserDirectory::ensureTeam(store::Database& db, const QString& team, const QString& district,
                               std::int64_t nowTs) {
    if (team.isEmpty())
        return;
    auto st = db.prepare("INSERT OR IGNORE INTO teams(id, name, district, created_ts) "
                         "VALUES(?1, ?1, ?2, ?3)");
    bindText(st, 1, team);
    bindText(st, 2, district);
    st.bind(3, nowTs).execute();
}

void UserDirectory::add(const QString& actor, const NewUser& user, const QByteArray& password,
                        std::int64_t nowTs) {
    // Argon2 takes about a second: hash before taking the write lock.
    const PasswordRecord r = m_hasher.hash(password);
    store::Transaction tx(m_db);
    if (actor.isEmpty()) {
        if (!isEmpty())
            throw TaskError(Kind::PermissionDenied,
                            QStringLiteral("users exist already: log in as an administrator "
                                           "(--user) to add more"));
        if (user.role != Role::Administrator)
            throw TaskError(Kind::InvalidInput,
                            QStringLiteral("the first user must be an administrator"));
    } else {
        requireAdministrator(actor);
    }
    if (!isValidUsername(user.username))
        throw TaskError(Kind::InvalidInput,
                        QStringLiteral("user name '%1': use 1-64 letters, digits, '.', '_' or "
                                       "'-', starting with a letter or digit")
                            .arg(user.username));
    if (find(user.username))
        throw TaskError(Kind::Conflict,
                        QStringLiteral("user '%1' exists already").arg(user.username));
    ensureTeam(m_db, user.team, user.district, nowTs);
    auto st = m_db.prepare("INSERT INTO users(username, display_name, role, district, team, "
                           "pw_algo, pw_salt, pw_hash, disabled, created_ts) "
                           "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,0,?9)");
    bindText(st, 1, user.username);
    bindText(st, 2, user.displayName);
    bindText(st, 3, toString(user.role));
    bindText(st, 4, user.district);
    bindText(st, 5, user.team);
    bindText(st, 6, r.algo);
    st.bindBlob(7, r.salt).bindBlob(8, r.hash).bind(9, nowTs);
    st.execute();
    tx.commit();
}

void UserDirectory::setRole(const QString& actor, const QString& username, Role role) {
    store::Transaction tx(m_db);
    requireAdministrator(actor);
    const UserAccount u = require(username);
    if (u.role == Role::Administrator && role != Role::Administrator && !u.disabled &&
        enabledAdministrators() <= 1)
        throw TaskError(
            Kind::Conflict,
            QStringLiteral("user '%1' is the last enabled administrator").arg(username));
    auto st = m_db.prepare("UPDATE users SET role=?2 WHERE username=?1");
    st.bind(1, username).bind(2, toString(role)).execute();
    tx.commit();
}

void UserDirectory::setDistrict(const QString& actor, const QString& username,
                                const QString& district) {
    store::Transaction tx(m_db);
    requireAdministrator(actor);
    require(username);
    auto st = m_db.prepare("UPDATE users SET district=?2 WHERE username=?1");
    st.bind(1, username);
    bindText(st, 2, district);
    st.execute();
    tx.commit();
}

void UserDirectory::setTeam(const QString& actor, const QString& username, const QString& team,
                            std::int64_t nowTs) {
    store::Transaction tx(m_db);
    requireAdministrator(actor);
    const UserAccount u = require(username);
    ensureTeam(m_db, team, u.district, nowTs);
    auto st = m_db.prepare("UPDATE users SET team=?2 WHERE username=?1");
    st.bind(1, username);
    bindText(st, 2, team);
    st.execute();
    tx.commit();
}

void UserDirectory::setDisabled(const QString& actor, const QString& username, bool disabled) {
    store::Transaction tx(m_db);
    requireAdministrator(actor);
    const UserAccount u = require(username);
    if (disabled && u.role == Role::Administrator && !u.disabled && enabledAdministrators() <= 1)
        throw TaskError(
            Kind::Conflict,
            QStringLiteral("user '%1' is the last enabled administrator").arg(username));
    auto st = m_db.prepare("UPDATE users SET disabled=?2 WHERE username=?1");
    st.bind(1, username).bind(2, disabled ? 1 : 0).execute();
    tx.commit();
}

void UserDirectory::resetPassword(const QString& actor, const QString& username,
                                  const QByteArray& password) {
    const PasswordRecord r = m_hasher.hash(password); // slow: outside the write lock
    store::Transaction tx(m_db);
    requireAdministrator(actor);
    require(username);
    auto st = m_db.prepare("UPDATE users SET pw_algo=?2, pw_salt=?3, pw_hash=?4 WHERE "
                           "username=?1");
    st.bind(1, username).bind(2, r.algo).bindBlob(3, r.salt).bindBlob(4, r.hash).execute();
    tx.commit();
}

std::vector<UserAccount> UserDirectory::list(const QString& actor) const {
    requireAdministrator(actor);
    auto st =
        m_db.prepare(std::string("SELECT ") + kAccountColumns + " FROM users ORDER BY username");
    std::vector<UserAccount> out;
    while (st.step())
        out.push_back(readAccount(st));
    return out;
}

} // namespace eco::task
