// The Monitor's data: every function's calls since a time, read through CallHistory (several
// functions at once, pipelined pages) with each function's figures computed (CallStats) as its
// pages land, as the Monitor page does. Prints when the first figures were there and when the
// whole project was read.
//   bench_monitor BASE_URL SINCE_MS [PROJECT]
#include "api/services/functionsservice.h"
#include "api/transport/cdfclient.h"
#include "api/workflows/callhistory.h"
#include "benchclient.h"
#include "core/monitor/callstats.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>

#include <cstdio>

using namespace fstudio;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: bench_monitor BASE_URL SINCE_MS [PROJECT]\n");
        return 2;
    }
    bench::Client connection(args[1], args.value(3, u"playground"_s));
    const qint64 since = args[2].toLongLong();
    api::CallHistory history;
    history.setClient(&connection.client);
    QList<qint64> ids;
    QElapsedTimer t;
    qint64 firstFigures = -1;
    qint64 checksum = 0;
    QObject::connect(&history, &api::CallHistory::updated, [&](qint64 functionId) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const CallStats s = CallStats::of(history.calls(functionId), since, now + 1, CallStats::bucketFor(now - since));
        checksum += s.failed;
        if (firstFigures < 0)
            firstFigures = t.elapsed();
    });
    QObject::connect(&history, &api::CallHistory::failed, [&](qint64, const api::ApiError &e) {
        std::fprintf(stderr, "failed: %s\n", qPrintable(e.userMessage()));
        app.exit(1);
    });
    QObject::connect(&history, &api::CallHistory::idle, [&] {
        const qint64 complete = t.elapsed();
        qsizetype calls = 0;
        for (qint64 id : std::as_const(ids))
            calls += history.calls(id).size();
        std::printf("monitor: %lld functions, %lld calls, first figures in %lld ms, complete in %lld ms\n", static_cast<long long>(ids.size()),
                    static_cast<long long>(calls), static_cast<long long>(firstFigures), static_cast<long long>(complete));
        app.quit();
    });
    // The function list is not timed: the Monitor starts from the functions already on screen.
    FunctionFilter all;
    all.limit = FunctionFilter::MaxLimit;
    api::FunctionsService(&connection.client).list(all).then(&app, [&](const api::Pending<QList<Function>>::Result &r) {
        if (!r) {
            std::fprintf(stderr, "failed: %s\n", qPrintable(r.error().userMessage()));
            app.exit(1);
            return;
        }
        for (const Function &f : *r)
            ids << f.id;
        t.start();
        history.refresh(ids, since);
    });
    return app.exec();
}
