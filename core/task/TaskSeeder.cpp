#include "core/task/TaskSeeder.h"

#include "core/store/Database.h"
#include "core/task/BindText.h"
#include "core/task/TaskService.h"
#include "core/task/UserDirectory.h"

#include <QUuid>

#include <algorithm>
#include <array>
#include <cmath>
#include <random>

namespace eco::task {

namespace {

QString uuidFrom(std::mt19937_64& rng) {
    std::array<unsigned char, 16> b{};
    for (int i = 0; i < 2; ++i) {
        const std::uint64_t v = rng();
        for (int k = 0; k < 8; ++k)
            b[static_cast<std::size_t>(i * 8 + k)] = static_cast<unsigned char>(v >> (8 * k));
    }
    b[6] = static_cast<unsigned char>((b[6] & 0x0F) | 0x40); // version 4
    b[8] = static_cast<unsigned char>((b[8] & 0x3F) | 0x80); // RFC 4122 variant
    const QByteArray bytes(reinterpret_cast<const char*>(b.data()), 16);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

// The path each target state takes through the workflow (after create).
std::vector<TaskAction> pathTo(TaskState target) {
    using A = TaskAction;
    const std::vector<A> full{A::Dispatch, A::Accept, A::Arrive, A::VerifySite, A::Report};
    switch (target) {
    case TaskState::Created:
        return {};
    case TaskState::Dispatched:
        return {A::Dispatch};
    case TaskState::Accepted:
        return {A::Dispatch, A::Accept};
    case TaskState::OnSite:
        return {A::Dispatch, A::Accept, A::Arrive};
    case TaskState::Verified:
        return {A::Dispatch, A::Accept, A::Arrive, A::VerifySite};
    case TaskState::Reported:
        return full;
    case TaskState::Closed: {
        auto p = full;
        p.push_back(A::Close);
        return p;
    }
    case TaskState::Reopened: {
        auto p = full;
        p.push_back(A::Reopen);
        return p;
    }
    case TaskState::Cancelled:
        return {A::Dispatch, A::Cancel};
    }
    return {};
}

} // namespace

std::vector<DemoUser> TaskSeeder::demoUsers() {
    const QString field = QStringLiteral("field_officer-demo");
    return {
        {QStringLiteral("admin"), Role::Administrator, QStringLiteral("administrator-demo"), {}},
        {QStringLiteral("supervisor"), Role::Supervisor, QStringLiteral("supervisor-demo"), {}},
        {QStringLiteral("duty"), Role::DutyOfficer, QStringLiteral("duty_officer-demo"), {}},
        {QStringLiteral("field1"), Role::FieldOfficer, field, QStringLiteral("team-north")},
        {QStringLiteral("field2"), Role::FieldOfficer, field, QStringLiteral("team-north")},
        {QStringLiteral("field3"), Role::FieldOfficer, field, QStringLiteral("team-south")},
        {QStringLiteral("viewer"), Role::Viewer, QStringLiteral("viewer-demo"), {}},
    };
}

SeedResult TaskSeeder::seed(store::Database& db, std::span<const SeedSubject> subjects,
                            std::uint64_t seed, std::int64_t startTs, std::int64_t endTs,
                            PasswordPolicy policy) {
    SeedResult result;
    std::mt19937_64 rng(seed ^ 0x7a5c5eedULL);
    std::int64_t clockMs = startTs * 1000;
    TaskRuntime runtime{[&clockMs] { return clockMs; }, [&rng] { return uuidFrom(rng); }};

    store::Transaction tx(db);
    {
        std::mt19937_64 saltRng(seed ^ 0x5a17ULL);
        const PasswordHasher hasher(policy, [&saltRng](unsigned char* p, std::size_t n) {
            for (std::size_t i = 0; i < n; ++i)
                p[i] = static_cast<unsigned char>(saltRng());
        });
        const UserDirectory users(db);
        for (const DemoUser& u : demoUsers()) {
            if (users.find(u.username))
                continue;
            // Written directly rather than through UserDirectory::add, which needs an
            // authenticated administrator for every account but the first: this is the
            // administrator's own bootstrap of a demo store.
            const PasswordRecord r = hasher.hash(u.password.toUtf8());
            UserDirectory::ensureTeam(db, u.team, {}, startTs);
            auto st = db.prepare("INSERT INTO users(username, display_name, role, district, team, "
                                 "pw_algo, pw_salt, pw_hash, disabled, created_ts) "
                                 "VALUES(?1,?1,?2,'',?3,?4,?5,?6,0,?7)");
            st.bind(1, u.username).bind(2, toString(u.role));
            bindText(st, 3, u.team);
            st.bind(4, r.algo);
            st.bindBlob(5, r.salt).bindBlob(6, r.hash).bind(7, startTs).execute();
            ++result.usersCreated;
        }
    }
    {
        auto st = db.prepare("SELECT count(*) FROM task_events");
        if (st.step() && st.int64(0) > 0) {
            tx.commit();
            return result;
        }
    }

    TaskService service(db, runtime);
    const std::array targets{TaskState::Created, TaskState::Dispatched, TaskState::Accepted,
                             TaskState::OnSite,  TaskState::Verified,   TaskState::Reported,
                             TaskState::Closed,  TaskState::Reopened,   TaskState::Cancelled};
    // Later tasks: mostly closed, as in a bureau's real backlog.
    const std::array<int, 9> weights{8, 14, 8, 6, 6, 12, 34, 4, 8};
    std::discrete_distribution<int> pickState(weights.begin(), weights.end());
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const std::array<QString, 2> teams{QStringLiteral("team-north"), QStringLiteral("team-south")};
    const std::array<QString, 3> commenters{QStringLiteral("duty"), QStringLiteral("supervisor"),
                                            QStringLiteral("field1")};
    const std::int64_t span = std::max<std::int64_t>(endTs - startTs, 3600);

    for (std::size_t i = 0; i < subjects.size(); ++i) {
        const SeedSubject& subject = subjects[i];
        const TaskState target =
            i < targets.size() ? targets[i] : targets[static_cast<std::size_t>(pickState(rng))];
        const std::vector<TaskAction> path = pathTo(target);
        // Gaps between steps: minutes to a day; the whole history ends before endTs.
        std::vector<std::int64_t> gaps;
        std::int64_t total = 0;
        for (std::size_t k = 0; k < path.size() + 1; ++k) {
            const auto g = static_cast<std::int64_t>(600 + unit(rng) * 20 * 3600);
            gaps.push_back(g);
            total += g;
        }
        const double scale =
            total > span ? static_cast<double>(span) / static_cast<double>(total) : 1.0;
        total = std::min(total, span);
        const std::int64_t createdTs =
            startTs + static_cast<std::int64_t>(unit(rng) * static_cast<double>(span - total));
        clockMs = createdTs * 1000;

        CreateRequest create;
        create.clueId = subject.clueId;
        create.enterpriseId = subject.clueId.isEmpty() ? subject.enterpriseId : QString();
        if (subject.clueId.isEmpty())
            create.severity = static_cast<Severity>(rng() % 3);
        const QString taskId = service.create(QStringLiteral("duty"), create);
        result.taskIds << taskId;
        ++result.events;

        const QString team = teams[rng() % teams.size()];
        const QString officer =
            team == teams[0] ? (rng() % 2 ? QStringLiteral("field1") : QStringLiteral("field2"))
                             : QStringLiteral("field3");
        for (std::size_t k = 0; k < path.size(); ++k) {
            clockMs += std::max<std::int64_t>(
                           static_cast<std::int64_t>(static_cast<double>(gaps[k]) * scale), 60) *
                       1000;
            switch (path[k]) {
            case TaskAction::Dispatch:
                service.dispatch(
                    QStringLiteral("duty"), taskId,
                    {team, {}, std::nullopt, QStringLiteral("Check on site and report")});
                break;
            case TaskAction::Accept:
                service.accept(officer, taskId);
                break;
            case TaskAction::Arrive:
                service.arrive(officer, taskId, QStringLiteral("At the main gate"));
                break;
            case TaskAction::VerifySite: {
                SiteVerification v;
                v.findings = subject.violation
                                 ? QStringLiteral("Treatment facility found off during production")
                                 : QStringLiteral("Production and treatment running normally");
                v.measurements.push_back(
                    {QStringLiteral("a21026"),
                     std::round((subject.violation ? 80 : 20) + unit(rng) * 40),
                     QStringLiteral("mg/m3")});
                service.verifySite(officer, taskId, v);
                break;
            }
            case TaskAction::Report: {
                DisposalReport r;
                if (subject.violation) {
                    r.conclusion = Conclusion::ViolationConfirmed;
                    r.summary = QStringLiteral("Violation confirmed; case filed for penalty");
                    r.penaltyCny = 1000.0 * std::round(50 + unit(rng) * 450);
                    r.rectificationDeadlineTs = clockMs / 1000 + 30 * 86400;
                } else if (rng() % 3 == 0) {
                    r.conclusion = Conclusion::DataFault;
                    r.summary = QStringLiteral("Analyser drift; operator told to recalibrate");
                } else {
                    r.conclusion = Conclusion::NotConfirmed;
                    r.outcome = QStringLiteral("false_alarm");
                    r.summary = QStringLiteral("No violation found on site");
                }
                service.report(officer, taskId, r);
                break;
            }
            case TaskAction::Close:
                service.close(QStringLiteral("supervisor"), taskId,
                              QStringLiteral("Report accepted"));
                break;
            case TaskAction::Reopen:
                service.reopen(QStringLiteral("supervisor"), taskId,
                               QStringLiteral("Evidence incomplete: photos of the meter needed"));
                break;
            case TaskAction::Cancel:
                service.cancel(QStringLiteral("supervisor"), taskId,
                               QStringLiteral("Duplicate of an open case"));
                break;
            default:
                break;
            }
            ++result.events;
            if (unit(rng) < 0.3) {
                clockMs += 300'000;
                const QString& who = commenters[rng() % commenters.size()];
                service.comment(who, taskId, QStringLiteral("Follow-up noted"));
                ++result.events;
            }
        }
    }
    tx.commit();
    return result;
}

} // namespace eco::task
