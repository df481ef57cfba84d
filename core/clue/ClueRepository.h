// ClueRepository: the clue desk's access to the `clues` table. Queries filter, sort and page in
// SQL (indexed on time and status, subject names joined in), so a list of 100k clues pages in
// milliseconds. Actions (dismiss with a reason, merge into a survivor, record an outcome, reopen,
// make a task) check the acting user's role and district in core (CluePermissions), refuse what
// the clue's status does not allow with a message naming the clue and its status, write the clue
// and one `clue_actions` row (actor, time, JSON detail) in one transaction, and change nothing
// when refused. Making a task goes through core/task's TaskService, which sets the clue `tasked`.
#pragma once

#include "core/clue/CluePermissions.h"
#include "core/clue/ClueTypes.h"

#include <QJsonObject>

#include <functional>

namespace eco::store {
class Database;
}
namespace eco::task {
class TaskService;
}

namespace eco::clue {

class ClueRepository {
public:
    using Clock = std::function<std::int64_t()>; // Unix seconds
    explicit ClueRepository(store::Database& db, Clock now = {});

    CluePage query(const ClueFilter& filter, int offset = 0, int limit = 200) const;
    std::int64_t count(const ClueFilter& filter) const;
    std::optional<ClueRow> find(const QString& id) const;
    QJsonObject evidence(const QString& id) const;
    std::vector<ClueActionRecord> actions(const QString& clueId) const;
    // Distinct values present in the clues, for the filter boxes.
    QStringList districts() const;
    QStringList industries() const;
    QStringList rules() const;

    // The user's role when enabled, else nullopt; and whether the user may do `a` on `clue`
    // (role, district and the clue's status), with the reason when not.
    std::optional<task::Role> roleOf(const QString& actor) const;
    bool may(const QString& actor, ClueAction a, const ClueRow& clue, QString* why = nullptr) const;

    void dismiss(const QString& actor, const QString& clueId, const QString& reason);
    // `clueId` becomes status merged, pointing at `survivorId`, whose window widens to cover it.
    void merge(const QString& actor, const QString& clueId, const QString& survivorId);
    void recordOutcome(const QString& actor, const QString& clueId, Outcome outcome,
                       const QString& note = {});
    void reopen(const QString& actor, const QString& clueId, const QString& reason);
    // Returns the new task's id (TaskService::create with the clue id).
    QString makeTask(const QString& actor, const QString& clueId, task::TaskService& tasks,
                     const QString& note = {});

private:
    ClueRow require(const QString& clueId) const;
    void check(const QString& actor, ClueAction a, const ClueRow& clue) const;
    void log(const QString& clueId, const QString& actor, const char* action,
             const QJsonObject& detail, std::int64_t ts);

    store::Database& m_db;
    Clock m_now;
};

} // namespace eco::clue
