// Benchmark of the readings ingest path: (a) store::ReadingWriter alone, rows bound directly,
// (b) a generated readings CSV of N rows (default 2,000,000) through `ecosentry import readings`'s
// engine (ingest::CsvImport), (c) the same file again, when every row is already stored.
// Usage: bench_import [ROWS]. Prints rows/s for each; the target is >= 500,000 readings/s.
#include "core/ingest/CsvImport.h"
#include "core/store/Database.h"
#include "core/store/ReadingWriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>

#include <sys/resource.h>

#include <charconv>
#include <cstdio>
#include <string>
#include <vector>

using namespace eco;

namespace {

constexpr int kSites = 100;
const char* const kPollutants[] = {"a34004", "a34002", "a21026", "a21004", "a21005", "a05024"};
constexpr int kPollutantCount = 6;
constexpr std::int64_t kStart = 1717171200; // 2024-06-01T00:00:00+08:00

// Hour h, site s, pollutant p -> a value with some spread, so values are not all alike.
double valueOf(std::int64_t h, int s, int p) {
    return static_cast<double>((h * 7919 + s * 104729 + p * 1299709) % 100000) / 100.0;
}

// CPU seconds of this process: the machine is shared, so wall time alone can mislead.
double cpuSeconds() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

void report(const char* what, std::int64_t rows, double seconds, double cpu) {
    std::printf("%-56s %8lld rows %6.2f s wall %9.0f rows/s | %6.2f s cpu %9.0f rows/s\n", what,
                static_cast<long long>(rows), seconds, static_cast<double>(rows) / seconds, cpu,
                static_cast<double>(rows) / cpu);
    std::fflush(stdout);
}

void benchWriter(const QString& path, std::int64_t rows, bool timeMajor) {
    QFile::remove(path);
    auto db = store::Database::open(path);
    QElapsedTimer t;
    t.start();
    const double cpu0 = cpuSeconds();
    store::Transaction tx(db);
    store::ReadingWriter w(db);
    std::vector<std::int64_t> series;
    for (int s = 0; s < kSites; ++s)
        for (int p = 0; p < kPollutantCount; ++p)
            series.push_back(w.series(QStringLiteral("S%1").arg(s, 3, 10, QLatin1Char('0')),
                                      QString::fromLatin1(kPollutants[p]), model::Interval::Hour));
    const auto n = static_cast<std::int64_t>(series.size());
    const std::int64_t hours = (rows + n - 1) / n;
    std::int64_t done = 0;
    if (timeMajor) {
        for (std::int64_t h = 0; h < hours && done < rows; ++h)
            for (std::int64_t i = 0; i < n && done < rows; ++i, ++done)
                w.add(series[static_cast<size_t>(i)], kStart + h * 3600,
                      valueOf(h, static_cast<int>(i / kPollutantCount),
                              static_cast<int>(i % kPollutantCount)),
                      'N');
    } else {
        for (std::int64_t i = 0; i < n && done < rows; ++i)
            for (std::int64_t h = 0; h < hours && done < rows; ++h, ++done)
                w.add(series[static_cast<size_t>(i)], kStart + h * 3600,
                      valueOf(h, static_cast<int>(i / kPollutantCount),
                              static_cast<int>(i % kPollutantCount)),
                      'N');
    }
    tx.commit();
    report(timeMajor ? "(a) ReadingWriter, time-major (all series per hour)"
                     : "(a) ReadingWriter, series-major (one series at a time)",
           done, static_cast<double>(t.nsecsElapsed()) / 1e9, cpuSeconds() - cpu0);
}

// The CSV is written the way loggers export: hour by hour, every site and pollutant.
void writeCsv(const QString& sitesPath, const QString& readingsPath, std::int64_t rows) {
    QFile sites(sitesPath);
    if (!sites.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(sitesPath));
    sites.write("id,name,kind,lon,lat,district\n");
    for (int s = 0; s < kSites; ++s)
        sites.write(QStringLiteral("S%1,Station %1,micro,%2,%3,Bench\n")
                        .arg(s, 3, 10, QLatin1Char('0'))
                        .arg(104.0 + s * 0.001)
                        .arg(30.6 + s * 0.001)
                        .toUtf8());
    QFile out(readingsPath);
    if (!out.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(readingsPath));
    std::string buf = "source_id,pollutant,interval,time,value,flag\n";
    std::int64_t done = 0;
    char num[32];
    for (std::int64_t h = 0; done < rows; ++h) {
        const QByteArray time =
            QDateTime::fromSecsSinceEpoch(kStart + h * 3600, QTimeZone(8 * 3600))
                .toString(Qt::ISODate)
                .toUtf8();
        for (int s = 0; s < kSites && done < rows; ++s) {
            for (int p = 0; p < kPollutantCount && done < rows; ++p, ++done) {
                char site[8];
                std::snprintf(site, sizeof site, "S%03d", s);
                buf += site;
                buf += ',';
                buf += kPollutants[p];
                buf += ",hour,";
                buf.append(time.constData(), static_cast<size_t>(time.size()));
                buf += ',';
                const auto r = std::to_chars(num, num + sizeof num, valueOf(h, s, p));
                buf.append(num, r.ptr);
                buf += ",N\n";
            }
        }
        if (buf.size() > (1 << 20)) {
            out.write(buf.data(), static_cast<qint64>(buf.size()));
            buf.clear();
        }
    }
    out.write(buf.data(), static_cast<qint64>(buf.size()));
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    std::int64_t rows = 2'000'000;
    if (argc > 1)
        rows = std::stoll(argv[1]);
    QTemporaryDir dir;
    if (!dir.isValid())
        qFatal("no temporary directory");
    std::printf("bench_import: %lld readings, store in %s\n", static_cast<long long>(rows),
                qPrintable(dir.path()));

    benchWriter(dir.filePath(QStringLiteral("writer.db")), rows, true);
    benchWriter(dir.filePath(QStringLiteral("writer.db")), rows, false);

    const QString sites = dir.filePath(QStringLiteral("sites.csv"));
    const QString readings = dir.filePath(QStringLiteral("readings.csv"));
    QElapsedTimer gen;
    gen.start();
    writeCsv(sites, readings, rows);
    std::printf("generated %s: %.1f MB in %.2f s\n", qPrintable(readings),
                static_cast<double>(QFileInfo(readings).size()) / 1e6,
                static_cast<double>(gen.nsecsElapsed()) / 1e9);

    auto db = store::Database::open(dir.filePath(QStringLiteral("import.db")));
    const auto s = ingest::CsvImport::run(db, ingest::CsvKind::Sites, sites);
    if (!s.ok())
        qFatal("sites import failed: %s", qPrintable(s.fatal));
    double cpu0 = cpuSeconds();
    const auto first = ingest::CsvImport::run(db, ingest::CsvKind::Readings, readings);
    const double cpuFirst = cpuSeconds() - cpu0;
    if (!first.ok())
        qFatal("readings import failed: %s %s", qPrintable(first.fatal),
               qPrintable(first.issues.value(0)));
    report("(b) CSV import, new rows (parse + validate + store)", first.changed, first.seconds,
           cpuFirst);
    cpu0 = cpuSeconds();
    const auto second = ingest::CsvImport::run(db, ingest::CsvKind::Readings, readings);
    const double cpuSecond = cpuSeconds() - cpu0;
    if (!second.ok() || second.changed != 0)
        qFatal("re-import was not idempotent");
    report("(c) CSV import again, every row unchanged", second.unchanged, second.seconds,
           cpuSecond);
    std::printf("%s\n", qPrintable(first.summaryLine()));
    std::printf("%s\n", qPrintable(second.summaryLine()));
    return 0;
}
