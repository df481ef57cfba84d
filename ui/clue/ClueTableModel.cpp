#include "ui/clue/ClueTableModel.h"

#include "core/clue/ClueRepository.h"
#include "core/model/Time.h"
#include "ui/clue/RuleNames.h"

#include <QBrush>
#include <QColor>

#include <stdexcept>

namespace eco::ui {

ClueTableModel::ClueTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ClueTableModel::setRepository(const clue::ClueRepository* repo) {
    m_repo = repo;
    reload();
}

void ClueTableModel::setFilter(const clue::ClueFilter& filter) {
    m_filter = filter;
    reload();
}

void ClueTableModel::reload() {
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    if (m_repo) {
        try {
            clue::CluePage page = m_repo->query(m_filter, 0, kPageSize);
            m_rows = std::move(page.rows);
            m_total = page.total;
        } catch (const std::exception& e) {
            endResetModel();
            emit queryFailed(QString::fromUtf8(e.what()));
            emit reloaded(0);
            return;
        }
    }
    endResetModel();
    emit reloaded(m_total);
}

const clue::ClueRow* ClueTableModel::rowAt(int row) const {
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return nullptr;
    return &m_rows[static_cast<std::size_t>(row)];
}

int ClueTableModel::rowOf(const QString& clueId) const {
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == clueId)
            return static_cast<int>(i);
    return -1;
}

int ClueTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ClueTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ClueTableModel::statusText(const QString& s) {
    if (s == QLatin1String(clue::status::kNew))
        return tr("new");
    if (s == QLatin1String(clue::status::kTasked))
        return tr("tasked");
    if (s == QLatin1String(clue::status::kReported))
        return tr("reported");
    if (s == QLatin1String(clue::status::kClosed))
        return tr("closed");
    if (s == QLatin1String(clue::status::kDismissed))
        return tr("dismissed");
    if (s == QLatin1String(clue::status::kMerged))
        return tr("merged");
    if (s == QLatin1String(clue::status::kJudged))
        return tr("judged");
    return s;
}

QString ClueTableModel::outcomeText(const QString& o) {
    if (o == QLatin1String("confirmed_violation"))
        return tr("confirmed violation");
    if (o == QLatin1String("data_quality_fault"))
        return tr("data-quality fault");
    if (o == QLatin1String("explained"))
        return tr("explained");
    if (o == QLatin1String("false_alarm"))
        return tr("false alarm");
    return o;
}

QColor ClueTableModel::statusColour(const clue::ClueRow& r) {
    const QString& s = r.status;
    if (s == QLatin1String(clue::status::kNew)) {
        if (r.severity >= 3)
            return QColor(0xfd, 0xe0, 0xdd);
        if (r.severity == 2)
            return QColor(0xfe, 0xed, 0xd6);
        return QColor(0xff, 0xfb, 0xe6);
    }
    if (s == QLatin1String(clue::status::kTasked) || s == QLatin1String(clue::status::kReported))
        return QColor(0xde, 0xeb, 0xf7);
    if (r.outcome == QLatin1String("confirmed_violation"))
        return QColor(0xe5, 0xd4, 0xf0);
    return QColor(0xee, 0xee, 0xee); // decided: dismissed, merged, judged, closed
}

QVariant ClueTableModel::data(const QModelIndex& index, int role) const {
    const clue::ClueRow* r = rowAt(index.row());
    if (!r)
        return {};
    if (role == ClueIdRole)
        return r->id;
    if (role == Qt::BackgroundRole)
        return QBrush(statusColour(*r));
    if (role == Qt::ForegroundRole && index.column() == Severity) {
        return QBrush(r->severity >= 3   ? QColor(0xb0, 0x00, 0x00)
                      : r->severity == 2 ? QColor(0xa0, 0x50, 0x00)
                                         : QColor(0x50, 0x50, 0x50));
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Severity || index.column() == Score || index.column() == Rule))
        return int(Qt::AlignCenter);
    if (role == Qt::ToolTipRole)
        return QStringLiteral("%1\n%2").arg(r->id, r->summary);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Severity:
        return QString(r->severity, QChar(0x25CF)); // ● per level
    case Rule:
        return r->rule;
    case Subject:
        return r->subjectName.isEmpty()
                   ? r->subjectId
                   : QStringLiteral("%1 (%2)").arg(r->subjectName, r->subjectId);
    case Start:
        return model::formatLocal(r->startTs);
    case End:
        return model::formatLocal(r->endTs);
    case Score:
        return QString::number(r->score, 'f', 2);
    case Status:
        return r->outcome.isEmpty()
                   ? statusText(r->status)
                   : QStringLiteral("%1 · %2").arg(statusText(r->status), outcomeText(r->outcome));
    case District:
        return r->district;
    case Industry:
        return industryName(r->industry);
    case Summary:
        return r->summary;
    default:
        return {};
    }
}

QVariant ClueTableModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case Severity:
        return tr("Severity");
    case Rule:
        return tr("Rule");
    case Subject:
        return tr("Subject");
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case Score:
        return tr("Score");
    case Status:
        return tr("Status");
    case District:
        return tr("District");
    case Industry:
        return tr("Industry");
    case Summary:
        return tr("Summary");
    default:
        return {};
    }
}

bool ClueTableModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_repo && static_cast<std::int64_t>(m_rows.size()) < m_total;
}

void ClueTableModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent))
        return;
    try {
        clue::CluePage page = m_repo->query(m_filter, static_cast<int>(m_rows.size()), kPageSize);
        if (page.rows.empty()) {
            m_total = static_cast<std::int64_t>(m_rows.size()); // the store changed under us
            return;
        }
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(page.rows.size()) - 1);
        for (auto& r : page.rows)
            m_rows.push_back(std::move(r));
        endInsertRows();
    } catch (const std::exception& e) {
        emit queryFailed(QString::fromUtf8(e.what()));
    }
}

void ClueTableModel::sort(int column, Qt::SortOrder order) {
    static constexpr clue::ClueSortKey kKeys[] = {
        clue::ClueSortKey::Severity, clue::ClueSortKey::Rule,     clue::ClueSortKey::Subject,
        clue::ClueSortKey::Start,    clue::ClueSortKey::End,      clue::ClueSortKey::Score,
        clue::ClueSortKey::Status,   clue::ClueSortKey::District, clue::ClueSortKey::Industry,
        clue::ClueSortKey::Start};
    if (column < 0 || column >= ColumnCount)
        return;
    m_filter.sort = kKeys[column];
    m_filter.descending = order == Qt::DescendingOrder;
    reload();
}

} // namespace eco::ui
