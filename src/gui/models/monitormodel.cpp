#include "gui/models/monitormodel.h"

#include "gui/models/formatting.h"
#include "gui/models/modelroles.h"
#include "gui/widgets/plaintext.h"
#include "gui/widgets/tones.h"

#include "core/util/showntext.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

MonitorModel::MonitorModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int MonitorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MonitorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MonitorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case ErrorRate: return tr("Failed and timed-out calls of those that finished in the window");
        case P50: return tr("Half of the finished calls took at most this long");
        case P95: return tr("95 % of the finished calls took at most this long");
        case Activity: return tr("Calls over the window, by status; a line marks a redeploy");
        case Version: return tr("The deployed version, and the earlier ones whose calls the figures include");
        default: break;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(section)) {
    case Name: return tr("Function");
    case Calls: return tr("Calls");
    case Failed: return tr("Failed");
    case Timeouts: return tr("Timeouts");
    case ErrorRate: return tr("Error rate");
    case P50: return tr("p50");
    case P95: return tr("p95");
    case Max: return tr("Max");
    case Activity: return tr("Activity");
    case LastCall: return tr("Last call");
    case Version: return tr("Version");
    case ColumnCount: break;
    }
    return {};
}

QVariant MonitorModel::display(const Row &r, int column, bool raw) const
{
    const CallStats &s = r.stats;
    const bool known = r.reading != Reading::NotYet;
    const auto duration = [raw](const std::optional<qint64> &ms) -> QVariant {
        if (raw)
            return ms.value_or(-1);
        return ms ? formatDuration(*ms) : QString();
    };
    const auto count = [raw, known](int n) -> QVariant {
        if (raw)
            return known ? n : -1;
        return known ? QLocale().toString(n) : QString();
    };
    switch (Column(column)) {
    case Name: return raw ? r.name : shownText(r.name);
    case Calls: return count(s.calls);
    case Failed: return count(s.failed);
    case Timeouts: return count(s.timeouts);
    case ErrorRate: {
        const auto rate = s.errorRate();
        if (raw) // worst first: the rate, then the number of failures; no finished call below 0 %
            return rate ? *rate * 1e9 + (s.failed + s.timeouts) : -1.0;
        return rate ? formatPercent(*rate) : QString();
    }
    case P50: return duration(s.p50Ms);
    case P95: return duration(s.p95Ms);
    case Max: return duration(s.maxMs);
    case Activity: return raw ? QVariant(s.calls) : QVariant();
    case LastCall:
        if (raw)
            return s.newest ? s.newest->startTime : qint64(0);
        return s.newest ? formatAge(m_nowMs.value_or(QDateTime::currentMSecsSinceEpoch()) - s.newest->startTime) : QString();
    case Version: {
        const VersionCalls *current = nullptr;
        const VersionCalls *oldest = nullptr;
        for (const VersionCalls &v : r.versions) {
            if (v.current)
                current = &v;
            else if (v.calls > 0 && !oldest)
                oldest = &v;
        }
        if (!current)
            return raw ? QVariant(0) : QVariant(QString());
        if (raw)
            return current->number;
        return oldest ? tr("v%1–v%2").arg(oldest->number).arg(current->number) : tr("v%1").arg(current->number);
    }
    case ColumnCount: break;
    }
    return {};
}

