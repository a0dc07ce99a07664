// Live tail latency: a handler prints a line every 100 ms with the time it printed it; the app's
// LogTail (default intervals, as the call panel uses it) follows the call and a LogView paints each
// line. Latency = painted minus printed (one clock: the same machine). Then a call that prints
// nothing for 10 s: how often its logs are read.
//   bench_livetail BASE_URL [LINES]
#include "gui/logs/logmodel.h"
#include "gui/logs/logview.h"

#include "benchclient.h"

#include "api/services/callsservice.h"
#include "api/transport/cdfclient.h"
#include "api/workflows/callworkflow.h"
#include "api/workflows/deployworkflow.h"
#include "api/workflows/logtail.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace fstudio;
using namespace Qt::StringLiterals;

namespace {
std::optional<Function> deploy(api::CdfClient *client, const QString &name, const QByteArray &handler)
{
    QTemporaryDir dir;
    QFile f(dir.filePath(u"handler.py"_s));
    if (!f.open(QIODevice::WriteOnly))
        return std::nullopt;
    f.write(handler);
    f.close();
    api::DeployWorkflow::Options o;
    o.folder = dir.path();
    o.function.name = name;
    o.function.externalId = name + u"-"_s + QString::number(QDateTime::currentMSecsSinceEpoch());
    o.pollIntervalMs = 200;
    api::DeployWorkflow w(client, o);
    QEventLoop loop;
    QObject::connect(&w, &api::DeployWorkflow::finished, &loop, &QEventLoop::quit);
    w.start();
    loop.exec();
    return w.function();
}

std::optional<qint64> call(api::CdfClient *client, qint64 functionId, const QJsonObject &data)
{
    // As the call panel calls: a session for the call (client credentials), then the call.
    api::CallWorkflow::Options o;
    o.functionId = functionId;
    o.data = data;
    o.nonce = api::NonceSource::credentials(u"functions-studio"_s, u"emulator-secret"_s);
    o.waitForResult = false; // a LogTail follows it
    auto *w = new api::CallWorkflow(client, o);
    std::optional<qint64> id;
    QEventLoop loop;
    QObject::connect(w, &api::CallWorkflow::started, &loop, [&](const FunctionCall &c) {
        id = c.id;
        loop.quit();
    });
    QObject::connect(w, &api::CallWorkflow::finished, &loop, &QEventLoop::quit);
    w->start();
    loop.exec();
    w->cancel(); // stops its own polling; the tail follows the call
    w->deleteLater();
    return id;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_livetail BASE_URL [LINES]\n");
        return 2;
    }
    const int lines = args.value(2, u"100"_s).toInt();
    bench::Client connection(args[1]);
    api::CdfClient &client = connection.client;

    const auto ticker = deploy(&client, u"ticker"_s,
                               "import time\n"
                               "def handle(data):\n"
                               "    for i in range(int(data.get('lines', 0))):\n"
                               "        print(f'line {i} at {time.time() * 1000:.1f}', flush=True)\n"
                               "        time.sleep(0.1)\n"
                               "    time.sleep(float(data.get('quiet', 0)))\n"
                               "    return {}\n");
    if (!ticker || ticker->status != FunctionStatus::Ready) {
        std::fprintf(stderr, "bench_livetail: the function did not deploy\n");
        return 1;
    }
    // A warm interpreter first (CDF keeps warm instances too): the measured call prints at once.
    if (const auto warm = call(&client, ticker->id, QJsonObject{{u"lines"_s, 0}})) {
        api::LogTail tail(&client, ticker->id, *warm);
        QEventLoop loop;
        QObject::connect(&tail, &api::LogTail::finished, &loop, &QEventLoop::quit);
        QObject::connect(&tail, &api::LogTail::failed, &loop, &QEventLoop::quit);
        tail.start();
        loop.exec();
    }

    // The lines of one call, painted as they arrive; fastMs 0: the default intervals (as CallView),
    // else every read that often (1000: what the tail did before, for the side-by-side line).
    const auto measure = [&](int fastMs) -> QList<double> {
        gui::LogModel model;
        gui::LogView view;
        view.setModel(&model);
        view.resize(900, 600);
        view.show();
        QList<double> latencies;
        const auto cid = call(&client, ticker->id, QJsonObject{{u"lines"_s, lines}});
        if (!cid)
            return latencies;
        api::LogTail tail(&client, ticker->id, *cid);
        if (fastMs > 0)
            tail.setIntervals(fastMs, 10000);
        QEventLoop loop;
        QObject::connect(&tail, &api::LogTail::lines, [&](const QList<LogEntry> &batch) {
            model.append(batch);
            view.viewport()->repaint(); // painted now, not at the next turn of the loop
            const double now = double(QDateTime::currentMSecsSinceEpoch());
            for (const LogEntry &l : batch)
                latencies << now - l.message.section(u" at "_s, 1).toDouble();
        });
        QObject::connect(&tail, &api::LogTail::finished, &loop, &QEventLoop::quit);
        QObject::connect(&tail, &api::LogTail::failed, &loop, &QEventLoop::quit);
        tail.start();
        loop.exec();
        std::sort(latencies.begin(), latencies.end());
        return latencies;
    };
    const auto at = [](const QList<double> &v, double q) {
        return v.isEmpty() ? 0.0 : v.at(std::min<qsizetype>(v.size() - 1, qsizetype(q * v.size())));
    };
    const QList<double> before = measure(1000);
    const QList<double> now = measure(0);
    std::printf("live tail: p50 %.0f ms, p95 %.0f ms over %lld lines\n", at(now, 0.5), at(now, 0.95), static_cast<long long>(now.size()));
    std::printf("live tail, read every second while lines arrive (before): p50 %.0f ms, p95 %.0f ms over %lld lines\n", at(before, 0.5),
                at(before, 0.95), static_cast<long long>(before.size()));

    // A call that prints nothing for 10 s: its reads (the call and its logs, each time).
    if (const auto quiet = call(&client, ticker->id, QJsonObject{{u"lines"_s, 0}, {u"quiet"_s, 10}})) {
        api::LogTail tail(&client, ticker->id, *quiet);
        int reads = 0;
        QEventLoop loop;
        QObject::connect(&tail, &api::LogTail::callUpdated, [&] { ++reads; });
        QObject::connect(&tail, &api::LogTail::finished, &loop, &QEventLoop::quit);
        QObject::connect(&tail, &api::LogTail::failed, &loop, &QEventLoop::quit);
        tail.start();
        loop.exec();
        std::printf("live tail, quiet call: %d reads in 10 s (1, 1.6, 2.6, 4.1 s apart, as before)\n", reads);
    }
    return 0;
}
