#include "gui/models/callsmodel.h"

#include "core/util/showntext.h"

#include "gui/widgets/plaintext.h"

#include "gui/models/formatting.h"
#include "gui/models/modelroles.h"

#include "api/services/callsservice.h"
#include "api/transport/cdfclient.h"

#include <utility>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

CallsModel::CallsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int CallsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CallsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) // the tip: the whole title, when the column is narrow
        return {};
    switch (Column(section)) {
    case Id: return tr("Call id");
    case Status: return tr("Status");
    case Started: return tr("Started");
    case Ended: return tr("Ended");
    case Duration: return tr("Duration");
    case Trigger: return tr("Trigger");
    case Error: return tr("Error");
    case Version: return tr("Version");
    case ColumnCount: break;
    }
    return {};
}

QString CallsModel::triggerText(const FunctionCall &c) const
{
    if (!c.scheduleId)
        return tr("Manual");
    const QString name = m_scheduleNames.value(*c.scheduleId);
    return name.isEmpty() ? tr("Schedule %1").arg(*c.scheduleId) : name;
}

QVariant CallsModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::ToolTipRole) // names, descriptions and errors come from the server: never markup
        return plainToolTip(dataFor(index, role).toString());
    return dataFor(index, role);
}

QVariant CallsModel::dataFor(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const FunctionCall &c = m_rows.at(index.row());
    switch (role) {
    case IdRole: return c.id;
    case StatusRole: return toWire(c.status);
    case Qt::ToolTipRole:
        if (index.column() == Version && c.functionId != m_functionId && m_versions.contains(c.functionId))
            return tr("Version %1 (function %2), replaced by a redeploy: kept on this machine, CDF deleted it with its function.")
                .arg(m_versions.value(c.functionId))
                .arg(c.functionId);
        if (c.error)
            return shownText(c.error->message);
        return {};
    case Qt::DisplayRole:
    case RawRole: {
        const bool raw = role == RawRole;
        switch (Column(index.column())) {
        case Id: return raw ? QVariant(c.id) : QVariant(QString::number(c.id));
        case Status: return statusLabel(toWire(c.status));
        case Started: return raw ? QVariant(c.startTime) : QVariant(formatTimestamp(c.startTime));
        case Ended: return raw ? QVariant(c.endTime.value_or(0)) : QVariant(c.endTime ? formatTimestamp(*c.endTime) : QString());
        case Duration: return raw ? QVariant(c.durationMs().value_or(-1)) : QVariant(c.durationMs() ? formatDuration(*c.durationMs()) : QString());
        case Trigger: return triggerText(c);
        case Error: return c.error ? shownText(c.error->message.section(QLatin1Char('\n'), 0, 0)) : QString();
        case Version: {
            const int n = m_versions.value(c.functionId);
            if (raw)
                return n;
            return n == 0 ? QString() : c.functionId == m_functionId ? tr("v%1").arg(n) : tr("v%1 (replaced)").arg(n);
        }
        case ColumnCount: break;
        }
        return {};
    }
    default: return {};
    }
}

bool CallsModel::isFetching() const
{
    return m_pager && m_pager->isFetching();
}

bool CallsModel::hasMore() const
{
    return m_pager && m_pager->hasMore();
}

bool CallsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_pager && m_pager->hasMore() && !m_pager->isFetching();
}

void CallsModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        m_pager->fetchNext();
}

void CallsModel::setSource(api::CdfClient *client, qint64 functionId, const CallFilter &filter, int pageSize)
{
    ++m_generation;
    if (m_pager)
        m_pager->deleteLater();
    m_pager = nullptr;
    beginResetModel(); // a different function: nothing to keep
    m_rows.clear();
    m_rowById.clear();
    m_earlier.clear();
    m_versions.clear();
    endResetModel();
    m_client = client;
    m_functionId = functionId;
    m_filter = filter;
    m_filter.limit = pageSize;
    if (!client || !functionId)
        return;
    m_pager = new api::CallPager(client, functionId, m_filter, this);
    connect(m_pager, &api::CallPager::page, this, [this](const QList<FunctionCall> &items, bool more) {
        appendCalls(items);
        if (!more)
            appendEarlier();
        applySort();
        Q_EMIT pageLoaded(int(m_rows.size()), more);
    });
    connect(m_pager, &api::CallPager::failed, this, &CallsModel::fetchFailed);
    m_pager->fetchNext();
}

