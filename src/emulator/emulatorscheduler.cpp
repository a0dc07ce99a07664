// The scheduler (due times kept in memory) and the demo data a first start may seed.
#include "emulator/emulatorserver.h"

#include "core/cron/cronexpression.h"
#include "core/packaging/deploysource.h"
#include "core/packaging/packageplan.h"
#include "core/packaging/packagewriter.h"
#include "core/python/handlerinspector.h"
#include "core/wire/jsonreader.h"
#include "emulator/sandbox.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSet>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <limits>
#include <memory>
#include <tuple>

#include <linux/magic.h>
#include <numeric>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <unistd.h>

namespace fstudio::emulator {

using namespace Qt::StringLiterals;

// The scheduler keeps each schedule's next due time in memory (m_dueAt), so a tick with nothing
// due reads nothing; schedules made by a request are planned when it commits, deleted ones are
// dropped when they come due. At most MaxRunsPerTick runs start in one tick (the rest start in
// the next ones, with their own scheduled times). A run whose writes the store refuses stays due.
void EmulatorServer::planSchedule(qint64 id, const QString &cronExpression, qint64 afterMs)
{
    const auto cron = CronExpression::parse(cronExpression);
    if (!cron)
        return;
    if (const auto next = cron->next(QDateTime::fromMSecsSinceEpoch(afterMs, Qt::UTC))) {
        const qint64 due = next->toMSecsSinceEpoch();
        if (const auto old = m_dueOf.constFind(id); old != m_dueOf.cend())
            m_dueAt[*old].remove(id);
        m_dueAt[due].insert(id);
        m_dueOf.insert(id, due);
    }
}

void EmulatorServer::unplanSchedule(qint64 id)
{
    if (const auto due = m_dueOf.constFind(id); due != m_dueOf.cend()) {
        if (auto at = m_dueAt.find(*due); at != m_dueAt.end()) {
            at->remove(id);
            if (at->isEmpty())
                m_dueAt.erase(at);
        }
        m_dueOf.remove(id);
    }
}

void EmulatorServer::planAllSchedules()
{
    m_dueAt.clear();
    m_dueOf.clear();
    for (const FunctionSchedule &s : m_store.schedules())
        planSchedule(s.id, s.cronExpression, m_store.scheduleLastFired(s.id));
}

void EmulatorServer::tickScheduler()
{
    if (m_shutdown)
        return;
    const qint64 now = m_clock->nowMs();
    const QDateTime nowDt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    int started = 0;
    while (!m_dueAt.isEmpty() && m_dueAt.firstKey() <= now && started < MaxRunsPerTick) {
        const qint64 dueKey = m_dueAt.firstKey();
        QSet<qint64> &ids = m_dueAt.first();
        if (ids.isEmpty()) {
            m_dueAt.erase(m_dueAt.begin());
            continue;
        }
        const qint64 id = *ids.begin();
        ids.remove(id);
        m_dueOf.remove(id);
        m_store.clearFailure();
        const auto s = m_store.schedule(id);
        if (!s && m_store.failure() != EmulatorStore::Failure::None) { // not readable now: still due
            m_dueAt[dueKey].insert(id);
            m_dueOf.insert(id, dueKey);
            return;
        }
        if (!s || !s->functionId)
            continue; // deleted
        const auto cron = CronExpression::parse(s->cronExpression);
        const qint64 last = m_store.scheduleLastFired(id);
        const auto next = cron ? cron->next(QDateTime::fromMSecsSinceEpoch(last, Qt::UTC)) : std::nullopt;
        if (!next || *next > nowDt) {
            planSchedule(id, s->cronExpression, last);
            continue;
        }
        // Several runs may be due if the clock jumped: fire only the latest one.
        QDateTime due = *next;
        for (int i = 0; i < 100000; ++i) {
            const auto after = cron->next(due);
            if (!after || *after > nowDt)
                break;
            due = *after;
        }
        if (!stored([&] {
                m_store.setScheduleLastFired(id, now);
                fireSchedule(*s, due, now);
            })) {
            m_dueAt[dueKey].insert(id); // still due: tried again next tick
            m_dueOf.insert(id, dueKey);
            return;
        }
        ++started;
        planSchedule(id, s->cronExpression, now);
    }
}

void EmulatorServer::fireSchedule(const FunctionSchedule &s, const QDateTime &due, qint64 now)
{
    const auto fn = m_store.function(*s.functionId);
    if (!fn || fn->function.status != FunctionStatus::Ready)
        return; // skipped: no call is recorded while the function is not Ready
    const auto session = m_store.session(s.sessionId.value_or(0));
    const bool revoked = session && session->session.status == u"REVOKED"_s;
    // A one-shot session is not refreshed: once the token it exchanged would have expired, a
    // schedule bound to it stops working (docs/cdf-api-notes.md §6).
    const bool oneShotOver = session && session->session.type == u"ONESHOT_TOKEN_EXCHANGE"_s
        && session->session.expirationTime.value_or(std::numeric_limits<qint64>::max()) <= now;
    const int running = m_store.runningCallCount(fn->function.id);
    const bool overCap = running >= m_config.maxRunningCallsPerFunction || runningCalls() >= m_config.maxRunningCalls;
    if (revoked || oneShotOver || overCap) {
        // As in CDF: the schedule stays, but its runs fail until it is made again with new
        // credentials; a run over the running-call caps is recorded as Failed, never dropped.
        FunctionCall c;
        c.id = m_store.nextId();
        c.functionId = fn->function.id;
        c.startTime = now;
        c.endTime = now;
        c.status = CallStatus::Failed;
        c.statusText = toWire(c.status);
        c.scheduleId = s.id;
        c.scheduledTime = due.toMSecsSinceEpoch();
        const QString capText = running >= m_config.maxRunningCallsPerFunction
            ? u"The scheduled run was not started: %1 calls of this function were running, the most it may run at once."_s.arg(running)
            : u"The scheduled run was not started: %1 calls were running in the project, the most that may run at once."_s.arg(runningCalls());
        c.error =
            ErrorDetail{overCap && !revoked && !oneShotOver ? capText
                            : revoked ? u"The schedule's session %1 was revoked, so the function was not called. Create the schedule again with "
                                        "valid credentials."_s.arg(session->session.id)
                                      : u"The schedule's session %1 has expired: a one-shot session (oneshotTokenExchange) is not refreshed, "
                                        "so the function was not called. Create the schedule again with client credentials or a token "
                                        "exchange session."_s.arg(session->session.id),
                        QString(), std::nullopt};
        m_store.putCall(c);
        return;
    }
    startCall(*fn, m_store.scheduleData(s.id).value_or(QJsonObject()), s.sessionId.value_or(0), s.id, due.toMSecsSinceEpoch());
}

void EmulatorServer::seedDemo()
{
    struct Demo
    {
        const char *name;
        const char *externalId;
        const char *description;
        QStringList files;
    };
    const QList<Demo> demos{
        {"hello-world", "demo-hello-world", "Greets whoever is named in the call data.", {u"handler.py"_s, u"requirements.txt"_s}},
        {"fails-with-trace", "demo-fails-with-trace", "Fails with ZeroDivisionError when called without values.", {u"handler.py"_s}},
        {"slow-logger", "demo-slow-logger", "Runs for about 30 seconds and prints a line every 2 seconds.", {u"handler.py"_s}},
    };
    const qint64 now = m_clock->nowMs();
    QHash<QString, qint64> ids;
    for (const Demo &d : demos) {
        const QString name = QLatin1StringView(d.name);
        const QString src = QDir(m_config.dataDir).filePath(u"tmp/demo/"_s + name);
        QDir(src).removeRecursively();
        QDir().mkpath(src);
        for (const QString &file : d.files) {
            QFile in(u":/emulator/demo/%1/%2"_s.arg(name, file));
            QFile out(src + u"/"_s + file);
            if (in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly))
                out.write(in.readAll());
        }
        FileMetadata file;
        file.id = m_store.nextId();
        file.name = name + u".zip"_s;
        file.externalId = QString::fromLatin1(d.externalId);
        file.createdTime = file.lastUpdatedTime = now;
        const auto written = PackageWriter::write(PackagePlanner::plan(src), filePath(file.id));
        if (!written)
            continue;
        file.uploaded = true;
        file.uploadedTime = now;
        m_store.putFile(file);
        Function f;
        f.id = m_store.nextId();
        f.createdTime = now - 3LL * 24 * 3600 * 1000;
        f.name = name;
        f.externalId = file.externalId;
        f.description = QString::fromLatin1(d.description);
        f.owner = u"demo@functions-studio"_s;
        f.status = FunctionStatus::Queued;
        f.statusText = toWire(f.status);
        f.fileId = file.id;
        f.cpu = m_config.limits.cpuCores.defaultValue;
        f.memory = m_config.limits.memoryGb.defaultValue;
        f.runtime = m_config.limits.runtimes.contains(u"py311"_s) ? u"py311"_s : m_config.limits.runtimes.value(0);
        f.metadata = StringMap{{u"team"_s, u"demo"_s}};
        m_store.putFunction(f, name == u"hello-world"_s ? StringMap{{u"api-key"_s, u"demo-secret"_s}} : StringMap());
        ids.insert(name, f.id);
        scheduleDeploy(f.id, 0);
    }

