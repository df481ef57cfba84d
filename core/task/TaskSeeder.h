// TaskSeeder: fills a demo store with users for every role and a realistic set of tasks in every
// state, each with its full event history, made from the given clues or enterprises. Everything
// is deterministic for a seed: the clock, the UUIDs, the replica id and even the password salts
// come from the seed (acceptable only because the demo passwords are published). The demo
// accounts, all city-wide (no district):
//   admin       administrator  administrator-demo
//   supervisor  supervisor     supervisor-demo
//   duty        duty_officer   duty_officer-demo
//   field1      field_officer  field_officer-demo  (team-north)
//   field2      field_officer  field_officer-demo  (team-north)
//   field3      field_officer  field_officer-demo  (team-south)
//   viewer      viewer         viewer-demo
#pragma once

#include "core/task/PasswordHasher.h"
#include "core/task/TaskTypes.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <span>
#include <vector>

namespace eco::store {
class Database;
}

namespace eco::task {

struct SeedSubject {
    QString clueId;         // a clue to act on, or
    QString enterpriseId;   // an enterprise to inspect
    bool violation = false; // ground truth: the on-site check confirms a violation
};

struct DemoUser {
    QString username;
    Role role;
    QString password;
    QString team;
};

struct SeedResult {
    int usersCreated = 0;
    QStringList taskIds;
    std::int64_t events = 0;
};

class TaskSeeder {
public:
    static std::vector<DemoUser> demoUsers();

    // Spreads the tasks over [startTs, endTs] (Unix s; endTs is the demo's "now", so some
    // dispatched tasks are overdue at it). The first nine subjects end in the nine states in
    // turn, so every state appears once there are nine subjects. Existing demo users are kept;
    // a store that already holds tasks is left alone (result with no tasks).
    static SeedResult seed(store::Database& db, std::span<const SeedSubject> subjects,
                           std::uint64_t seed, std::int64_t startTs, std::int64_t endTs,
                           PasswordPolicy policy = PasswordPolicy::moderate());
};

} // namespace eco::task
