#include "gui/models/schedulesmodel.h"

#include "core/util/showntext.h"

#include "gui/widgets/plaintext.h"

#include "gui/models/formatting.h"
#include "gui/models/modelroles.h"

#include <QApplication>
#include <QStyle>

#include <algorithm>

#include "core/cron/cronexpression.h"
#include "core/cron/localtimecron.h"
#include "core/cron/scheduleintent.h"

namespace fstudio::gui {

using namespace Qt::StringLiterals;

SchedulesModel::SchedulesModel(QObject *parent)
    : KeyedTableModel<FunctionSchedule>(parent)
{
}

int SchedulesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SchedulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) // the tip: the whole title, when the column is narrow
        return {};
    switch (Column(section)) {
    case Name: return tr("Name");
    case Function: return tr("Function");
    case Cron: return tr("Cron (UTC)");
    case When: return tr("When");
    case LocalTime: return tr("Local time");
    case NextLocal: return tr("Next run (%1)").arg(QString::fromUtf8(m_zone.value_or(QTimeZone::systemTimeZone()).id()));
    case NextUtc: return tr("Next run (UTC)");
    case LastRun: return tr("Last run");
    case Description: return tr("Description");
    case ColumnCount: break;
    }
    return {};
}

std::optional<QDateTime> SchedulesModel::nextRun(int row) const
{
    const auto cron = CronExpression::parse(m_rows.at(row).cronExpression);
    if (!cron)
        return std::nullopt;
    return cron->next(m_now.value_or(QDateTime::currentDateTimeUtc()));
}

QVariant SchedulesModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::ToolTipRole) // names, descriptions and errors come from the server: never markup
        return plainToolTip(dataFor(index, role).toString());
    return dataFor(index, role);
}

QVariant SchedulesModel::dataFor(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const FunctionSchedule &s = m_rows.at(index.row());
    if (role == IdRole)
        return s.id;
    if (role == FunctionIdRole)
        return s.functionId.value_or(0);
    const auto last = m_lastRuns.constFind(s.id);
    const bool hasLast = last != m_lastRuns.constEnd();
    if (index.column() == Name && (role == Qt::DecorationRole || role == Qt::ToolTipRole)) {
        const auto recent = m_recentRuns.constFind(s.id);
        if (recent != m_recentRuns.constEnd() && recent->isFailing()) {
            if (role == Qt::DecorationRole)
                return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
            return tr("%1\n%2 of its last %n run(s) failed or timed out.", nullptr, recent->runs).arg(shownText(s.name)).arg(recent->failures);
        }
    }
    if (role == StatusRole)
        return index.column() == LastRun && hasLast ? QVariant(toWire(last->status)) : QVariant();
    if (role != Qt::DisplayRole && role != RawRole && role != Qt::ToolTipRole)
        return {};
    if (index.column() == LastRun) {
        if (role == RawRole)
            return hasLast ? last->startTime : qint64(0);
        if (role == Qt::ToolTipRole) {
            if (m_unreadRuns.contains(s.id))
                return tr("The last run could not be read; Refresh tries again.");
            if (!hasLast)
                return m_answeredRuns.contains(s.id) ? tr("No scheduled call yet.") : QString();
            QString tip = tr("%1, started %2").arg(statusLabel(toWire(last->status)), formatTimestamp(last->startTime));
            if (last->error)
                tip += u"\n"_s + shownText(last->error->message);
            return tip;
        }
        if (hasLast)
            return formatTimestamp(last->startTime); // beside the status badge
        return m_unreadRuns.contains(s.id) ? tr("not read") : m_answeredRuns.contains(s.id) ? tr("none yet") : QString();
    }
    const bool raw = role == RawRole;
    if (role == Qt::ToolTipRole && (index.column() == NextLocal || index.column() == Cron)) {
        // Cron runs in UTC: say when daylight-saving time moves this schedule in local time.
        const auto cron = CronExpression::parse(s.cronExpression);
        if (!cron)
            return cron.error().toString();
        const QTimeZone zone = m_zone.value_or(QTimeZone::systemTimeZone());
        return LocalTimeCron::analyzeDrift(*cron, zone, m_now.value_or(QDateTime::currentDateTimeUtc()), 366).summary;
    }
    switch (Column(index.column())) {
    case Name: return role == RawRole ? s.name : shownText(s.name);
    case Function: {
        const QString n = s.functionId ? m_names.value(*s.functionId) : QString();
        const QString shown = n.isEmpty() ? (s.functionId ? QString::number(*s.functionId) : s.functionExternalId.value_or(QString())) : n;
        return role == RawRole ? shown : shownText(shown);
    }
    case Cron: return s.cronExpression;
    case When: {
        // Our own wording first: it is in the user's language (the server's "when" is English).
        const auto cron = CronExpression::parse(s.cronExpression);
        return cron ? cron->describe() : s.when;
    }
    case NextLocal:
    case NextUtc: {
        const auto next = nextRun(index.row());
        if (!next)
            return raw ? QVariant(qint64(0)) : QVariant(tr("invalid cron"));
        if (raw)
            return next->toMSecsSinceEpoch();
        return index.column() == NextUtc ? next->toString(u"yyyy-MM-dd HH:mm 'UTC'"_s)
                                         : (m_zone ? next->toTimeZone(*m_zone) : next->toLocalTime()).toString(u"yyyy-MM-dd HH:mm"_s);
    }
    case LocalTime: {
        const auto intent = ScheduleIntent::fromDescription(s.description.value_or(QString()));
        return intent && ScheduleIntent::matches(*intent, s.cronExpression, m_now.value_or(QDateTime::currentDateTimeUtc()).date())
            ? ScheduleIntent::describe(*intent)
            : QString();
    }
    case Description: return ScheduleIntent::withoutTag(s.description.value_or(QString()));
    case LastRun: // above
    case ColumnCount: break;
    }
    return {};
}