QVariant MonitorModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(r, index.column(), false);
    case RawRole: return display(r, index.column(), true);
    case IdRole:
    case FunctionIdRole: return r.functionId;
    case StatsRole: return QVariant::fromValue(r.stats);
    case VersionStartsRole: {
        QList<qint64> starts;
        for (qsizetype i = 1; i < r.versions.size(); ++i)
            starts << r.versions[i].createdTime;
        return QVariant::fromValue(starts);
    }
    case StatusRole: return index.column() == LastCall && r.stats.newest ? toWire(r.stats.newest->status) : QString();
    case Qt::TextAlignmentRole:
        if (index.column() != Name && index.column() != Activity && index.column() != LastCall && index.column() != Version)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if ((index.column() == Failed && r.stats.failed > 0) || (index.column() == Timeouts && r.stats.timeouts > 0)
            || (index.column() == ErrorRate && r.stats.failed + r.stats.timeouts > 0))
            return Tones::foreground(Tone::Negative, QGuiApplication::palette());
        return {};
    case Qt::ToolTipRole: {
        QStringList lines;
        lines << shownText(r.name);
        if (!r.externalId.isEmpty())
            lines << tr("External id: %1").arg(shownText(r.externalId));
        if (r.reading == Reading::NotYet)
            lines << tr("Its calls are being read.");
        else if (r.reading == Reading::Partly)
            lines << tr("Its calls are being read: the figures so far.");
        if (r.truncated)
            lines << tr("Only its newest %L1 calls were read: the figures cover part of the window.").arg(r.stats.calls);
        if (index.column() == LastCall && r.stats.newest) {
            lines << tr("Call %1: %2, started %3")
                         .arg(r.stats.newest->id)
                         .arg(statusLabel(toWire(r.stats.newest->status)), formatTimestamp(r.stats.newest->startTime));
            if (r.stats.newest->error)
                lines << shownText(r.stats.newest->error->message);
        }
        if (index.column() == ErrorRate && r.stats.finished() > 0)
            lines << tr("%1 of %n finished call(s) failed or timed out.", nullptr, r.stats.finished()).arg(r.stats.failed + r.stats.timeouts);
        if (index.column() == Activity && r.stats.running > 0)
            lines << tr("%n running", nullptr, r.stats.running);
        if ((index.column() == Version || index.column() == Activity) && r.versions.size() > 1) {
            lines << tr("Versions (a redeploy gives the function a new id; CDF deletes the calls of the old one, the app kept them):");
            for (const VersionCalls &v : r.versions) {
                const QString line = tr("v%1: function %2, deployed %3, %n call(s) in the window", nullptr, v.calls)
                                         .arg(v.number)
                                         .arg(v.functionId)
                                         .arg(formatTimestamp(v.createdTime));
                lines << (v.current ? tr("%1 (deployed now)").arg(line) : line);
            }
        }
        return plainToolTip(lines.join(u'\n'));
    }
    default: return {};
    }
}

int MonitorModel::rowOf(qint64 functionId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].functionId == functionId)
            return i;
    return -1;
}

void MonitorModel::setFunctions(const QList<Function> &functions)
{
    QSet<qint64> keep;
    for (const Function &f : functions)
        keep.insert(f.id);
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (keep.contains(m_rows[i].functionId))
            continue;
        beginRemoveRows({}, i, i);
        m_rows.removeAt(i);
        endRemoveRows();
    }
    for (const Function &f : functions) {
        const int row = rowOf(f.id);
        if (row >= 0) {
            if (m_rows[row].name != f.name || m_rows[row].externalId != f.externalId.value_or(QString())) {
                m_rows[row].name = f.name;
                m_rows[row].externalId = f.externalId.value_or(QString());
                Q_EMIT dataChanged(index(row, Name), index(row, Name));
            }
            continue;
        }
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows << Row{f.id, f.name, f.externalId.value_or(QString()), {}, Reading::NotYet, false, {}};
        endInsertRows();
    }
}

void MonitorModel::setStats(qint64 functionId, const CallStats &stats, Reading reading, bool truncated)
{
    const int row = rowOf(functionId);
    if (row < 0)
        return;
    Row &r = m_rows[row];
    r.stats = stats;
    r.reading = reading;
    r.truncated = truncated;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void MonitorModel::setVersions(qint64 functionId, const QList<VersionCalls> &versions)
{
    const int row = rowOf(functionId);
    if (row < 0)
        return;
    const auto same = [](const VersionCalls &a, const VersionCalls &b) {
        return a.number == b.number && a.functionId == b.functionId && a.createdTime == b.createdTime && a.calls == b.calls && a.current == b.current;
    };
    Row &r = m_rows[row];
    if (std::equal(r.versions.begin(), r.versions.end(), versions.begin(), versions.end(), same))
        return;
    r.versions = versions;
    Q_EMIT dataChanged(index(row, Activity), index(row, Version));
}

void MonitorModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

} // namespace fstudio::gui
