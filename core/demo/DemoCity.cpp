#include "core/demo/DemoCity.h"

#include "core/demo/AmbientSimulator.h"
#include "core/demo/EmitterPlanner.h"
#include "core/demo/EmitterSimulator.h"
#include "core/model/Time.h"
#include "core/store/Database.h"
#include "core/store/StoreError.h"
#include "core/task/TaskSeeder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace eco::demo {

namespace {

void removeOrThrow(const QString& path) {
    if (QFileInfo::exists(path) && !QFile::remove(path))
        throw store::StoreError(path.toStdString() + ": cannot remove the old demo store file");
}

} // namespace

QString DemoCity::rasterDirFor(const QString& dbPath) {
    const QFileInfo fi(dbPath);
    return fi.absoluteDir().filePath(fi.completeBaseName() + QStringLiteral(".rasters"));
}

DemoCity::Report DemoCity::build(const DemoConfig& config, const Progress& progress) {
    Report report;
    QElapsedTimer total;
    total.start();
    QElapsedTimer clock;
    clock.start();
    auto stageDone = [&](const QString& stage) {
        report.stageSeconds.append({stage, clock.restart() / 1000.0});
    };

    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        removeOrThrow(config.dbPath + QLatin1String(suffix));
    const QString rasterDir = rasterDirFor(config.dbPath);
    if (QFileInfo::exists(rasterDir) && !QDir(rasterDir).removeRecursively())
        throw store::StoreError(rasterDir.toStdString() + ": cannot remove the old raster folder");
    if (const QDir parent = QFileInfo(config.dbPath).absoluteDir(); !parent.exists())
        QDir().mkpath(parent.absolutePath());

    store::Database db = store::Database::open(config.dbPath);
    db.setFastUnsafeWrites(true);

    DemoWorld world;
    world.config = config;
    const EmitterPlan plan = EmitterPlanner(config).plan(world);
    stageDone(QStringLiteral("plan"));

    {
        store::Transaction tx(db);
        const EmitterSimulator::Stats s = EmitterSimulator(world, plan).write(db, progress);
        report.cemsRows = s.cemsRows;
        report.powerRows = s.powerRows;
        report.truthRows = s.truthRows;
        report.stageSeconds.append(
            {QStringLiteral("emitter catalog + timelines"), s.catalogSeconds});
        report.stageSeconds.append({QStringLiteral("CEMS"), s.cemsSeconds});
        report.stageSeconds.append({QStringLiteral("power"), s.powerSeconds});
        clock.restart();
        tx.commit();
        stageDone(QStringLiteral("emitter commit"));
    }
    {
        store::Transaction tx(db);
        AmbientSimulator(world).write(db, rasterDir, progress);
        db.setMeta(QStringLiteral("demo_seed"), QString::number(config.seed));
        db.setMeta(QStringLiteral("demo_days"), QString::number(config.days));
        db.setMeta(QStringLiteral("demo_start"), model::formatIsoLocal(config.startTs));
        tx.commit();
        stageDone(QStringLiteral("ambient"));
    }
    {
        // The closed loop's side of the demo: users for every role and tasks in every state,
        // made from enterprises with injected violations (confirmed on site) and a few clean
        // ones (not confirmed). Demo passwords are published, so the cheap hashing setting is
        // enough and keeps the demo fast.
        std::vector<task::SeedSubject> subjects;
        auto violators = db.prepare(
            "SELECT DISTINCT coalesce(o.enterprise_id, t.subject_id) FROM truth_violations t "
            "LEFT JOIN outlets o ON t.subject_kind='outlet' AND o.id=t.subject_id "
            "WHERE t.subject_kind IN ('outlet','enterprise') ORDER BY 1 LIMIT 30");
        while (violators.step())
            subjects.push_back({QString(), violators.text(0), true});
        auto clean = db.prepare(
            "SELECT id FROM enterprises WHERE id NOT IN (SELECT coalesce(o.enterprise_id, "
            "t.subject_id) FROM truth_violations t LEFT JOIN outlets o ON o.id=t.subject_id) "
            "ORDER BY id LIMIT 10 OFFSET 100");
        std::vector<task::SeedSubject> cleanSubjects;
        while (clean.step())
            cleanSubjects.push_back({QString(), clean.text(0), false});
        // Interleave so the first few tasks (one per state) include both outcomes.
        for (size_t i = 0; i < cleanSubjects.size(); ++i)
            subjects.insert(subjects.begin() +
                                static_cast<std::ptrdiff_t>(std::min(subjects.size(), i * 3 + 1)),
                            cleanSubjects[i]);
        const task::SeedResult seeded =
            task::TaskSeeder::seed(db, subjects, config.seed, config.startTs, config.endTs(),
                                   task::PasswordPolicy::interactive());
        report.tasks = static_cast<int>(seeded.taskIds.size());
        stageDone(QStringLiteral("users and tasks"));
    }
    if (progress)
        progress(QStringLiteral("checkpoint"), 0);
    db.setFastUnsafeWrites(false);
    db.checkpoint();
    stageDone(QStringLiteral("checkpoint"));
    report.totalSeconds = total.elapsed() / 1000.0;
    return report;
}

} // namespace eco::demo
