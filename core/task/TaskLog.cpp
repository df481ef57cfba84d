#include "core/task/TaskLog.h"

#include "core/store/Database.h"
#include "core/task/BindText.h"
#include "core/task/CanonicalJson.h"
#include "core/task/EventHash.h"
#include "core/task/HybridClock.h"

#include <QJsonArray>

#include <map>

namespace eco::task {

namespace {

constexpr const char* kEventColumns =
    "id, task_id, seq, hlc, node, ts, actor, kind, payload, prev_hash, hash";

TaskEvent readEvent(const store::Statement& st) {
    TaskEvent e;
    e.id = st.text(0);
    e.taskId = st.text(1);
    e.seq = st.int64(2);
    e.hlc = st.int64(3);
    e.node = st.text(4);
    e.ts = st.int64(5);
    e.actor = st.text(6);
    e.kind = st.text(7);
    const auto p = st.textView(8);
    e.payload = QByteArray(p.data(), static_cast<qsizetype>(p.size()));
    e.prevHash = st.text(9);
    e.hash = st.text(10);
    return e;
}

void bindOptional(store::Statement& st, int index, const QString& s) {
    if (s.isEmpty())
        st.bindNull(index);
    else
        st.bind(index, s);
}

void bindOptional(store::Statement& st, int index, const std::optional<std::int64_t>& v) {
    if (v)
        st.bind(index, *v);
    else
        st.bindNull(index);
}

} // namespace

TaskLog::TaskLog(store::Database& db)
    : m_db(db),
      m_selectEvents(db.prepare(std::string("SELECT ") + kEventColumns +
                                " FROM task_events WHERE task_id=?1 ORDER BY hlc, node, id")),
      m_head(db.prepare("SELECT seq, hash FROM task_events WHERE task_id=?1 "
                        "ORDER BY hlc DESC, node DESC, id DESC LIMIT 1")),
      m_maxHlc(db.prepare("SELECT max(hlc) FROM task_events")),
      m_insert(db.prepare(std::string("INSERT INTO task_events(") + kEventColumns +
                          ") VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)")),
      m_upsertTask(db.prepare(
          "INSERT OR REPLACE INTO tasks(id,title,severity,state,district,clue_id,enterprise_id,"
          "outlet_id,team,officer,created_ts,dispatched_ts,deadline_ts,updated_ts,conclusion,"
          "event_count,head_hash) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,"
          "?17)")),
      m_insertAttachment(db.prepare("INSERT OR IGNORE INTO task_attachments(task_id,event_id,"
                                    "sha256,name,size) VALUES(?1,?2,?3,?4,?5)")) {}

std::vector<TaskEvent> TaskLog::events(const QString& taskId) const {
    auto& st = const_cast<store::Statement&>(m_selectEvents);
    st.reset();
    st.bind(1, taskId);
    std::vector<TaskEvent> out;
    while (st.step())
        out.push_back(readEvent(st));
    st.reset();
    return out;
}

QString TaskLog::nodeId(const std::function<QString()>& makeId) {
    if (m_node.isEmpty()) {
        m_node = m_db.meta(QStringLiteral("node_id"));
        if (m_node.isEmpty()) {
            m_node = makeId();
            m_db.setMeta(QStringLiteral("node_id"), m_node);
        }
    }
    return m_node;
}

TaskEvent TaskLog::append(const QString& eventId, const QString& taskId, const QString& actor,
                          const QString& kind, const QJsonObject& payload, std::int64_t nowMs) {
    TaskEvent e;
    e.id = eventId;
    e.taskId = taskId;
    e.actor = actor;
    e.kind = kind;
    e.payload = CanonicalJson::serialize(payload);
    e.node = m_node;
    e.ts = nowMs / 1000;

    m_head.reset();
    m_head.bind(1, taskId);
    if (m_head.step()) {
        e.seq = m_head.int64(0) + 1;
        e.prevHash = m_head.text(1);
    } else {
        e.seq = 1;
        e.prevHash = EventHash::genesis();
    }
    m_head.reset();

    m_maxHlc.reset();
    const std::int64_t last = m_maxHlc.step() && !m_maxHlc.isNull(0) ? m_maxHlc.int64(0) : 0;
    m_maxHlc.reset();
    e.hlc = HybridClock::tick(last, nowMs);
    e.hash = EventHash::compute(e);

    m_insert.reset();
    bindText(m_insert, 1, e.id);
    bindText(m_insert, 2, e.taskId);
    m_insert.bind(3, e.seq).bind(4, e.hlc);
    bindText(m_insert, 5, e.node);
    m_insert.bind(6, e.ts);
    bindText(m_insert, 7, e.actor);
    bindText(m_insert, 8, e.kind);
    m_insert.bind(
        9, std::string_view(e.payload.constData(), static_cast<std::size_t>(e.payload.size())));
    bindText(m_insert, 10, e.prevHash);
    bindText(m_insert, 11, e.hash);
    m_insert.execute();
    return e;
}

void TaskLog::writeSnapshot(const TaskSnapshot& s) {
    auto& st = m_upsertTask;
    st.reset();
    bindText(st, 1, s.id);
    bindText(st, 2, s.title);
    bindText(st, 3, toString(s.severity));
    bindText(st, 4, toString(s.state));
    bindText(st, 5, s.district);
    bindOptional(st, 6, s.clueId);
    bindOptional(st, 7, s.enterpriseId);
    bindOptional(st, 8, s.outletId);
    bindText(st, 9, s.team);
    bindText(st, 10, s.officer);
    st.bind(11, s.createdTs);
    bindOptional(st, 12, s.dispatchedTs);
    bindOptional(st, 13, s.deadlineTs);
    st.bind(14, s.updatedTs);
    bindText(st, 15, s.conclusion);
    st.bind(16, s.eventCount);
    bindText(st, 17, s.headHash);
    st.execute();
}

void TaskLog::recordAttachments(const TaskEvent& e) {
    if (!e.payload.contains("\"attachments\""))
        return;
    const QJsonObject p = CanonicalJson::parseObject(e.payload);
    for (const QJsonValue& v : p.value(QLatin1String("attachments")).toArray()) {
        const QJsonObject a = v.toObject();
        m_insertAttachment.reset();
        m_insertAttachment.bind(1, e.taskId).bind(2, e.id);
        bindText(m_insertAttachment, 3, a.value(QLatin1String("sha256")).toString());
        bindText(m_insertAttachment, 4, a.value(QLatin1String("name")).toString());
        m_insertAttachment.bind(
            5, static_cast<std::int64_t>(a.value(QLatin1String("size")).toDouble()));
        m_insertAttachment.execute();
    }
}

void TaskLog::rebuildCaches() {
    m_db.exec("DELETE FROM tasks; DELETE FROM task_attachments");
    auto st = m_db.prepare(std::string("SELECT ") + kEventColumns +
                           " FROM task_events ORDER BY task_id, hlc, node, id");
    std::vector<TaskEvent> group;
    const auto flush = [&] {
        if (group.empty())
            return;
        if (const auto snap = TaskFold::fold(group))
            writeSnapshot(*snap);
        for (const TaskEvent& e : group)
            recordAttachments(e);
        group.clear();
    };
    while (st.step()) {
        TaskEvent e = readEvent(st);
        if (!group.empty() && group.front().taskId != e.taskId)
            flush();
        group.push_back(std::move(e));
    }
    flush();
}

QStringList TaskLog::matchTaskIds(const QString& prefix) const {
    QStringList out;
    if (prefix.size() < 4)
        return out;
    auto st = m_db.prepare("SELECT DISTINCT task_id FROM task_events WHERE task_id >= ?1 AND "
                           "task_id < ?2 ORDER BY task_id LIMIT 5");
    st.bind(1, prefix).bind(2, prefix + QChar(0xFFFF));
    while (st.step())
        out << st.text(0);
    return out;
}

} // namespace eco::task
