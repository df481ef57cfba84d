// `ecosentry ingest hj212 FILE|- --db PATH`: HJ 212 packets, one per line, into the store. Valid
// data is stored, every refused packet is quarantined with its reason and raw bytes and reported
// as FILE:LINE: reason. Commits every few thousand packets, so a crash keeps what was read; a
// failed commit rolls back only its own batch. Exit 0 when the file was read (even with
// quarantined packets), 1 when it could not be read or the store failed, 2 on usage errors.
#include "app/CliOptions.h"
#include "app/Commands.h"

#include "core/ingest/hj212/Hj212Rejection.h"
#include "core/ingest/hj212/LoggerDirectory.h"
#include "core/ingest/hj212/PacketIntake.h"
#include "core/ingest/hj212/PacketStore.h"
#include "core/store/Database.h"
#include "core/store/StoreError.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <map>
#include <optional>

namespace eco::app {

namespace {

using namespace eco::ingest::hj212;

constexpr int kBatch = 5000;

struct Summary {
    long long lines = 0;
    long long accepted = 0;
    long long withData = 0;
    long long readings = 0;
    long long partial = 0;
    long long oversize = 0;
    std::map<std::string, long long> quarantined;
    long long quarantinedTotal() const {
        long long n = 0;
        for (const auto& [k, v] : quarantined)
            n += v;
        return n;
    }
};

void printSummary(const QString& name, const Summary& s) {
    std::printf("%s: %lld packets, %lld accepted (%lld with data, %lld readings), %lld "
                "quarantined\n",
                qPrintable(name), s.lines, s.accepted, s.withData, s.readings,
                s.quarantinedTotal());
    for (const auto& [code, n] : s.quarantined)
        std::printf("  quarantined %s: %lld\n", code.c_str(), n);
    if (s.oversize > 0)
        std::printf("  warning: %lld packets longer than the standard's 1024 bytes (stored)\n",
                    s.oversize);
}

} // namespace

int runIngestCommand(const QStringList& args) {
    CliOptions opts({QStringLiteral("db")}, {});
    if (!opts.parse(args))
        return usageError("ingest", opts.error());
    const QStringList pos = opts.positional();
    if (pos.size() != 2 || pos[0] != QLatin1String("hj212"))
        return usageError("ingest",
                          QStringLiteral("usage: ecosentry ingest hj212 FILE|- --db PATH"));
    const QString path = pos[1];
    const bool fromStdin = path == QLatin1String("-");
    const QString name = fromStdin ? QStringLiteral("<stdin>") : path;

    QFile file;
    bool opened = false;
    if (fromStdin) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(path);
        opened = QFileInfo(path).isFile() && file.open(QIODevice::ReadOnly);
    }
    if (!opened)
        return failure("ingest",
                       QStringLiteral("%1: cannot read (%2)").arg(name, file.errorString()));

    const std::string origin = fromStdin ? "file:-" : "file:" + path.toStdString();
    Summary s;
    try {
        store::Database db = store::Database::open(opts.dbPath());
        PacketStore packetStore(db, LoggerDirectory::load(db));
        PacketIntake intake(packetStore);
        std::optional<store::Transaction> tx;
        tx.emplace(db);
        int inBatch = 0;
        long long lineNo = 0;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine();
            ++lineNo;
            std::string_view frame(line.constData(), static_cast<size_t>(line.size()));
            while (!frame.empty() && (frame.back() == '\n' || frame.back() == '\r' ||
                                      frame.back() == ' ' || frame.back() == '\t'))
                frame.remove_suffix(1);
            if (frame.empty())
                continue;
            ++s.lines;
            const auto r = intake.feed(frame, QDateTime::currentSecsSinceEpoch(), origin);
            switch (r.kind) {
            case IntakeResult::Kind::Stored:
                ++s.accepted;
                if (r.readings > 0)
                    ++s.withData;
                s.readings += r.readings;
                s.oversize += r.oversize ? 1 : 0;
                break;
            case IntakeResult::Kind::Partial:
                ++s.partial;
                break;
            case IntakeResult::Kind::Quarantined:
                ++s.quarantined[std::string(rejectCodeName(*r.rejected))];
                std::fprintf(stderr, "%s:%lld: %s: %s\n", qPrintable(name), lineNo,
                             std::string(rejectCodeName(*r.rejected)).c_str(), r.reason.c_str());
                break;
            }
            if (++inBatch >= kBatch) {
                packetStore.flushLog();
                tx->commit();
                tx.emplace(db);
                inBatch = 0;
            }
        }
        // The file is over: parts of split packets still waiting will never complete.
        const int incomplete = intake.expire(QDateTime::currentSecsSinceEpoch(), origin, true);
        if (incomplete > 0) {
            s.quarantined[std::string(rejectCodeName(RejectCode::SplitIncomplete))] += incomplete;
            std::fprintf(stderr, "%s: %d split packets incomplete at end of input\n",
                         qPrintable(name), incomplete);
        }
        packetStore.flushLog();
        tx->commit();
    } catch (const store::StoreError& e) {
        return failure("ingest", QString::fromUtf8(e.what()));
    }
    // A split packet's parts count once, as the whole packet.
    printSummary(name, s);
    return 0;
}

} // namespace eco::app
