// `ecosentry import KIND FILE --db PATH [--strict]` and
// `ecosentry import raster FILE --db PATH --kind satellite|drone|model --time T [--product P]`.
// Bad rows go to stderr as FILE:LINE: reason, the summary line to stdout. Exit codes: 0 all rows
// stored, 1 a row was rejected or the import failed, 2 usage error.
#include "app/CliOptions.h"
#include "app/Commands.h"

#include "core/ingest/CsvImport.h"
#include "core/ingest/RasterImporter.h"
#include "core/model/Time.h"
#include "core/store/Database.h"
#include "core/store/StoreError.h"

#include <QFileInfo>

#include <string>

#include <cstdio>

#include <unistd.h>

namespace eco::app {

namespace {

const char* kCommand = "import";

QString validKinds() {
    return ingest::csvKindNames().join(QStringLiteral(", ")) + QStringLiteral(", raster");
}

int runRasterImport(const CliOptions& opts, const QString& file) {
    if (opts.has(QStringLiteral("strict")))
        return usageError(kCommand, QStringLiteral("--strict applies to CSV kinds, not raster"));
    const QString kind = opts.value(QStringLiteral("kind"));
    if (kind.isEmpty())
        return usageError(kCommand, QStringLiteral("raster needs --kind satellite|drone|model"));
    if (kind != QLatin1String("satellite") && kind != QLatin1String("drone") &&
        kind != QLatin1String("model"))
        return usageError(kCommand, QStringLiteral("--kind '%1' is not one of satellite, drone, "
                                                   "model")
                                        .arg(kind));
    std::optional<std::int64_t> ts;
    if (opts.has(QStringLiteral("time"))) {
        ts = model::parseUserTime(opts.value(QStringLiteral("time")));
        if (!ts)
            return usageError(kCommand, QStringLiteral("--time '%1' is not a date or ISO 8601 "
                                                       "time")
                                            .arg(opts.value(QStringLiteral("time"))));
    } else {
        return usageError(kCommand, QStringLiteral("raster needs --time T (the time it shows)"));
    }
    try {
        auto db = store::Database::open(opts.dbPath());
        ingest::RasterImporter importer(db);
        const auto r = importer.import(file, kind, ts, opts.value(QStringLiteral("product")));
        if (!r.ok) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error));
            return 1;
        }
        const auto& rec = r.record;
        std::printf("%s: raster %dx%d, %d band(s), %s, bounds %.6f,%.6f,%.6f,%.6f, %d "
                    "overview(s)%s, stored as %s\n",
                    qPrintable(file), rec.width, rec.height, rec.bands,
                    qPrintable(rec.crs.left(40)), rec.west, rec.south, rec.east, rec.north,
                    rec.overviews, r.builtOverviews ? " (built now)" : "", qPrintable(rec.path));
        return 0;
    } catch (const store::StoreError& e) {
        return failure(kCommand, QString::fromUtf8(e.what()));
    }
}

int runCsvImport(const CliOptions& opts, ingest::CsvKind kind, const QString& file) {
    for (const char* rasterOnly : {"kind", "time", "product"})
        if (opts.has(QString::fromLatin1(rasterOnly)))
            return usageError(
                kCommand, QStringLiteral("--%1 applies to raster imports only").arg(rasterOnly));
    // Checked before the store is opened, so a typo in FILE does not create an empty store.
    if (!QFileInfo(file).isFile()) {
        std::fprintf(stderr, "%s: cannot read (no such file)\n", qPrintable(file));
        return 1;
    }
    try {
        auto db = store::Database::open(opts.dbPath());
        ingest::ImportOptions options;
        options.strict = opts.has(QStringLiteral("strict"));
        options.onIssue = [](const QString& line) {
            std::fprintf(stderr, "%s\n", qPrintable(line));
        };
        // A bar on a terminal only: logs and pipes get the summary line alone.
        const bool tty = isatty(fileno(stderr)) != 0;
        bool barShown = false;
        if (tty)
            options.onProgress = [&barShown, &file](double f) {
                const int width = 30;
                const int done = static_cast<int>(f * width);
                std::fprintf(stderr, "\r%s [%s%s] %3d%%", qPrintable(file),
                             std::string(static_cast<size_t>(done), '#').c_str(),
                             std::string(static_cast<size_t>(width - done), ' ').c_str(),
                             static_cast<int>(f * 100));
                barShown = true;
            };
        const auto issuePrinter = options.onIssue;
        options.onIssue = [&barShown, issuePrinter](const QString& line) {
            if (barShown) {
                std::fputs("\r\033[K", stderr);
                barShown = false;
            }
            issuePrinter(line);
        };
        const ingest::ImportSummary s = ingest::CsvImport::run(db, kind, file, options);
        if (barShown)
            std::fputs("\r\033[K", stderr);
        if (!s.fatal.isEmpty())
            std::fprintf(stderr, "%s\n", qPrintable(s.fatal));
        else if (s.rowsRead == 0)
            std::fprintf(stderr, "%s: header only, no data rows\n", qPrintable(s.file));
        std::printf("%s\n", qPrintable(s.summaryLine()));
        std::fflush(stdout);
        return s.exitCode();
    } catch (const store::StoreError& e) {
        return failure(kCommand, QString::fromUtf8(e.what()));
    }
}

} // namespace

int runImportCommand(const QStringList& args) {
    CliOptions opts({QStringLiteral("db"), QStringLiteral("kind"), QStringLiteral("time"),
                     QStringLiteral("product")},
                    {QStringLiteral("strict")});
    if (!opts.parse(args))
        return usageError(kCommand, opts.error());
    const QStringList pos = opts.positional();
    if (pos.isEmpty())
        return usageError(kCommand, QStringLiteral("missing KIND (one of %1)").arg(validKinds()));
    const QString kindName = pos.first();
    const bool raster = kindName == QLatin1String("raster");
    const auto kind = ingest::parseCsvKind(kindName.toStdString());
    if (!raster && !kind)
        return usageError(
            kCommand, QStringLiteral("unknown KIND '%1' (one of %2)").arg(kindName, validKinds()));
    if (pos.size() < 2)
        return usageError(kCommand, QStringLiteral("missing FILE after %1").arg(kindName));
    if (pos.size() > 2)
        return usageError(kCommand, QStringLiteral("unexpected argument '%1' (one FILE per "
                                                   "import)")
                                        .arg(pos[2]));
    const QString file = pos[1];
    return raster ? runRasterImport(opts, file) : runCsvImport(opts, *kind, file);
}

} // namespace eco::app
