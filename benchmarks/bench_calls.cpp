// How long a trivial call takes against functions-emulator: back to back, next to Python itself
// importing the handler and calling it; and idle (one call after a pause), next to the real floor
// of one API round trip plus handle() in a running interpreter. Then 20 calls at once, with the
// API's longest answer time while they run.
//   bench_calls BASE_URL [SEQUENTIAL_CALLS [PYTHON]]
// PYTHON (default /usr/bin/python3) should be the interpreter the emulator runs handlers with.
#include "core/packaging/packageplan.h"
#include "core/packaging/packagewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>

using namespace fstudio;
using namespace Qt::StringLiterals;

namespace {

class Http
{
public:
    explicit Http(QString base)
        : m_base(std::move(base))
    {
    }
    QString token;

    // Starts a request; the reply is read when it finishes.
    QNetworkReply *start(const QByteArray &method, const QString &path, const QByteArray &body = {}, const QByteArray &type = "application/json")
    {
        QNetworkRequest r(QUrl(path.startsWith(u"http"_s) ? path : m_base + path));
        if (!token.isEmpty())
            r.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        if (!body.isEmpty() || method == "POST" || method == "PUT")
            r.setHeader(QNetworkRequest::ContentTypeHeader, type);
        return m_nam.sendCustomRequest(r, method, body);
    }
    QJsonObject wait(QNetworkReply *reply)
    {
        if (!reply->isFinished()) {
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
        }
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return o;
    }
    QJsonObject call(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return wait(start(method, path, body.isEmpty() && method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact)));
    }
    QString api(const QString &p) const { return u"/api/v1/projects/playground/"_s + p; }

private:
    QString m_base;
    QNetworkAccessManager m_nam;
};

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

QString nonce(Http &http)
{
    return http.call("POST", http.api(u"sessions"_s), QJsonObject{{"items"_L1, QJsonArray{QJsonObject{{"tokenExchange"_L1, true}}}}})
        .value("items"_L1)
        .toArray()
        .at(0)
        .toObject()
        .value("nonce"_L1)
        .toString();
}

