#include "core/ingest/CsvImport.h"

#include "core/ingest/CatalogImporters.h"
#include "core/ingest/CsvColumns.h"
#include "core/ingest/CsvReader.h"
#include "core/ingest/LidarImporter.h"
#include "core/ingest/PowerImporter.h"
#include "core/ingest/ReadingImporter.h"
#include "core/ingest/RowImporter.h"
#include "core/ingest/TrackImporter.h"
#include "core/store/Database.h"
#include "core/store/StoreError.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <array>
#include <utility>

namespace eco::ingest {

namespace {

constexpr std::array<std::pair<std::string_view, CsvKind>, 10> kKinds{{
    {"sites", CsvKind::Sites},
    {"enterprises", CsvKind::Enterprises},
    {"outlets", CsvKind::Outlets},
    {"limits", CsvKind::Limits},
    {"readings", CsvKind::Readings},
    {"power", CsvKind::Power},
    {"tracks", CsvKind::Tracks},
    {"lidar", CsvKind::Lidar},
    {"alerts", CsvKind::Alerts},
    {"measures", CsvKind::Measures},
}};

// The file's bytes: memory-mapped when possible (a multi-million-row readings file is read once,
// front to back), read into memory otherwise (empty files, pipes).
class FileBytes {
public:
    bool open(const QString& path, QString* error) {
        if (QFileInfo(path).isDir()) {
            *error = QStringLiteral("is a directory");
            return false;
        }
        m_file.setFileName(path);
        if (!m_file.open(QIODevice::ReadOnly)) {
            *error = m_file.errorString();
            return false;
        }
        const qint64 size = m_file.size();
        if (size > 0) {
            if (uchar* p = m_file.map(0, size)) {
                m_bytes = std::string_view(reinterpret_cast<const char*>(p),
                                           static_cast<std::size_t>(size));
                return true;
            }
        }
        m_copy = m_file.readAll();
        if (m_file.error() != QFileDevice::NoError) {
            *error = m_file.errorString();
            return false;
        }
        m_bytes = std::string_view(m_copy.constData(), static_cast<std::size_t>(m_copy.size()));
        return true;
    }
    std::string_view bytes() const { return m_bytes; }

private:
    QFile m_file;
    QByteArray m_copy;
    std::string_view m_bytes;
};

QString fromUtf8(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace

std::optional<CsvKind> parseCsvKind(std::string_view name) {
    for (const auto& [n, k] : kKinds)
        if (n == name)
            return k;
    return std::nullopt;
}

QStringList csvKindNames() {
    QStringList out;
    for (const auto& [n, k] : kKinds)
        out << fromUtf8(n);
    return out;
}

std::unique_ptr<RowImporter> makeRowImporter(CsvKind kind) {
    switch (kind) {
    case CsvKind::Sites:
        return std::make_unique<SiteImporter>();
    case CsvKind::Enterprises:
        return std::make_unique<EnterpriseImporter>();
    case CsvKind::Outlets:
        return std::make_unique<OutletImporter>();
    case CsvKind::Limits:
        return std::make_unique<LimitImporter>();
    case CsvKind::Readings:
        return std::make_unique<ReadingImporter>();
    case CsvKind::Power:
        return std::make_unique<PowerImporter>();
    case CsvKind::Tracks:
        return std::make_unique<TrackImporter>();
    case CsvKind::Lidar:
        return std::make_unique<LidarImporter>();
    case CsvKind::Alerts:
        return std::make_unique<AlertImporter>();
    case CsvKind::Measures:
        return std::make_unique<MeasureImporter>();
    }
    return nullptr;
}

ImportSummary CsvImport::run(store::Database& db, CsvKind kind, const QString& path,
                             const ImportOptions& options) {
    QElapsedTimer timer;
    timer.start();
    ImportSummary s;
    s.file = options.displayName.isEmpty() ? path : options.displayName;
    const auto issue = [&](int line, std::string_view reason) {
        const QString msg =
            s.file + u':' + QString::number(line) + QStringLiteral(": ") + fromUtf8(reason);
        if (s.issues.size() < ImportSummary::kMaxIssues)
            s.issues << msg;
        if (options.onIssue)
            options.onIssue(msg);
    };
    const auto fail = [&](const QString& message) {
        s.fatal = message;
        s.changed = s.unchanged = 0;
        s.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        return s;
    };
    const auto abortStrict = [&](int line) {
        s.aborted = true;
        return fail(s.file + QStringLiteral(": --strict: stopped at line %1; nothing of this file "
                                            "was stored")
                                 .arg(line));
    };

    FileBytes file;
    QString error;
    if (!file.open(path, &error))
        return fail(s.file + QStringLiteral(": cannot read (") + error + u')');
    CsvReader reader(file.bytes());
    CsvRecord record;
    if (!reader.next(record))
        return fail(s.file + QStringLiteral(": empty file (no header row)"));
    std::string headerError;
    const auto columns = CsvColumns::fromHeader(record, &headerError);
    if (!columns)
        return fail(s.file + u':' + QString::number(record.line) + QStringLiteral(": header: ") +
                    fromUtf8(headerError));
    const std::unique_ptr<RowImporter> importer = makeRowImporter(kind);
    QStringList missing;
    QStringList expected;
    for (const ColumnSpec& spec : importer->columns()) {
        expected << fromUtf8(spec.name);
        if (spec.required && !columns->column(spec.name).present())
            missing << fromUtf8(spec.name);
    }
    if (!missing.isEmpty())
        return fail(
            s.file + u':' + QString::number(record.line) +
            QStringLiteral(": header: missing column(s) %1 (columns: %2)")
                .arg(missing.join(QStringLiteral(", ")), expected.join(QStringLiteral(", "))));
    const auto width = static_cast<std::size_t>(columns->count());

    try {
        store::Transaction tx(db);
        importer->begin(db, *columns);
        const bool savepoints = importer->rowSavepoints();
        while (reader.next(record)) {
            ++s.rowsRead;
            if (options.onProgress && (s.rowsRead & 0xFFFF) == 0)
                options.onProgress(static_cast<double>(reader.position()) /
                                   static_cast<double>(reader.size()));
            std::string reason(record.error);
            if (reason.empty() && record.fields.size() != width)
                reason = (record.fields.size() < width ? "too few fields (" : "too many fields (") +
                         std::to_string(record.fields.size()) + ", the header has " +
                         std::to_string(width) + ")";
            RowOutcome outcome = RowOutcome::Unchanged;
            if (reason.empty()) {
                try {
                    const RowFields row(record);
                    if (savepoints) {
                        store::Savepoint sp(db, "import_row");
                        outcome = importer->importRow(row);
                        sp.release();
                    } else {
                        outcome = importer->importRow(row);
                    }
                } catch (const RowError& e) {
                    reason = e.what();
                } catch (const store::StoreError& e) {
                    if (!savepoints)
                        throw;
                    reason = std::string("the store refused the row: ") + e.what();
                }
            }
            if (!reason.empty()) {
                ++s.rejected;
                issue(record.line, reason);
                if (options.strict) {
                    tx.rollback();
                    return abortStrict(record.line);
                }
                continue;
            }
            if (outcome == RowOutcome::Changed)
                ++s.changed;
            else if (outcome == RowOutcome::Unchanged)
                ++s.unchanged;
        }
        const DeferredOutcome deferred = importer->finish();
        s.changed += deferred.changed;
        s.unchanged += deferred.unchanged;
        for (const RowRejection& r : deferred.rejected) {
            ++s.rejected;
            issue(r.line, r.reason);
            if (options.strict) {
                tx.rollback();
                return abortStrict(r.line);
            }
        }
        tx.commit();
    } catch (const std::exception& e) {
        return fail(s.file + QStringLiteral(": import failed, nothing of this file was stored (") +
                    QString::fromUtf8(e.what()) + u')');
    }
    s.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return s;
}

} // namespace eco::ingest