void CallsModel::appendCalls(const QList<FunctionCall> &calls)
{
    QList<FunctionCall> fresh;
    fresh.reserve(calls.size());
    for (const FunctionCall &c : calls)
        if (!m_rowById.contains(c.id))
            fresh << c;
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const FunctionCall &c : std::as_const(fresh)) {
        m_rowById.insert(c.id, int(m_rows.size()));
        m_rows << c;
    }
    endInsertRows();
}

void CallsModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    applySort();
}

void CallsModel::applySort()
{
    if (m_sortColumn < 0 || m_sortColumn >= ColumnCount || m_rows.size() < 2)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    ids.reserve(before.size());
    for (const QModelIndex &i : before)
        ids << m_rows.at(i.row()).id;
    const auto key = [this](const FunctionCall &c) -> qint64 {
        switch (Column(m_sortColumn)) {
        case Id: return c.id;
        case Status: return int(c.status);
        case Started: return c.startTime;
        case Ended: return c.endTime.value_or(0);
        case Duration: return c.durationMs().value_or(-1);
        case Trigger: return c.scheduleId.value_or(0);
        case Version: return m_versions.value(c.functionId);
        default: return 0;
        }
    };
    const bool asc = m_sortOrder == Qt::AscendingOrder;
    if (m_sortColumn == Error) {
        std::stable_sort(m_rows.begin(), m_rows.end(), [asc](const FunctionCall &a, const FunctionCall &b) {
            const QString &ea = a.error ? a.error->message : QString();
            const QString &eb = b.error ? b.error->message : QString();
            return asc ? ea < eb : eb < ea;
        });
    } else {
        // Keys once per row, then an index sort: no per-comparison work beyond two integers.
        QList<std::pair<qint64, int>> keyed;
        keyed.reserve(m_rows.size());
        for (int i = 0; i < m_rows.size(); ++i)
            keyed.append({key(m_rows[i]), i});
        std::stable_sort(keyed.begin(), keyed.end(), [asc](const auto &a, const auto &b) { return asc ? a.first < b.first : b.first < a.first; });
        QList<FunctionCall> sorted;
        sorted.reserve(m_rows.size());
        for (const auto &k : std::as_const(keyed))
            sorted.append(std::move(m_rows[k.second]));
        m_rows = std::move(sorted);
    }
    m_rowById.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows[i].id, i);
    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < before.size(); ++i)
        after << index(m_rowById.value(ids[i]), before[i].column());
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void CallsModel::refreshHead()
{
    if (!m_client || !m_functionId)
        return;
    CallFilter head = m_filter;
    head.cursor.reset();
    head.limit = 100;
    const int generation = m_generation;
    api::CallsService(m_client).list(m_functionId, head).then(this, [this, generation](const api::Pending<api::CallPage>::Result &r) {
        if (generation != m_generation || !r)
            return;
        QList<FunctionCall> newer;
        for (const FunctionCall &c : r->items) {
            const auto it = m_rowById.constFind(c.id);
            if (it == m_rowById.constEnd()) {
                newer << c;
                continue;
            }
            if (!(m_rows[*it] == c)) {
                m_rows[*it] = c;
                Q_EMIT dataChanged(index(*it, 0), index(*it, ColumnCount - 1));
            }
        }
        // Calls we have not seen are new: the head is the newest page of the same filter. Their ids
        // say nothing about their order, so they go in by start time (newest first), and the
        // user's sort, if any, is applied again.
        if (newer.isEmpty())
            return;
        std::stable_sort(newer.begin(), newer.end(), [](const FunctionCall &a, const FunctionCall &b) { return a.startTime > b.startTime; });
        beginInsertRows({}, 0, int(newer.size()) - 1);
        m_rows = newer + m_rows;
        m_rowById.clear();
        for (int i = 0; i < m_rows.size(); ++i)
            m_rowById.insert(m_rows[i].id, i);
        endInsertRows();
        applySort();
    });
}

void CallsModel::setVersions(const QHash<qint64, int> &numbers)
{
    m_versions = numbers;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Version), index(int(m_rows.size()) - 1, Version));
}

void CallsModel::setEarlierCalls(const QList<FunctionCall> &calls)
{
    m_earlier = calls;
    if (m_pager && !m_pager->hasMore() && !m_pager->isFetching()) { // the last page is in
        appendEarlier();
        applySort();
    }
}

void CallsModel::appendEarlier()
{
    if (m_earlier.isEmpty())
        return;
    const QList<FunctionCall> earlier = std::exchange(m_earlier, {});
    appendCalls(earlier);
}

void CallsModel::setScheduleNames(const QHash<qint64, QString> &names)
{
    m_scheduleNames = names;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Trigger), index(int(m_rows.size()) - 1, Trigger));
}

} // namespace fstudio::gui
