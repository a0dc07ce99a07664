// The search across calls: 1,000 finished calls of 2,000 lines each in an emulator, searched through
// LogSearch (the Search Calls window's engine) with an empty cache, then again from the cache.
//   bench_logsearch seed DATA_DIR CALLS LINES   -> prints the call ids, "<function id> <call id>" per line
//   bench_logsearch run BASE_URL CACHE_DIR IDS_FILE LINES_PER_CALL
#include "api/transport/cdfclient.h"
#include "benchclient.h"
#include "emulator/emulatorstore.h"
#include "gui/logs/logcache.h"
#include "gui/logs/logsearch.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace fstudio;
using namespace Qt::StringLiterals;

static int seed(const QString &dataDir, int calls, int lines)
{
    QDir().mkpath(dataDir);
    emulator::EmulatorStore store;
    QString error;
    if (!store.open(QDir(dataDir).filePath(u"emulator.sqlite"_s), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<qint64> functions;
    for (int i = 0; i < 10; ++i) {
        Function f;
        f.id = store.nextId();
        f.name = u"search-%1"_s.arg(i);
        f.createdTime = now - 86'400'000;
        f.status = FunctionStatus::Ready;
        f.statusText = u"Ready"_s;
        f.fileId = 1;
        store.putFunction(f, {});
        functions << f.id;
    }
    for (int i = 0; i < calls; ++i) {
        FunctionCall c;
        c.id = 9'200'000'000'000LL + i;
        c.functionId = functions[i % functions.size()];
        c.startTime = now - (calls - i) * 1000LL;
        c.endTime = c.startTime + 500;
        c.status = CallStatus::Completed;
        store.putCall(c);
        QList<LogEntry> log;
        log.reserve(lines);
        // One line in each call says what the search looks for, somewhere in its middle.
        const int needle = (i * 7919) % lines;
        for (int l = 0; l < lines; ++l)
            log << LogEntry{c.startTime + l,
                            l == needle ? u"ERROR: upstream timed out after 30 s (call %1)"_s.arg(i)
                                        : u"processed row %1 of batch %2: ok"_s.arg(l).arg(i)};
        store.insertLogsBulk(c.id, log);
        std::printf("%lld %lld\n", static_cast<long long>(c.functionId), static_cast<long long>(c.id));
    }
    return 0;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 5 && args[1] == u"seed"_s)
        return seed(args[2], args[3].toInt(), args[4].toInt());
    if (args.size() < 6 || args[1] != u"run"_s) {
        std::fprintf(stderr, "usage: bench_logsearch seed DATA_DIR CALLS LINES | run BASE_URL CACHE_DIR IDS_FILE LINES_PER_CALL\n");
        return 2;
    }
    bench::Client connection(args[2]);
    QFile idsFile(args[4]);
    if (!idsFile.open(QIODevice::ReadOnly))
        return 2;
    QList<FunctionCall> calls;
    for (const QByteArray &line : idsFile.readAll().split('\n')) {
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.size() != 2)
            continue;
        FunctionCall c;
        c.functionId = parts[0].toLongLong();
        c.id = parts[1].toLongLong();
        c.status = CallStatus::Completed;
        calls.prepend(c); // the newest first, as the window orders them
    }
    const qint64 lines = qint64(calls.size()) * args[5].toLongLong();
    auto cache = std::make_shared<gui::LogCache>(args[3], u"bench"_s, 4LL * 1024 * 1024 * 1024);
    gui::LogSearch search;
    const gui::LogQuery query(u"upstream timed out"_s, false, false);
    QElapsedTimer t;
    qint64 firstHit = -1;
    int hits = 0;
    QObject::connect(&search, &gui::LogSearch::hitsFound, [&](const QList<gui::LogSearch::Hit> &found) {
        if (firstHit < 0)
            firstHit = t.elapsed();
        hits += int(found.size());
    });
    qint64 cold = -1;
    QObject::connect(&search, &gui::LogSearch::finished, [&](bool) {
        if (cold < 0) {
            cold = t.elapsed();
            if (hits != calls.size())
                std::fprintf(stderr, "cold search found %d hits, expected %lld\n", hits, static_cast<long long>(calls.size()));
            hits = 0;
            t.start();
            search.start(&connection.client, cache, calls, query); // again: every call from the cache
            return;
        }
        const qint64 cached = t.elapsed();
        if (search.fromCache() != calls.size() || hits != calls.size())
            std::fprintf(stderr, "cached search: %d from the cache, %d hits\n", search.fromCache(), hits);
        std::printf("log search: %lld calls, %lld lines, first hit in %lld ms, complete in %lld ms cold, %lld ms cached\n",
                    static_cast<long long>(calls.size()), static_cast<long long>(lines), static_cast<long long>(firstHit),
                    static_cast<long long>(cold), static_cast<long long>(cached));
        app.quit();
    });
    // Sign in first: the token is not part of the measurement.
    connection.tokens.token(&app, [&](const api::TokenResult &) {
        t.start();
        search.start(&connection.client, cache, calls, query);
    });
    return app.exec();
}
