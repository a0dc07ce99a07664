// Lists every call of a function through the client library (CallPager, 10,000 per page) and
// reports the wall time, the count, and the longest stall of the event loop while it ran.
//   bench_list_calls seed DATA_DIR N [F]    -> writes F functions (N calls on the first) into an emulator data dir
//   bench_list_calls seed-spread DATA_DIR N F -> F functions with N/F calls each over the last 23 hours;
//                                                prints the function ids, one per line
//   bench_list_calls list BASE_URL FUNCTION_ID [PROJECT]
#include "api/auth/oauthproviders.h"
#include "api/services/callsservice.h"
#include "api/transport/cdfclient.h"
#include "benchclient.h"
#include "emulator/emulatorstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

using namespace fstudio;
using namespace Qt::StringLiterals;

// The emulator's store in a data dir, made when missing.
static bool openStore(emulator::EmulatorStore *store, const QString &dataDir)
{
    QDir().mkpath(dataDir);
    QString error;
    if (store->open(QDir(dataDir).filePath(u"emulator.sqlite"_s), &error))
        return true;
    std::fprintf(stderr, "%s\n", qPrintable(error));
    return false;
}

static int seed(const QString &dataDir, int n, int functions)
{
    emulator::EmulatorStore store;
    if (!openStore(&store, dataDir))
        return 1;
    Function f;
    f.id = store.nextId();
    f.name = u"bench"_s;
    f.createdTime = 1'700'000'000'000LL;
    f.status = FunctionStatus::Ready;
    f.statusText = u"Ready"_s;
    f.fileId = 1;
    store.putFunction(f, {});
    for (int i = 1; i < functions; ++i) {
        Function other = f;
        other.id = store.nextId();
        other.name = u"bench-%1"_s.arg(i, 3, 10, QLatin1Char('0'));
        other.owner = i % 2 ? u"ann@example.com"_s : u"bob@example.com"_s;
        store.putFunction(other, {});
    }
    QList<FunctionCall> calls;
    calls.reserve(n);
    for (int i = 0; i < n; ++i) {
        FunctionCall c;
        c.id = 9'000'000'000'000LL + i;
        c.functionId = f.id;
        c.startTime = 1'700'000'000'000LL + i * 1000LL;
        c.endTime = c.startTime + 250 + i % 1000;
        c.status = i % 17 == 0 ? CallStatus::Failed : CallStatus::Completed;
        if (c.status == CallStatus::Failed)
            c.error = ErrorDetail{u"ValueError: bad input"_s, u"Traceback (most recent call last): ..."_s, std::nullopt};
        if (i % 4 == 0) {
            c.scheduleId = 42;
            c.scheduledTime = c.startTime - 100;
        }
        calls << c;
    }
    store.insertCallsBulk(calls);
    std::printf("%lld\n", static_cast<long long>(f.id));
    return 0;
}

// The monitor's benchmark: calls spread over the last day on every function, some failed or
// timed out, durations from 0.1 to 60 s.
static int seedSpread(const QString &dataDir, int n, int functions)
{
    emulator::EmulatorStore store;
    if (!openStore(&store, dataDir))
        return 1;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const int each = n / std::max(1, functions);
    QList<FunctionCall> calls;
    calls.reserve(n);
    qint64 callId = 9'100'000'000'000LL;
    for (int i = 0; i < functions; ++i) {
        Function f;
        f.id = store.nextId();
        f.name = u"monitor-%1"_s.arg(i, 3, 10, QLatin1Char('0'));
        f.createdTime = now - 30LL * 24 * 3600 * 1000;
        f.status = FunctionStatus::Ready;
        f.statusText = u"Ready"_s;
        f.fileId = 1;
        store.putFunction(f, {});
        for (int k = 0; k < each; ++k) {
            FunctionCall c;
            c.id = ++callId;
            c.functionId = f.id;
            c.startTime = now - 23LL * 3600 * 1000 + qint64(k) * (23LL * 3600 * 1000) / each;
            c.status = (k + i) % 23 == 0 ? CallStatus::Failed : (k + i) % 97 == 0 ? CallStatus::Timeout : CallStatus::Completed;
            c.endTime = c.startTime + 100 + (k * 7919 + i * 104729) % 60'000;
            if (c.status == CallStatus::Failed)
                c.error = ErrorDetail{u"ValueError: bad input"_s, u"Traceback (most recent call last): ..."_s, std::nullopt};
            calls << c;
        }
        std::printf("%lld\n", static_cast<long long>(f.id));
    }
    store.insertCallsBulk(calls);
    return 0;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 4 && args[1] == u"seed"_s)
        return seed(args[2], args[3].toInt(), args.value(4, u"1"_s).toInt());
    if (args.size() >= 5 && args[1] == u"seed-spread"_s)
        return seedSpread(args[2], args[3].toInt(), args[4].toInt());
    if (args.size() < 4 || args[1] != u"list"_s) {
        std::fprintf(stderr, "usage: bench_list_calls seed DATA_DIR N | list BASE_URL FUNCTION_ID [PROJECT]\n");
        return 2;
    }
    bench::Client connection(args[2], args.value(4, u"playground"_s));
    api::CdfClient &client = connection.client;

    // The event loop's longest stall while listing: a 5 ms timer that records gaps.
    QElapsedTimer tick;
    qint64 maxGap = 0;
    QTimer heartbeat;
    heartbeat.setInterval(5);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] { maxGap = std::max(maxGap, tick.restart()); });
    CallFilter filter;
    filter.limit = 10000;
    api::CallPager pager(&client, args[3].toLongLong(), filter);
    int count = 0;
    int pages = 0;
    qint64 requestsMs = 0; // the requests' own time (sent to answered), summed
    QObject::connect(&client, &api::CdfClient::requestFinished, [&](const QByteArray &, const QString &, int, qint64 ms) { requestsMs += ms; });
    QElapsedTimer t;
    QObject::connect(&pager, &api::CallPager::page, [&](const QList<FunctionCall> &items, bool more) {
        count += int(items.size());
        ++pages;
        if (!more) {
            std::printf("library: %d calls in %d pages in %lld ms; longest event-loop stall %lld ms; the requests' own time %lld ms\n", count, pages,
                        static_cast<long long>(t.elapsed()), static_cast<long long>(maxGap), static_cast<long long>(requestsMs));
            app.quit();
        }
    });
    QObject::connect(&pager, &api::CallPager::failed, [&](const api::ApiError &e) {
        std::fprintf(stderr, "failed: %s\n", qPrintable(e.userMessage()));
        app.exit(1);
    });
    // Sign in first so the token request is not part of the measurement.
    connection.tokens.token(&app, [&](const api::TokenResult &) {
        t.start();
        tick.start();
        heartbeat.start();
        pager.fetchAll();
    });
    return app.exec();
}
