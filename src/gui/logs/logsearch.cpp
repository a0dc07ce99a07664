#include "gui/logs/logsearch.h"

#include "gui/logs/logcache.h"

#include "api/services/callsservice.h"
#include "api/transport/cdfclient.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

namespace {
struct Outcome
{
    bool found = false; // in the cache (or read: always)
    QList<LogSearch::Hit> hits;
};

QString shortened(const QByteArray &utf8)
{
    QString s = QString::fromUtf8(utf8);
    if (s.size() > LogSearch::MaxLineChars)
        s = s.left(LogSearch::MaxLineChars) + u'…';
    return s;
}
} // namespace

LogSearch::LogSearch(QObject *parent)
    : QObject(parent)
    , m_stop(std::make_shared<std::atomic<bool>>(false))
{
}

LogSearch::~LogSearch()
{
    m_stop->store(true);
}

QList<LogSearch::Hit> LogSearch::match(const FunctionCall &call, const QByteArray &logs, const LogQuery &query, bool *readable)
{
    QList<Hit> hits;
    const QJsonDocument doc = QJsonDocument::fromJson(logs);
    if (readable)
        *readable = doc.isObject();
    const QJsonArray items = doc.object().value("items"_L1).toArray();
    // The lines as the log panel numbers them (LogModel::append): a message with line breaks is
    // several lines, a trailing break is none.
    std::vector<std::pair<QByteArray, std::optional<qint64>>> lines;
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        const std::optional<qint64> t = o.contains("timestamp"_L1) ? std::optional<qint64>(o.value("timestamp"_L1).toInteger()) : std::nullopt;
        QByteArray utf8 = o.value("message"_L1).toString().toUtf8();
        if (utf8.endsWith('\n'))
            utf8.chop(1);
        if (utf8.endsWith('\r'))
            utf8.chop(1);
        for (QByteArray one : utf8.split('\n')) {
            if (one.endsWith('\r'))
                one.chop(1);
            lines.emplace_back(std::move(one), t);
        }
    }
    for (size_t i = 0; i < lines.size() && hits.size() < MaxHitsPerCall; ++i) {
        if (!query.matches(lines[i].first))
            continue;
        Hit h;
        h.call = call;
        h.line = int(i);
        h.timestamp = lines[i].second;
        h.text = shortened(lines[i].first);
        for (size_t k = i >= size_t(ContextLines) ? i - ContextLines : 0; k < i; ++k)
            h.before << shortened(lines[k].first);
        for (size_t k = i + 1; k < lines.size() && k <= i + ContextLines; ++k)
            h.after << shortened(lines[k].first);
        hits << h;
    }
    return hits;
}

void LogSearch::start(api::CdfClient *client, std::shared_ptr<LogCache> cache, const QList<FunctionCall> &calls, const LogQuery &query)
{
    cancel();
    m_stop = std::make_shared<std::atomic<bool>>(false);
    m_client = client;
    m_cache = std::move(cache);
    m_calls = calls;
    m_query = query;
    m_nextIndex = 0;
    m_inFlight = 0;
    m_searched = 0;
    m_failed = 0;
    m_fromCache = 0;
    m_hits = 0;
    m_running = true;
    Q_EMIT progress(0, total());
    if (m_calls.isEmpty()) {
        m_running = false;
        Q_EMIT finished(false);
        return;
    }
    next();
}

void LogSearch::cancel()
{
    m_stop->store(true);
    ++m_generation; // answers and results of this search are dropped
    for (const QPointer<api::ApiJob> &job : std::exchange(m_requests, {}))
        if (job)
            job->cancel(); // nothing more is read for a search no one waits for
    if (!m_running)
        return;
    m_running = false;
    Q_EMIT finished(true);
}

void LogSearch::next()
{
    while (m_running && m_inFlight < MaxInFlight && m_nextIndex < m_calls.size()) {
        const FunctionCall call = m_calls[m_nextIndex++];
        ++m_inFlight;
        if (!m_cache || !isTerminal(call.status)) {
            fetch(call);
            continue;
        }
        // The cache is read, and its lines matched, off the GUI thread.
        auto *watcher = new QFutureWatcher<Outcome>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, call, generation = m_generation] {
            watcher->deleteLater();
            if (generation != m_generation)
                return;
            const Outcome o = watcher->result();
            if (o.found)
                done(o.hits, true);
            else
                fetch(call);
        });
        watcher->setFuture(QtConcurrent::run([cache = m_cache, call, query = m_query, stop = m_stop]() -> Outcome {
            if (stop->load())
                return {};
            const auto bytes = cache->read(call.id);
            if (!bytes)
                return {};
            bool readable = false;
            QList<Hit> hits = match(call, *bytes, query, &readable);
            return readable ? Outcome{true, hits} : Outcome{}; // a damaged file is read again from CDF
        }));
    }
}

void LogSearch::fetch(const FunctionCall &call)
{
    if (!m_client) {
        done({}, false);
        return;
    }
    const api::Pending<QByteArray> request = api::CallsService(m_client).logsRaw(call.functionId, call.id);
    m_requests.removeIf([](const QPointer<api::ApiJob> &job) { return job.isNull(); });
    if (api::ApiJob *job = request.job())
        m_requests << job;
    request.then(this, [this, call, generation = m_generation](const api::Pending<QByteArray>::Result &r) {
        if (generation != m_generation)
            return;
        if (!r) {
            if (!r.error().isCancelled())
                Q_EMIT callFailed(call, r.error());
            done({}, false);
            return;
        }
        searchBytes(call, *r, m_cache && isTerminal(call.status));
    });
}

void LogSearch::searchBytes(const FunctionCall &call, const QByteArray &logs, bool cache)
{
    auto *watcher = new QFutureWatcher<QList<Hit>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation = m_generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            done(watcher->result(), false);
    });
    watcher->setFuture(QtConcurrent::run([store = cache ? m_cache : nullptr, call, logs, query = m_query, stop = m_stop]() -> QList<Hit> {
        if (stop->load())
            return {};
        bool readable = false;
        QList<Hit> hits = match(call, logs, query, &readable);
        if (store && readable) // a finished call's logs never change
            store->write(call.id, logs);
        return hits;
    }));
}

void LogSearch::done(const QList<Hit> &hits, bool cached, bool searched)
{
    --m_inFlight;
    m_searched += searched ? 1 : 0;
    if (cached)
        ++m_fromCache;
    if (!hits.isEmpty() && m_hits < MaxHits) {
        const QList<Hit> kept = hits.mid(0, MaxHits - m_hits);
        m_hits += int(kept.size());
        Q_EMIT hitsFound(kept);
    }
    Q_EMIT progress(m_searched, total());
    if (m_hits >= MaxHits || m_searched + m_failed >= total()) {
        m_stop->store(true);
        ++m_generation;
        m_running = false;
        Q_EMIT finished(false);
        return;
    }
    // The next calls on the next turn of the event loop: a run of calls that fail at once never
    // deepens the stack.
    QMetaObject::invokeMethod(this, &LogSearch::next, Qt::QueuedConnection);
}

} // namespace fstudio::gui