SchedulesModel::RecentRuns SchedulesModel::recentRunsOf(QList<FunctionCall> calls)
{
    calls.removeIf([](const FunctionCall &c) { return !isTerminal(c.status) || c.status == CallStatus::Unknown; });
    std::sort(calls.begin(), calls.end(), [](const FunctionCall &a, const FunctionCall &b) { return a.startTime > b.startTime; });
    RecentRuns r;
    for (const FunctionCall &c : std::as_const(calls)) {
        if (r.runs == RecentRunsKept)
            break;
        const bool failed = c.status == CallStatus::Failed || c.status == CallStatus::Timeout;
        if (r.runs == 0)
            r.newestFailed = failed;
        ++r.runs;
        r.failures += failed ? 1 : 0;
    }
    return r;
}

void SchedulesModel::setRecentRuns(const QHash<qint64, RecentRuns> &runs)
{
    if (runs == m_recentRuns)
        return;
    m_recentRuns = runs;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Name), index(int(m_rows.size()) - 1, Name));
}

bool SchedulesModel::isFailing(int row) const
{
    const auto r = m_recentRuns.constFind(m_rows.at(row).id);
    return r != m_recentRuns.constEnd() && r->isFailing();
}

void SchedulesModel::setSchedules(const QList<FunctionSchedule> &schedules)
{
    replaceRows(schedules, ColumnCount);
}

void SchedulesModel::setLastRuns(const QHash<qint64, FunctionCall> &calls, const QSet<qint64> &answered, const QSet<qint64> &unread)
{
    m_lastRuns = calls;
    m_answeredRuns = answered;
    m_unreadRuns = unread;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, LastRun), index(int(m_rows.size()) - 1, LastRun));
}

void SchedulesModel::setFunctionNames(const QHash<qint64, QString> &names)
{
    m_names = names;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Function), index(int(m_rows.size()) - 1, Function));
}

void SchedulesModel::setNow(const QDateTime &nowUtc)
{
    m_now = nowUtc;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, NextLocal), index(int(m_rows.size()) - 1, NextUtc));
}

void SchedulesModel::setLocalZone(const QTimeZone &zone)
{
    if (m_zone == zone)
        return;
    m_zone = zone;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, NextLocal, NextLocal);
}

} // namespace fstudio::gui
