#include "core/task/ChainVerifier.h"

#include "core/store/Database.h"
#include "core/task/AttachmentStore.h"
#include "core/task/CanonicalJson.h"
#include "core/task/EventHash.h"
#include "core/task/Sha256.h"
#include "core/task/TaskTypes.h"

#include <QJsonArray>

#include <algorithm>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>

namespace eco::task {

QString ChainProblem::toText() const {
    if (eventId.isEmpty())
        return QStringLiteral("task %1: %2").arg(taskId, what);
    return QStringLiteral("task %1 event %2 (seq %3): %4").arg(taskId, eventId).arg(seq).arg(what);
}

namespace {

bool isKnownKind(std::string_view kind) {
    static constexpr std::string_view kKinds[] = {
        "created",  "dispatched", "accepted", "arrived",   "site_verified",
        "reported", "closed",     "reopened", "cancelled", "commented"};
    return std::find(std::begin(kKinds), std::end(kKinds), kind) != std::end(kKinds);
}

struct Head {
    std::int64_t count = 0;
    QString hash;
};

} // namespace

ChainReport ChainVerifier::verify(const store::Database& db, const AttachmentStore& files,
                                  Options options) {
    // The fast path works on SQLite's UTF-8 bytes directly; QStrings are made only to report.
    // A task's chain is a tree since replicas merge (DESIGN.md section 8): every event names the
    // head its writer saw (prev_hash) and sits one level below it (seq). Rows come in seq order,
    // so each event's parent level is complete when the event is read.
    ChainReport report;
    std::vector<std::pair<std::string, Head>> heads; // in task_id order, as read

    auto st = db.prepare("SELECT id, task_id, seq, hlc, node, ts, actor, kind, payload, "
                         "prev_hash, hash FROM task_events ORDER BY task_id, seq, hlc, node, id");
    struct Seen {
        std::int64_t seq = 0;
        std::int64_t hlc = 0;
    };
    std::unordered_map<std::string, Seen> byHash; // this task's events so far
    std::unordered_map<std::int64_t, std::int64_t> perLevel;
    struct MergeKey {
        std::int64_t hlc = 0;
        std::string node, id, hash;
    };
    MergeKey head;
    std::string currentTask;
    const std::string genesis(64, '0');
    QByteArray scratch;
    Sha256 sha;
    char computed[64];
    EventBytes e;
    std::string_view storedHash;
    const auto str = [](std::string_view v) {
        return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size()));
    };
    const auto problem = [&](const QString& what) {
        report.problems.push_back({str(e.taskId), str(e.id), e.seq, what});
    };
    const auto closeTask = [&] {
        if (!heads.empty())
            heads.back().second.hash = QString::fromLatin1(head.hash);
    };

    while (st.step()) {
        e.id = st.textView(0);
        e.taskId = st.textView(1);
        e.seq = st.int64(2);
        e.hlc = st.int64(3);
        e.node = st.textView(4);
        e.ts = st.int64(5);
        e.actor = st.textView(6);
        e.kind = st.textView(7);
        e.payload = st.textView(8);
        e.prevHash = st.textView(9);
        storedHash = st.textView(10);
        if (e.taskId != currentTask) {
            closeTask();
            currentTask.assign(e.taskId);
            byHash.clear();
            perLevel.clear();
            head = MergeKey{};
            heads.emplace_back(currentTask, Head{});
        }
        ++report.events;

        EventHash::compute(e, scratch, sha, computed);
        if (storedHash != std::string_view(computed, 64))
            problem(QStringLiteral("hash mismatch: the event was changed after it was written "
                                   "(stored %1, computed %2)")
                        .arg(str(storedHash), QString::fromLatin1(computed, 64)));
        if (e.seq < 1) {
            problem(QStringLiteral("seq %1 out of order").arg(e.seq));
        } else if (e.seq == 1) {
            if (e.prevHash != genesis)
                problem(QStringLiteral("prev_hash is not the genesis value: events before it "
                                       "were deleted or it was inserted"));
        } else if (perLevel.find(e.seq - 1) == perLevel.end()) {
            problem(QStringLiteral("seq %1 is missing: an event was deleted").arg(e.seq - 1));
        } else {
            const auto parent = byHash.find(std::string(e.prevHash));
            if (parent == byHash.end() || parent->second.seq != e.seq - 1)
                problem(QStringLiteral("prev_hash does not match the hash of seq %1: an event "
                                       "was inserted, deleted or reordered here")
                            .arg(e.seq - 1));
            else if (parent->second.hlc >= e.hlc)
                problem(QStringLiteral("hlc %1 is not after the event it follows (%2): events "
                                       "were reordered")
                            .arg(e.hlc)
                            .arg(parent->second.hlc));
        }
        if (e.seq == 1 && e.kind != "created")
            problem(QStringLiteral("the chain does not start with a 'created' event"));
        else if (e.kind == "created" && (e.seq != 1 || perLevel[1] > 0))
            problem(QStringLiteral("a second 'created' event"));
        if (!isKnownKind(e.kind))
            problem(QStringLiteral("unknown event kind '%1'").arg(str(e.kind)));
        const QByteArray payload =
            QByteArray::fromRawData(e.payload.data(), static_cast<qsizetype>(e.payload.size()));
        if (options.checkCanonicalPayloads && !CanonicalJson::isCanonicalObject(payload))
            problem(QStringLiteral("payload is not canonical JSON"));
        if (payload.contains("\"attachments\"")) {
            const QJsonObject obj = CanonicalJson::parseObject(payload);
            for (const QJsonValue& v : obj.value(QLatin1String("attachments")).toArray()) {
                const QString sha = v.toObject().value(QLatin1String("sha256")).toString();
                ++report.attachments;
                if (!EventHash::isHexDigest(sha)) {
                    problem(QStringLiteral("attachment with a malformed sha256 '%1'").arg(sha));
                    continue;
                }
                if (options.checkAttachments) {
                    const QString err = files.check(sha);
                    if (!err.isEmpty())
                        problem(err);
                }
            }
        }

        byHash.emplace(std::string(storedHash), Seen{e.seq, e.hlc});
        ++perLevel[e.seq];
        // The head is the last event in merge order (hlc, node, id), as TaskFold says.
        const bool later =
            heads.back().second.count == 0 || e.hlc > head.hlc ||
            (e.hlc == head.hlc &&
             (e.node > head.node || (e.node == head.node && e.id > std::string_view(head.id))));
        if (later)
            head = MergeKey{e.hlc, std::string(e.node), std::string(e.id), std::string(storedHash)};
        ++heads.back().second.count;
    }
    closeTask();
    report.tasks = static_cast<std::int64_t>(heads.size());

    // The cache must agree with the chains; a deleted last event shows up here.
    std::map<QString, Head> cached;
    {
        auto cache = db.prepare("SELECT id, event_count, head_hash FROM tasks");
        while (cache.step())
            cached[cache.text(0)] = Head{cache.int64(1), cache.text(2)};
    }
    QByteArray all;
    for (const auto& [taskUtf8, head] : heads) {
        const QString task = QString::fromStdString(taskUtf8);
        all += QByteArray::fromStdString(taskUtf8) + ':' + head.hash.toLatin1() + '\n';
        const auto it = cached.find(task);
        if (it == cached.end()) {
            report.problems.push_back(
                {task, {}, 0, QStringLiteral("no row in the tasks cache for this chain")});
            continue;
        }
        if (it->second.count != head.count || it->second.hash != head.hash)
            report.problems.push_back(
                {task,
                 {},
                 0,
                 QStringLiteral("the tasks cache records %1 events ending in %2, the chain has "
                                "%3 ending in %4: events were deleted or added outside the "
                                "program")
                     .arg(it->second.count)
                     .arg(it->second.hash.left(12))
                     .arg(head.count)
                     .arg(head.hash.left(12))});
        cached.erase(it);
    }
    for (const auto& [task, head] : cached)
        report.problems.push_back(
            {task,
             {},
             0,
             QStringLiteral("the tasks cache lists %1 events but the log has none: the chain "
                            "was deleted")
                 .arg(head.count)});
    report.headsDigest = EventHash::sha256Hex(all);
    return report;
}

} // namespace eco::task
