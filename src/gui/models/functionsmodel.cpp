#include "gui/models/functionsmodel.h"

#include "core/util/showntext.h"

#include "gui/widgets/plaintext.h"
#include "gui/widgets/tones.h"

#include "gui/models/formatting.h"
#include "gui/models/modelroles.h"

#include <algorithm>

#include <QDateTime>
#include <QDir>
#include <QGuiApplication>
#include <QLocale>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

FunctionsModel::FunctionsModel(QObject *parent)
    : KeyedTableModel<Function>(parent)
{
}

int FunctionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FunctionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) // the tip: the whole title, when the column is narrow
        return {};
    switch (Column(section)) {
    case Name: return tr("Name");
    case ExternalId: return tr("External id");
    case Status: return tr("Status");
    case Runtime: return tr("Runtime");
    case Owner: return tr("Owner");
    case Created: return tr("Created");
    case LastCall: return tr("Last call");
    case ErrorRate: return tr("Error rate 24 h");
    case Cpu: return tr("CPU");
    case Memory: return tr("Memory (GB)");
    case LocalCode: return tr("Local code");
    case ColumnCount: break;
    }
    return {};
}

QVariant FunctionsModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::ToolTipRole) // names, descriptions and errors come from the server: never markup
        return plainToolTip(dataFor(index, role).toString());
    return dataFor(index, role);
}

QVariant FunctionsModel::dataFor(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Function &f = m_rows.at(index.row());
    switch (role) {
    case IdRole: return f.id;
    case StatusRole:
        if (index.column() == LastCall) {
            const auto c = m_calls.constFind(f.id);
            return c != m_calls.constEnd() && c->newest ? toWire(c->newest->status) : QString();
        }
        return f.statusText.isEmpty() ? toWire(f.status) : f.statusText;
    case ExternalIdRole: return f.externalId.value_or(QString());
    case Qt::ToolTipRole:
        if (index.column() == Status && f.error)
            return shownText(f.error->message);
        if (index.column() == LastCall || index.column() == ErrorRate) {
            const auto c = m_calls.constFind(f.id);
            if (c == m_calls.constEnd())
                return index.column() == LastCall && f.lastCalled ? tr("Last called %1").arg(formatTimestamp(*f.lastCalled)) : QString();
            if (index.column() == ErrorRate)
                return c->finished == 0
                    ? tr("No call finished in the last 24 hours.")
                    : tr("%1 of %n finished call(s) in the last 24 hours failed or timed out.", nullptr, c->finished).arg(c->failures);
            if (!c->newest)
                return tr("No call in the last 24 hours.");
            QString tip =
                tr("Call %1: %2, started %3").arg(c->newest->id).arg(statusLabel(toWire(c->newest->status)), formatTimestamp(c->newest->startTime));
            if (c->newest->error)
                tip += u"\n"_s + shownText(c->newest->error->message);
            return tip;
        }
        if (index.column() == LocalCode)
            if (const auto d = m_drift.constFind(f.id); d != m_drift.constEnd() && d->state != DriftState::Unknown) {
                const QString folder = QDir::toNativeSeparators(d->folder);
                switch (d->state) {
                case DriftState::Same: return tr("The folder %1 holds the deployed code.").arg(folder);
                case DriftState::Changed: return tr("The folder %1 changed since it was deployed: deploy a new version to run it.").arg(folder);
                case DriftState::NoHash: return tr("Deployed from %1, but the function has no code hash to compare with.").arg(folder);
                case DriftState::FolderGone: return tr("The folder %1 it was deployed from is gone.").arg(folder);
                case DriftState::Unreadable: return tr("The folder %1 could not be read: %2").arg(folder, d->detail);
                case DriftState::Unknown: break;
                }
            }
        return shownText(f.description.value_or(QString()));
    case Qt::TextAlignmentRole:
        if (index.column() == Cpu || index.column() == Memory || index.column() == ErrorRate)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ErrorRate)
            if (const auto c = m_calls.constFind(f.id); c != m_calls.constEnd() && c->failures > 0)
                return Tones::foreground(Tone::Negative, QGuiApplication::palette());
        return {};
    case Qt::DisplayRole:
    case RawRole: {
        const bool raw = role == RawRole;
        switch (Column(index.column())) {
        case Name: return raw ? f.name : shownText(f.name);
        case ExternalId: return raw ? f.externalId.value_or(QString()) : shownText(f.externalId.value_or(QString()));
        case Status: return statusLabel(f.statusText.isEmpty() ? toWire(f.status) : f.statusText);
        case Runtime: return f.runtimeVersion ? u"%1 (%2)"_s.arg(f.runtime.value_or(QString()), *f.runtimeVersion) : f.runtime.value_or(QString());
        case Owner: return raw ? f.owner.value_or(QString()) : shownText(f.owner.value_or(QString()));
        case Created: return raw ? QVariant(f.createdTime) : QVariant(formatTimestamp(f.createdTime));
        case LastCall: {
            const auto c = m_calls.constFind(f.id);
            const bool known = c != m_calls.constEnd() && c->newest;
            if (raw)
                return known ? c->newest->startTime : f.lastCalled.value_or(0);
            if (known)
                return formatAge(m_nowMs.value_or(QDateTime::currentMSecsSinceEpoch()) - c->newest->startTime); // beside the status badge
            return f.lastCalled ? formatTimestamp(*f.lastCalled) : QString();
        }
        case ErrorRate: {
            const auto c = m_calls.constFind(f.id);
            const bool known = c != m_calls.constEnd() && c->finished > 0;
            if (raw) // no finished call sorts below 0 %
                return known ? double(c->failures) / c->finished : -1.0;
            return known ? formatPercent(double(c->failures) / c->finished) : QString();
        }
        // The user's decimal separator, as the status bar and the deploy settings write numbers.
        case Cpu: return raw ? QVariant(f.cpu.value_or(0)) : QVariant(f.cpu ? QLocale().toString(*f.cpu) : QString());
        case Memory: return raw ? QVariant(f.memory.value_or(0)) : QVariant(f.memory ? QLocale().toString(*f.memory) : QString());
        case LocalCode: {
            const auto d = m_drift.constFind(f.id);
            return d == m_drift.constEnd() ? QString() : driftText(*d);
        }
        case ColumnCount: break;
        }
        return {};
    }
    default: return {};
    }
}

int FunctionsModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return i;
    return -1;
}

bool FunctionsModel::anyDeploying() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Function &f) { return f.isBuilding(); });
}

QString FunctionsModel::searchText(int row) const
{
    const Function &f = m_rows.at(row);
    return (f.name + QLatin1Char('\n') + f.externalId.value_or(QString()) + QLatin1Char('\n') + f.owner.value_or(QString()) + QLatin1Char('\n')
            + f.description.value_or(QString()))
        .toLower();
}

void FunctionsModel::setDrift(qint64 functionId, const DriftResult &drift)
{
    m_drift.insert(functionId, drift);
    if (const int row = rowOf(functionId); row >= 0)
        Q_EMIT dataChanged(index(row, LocalCode), index(row, LocalCode));
}

std::optional<DriftResult> FunctionsModel::drift(qint64 functionId) const
{
    const auto d = m_drift.constFind(functionId);
    return d == m_drift.constEnd() ? std::nullopt : std::optional<DriftResult>(*d);
}

void FunctionsModel::setCallSummary(qint64 functionId, const CallSummary &summary)
{
    const auto old = m_calls.constFind(functionId);
    if (old != m_calls.constEnd() && *old == summary)
        return;
    m_calls.insert(functionId, summary);
    if (const int row = rowOf(functionId); row >= 0)
        Q_EMIT dataChanged(index(row, LastCall), index(row, ErrorRate));
}

void FunctionsModel::clearCallSummaries()
{
    m_calls.clear();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, LastCall), index(int(m_rows.size()) - 1, ErrorRate));
}

void FunctionsModel::refreshAges()
{
    if (!m_rows.isEmpty() && !m_calls.isEmpty())
        Q_EMIT dataChanged(index(0, LastCall), index(int(m_rows.size()) - 1, LastCall), {Qt::DisplayRole});
}

void FunctionsModel::clear()
{
    m_drift.clear();
    m_calls.clear();
    if (m_rows.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_rows.size()) - 1);
    m_rows.clear();
    endRemoveRows();
}

void FunctionsModel::setFunctions(const QList<Function> &functions)
{
    replaceRows(functions, ColumnCount);
}

} // namespace fstudio::gui