    // A schedule, and a few days of call history.
    Session session;
    session.id = m_store.nextId();
    session.status = u"ACTIVE"_s;
    session.type = u"CLIENT_CREDENTIALS"_s;
    m_store.putSession(session, u"demo"_s, now, m_config.clients.first().capabilities);
    FunctionSchedule schedule;
    schedule.id = m_store.nextId();
    schedule.name = u"hello every 15 minutes"_s;
    schedule.createdTime = now - 2LL * 24 * 3600 * 1000;
    schedule.cronExpression = u"*/15 * * * *"_s;
    schedule.when = CronExpression::parse(schedule.cronExpression)->describe();
    schedule.functionId = ids.value(u"hello-world"_s);
    schedule.sessionId = session.id;
    schedule.description = u"Greets the scheduler."_s;
    m_store.putSchedule(schedule, QJsonObject{{"name"_L1, u"scheduler"_s}}, now);
    // Two more, so the week view has something to show: a nightly run and weekday mornings (UTC).
    for (const auto &[name, cron, function, data] :
         {std::tuple{u"nightly report"_s, u"0 0 * * *"_s, u"slow-logger"_s, QJsonObject{{"steps"_L1, 3}, {"delay"_L1, 0.1}}},
          std::tuple{u"weekday morning hello"_s, u"30 6 * * 1-5"_s, u"hello-world"_s, QJsonObject{{"name"_L1, u"morning"_s}}}}) {
        FunctionSchedule extra = schedule;
        extra.id = m_store.nextId();
        extra.name = name;
        extra.cronExpression = cron;
        extra.when = CronExpression::parse(cron)->describe();
        extra.functionId = ids.value(function);
        extra.description.reset();
        m_store.putSchedule(extra, data, now);
    }