QString status(Http &http, qint64 fid, qint64 cid)
{
    return http.call("GET", http.api(u"functions/%1/calls/%2"_s.arg(fid).arg(cid))).value("status"_L1).toString();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_calls BASE_URL [SEQUENTIAL_CALLS [PYTHON]]\n");
        return 2;
    }
    const int sequential = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 50;
    const QString python = argc > 3 ? QString::fromLocal8Bit(argv[3]) : u"/usr/bin/python3"_s;
    Http http(QString::fromLocal8Bit(argv[1]));
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"client_credentials"_s);
    form.addQueryItem(u"client_id"_s, u"functions-studio"_s);
    form.addQueryItem(u"client_secret"_s, u"emulator-secret"_s);
    http.token = http.wait(http.start("POST", u"/oauth2/token"_s, form.query(QUrl::FullyEncoded).toLatin1(), "application/x-www-form-urlencoded"))
                     .value("access_token"_L1)
                     .toString();
    if (http.token.isEmpty()) {
        std::fprintf(stderr, "cannot sign in to %s\n", argv[1]);
        return 1;
    }

    // A trivial handler, deployed as a user would.
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"trivial"_s);
    QDir().mkpath(folder);
    QFile handler(folder + u"/handler.py"_s);
    if (!handler.open(QIODevice::WriteOnly))
        return 1;
    handler.write("def handle(data):\n    return {\"ok\": True}\n");
    handler.close();
    const QString zipPath = dir.filePath(u"trivial.zip"_s);
    if (!PackageWriter::write(PackagePlanner::plan(folder), zipPath))
        return 1;
    QFile zip(zipPath);
    if (!zip.open(QIODevice::ReadOnly))
        return 1;
    const QJsonObject file = http.call("POST", http.api(u"files"_s), QJsonObject{{"name"_L1, u"trivial.zip"_s}});
    http.wait(http.start("PUT", file.value("uploadUrl"_L1).toString(), zip.readAll(), "application/zip"));
    const qint64 fid = http.call("POST", http.api(u"functions"_s),
                                 QJsonObject{{"items"_L1,
                                              QJsonArray{QJsonObject{{"name"_L1, u"bench-trivial-%1"_s.arg(QCoreApplication::applicationPid())},
                                                                     {"fileId"_L1, file.value("id"_L1)}}}}})
                           .value("items"_L1)
                           .toArray()
                           .at(0)
                           .toObject()
                           .value("id"_L1)
                           .toInteger();
    for (int i = 0; i < 600; ++i) {
        const QString s = http.call("GET", http.api(u"functions/%1"_s.arg(fid))).value("status"_L1).toString();
        if (s == u"Ready"_s)
            break;
        if (s == u"Failed"_s || i == 599) {
            std::fprintf(stderr, "the benchmark function did not deploy (%s)\n", qPrintable(s));
            return 1;
        }
        QThread::msleep(50);
    }

    // Sequential calls: POST call, then poll every 5 ms until Completed. Nonces are made first.
    const auto timedCall = [&](const QString &n) {
        QElapsedTimer t;
        t.start();
        const qint64 cid = http.call("POST", http.api(u"functions/%1/call"_s.arg(fid)), QJsonObject{{"nonce"_L1, n}, {"data"_L1, QJsonObject()}})
                               .value("id"_L1)
                               .toInteger();
        while (status(http, fid, cid) == u"Running"_s)
            QThread::msleep(5);
        return t.nsecsElapsed() / 1e6;
    };
    QStringList nonces;
    for (int i = 0; i < sequential + 3; ++i)
        nonces << nonce(http);
    for (int i = 0; i < 3; ++i) // warm-up: the first call of a function starts its process cold
        timedCall(nonces.takeFirst());
    QList<double> ours;
    for (const QString &n : std::as_const(nonces))
        ours << timedCall(n);

    // The floor: Python importing the handler and calling it, in the same folder.
    QList<double> floor;
    for (int i = 0; i < 20; ++i) {
        QProcess p;
        p.setWorkingDirectory(folder);
        QElapsedTimer t;
        t.start();
        p.start(python, {u"-c"_s, u"import handler; handler.handle({})"_s});
        p.waitForFinished(30000);
        floor << t.nsecsElapsed() / 1e6;
    }
    const double oursMs = median(ours), floorMs = median(floor);
    std::printf("trivial call back to back, POST to Completed, polling every 5 ms: ours %.1f ms (median of %d), floor %.1f ms "
                "(%s -c 'import handler; handler.handle({})', median of 20), ratio %.2f\n",
                oursMs, int(ours.size()), floorMs, qPrintable(python), oursMs / floorMs);

    // An idle call: one call after a pause of 2 s (as a user calls), next to the real floor of a
    // call whose process is already running: one API round trip plus handle() in a running
    // interpreter that has imported the handler.
    QList<double> idle;
    for (int i = 0; i < 7; ++i) {
        const QString n = nonce(http);
        QThread::msleep(2000);
        idle << timedCall(n);
    }
    QList<double> roundTrip;
    for (int i = 0; i < 30; ++i) {
        QElapsedTimer t;
        t.start();
        status(http, fid, 0);
        roundTrip << t.nsecsElapsed() / 1e6;
    }
    QList<double> inProcess;
    {
        QProcess py;
        py.setWorkingDirectory(folder);
        py.start(python, {u"-u"_s, u"-c"_s, u"import sys, handler\nfor line in sys.stdin:\n    handler.handle({})\n    print('ok')\n"_s});
        if (!py.waitForStarted(30000))
            return 1;
        for (int i = 0; i < 33; ++i) {
            QElapsedTimer t;
            t.start();
            py.write("x\n");
            while (!py.canReadLine() && py.waitForReadyRead(30000)) { }
            py.readLine();
            if (i >= 3) // the first answers include the import
                inProcess << t.nsecsElapsed() / 1e6;
        }
        py.closeWriteChannel();
        py.waitForFinished(30000);
    }
    const double idleMs = median(idle), idleFloorMs = median(roundTrip) + median(inProcess);
    std::printf("trivial call after a 2 s pause: ours %.1f ms (median of %d), floor %.1f ms (one API round trip %.2f ms + handle() in a "
                "running %s %.3f ms, medians), ratio %.2f\n",
                idleMs, int(idle.size()), idleFloorMs, median(roundTrip), qPrintable(python), median(inProcess), idleMs / idleFloorMs);

    // 20 calls at once; meanwhile the API is probed every 10 ms for its longest answer time.
    nonces.clear();
    for (int i = 0; i < 20; ++i)
        nonces << nonce(http);
    QElapsedTimer all;
    all.start();
    QList<QNetworkReply *> posts;
    for (const QString &n : std::as_const(nonces))
        posts << http.start("POST", http.api(u"functions/%1/call"_s.arg(fid)),
                            QJsonDocument(QJsonObject{{"nonce"_L1, n}, {"data"_L1, QJsonObject()}}).toJson(QJsonDocument::Compact));
    QList<qint64> ids;
    for (QNetworkReply *r : std::as_const(posts))
        ids << http.wait(r).value("id"_L1).toInteger();
    double longestProbe = 0;
    int completed = 0;
    while (completed < ids.size() && all.elapsed() < 120000) {
        QElapsedTimer probe;
        probe.start();
        http.call("GET", http.api(u"functions/limits"_s));
        longestProbe = std::max(longestProbe, probe.nsecsElapsed() / 1e6);
        completed = 0;
        for (qint64 cid : std::as_const(ids))
            completed += status(http, fid, cid) == u"Completed"_s ? 1 : 0;
        QThread::msleep(10);
    }
    std::printf("20 concurrent calls: %d Completed in %lld ms; longest API answer meanwhile %.1f ms\n", completed,
                static_cast<long long>(all.elapsed()), longestProbe);
    // A call that did not complete is named with its status and error (a benchmark that only
    // counts hides why).
    for (int i = 0; i < ids.size(); ++i) {
        const QJsonObject c = ids.at(i) ? http.call("GET", http.api(u"functions/%1/calls/%2"_s.arg(fid).arg(ids.at(i)))) : QJsonObject();
        if (c.value("status"_L1).toString() != u"Completed"_s)
            std::printf("  call %d (id %lld): %s %s\n", i, static_cast<long long>(ids.at(i)),
                        qPrintable(ids.at(i) ? c.value("status"_L1).toString() : u"not created"_s),
                        qPrintable(c.value("error"_L1).toObject().value("message"_L1).toString().left(300)));
    }
    http.call("POST", http.api(u"functions/delete"_s), QJsonObject{{"items"_L1, QJsonArray{QJsonObject{{"id"_L1, fid}}}}});
    return completed == ids.size() ? 0 : 1;
}
