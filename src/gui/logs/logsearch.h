#pragma once

#include "gui/logs/logmodel.h"

#include "api/transport/apierror.h"
#include "core/wire/functioncall.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

namespace fstudio::api {
class ApiJob;
class CdfClient;
} // namespace fstudio::api

namespace fstudio::gui {

class LogCache;

// Searches the logs of many calls at once (docs/ARCHITECTURE.md "Search across calls"): text or
// a regular expression as the log panel's search reads it (LogQuery), newest call first. A
// finished call's logs come from the LogCache when they are there, else from CDF (MaxInFlight at
// a time; the client waits out a 429 as CDF asks) and go into the cache; a running call's are read
// and never kept. Each call's lines are matched on a worker thread; hits arrive call by call.
// cancel() stops at once: nothing more is read or reported.
class LogSearch : public QObject
{
    Q_OBJECT

public:
    struct Hit
    {
        FunctionCall call;
        int line = 0; // 0-based, as the log panel counts
        std::optional<qint64> timestamp;
        QString text;
        QStringList before; // up to ContextLines lines each side
        QStringList after;
    };
    static constexpr int MaxInFlight = 4;
    static constexpr int ContextLines = 2;
    static constexpr int MaxHitsPerCall = 100;
    static constexpr int MaxHits = 10'000;
    static constexpr int MaxLineChars = 1000;
    static constexpr qint64 SettledMs = 2 * 60 * 1000; // a call's logs are kept once it ended this long ago

    explicit LogSearch(QObject *parent = nullptr);
    ~LogSearch() override;
    void start(api::CdfClient *client, std::shared_ptr<LogCache> cache, const QList<FunctionCall> &calls, const LogQuery &query);
    void cancel();
    bool isRunning() const { return m_running; }
    int total() const { return int(m_calls.size()); }
    int searched() const { return m_searched; }
    int fromCache() const { return m_fromCache; }
    int failedCalls() const { return m_failed; } // whose logs could not be read
    int hitCount() const { return m_hits; }
    bool hitLimit() const { return m_hits >= MaxHits; }

    // The hits in one call's logs (the JSON CDF returns: {"items": [{"timestamp", "message"}]}).
    static QList<Hit> match(const FunctionCall &call, const QByteArray &logs, const LogQuery &query, bool *readable = nullptr);

Q_SIGNALS:
    void hitsFound(const QList<fstudio::gui::LogSearch::Hit> &hits);
    void progress(int searched, int total);
    void callFailed(const fstudio::FunctionCall &call, const fstudio::api::ApiError &error);
    void finished(bool cancelled);

private:
    void next();
    void fetch(const FunctionCall &call);
    void searchBytes(const FunctionCall &call, const QByteArray &logs, bool cache);
    void done(const QList<Hit> &hits, bool cached, bool searched = true);

    QPointer<api::CdfClient> m_client;
    std::shared_ptr<LogCache> m_cache;
    std::shared_ptr<std::atomic<bool>> m_stop;
    QList<FunctionCall> m_calls;
    LogQuery m_query;
    int m_nextIndex = 0;
    int m_inFlight = 0;
    int m_searched = 0;
    int m_fromCache = 0;
    int m_failed = 0;
    int m_hits = 0;
    int m_generation = 0;
    QList<QPointer<api::ApiJob>> m_requests; // log reads in flight: cancel() ends them at once
    bool m_running = false;
};

} // namespace fstudio::gui

Q_DECLARE_METATYPE(fstudio::gui::LogSearch::Hit)