    QHash<qint64, qint64> lastCalled;
    m_store.transaction();
    for (int i = 0; i < 24; ++i) {
        const bool failing = i % 6 == 5;
        const qint64 fnId = failing ? ids.value(u"fails-with-trace"_s) : ids.value(u"hello-world"_s);
        FunctionCall c;
        c.id = m_store.nextId();
        c.functionId = fnId;
        c.startTime = now - (24 - i) * 3LL * 3600 * 1000;
        c.endTime = c.startTime + 400 + (i * 137) % 900;
        c.status = failing ? CallStatus::Failed : CallStatus::Completed;
        c.statusText = toWire(c.status);
        if (!failing && i % 2 == 0) {
            c.scheduleId = schedule.id;
            c.scheduledTime = c.startTime - 200;
        }
        if (failing)
            c.error = ErrorDetail{
                u"ZeroDivisionError: division by zero"_s,
                u"Traceback (most recent call last):\n  File \"handler.py\", line 11, in handle\n    return {\"average\": average(values)}\n"
                "  File \"handler.py\", line 5, in average\n    return sum(values) / len(values)\nZeroDivisionError: division by zero"_s,
                std::nullopt};
        m_store.putCall(c);
        lastCalled[fnId] = std::max(lastCalled.value(fnId), c.startTime);
        if (!failing)
            m_store.finishCall(c,
                               QJsonDocument(QJsonObject{{"greeting"_L1, u"Hello, world!"_s}, {"callId"_L1, c.id}}).toJson(QJsonDocument::Compact));
        m_store.appendLog(c.id, c.startTime + 50, failing ? u"Averaging 0 values"_s : u"Saying hello to world"_s);
    }
    m_store.commit();
    for (auto it = lastCalled.begin(); it != lastCalled.end(); ++it) {
        if (auto stored = m_store.function(it.key())) {
            Function f = stored->function;
            f.lastCalled = it.value();
            m_store.updateFunction(f);
        }
    }
    m_store.setMeta(u"demo_seeded"_s, u"1"_s);
}

} // namespace fstudio::emulator
