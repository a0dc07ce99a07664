// Starts the functions-emulator binary and drives it over HTTP, as a user's script would.
#include "support/testhttp.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <csignal>
#include <memory>
#include <vector>

#include <quazip.h>
#include <quazipfile.h>
#include <zlib.h>

using namespace fstudio::test;
using namespace Qt::StringLiterals;

class TestEmulatorE2E : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoEndToEnd();
    void refusesBadArguments_data();
    void refusesBadArguments();
    void hostileZipsFailCleanly();
    void foreignHostIsRefused();
    void requestLogAndFraming();
    void relativeDataDir();
    void drippingSocketsLockNobodyOut();
    void logFloodIsBounded();
    void sandboxKeepsTheHandlerIn();
    void everyDescendantEnds();
    void sandboxesLeftBehindEndAtStart();
    void signInNeedsTheLocalUser();
    void hugeBodiesAreRefusedEarly();
};

namespace {
// A zip in memory, written with QuaZip (deflate).
QByteArray makeZip(const QList<QPair<QString, QByteArray>> &files)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        return {};
    for (const auto &[name, content] : files) {
        QuaZipFile f(&zip);
        if (!f.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, Z_DEFLATED, Z_BEST_COMPRESSION))
            return {};
        f.write(content);
        f.close();
    }
    zip.close();
    return bytes;
}

// A started functions-emulator on a temporary data dir, signed in.
struct RunningEmulator
{
    QTemporaryDir dir;
    QProcess process;
    std::unique_ptr<TestHttp> http;

    bool start(const QStringList &extra = {}, bool quiet = true)
    {
        // Under AddressSanitizer, freed memory is held in a quarantine (256 MB by default) that
        // would hide what the memory test measures: keep it small for the emulator we start.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (env.contains(u"ASAN_OPTIONS"_s))
            env.insert(u"ASAN_OPTIONS"_s, env.value(u"ASAN_OPTIONS"_s) + u":quarantine_size_mb=4:thread_local_quarantine_size_kb=256"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(FS_EMULATOR_BINARY),
                      QStringList{u"--port"_s, u"0"_s, u"--data-dir"_s, dir.path()} + (quiet ? QStringList{u"--quiet"_s} : QStringList()) + extra);
        if (!process.waitForStarted() || !process.waitForReadyRead(15000))
            return false;
        const auto m = QRegularExpression(u"^listening on (http://127\\.0\\.0\\.1:\\d+)"_s).match(QString::fromUtf8(process.readLine()));
        if (!m.hasMatch())
            return false;
        http = std::make_unique<TestHttp>(m.captured(1));
        return http->signIn(u"functions-studio"_s, clientSecret());
    }
    // The data dir's own secret, which the emulator made on its first start.
    QString clientSecret() const
    {
        QFile f(dir.filePath(u"client-secret"_s));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
    }
    ~RunningEmulator()
    {
        if (process.state() != QProcess::NotRunning) {
            ::kill(pid_t(process.processId()), SIGTERM);
            process.waitForFinished(10000);
        }
    }
    // Calls a function and waits for the call to end; returns the call.
    QJsonObject callAndWait(qint64 functionId, const QJsonObject &data = {}, int timeoutMs = 60000)
    {
        const auto r = http->ppost(u"functions/%1/call"_s.arg(functionId), QJsonObject{{"data"_L1, data}, {"nonce"_L1, http->nonce()}});
        const qint64 callId = r.json.value("id"_L1).toInteger();
        QJsonObject c;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            c = http->pget(u"functions/%1/calls/%2"_s.arg(functionId).arg(callId)).json;
            if (c.value("status"_L1).toString() != u"Running"_s)
                break;
            QTest::qWait(50); // polls the server; returns as soon as the call ends
        }
        return c;
    }
    // The emulator's peak resident memory so far, in MB (VmHWM).
    double peakMemoryMb() const
    {
        QFile f(u"/proc/%1/status"_s.arg(process.processId()));
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray &l : f.readAll().split('\n'))
            if (l.startsWith("VmHWM:"))
                return l.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        return -1;
    }
    // Uploads the zip, creates a function from it, waits until it leaves Queued/Deploying.
    QJsonObject deploy(const QString &name, const QByteArray &zip)
    {
        const qint64 fileId = http->uploadFile(name + u".zip"_s, zip);
        const auto r = http->ppost(u"functions"_s, QJsonObject{{"items"_L1, QJsonArray{QJsonObject{{"name"_L1, name}, {"fileId"_L1, fileId}}}}});
        const qint64 id = r.json.value("items"_L1).toArray().at(0).toObject().value("id"_L1).toInteger();
        QJsonObject f;
        for (int i = 0; i < 300; ++i) {
            f = http->pget(u"functions/%1"_s.arg(id)).json;
            const QString status = f.value("status"_L1).toString();
            if (status == u"Ready"_s || status == u"Failed"_s)
                break;
            QTest::qWait(50); // polls the server; returns as soon as the status changes
        }
        return f;
    }
};
} // namespace

void TestEmulatorE2E::demoEndToEnd()
{
    QTemporaryDir dir;
    QProcess p;
    p.start(QStringLiteral(FS_EMULATOR_BINARY),
            {u"--port"_s, u"0"_s, u"--data-dir"_s, dir.path(), u"--demo"_s, u"--client-id"_s, u"ci"_s, u"--client-secret"_s, u"ci-secret"_s});
    QVERIFY(p.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(p.canReadLine(), 15000);
    const QString line = QString::fromUtf8(p.readLine()).trimmed();
    const auto m = QRegularExpression(u"^listening on (http://127\\.0\\.0\\.1:(\\d+)) project=playground$"_s).match(line);
    QVERIFY2(m.hasMatch(), qPrintable(line));
    QVERIFY(m.captured(2).toInt() > 0);
    TestHttp http(m.captured(1));
    QVERIFY(http.signIn(u"ci"_s, u"ci-secret"_s));
    QVERIFY(!http.signIn()); // the built-in default client is replaced
    QVERIFY(http.signIn(u"ci"_s, u"ci-secret"_s));
    // Demo data: three functions that deploy, a schedule, call history.
    QJsonArray fns;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            fns =
                http.ppost(u"functions/list"_s, QJsonObject{{"filter"_L1, QJsonObject{{"status"_L1, u"Ready"_s}}}}).json.value("items"_L1).toArray();
            return fns.size() == 3;
        }(),
        30000);
    qint64 hello = 0;
    for (const auto &f : fns)
        if (f.toObject().value("name"_L1).toString() == u"hello-world"_s)
            hello = f.toObject().value("id"_L1).toInteger();
    QVERIFY(hello);
    QCOMPARE(http.pget(u"functions/schedules"_s).json.value("items"_L1).toArray().size(), 3); // every 15 minutes, nightly, weekday mornings
    QVERIFY(http.ppost(u"functions/%1/calls/list"_s.arg(hello), {}).json.value("items"_L1).toArray().size() >= 10);
    const auto call =
        http.ppost(u"functions/%1/call"_s.arg(hello), QJsonObject{{"data"_L1, QJsonObject{{"name"_L1, u"CI"_s}}}, {"nonce"_L1, http.nonce()}});
    QCOMPARE(call.status, 201);
    const qint64 cid = call.json.value("id"_L1).toInteger();
    QTRY_COMPARE_WITH_TIMEOUT(http.pget(u"functions/%1/calls/%2"_s.arg(hello).arg(cid)).json.value("status"_L1).toString(), u"Completed"_s, 20000);
    QCOMPARE(http.pget(u"functions/%1/calls/%2/response"_s.arg(hello).arg(cid)).json.value("response"_L1).toObject().value("greeting"_L1).toString(),
             u"Hello, CI!"_s);
    // Requests are logged to stderr, never with tokens.
    ::kill(pid_t(p.processId()), SIGTERM);
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY(err.contains(u"POST /api/v1/projects/playground/functions/list 200"_s));
    QVERIFY(!err.contains(http.token));
    QVERIFY(err.contains(u"shutting down"_s));
    QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()).trimmed(), QString()); // exactly one stdout line
}

// Damaged and oversized code ends as a Failed function with a clear message; the server keeps
// answering (a corrupt deflate stream used to spin the server at 100% CPU, forever).
void TestEmulatorE2E::hostileZipsFailCleanly()
{
    RunningEmulator emu;
    QVERIFY(emu.start({u"--max-code-mb"_s, u"2"_s, u"--max-code-entries"_s, u"50"_s, u"--max-handler-mb"_s, u"1"_s}));
    // 1. Corrupt deflate data inside an entry whose headers are intact.
    QByteArray text;
    for (int i = 0; text.size() < 200'000; ++i)
        text += "value_" + QByteArray::number(i * 7919 % 100003) + " = " + QByteArray::number(i) + "\n";
    QByteArray damaged = makeZip({{u"handler.py"_s, "def handle(data):\n    return 1\n" + text}});
    QVERIFY(damaged.size() > 2000);
    for (int i = 200; i < 1200; ++i) // inside the compressed data of the one entry
        damaged[i] = char(damaged[i] ^ 0x5A);
    const QJsonObject f1 = emu.deploy(u"damaged"_s, damaged);
    QCOMPARE(f1.value("status"_L1).toString(), u"Failed"_s);
    QVERIFY2(f1.value("error"_L1).toObject().value("message"_L1).toString().contains(u"damaged"_s), QJsonDocument(f1).toJson().constData());
    // 2. A zip bomb: 5 MB of zeros in a few kB, over the 2 MB limit.
    const QJsonObject f2 =
        emu.deploy(u"bomb"_s, makeZip({{u"handler.py"_s, "def handle():\n    return 1\n"}, {u"zeros.bin"_s, QByteArray(5'000'000, '\0')}}));
    QCOMPARE(f2.value("status"_L1).toString(), u"Failed"_s);
    QVERIFY2(f2.value("error"_L1).toObject().value("message"_L1).toString().contains(u"more than 2 MB"_s), QJsonDocument(f2).toJson().constData());
    // 3. Too many entries.
    QList<QPair<QString, QByteArray>> many{{u"handler.py"_s, "def handle():\n    return 1\n"}};
    for (int i = 0; i < 60; ++i)
        many.append({u"m/f%1.py"_s.arg(i), "x = 1\n"});
    const QJsonObject f3 = emu.deploy(u"many"_s, makeZip(many));
    QCOMPARE(f3.value("status"_L1).toString(), u"Failed"_s);
    QVERIFY(f3.value("error"_L1).toObject().value("message"_L1).toString().contains(u"more than 50 entries"_s));
    // 3b. An end record that lies about the entry count (0): counted while walking, and a walk that
    // ends on an error is no success (it used to deploy as Ready).
    const auto lyingCount = [](QByteArray zip) {
        const qsizetype eocd = zip.lastIndexOf("PK\x05\x06");
        for (int i = 8; i < 12; ++i)
            zip[eocd + i] = 0;
        return zip;
    };
    const QJsonObject f3b = emu.deploy(u"lying"_s, lyingCount(makeZip(many)));
    QCOMPARE(f3b.value("status"_L1).toString(), u"Failed"_s);
    QVERIFY(f3b.value("error"_L1).toObject().value("message"_L1).toString().contains(u"more than 50 entries"_s));
    const QJsonObject f3c = emu.deploy(u"lying2"_s, lyingCount(makeZip({{u"handler.py"_s, "def handle():\n    return 1\n"}})));
    QCOMPARE(f3c.value("status"_L1).toString(), u"Failed"_s);
    QVERIFY(f3c.value("error"_L1).toObject().value("message"_L1).toString().contains(u"damaged or cut short"_s));
    // 4. A handler file over its limit.
    const QJsonObject f4 = emu.deploy(u"hugehandler"_s, makeZip({{u"handler.py"_s, "def handle():\n    return 1\n" + QByteArray(1'200'000, '#')}}));
    QCOMPARE(f4.value("status"_L1).toString(), u"Failed"_s);
    QVERIFY(f4.value("error"_L1).toObject().value("message"_L1).toString().contains(u"at most 1 MB"_s));
    // The server is alive and still deploys good code.
    const QJsonObject ok = emu.deploy(u"fine"_s, makeZip({{u"handler.py"_s, "def handle():\n    return 1\n"}}));
    QCOMPARE(ok.value("status"_L1).toString(), u"Ready"_s);
}

namespace {
// One raw HTTP/1.1 request, so the Host header is exactly what a browser would send.
QByteArray rawRequest(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(request);
    QByteArray answer;
    while (socket.waitForReadyRead(5000)) {
        answer += socket.readAll();
        if (answer.contains("\r\n\r\n") && answer.size() > answer.indexOf("\r\n\r\n") + 4)
            break;
    }
    return answer;
}
} // namespace

// DNS rebinding: a page at http://evil.example:PORT whose name resolves to 127.0.0.1 reaches the
// emulator with its own name in Host; such requests are refused, and nothing has CORS headers.
// An unauthenticated request cannot write escape sequences or forged lines into the terminal that
// shows the request log, and one request framed two ways (request smuggling) is refused.
void TestEmulatorE2E::requestLogAndFraming()
{
    RunningEmulator emu;
    QVERIFY(emu.start({}, false));
    const quint16 port = quint16(QUrl(emu.http->baseUrl()).port());
    const QByteArray host = "Host: 127.0.0.1:" + QByteArray::number(port) + "\r\n";
    rawRequest(port, "GET /%1b%5b2J%0a127.0.0.1%20GET%20/forged%20200 HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n");
    const QByteArray smuggled = rawRequest(
        port, "POST /oauth2/token HTTP/1.1\r\n" + host + "Content-Length: 4\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n");
    QVERIFY2(smuggled.startsWith("HTTP/1.1 400"), smuggled.constData());
    QVERIFY(smuggled.contains("both Content-Length and Transfer-Encoding"));
    QByteArray log;
    QTRY_VERIFY_WITH_TIMEOUT((log += emu.process.readAllStandardError()).contains("\\x1b[2J\\x0a127.0.0.1 GET /forged 200"), 5000);
    QVERIFY2(!log.contains('\x1b'), log.constData());
    QVERIFY2(!log.contains("\n127.0.0.1 GET /forged"), log.constData());
    // Upload links are credentials: the log names the kind, never the key, however the path is written.
    rawRequest(port, "PUT //upload/SECRETKEY123 HTTP/1.1\r\n" + host + "Content-Length: 0\r\nConnection: close\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT((log += emu.process.readAllStandardError()).contains("PUT /upload/***"), 5000);
    QVERIFY2(!log.contains("SECRETKEY123"), log.constData());
}

// A relative --data-dir is the folder below where the emulator was started, also once it works
// in it: a function deploys and runs.
void TestEmulatorE2E::relativeDataDir()
{
    QTemporaryDir parent;
    QProcess process;
    process.setWorkingDirectory(parent.path());
    process.start(QStringLiteral(FS_EMULATOR_BINARY),
                  {u"--port"_s, u"0"_s, u"--data-dir"_s, u"rel/data"_s, u"--quiet"_s, u"--client-id"_s, u"functions-studio"_s, u"--client-secret"_s,
                   u"relative-secret"_s});
    QVERIFY(process.waitForStarted() && process.waitForReadyRead(15000));
    const auto m = QRegularExpression(u"^listening on (http://127\\.0\\.0\\.1:\\d+)"_s).match(QString::fromUtf8(process.readLine()));
    QVERIFY(m.hasMatch());
    const auto stop = qScopeGuard([&process] {
        ::kill(pid_t(process.processId()), SIGTERM);
        process.waitForFinished(10000);
    });
    TestHttp http(m.captured(1));
    QVERIFY(http.signIn(u"functions-studio"_s, u"relative-secret"_s));
    QVERIFY(QFileInfo::exists(parent.filePath(u"rel/data/emulator.sqlite"_s)));
    const qint64 fileId = http.uploadFile(u"r.zip"_s, makeZip({{u"handler.py"_s, "def handle():\n    return 7\n"}}));
    QVERIFY(fileId);
    const auto r = http.ppost(u"functions"_s, QJsonObject{{"items"_L1, QJsonArray{QJsonObject{{"name"_L1, u"r"_s}, {"fileId"_L1, fileId}}}}});
    const qint64 fid = r.json.value("items"_L1).toArray().at(0).toObject().value("id"_L1).toInteger();
    QTRY_COMPARE_WITH_TIMEOUT(http.pget(u"functions/%1"_s.arg(fid)).json.value("status"_L1).toString(), u"Ready"_s, 30000);
    const qint64 cid = http.ppost(u"functions/%1/call"_s.arg(fid), QJsonObject{{"nonce"_L1, http.nonce()}}).json.value("id"_L1).toInteger();
    QTRY_COMPARE_WITH_TIMEOUT(http.pget(u"functions/%1/calls/%2"_s.arg(fid).arg(cid)).json.value("status"_L1).toString(), u"Completed"_s, 30000);
}

// 600 connections that each send a few bytes of a request and then nothing (more than the 512
// the emulator keeps) do not lock a real client out: the oldest unfinished one gives way.
void TestEmulatorE2E::drippingSocketsLockNobodyOut()
{
    RunningEmulator emu;
    QVERIFY(emu.start());
    const quint16 port = quint16(QUrl(emu.http->baseUrl()).port());
    std::vector<std::unique_ptr<QTcpSocket>> drips;
    for (int i = 0; i < 600; ++i) {
        auto s = std::make_unique<QTcpSocket>();
        s->connectToHost(QHostAddress::LocalHost, port);
        QVERIFY2(s->waitForConnected(5000), qPrintable(s->errorString()));
        s->write("GET /api/v1/projects/playground/functions/limits HTTP/1.1\r\nHo");
        s->flush();
        drips.push_back(std::move(s));
    }
    QTest::qWait(300); // the emulator has seen them all
    QElapsedTimer t;
    t.start();
    const auto r = emu.http->pget(u"functions/limits"_s);
    QCOMPARE(r.status, 200);
    QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
    int open = 0;
    for (const auto &s : drips) {
        s->waitForReadyRead(0);
        open += s->state() == QAbstractSocket::ConnectedState ? 1 : 0;
    }
    QVERIFY2(open <= 512, qPrintable(QString::number(open))); // the oldest were closed
    // A head that is not complete within 10 s is not waited for any longer.
    QTcpSocket *newest = drips.back().get();
    QVERIFY(newest->state() == QAbstractSocket::ConnectedState);
    QTRY_VERIFY_WITH_TIMEOUT((newest->waitForReadyRead(0), newest->state() != QAbstractSocket::ConnectedState), 15000);
}

void TestEmulatorE2E::foreignHostIsRefused()
{
    RunningEmulator emu;
    QVERIFY(emu.start());
    const quint16 port = quint16(QUrl(emu.http->baseUrl()).port());
    const QByteArray auth = "Authorization: Bearer " + emu.http->token.toLatin1() + "\r\n";
    const QByteArray path = "GET /api/v1/projects/playground/functions HTTP/1.1\r\n";
    const QByteArray foreign = rawRequest(
        port, path + "Host: evil.example:" + QByteArray::number(port) + "\r\n" + auth + "Origin: http://evil.example\r\nConnection: close\r\n\r\n");
    QVERIFY2(foreign.startsWith("HTTP/1.1 403"), foreign.constData());
    QVERIFY(foreign.contains("is not this emulator's address"));
    QVERIFY(!foreign.toLower().contains("access-control-allow"));
    // The token endpoint is protected the same way.
    const QByteArray tokenAnswer =
        rawRequest(port, "POST /oauth2/token HTTP/1.1\r\nHost: evil.example\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    QVERIFY2(tokenAnswer.startsWith("HTTP/1.1 403"), tokenAnswer.constData());
    // No Host at all (HTTP/1.0 style) is refused; the emulator's own names work.
    QVERIFY(rawRequest(port, path.left(path.size() - 10) + "HTTP/1.0\r\n" + auth + "\r\n").startsWith("HTTP/1.1 403"));
    // Links the emulator hands out name the address the client used.
    const QByteArray created =
        rawRequest(port,
                   "POST /api/v1/projects/playground/files HTTP/1.1\r\nHost: localhost:" + QByteArray::number(port) + "\r\n" + auth
                       + "Content-Type: application/json\r\nContent-Length: 17\r\nConnection: close\r\n\r\n" + "{\"name\": \"a.zip\"}");
    QVERIFY2(created.contains(QByteArray("\"uploadUrl\":\"http://localhost:" + QByteArray::number(port) + "/upload/")), created.constData());
    for (const QByteArray &host : {QByteArray("127.0.0.1"), QByteArray("localhost")}) {
        const QByteArray ok = rawRequest(port, path + "Host: " + host + ':' + QByteArray::number(port) + "\r\n" + auth + "Connection: close\r\n\r\n");
        QVERIFY2(ok.startsWith("HTTP/1.1 200"), ok.constData());
        QVERIFY(!ok.toLower().contains("access-control-allow"));
    }
}

namespace {
// Sends `head`, then body bytes in 1 MB pieces for as long as the emulator takes them (up to
// `bodyBytes`); returns what it answered and, through *sent, how much of the body went out.
QByteArray streamBody(quint16 port, const QByteArray &head, qint64 bodyBytes, bool chunked, qint64 *sent)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(head);
    QByteArray answer;
    if (socket.waitForReadyRead(1000)) // an answer to the headers alone comes at once
        answer += socket.readAll();
    const QByteArray piece(1024 * 1024, 'x');
    *sent = 0;
    while (*sent < bodyBytes && socket.state() == QAbstractSocket::ConnectedState) {
        socket.write(chunked ? "100000\r\n" + piece + "\r\n" : piece);
        if (!socket.waitForBytesWritten(5000))
            break;
        *sent += piece.size();
        answer += socket.readAll();
    }
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(2000))
        answer += socket.readAll();
    return socket.isOpen() ? answer + socket.readAll() : answer;
}
} // namespace

// Bodies over the limit are refused with 413 as soon as the headers say so, before the body is
// read; a body without (or with a false) length is cut off at the limit. Memory stays bounded.
void TestEmulatorE2E::hugeBodiesAreRefusedEarly()
{
    RunningEmulator emu;
    QVERIFY(emu.start({u"--max-upload-mb"_s, u"8"_s}));
    const quint16 port = quint16(QUrl(emu.http->baseUrl()).port());
    const QByteArray host = "Host: 127.0.0.1:" + QByteArray::number(port) + "\r\n";
    // A 300 MB upload: answered before a byte of the body is sent.
    QByteArray answer = rawRequest(port, "PUT /upload/anything HTTP/1.1\r\n" + host + "Content-Length: 314572800\r\n\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
    QVERIFY(answer.contains("--max-upload-mb"));
    // ... and sending it anyway gets the connection closed long before 300 MB.
    qint64 sent = 0;
    answer = streamBody(port, "PUT /upload/anything HTTP/1.1\r\n" + host + "Content-Length: 314572800\r\n\r\n", 300LL << 20, false, &sent);
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
    QVERIFY2(sent < 100LL << 20, qPrintable(QString::number(sent)));
    // Only a live upload link may send a body that large: an unknown one is answered at once.
    answer = rawRequest(port, "PUT /upload/no-such-link HTTP/1.1\r\n" + host + "Content-Length: 5000000\r\n\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 404"), answer.constData());
    // Connections are bounded: past 512 open ones, the oldest idle one gives way to the newcomer.
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 520; ++i) {
        idle.push_back(std::make_unique<QTcpSocket>());
        idle.back()->connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(idle.back()->waitForConnected(5000));
    }
    const auto oldOnesClosed = [&idle] {
        int closed = 0;
        for (int i = 0; i < 20; ++i)
            closed += (idle[size_t(i)]->waitForReadyRead(0), idle[size_t(i)]->state() != QAbstractSocket::ConnectedState) ? 1 : 0;
        return closed;
    };
    QTRY_VERIFY_WITH_TIMEOUT(oldOnesClosed() > 0, 5000);
    QVERIFY(!idle.back()->waitForReadyRead(200)); // the newest is not turned away
    QCOMPARE(idle.back()->state(), QAbstractSocket::ConnectedState);
    idle.clear();
    QTest::qWait(200); // the emulator notices they closed
    // API requests have their own, smaller limit (32 MB).
    answer = rawRequest(port, "POST /api/v1/projects/playground/functions/list HTTP/1.1\r\n" + host + "Content-Length: 104857600\r\n\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
    // A chunked body that never ends is cut off at the limit.
    answer = streamBody(port, "POST /api/v1/projects/playground/functions/list HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\n\r\n",
                        300LL << 20, true, &sent);
    QVERIFY2(sent < 150LL << 20, qPrintable(QString::number(sent)));
    // Headers without an end are refused too.
    answer = rawRequest(port, "GET / HTTP/1.1\r\n" + host + "X-Filler: " + QByteArray(70 * 1024, 'y'));
    QVERIFY2(answer.startsWith("HTTP/1.1 431"), answer.constData());
    // A small upload still works on the same server, and the emulator never held a 300 MB body.
    QVERIFY(emu.http->uploadFile(u"small.zip"_s, makeZip({{u"handler.py"_s, "def handle():\n    return 1\n"}})) > 0);
    const double peak = emu.peakMemoryMb();
    qInfo("peak memory after the oversized bodies: %.0f MB", peak);
    QVERIFY2(peak < 250, qPrintable(QString::number(peak)));
}

// A 100 MB line without a newline and a 20 MB flood of lines: the emulator keeps 64 kB of the
// line and 10 MB of the log, each with a visible marker, and its memory stays bounded (a single
// 300 MB line used to take it to about 800 MB).
void TestEmulatorE2E::logFloodIsBounded()
{
    RunningEmulator emu;
    QVERIFY(emu.start());
    const QByteArray handler = "import sys\n"
                               "def handle(data):\n"
                               "    chunk = 'x' * (1024 * 1024)\n"
                               "    for _ in range(100):\n"
                               "        sys.stdout.write(chunk)\n"
                               "    sys.stdout.write('\\n')\n"
                               "    line = 'y' * 99\n"
                               "    for _ in range(200000):\n"
                               "        print(line)\n"
                               "    return 1\n";
    const QJsonObject f = emu.deploy(u"flood"_s, makeZip({{u"handler.py"_s, handler}}));
    QCOMPARE(f.value("status"_L1).toString(), u"Ready"_s);
    const double before = emu.peakMemoryMb();
    const QJsonObject call = emu.callAndWait(f.value("id"_L1).toInteger(), {}, 120000);
    QCOMPARE(call.value("status"_L1).toString(), u"Completed"_s);
    const double peak = emu.peakMemoryMb();
    const QJsonArray logs = emu.http->pget(u"functions/%1/calls/%2/logs"_s.arg(f.value("id"_L1).toInteger()).arg(call.value("id"_L1).toInteger()))
                                .json.value("items"_L1)
                                .toArray();
    QVERIFY(logs.size() > 1000);
    const QString first = logs.first().toObject().value("message"_L1).toString();
    QVERIFY2(first.size() < 70 * 1024 && first.contains(u"[line cut: longer than 65536 bytes]"_s), qPrintable(first.right(80)));
    QVERIFY(logs.at(1).toObject().value("message"_L1).toString().startsWith(u"yyyy"_s)); // the next line is whole
    QVERIFY(logs.last().toObject().value("message"_L1).toString().startsWith(u"[log truncated: the call printed more than 10.0 MB"_s));
    qint64 total = 0;
    for (const auto &l : logs)
        total += l.toObject().value("message"_L1).toString().size();
    QVERIFY2(total < 11 * 1024 * 1024, qPrintable(QString::number(total)));
    qInfo("emulator peak memory: %.0f MB before the call, %.0f MB after 120 MB of output", before, peak);
    QVERIFY2(peak < 250, qPrintable(QString::number(peak)));
}

// Whatever a handler starts ends with its call, and with the emulator.
namespace {
// Host processes whose command line holds marker (a handler's sandboxed pids mean nothing here).
QList<qint64> processesWith(const QByteArray &marker)
{
    QList<qint64> found;
    for (const QString &name : QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (!name.at(0).isDigit())
            continue;
        QFile cmd(u"/proc/%1/cmdline"_s.arg(name));
        QFile stat(u"/proc/%1/stat"_s.arg(name));
        if (cmd.open(QIODevice::ReadOnly) && cmd.readAll().contains(marker) && stat.open(QIODevice::ReadOnly)
            && stat.readAll().split(' ').value(2) != "Z") // a zombie counts as gone
            found << name.toLongLong();
    }
    return found;
}
} // namespace

// A handler is a stranger's code: in its sandbox it cannot read the client secret, the database,
// another function's code or the emulator's runner, cannot change its own code or the runner, and
// has a /tmp of its own.
void TestEmulatorE2E::sandboxKeepsTheHandlerIn()
{
    RunningEmulator emu;
    QVERIFY(emu.start());
    const QJsonObject other = emu.deploy(u"other"_s, makeZip({{u"handler.py"_s, "SECRET_CODE = 1\ndef handle():\n    return 'other'\n"}}));
    QCOMPARE(other.value("status"_L1).toString(), u"Ready"_s);
    const QByteArray handler = "import os\n"
                               "def attempt(action):\n"
                               "    try:\n"
                               "        action()\n"
                               "        return 'done'\n"
                               "    except Exception as e:\n"
                               "        return type(e).__name__\n"
                               "def handle(data):\n"
                               "    out = {p: attempt(lambda p=p: open(p, 'rb').read(1)) for p in data['read']}\n"
                               "    out['rewrite runner'] = attempt(lambda: open('/opt/functions-emulator/runner.py', 'a').write('#'))\n"
                               "    out['rewrite own code'] = attempt(lambda: open('/function/handler.py', 'a').write('#'))\n"
                               "    out['write tmp'] = attempt(lambda: open('/tmp/x', 'w').write('x'))\n"
                               "    out['write dev'] = attempt(lambda: open('/dev/x', 'w').write('x'))\n"
                               "    out['root'] = sorted(os.listdir('/'))\n"
                               "    import subprocess\n"
                               "    out['remount'] = subprocess.run(['mount', '-o', 'remount,rw,bind', '/opt/functions-emulator/runner.py'],\n"
                               "                                    capture_output=True).returncode\n"
                               "    out['fds'] = len(os.listdir('/proc/self/fd'))\n"
                               "    return out\n";
    const QJsonObject f = emu.deploy(u"nosy"_s, makeZip({{u"handler.py"_s, handler}}));
    QCOMPARE(f.value("status"_L1).toString(), u"Ready"_s);
    const QString data = emu.dir.path();
    const QStringList targets{data + u"/client-secret"_s, data + u"/emulator.sqlite"_s, data + u"/runner.py"_s,
                              data + u"/functions/%1/code/handler.py"_s.arg(other.value("id"_L1).toInteger())};
    for (const QString &t : targets)
        QVERIFY2(QFileInfo::exists(t), qPrintable(t)); // they are there, on the host
    const QJsonObject call = emu.callAndWait(f.value("id"_L1).toInteger(), QJsonObject{{"read"_L1, QJsonArray::fromStringList(targets)}});
    QCOMPARE(call.value("status"_L1).toString(), u"Completed"_s);
    const QJsonObject seen =
        emu.http->pget(u"functions/%1/calls/%2/response"_s.arg(f.value("id"_L1).toInteger()).arg(call.value("id"_L1).toInteger()))
            .json.value("response"_L1)
            .toObject();
    for (const QString &t : targets)
        QVERIFY2(seen.value(t).toString() == u"FileNotFoundError"_s, qPrintable(t + u": "_s + seen.value(t).toString()));
    // A read-only file system (OSError), or a read-only file without the capability to ignore that.
    const QStringList refused{u"OSError"_s, u"PermissionError"_s};
    QVERIFY2(refused.contains(seen.value("rewrite runner"_L1).toString()), QJsonDocument(seen).toJson().constData());
    QVERIFY2(refused.contains(seen.value("rewrite own code"_L1).toString()), QJsonDocument(seen).toJson().constData());
    QCOMPARE(seen.value("write tmp"_L1).toString(), u"done"_s);
    QVERIFY2(refused.contains(seen.value("write dev"_L1).toString()), QJsonDocument(seen).toJson().constData()); // /dev is read-only
    QVERIFY2(!seen.value("root"_L1).toArray().contains(u"home"_s), QJsonDocument(seen).toJson().constData());
    QVERIFY2(seen.value("remount"_L1).toInt() != 0, QJsonDocument(seen).toJson().constData()); // no capabilities, even as root
    // stdin, stdout, stderr, the result pipe and listdir's own: nothing the emulator (or this test) has open.
    QVERIFY2(seen.value("fds"_L1).toInt() <= 5, QJsonDocument(seen).toJson().constData());
    // The other function still runs its own, unchanged code.
    QCOMPARE(emu.callAndWait(other.value("id"_L1).toInteger()).value("status"_L1).toString(), u"Completed"_s);
    QFile runner(data + u"/runner.py"_s);
    QVERIFY(runner.open(QIODevice::ReadOnly));
    QVERIFY(!runner.readAll().endsWith('#'));
}

// Whatever a handler starts (a child in a session of its own, a double-forked grandchild) ends
// with the call, with the function's deletion and with the emulator, even when the emulator is
// killed; their memory counts against the function's limit.
void TestEmulatorE2E::everyDescendantEnds()
{
    RunningEmulator emu;
    QVERIFY(emu.start());
    const QByteArray handler = "import os, subprocess, sys, time\n"
                               "def handle(data):\n"
                               "    if data.get('tmpmb'):\n"
                               "        with open(data.get('path', '/tmp/big'), 'wb') as f:\n"
                               "            for _ in range(data['tmpmb']):\n"
                               "                f.write(b'x' * 1048576)\n"
                               "        time.sleep(60)\n"
                               "    code = 'import time; b = bytearray(%d * 1024 * 1024); b[::4096] = b\"x\" * len(b[::4096]); time.sleep(300)'"
                               " % data.get('mb', 1)\n"
                               "    subprocess.Popen([sys.executable, '-c', code, data['marker']], start_new_session=True)\n"
                               "    if os.fork() == 0:\n"
                               "        os.setsid()\n"
                               "        if os.fork() == 0:\n"
                               "            os.execv('/bin/sleep', ['sleep', '300', data['marker']])\n"
                               "        os._exit(0)\n"
                               "    time.sleep(data.get('wait', 0))\n"
                               "    return 'started'\n";
    const qint64 fileId = emu.http->uploadFile(u"spawner.zip"_s, makeZip({{u"handler.py"_s, handler}}));
    const auto created = emu.http->ppost(
        u"functions"_s, QJsonObject{{"items"_L1, QJsonArray{QJsonObject{{"name"_L1, u"spawner"_s}, {"fileId"_L1, fileId}, {"memory"_L1, 0.2}}}}});
    const qint64 fid = created.json.value("items"_L1).toArray().at(0).toObject().value("id"_L1).toInteger();
    QVERIFY2(fid, created.body.constData());
    QTRY_COMPARE_WITH_TIMEOUT(emu.http->pget(u"functions/%1"_s.arg(fid)).json.value("status"_L1).toString(), u"Ready"_s, 30000);
    const auto marker = [](int n) { return u"300.%1%2"_s.arg(QCoreApplication::applicationPid()).arg(n); };
    // 1. The call completes: what it left running is ended.
    QCOMPARE(emu.callAndWait(fid, QJsonObject{{"marker"_L1, marker(1)}}).value("status"_L1).toString(), u"Completed"_s);
    QTRY_VERIFY_WITH_TIMEOUT(processesWith(marker(1).toUtf8()).isEmpty(), 5000);
    // 2. A child in its own session holding 300 MB: counted, and the call stopped at the 0.2 GB limit.
    const QJsonObject big = emu.callAndWait(fid, QJsonObject{{"marker"_L1, marker(2)}, {"mb"_L1, 300}, {"wait"_L1, 60}});
    QCOMPARE(big.value("status"_L1).toString(), u"Failed"_s);
    QVERIFY2(big.value("error"_L1).toObject().value("message"_L1).toString().startsWith(u"Out of memory"_s), QJsonDocument(big).toJson().constData());
    QTRY_VERIFY_WITH_TIMEOUT(processesWith(marker(2).toUtf8()).isEmpty(), 5000);
    // Files in its /tmp are memory (a tmpfs) and count as well.
    const QJsonObject tmp = emu.callAndWait(fid, QJsonObject{{"marker"_L1, marker(5)}, {"tmpmb"_L1, 300}});
    QCOMPARE(tmp.value("status"_L1).toString(), u"Failed"_s);
    QVERIFY2(tmp.value("error"_L1).toObject().value("message"_L1).toString().startsWith(u"Out of memory"_s), QJsonDocument(tmp).toJson().constData());
    const QJsonObject shm = emu.callAndWait(fid, QJsonObject{{"marker"_L1, marker(6)}, {"tmpmb"_L1, 300}, {"path"_L1, u"/dev/shm/big"_s}});
    QVERIFY2(shm.value("error"_L1).toObject().value("message"_L1).toString().startsWith(u"Out of memory"_s), QJsonDocument(shm).toJson().constData());
    // 3. The function is deleted while its call runs: the call ends, and all it started.
    const auto callRunning = [&](const QString &m) {
        return emu.http
            ->ppost(u"functions/%1/call"_s.arg(fid),
                    QJsonObject{{"data"_L1, QJsonObject{{"marker"_L1, m}, {"wait"_L1, 300}}}, {"nonce"_L1, emu.http->nonce()}})
            .json.value("id"_L1)
            .toInteger();
    };
    const qint64 doomed = callRunning(marker(3));
    QTRY_COMPARE_WITH_TIMEOUT(processesWith(marker(3).toUtf8()).size(), 2, 10000);
    QCOMPARE(emu.http->ppost(u"functions/delete"_s, QJsonObject{{"items"_L1, QJsonArray{QJsonObject{{"id"_L1, fid}}}}}).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(processesWith(marker(3).toUtf8()).isEmpty(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(emu.http->pget(u"functions/%1/calls/%2"_s.arg(fid).arg(doomed)).json.value("status"_L1).toString(), u"Failed"_s, 5000);
    // 4. The emulator is killed (SIGKILL: no shutdown of its own) while a call runs.
    const QJsonObject again = emu.deploy(u"spawner-2"_s, makeZip({{u"handler.py"_s, handler}}));
    QCOMPARE(again.value("status"_L1).toString(), u"Ready"_s);
    emu.http->ppost(u"functions/%1/call"_s.arg(again.value("id"_L1).toInteger()),
                    QJsonObject{{"data"_L1, QJsonObject{{"marker"_L1, marker(4)}, {"wait"_L1, 300}}}, {"nonce"_L1, emu.http->nonce()}});
    QTRY_COMPARE_WITH_TIMEOUT(processesWith(marker(4).toUtf8()).size(), 2, 10000);
    ::kill(pid_t(emu.process.processId()), SIGKILL);
    QVERIFY(emu.process.waitForFinished(10000));
    QTRY_VERIFY_WITH_TIMEOUT(processesWith(marker(4).toUtf8()).isEmpty(), 5000);
}

// The client secret is the data dir's own, readable only by the user, never a constant; interactive
// and device-code sign-ins are approved with a code only the emulator's own output shows.
void TestEmulatorE2E::signInNeedsTheLocalUser()
{
    RunningEmulator emu;
    QVERIFY(emu.start());
    const QString secretFile = emu.dir.filePath(u"client-secret"_s);
    QCOMPARE(QFileInfo(secretFile).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    QVERIFY(emu.clientSecret().size() >= 30);
    QVERIFY(!emu.http->signIn(u"functions-studio"_s, u"emulator-secret"_s)); // the library's test default is not accepted
    QVERIFY(emu.http->signIn(u"functions-studio"_s, emu.clientSecret()));
    const auto codeIn = [](const QString &text) {
        return QRegularExpression(u"approved with the code ([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})"_s).match(text).captured(1);
    };
    QString err;
    QTRY_VERIFY_WITH_TIMEOUT(!codeIn(err += QString::fromUtf8(emu.process.readAllStandardError())).isEmpty(), 5000);
    const QString code = codeIn(err);
    QVERIFY(!err.contains(emu.clientSecret())); // the secret itself is not printed
    const auto device = emu.http->postForm(u"/oauth2/devicecode"_s, {{u"client_id"_s, u"functions-studio"_s}});
    QCOMPARE(device.status, 200);
    const QString user = device.json.value("user_code"_L1).toString();
    for (int i = 0; i < 10; ++i)
        QCOMPARE(emu.http->postForm(u"/oauth2/device"_s, {{u"user_code"_s, user}, {u"approval_code"_s, u"AAAA-AAAA-AAA%1"_s.arg(i)}}).status, 403);
    QCOMPARE(emu.http->postForm(u"/oauth2/device"_s, {{u"user_code"_s, user}, {u"client_secret"_s, emu.clientSecret()}}).status, 403);
    QTRY_VERIFY_WITH_TIMEOUT((err += QString::fromUtf8(emu.process.readAllStandardError())).contains(u"10 wrong approval codes so far"_s), 5000);
    QCOMPARE(emu.http->postForm(u"/oauth2/device"_s, {{u"user_code"_s, user}, {u"approval_code"_s, code.toLower()}}).status, 200);
    const auto token = emu.http->postForm(u"/oauth2/token"_s,
                                          {{u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:device_code"_s},
                                           {u"device_code"_s, device.json.value("device_code"_L1).toString()},
                                           {u"client_id"_s, u"functions-studio"_s}});
    QCOMPARE(token.status, 200);
    // Nothing the emulator printed holds a token or a secret (it logs every request when not --quiet).
    RunningEmulator loud;
    QVERIFY(!loud.start({u"--client-id"_s, u"x"_s, u"--client-secret"_s, u"x-secret-1234"_s}, false)); // start() signs in as functions-studio
    QVERIFY(loud.http->signIn(u"x"_s, u"x-secret-1234"_s));
    QCOMPARE(loud.http->get(u"/api/v1/token/inspect"_s).status, 200);
    ::kill(pid_t(loud.process.processId()), SIGTERM);
    QVERIFY(loud.process.waitForFinished(10000));
    const QString loudErr = QString::fromUtf8(loud.process.readAllStandardError());
    QVERIFY(loudErr.contains(u"GET /api/v1/token/inspect 200"_s)); // requests are logged ...
    QVERIFY(!loudErr.contains(loud.http->token)); // ... without their tokens
    QVERIFY(!loudErr.contains(u"x-secret-1234"_s));
}

void TestEmulatorE2E::refusesBadArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("remote host") << QStringList{u"--host"_s, u"0.0.0.0"_s} << u"--allow-remote"_s;
    QTest::newRow("bad port") << QStringList{u"--port"_s, u"99999"_s} << u"--port"_s;
    QTest::newRow("missing faults file") << QStringList{u"--faults"_s, u"/nonexistent/plan.json"_s} << u"cannot read the fault plan"_s;
    QTest::newRow("half credentials") << QStringList{u"--client-id"_s, u"x"_s} << u"go together"_s;
}

void TestEmulatorE2E::refusesBadArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QProcess p;
    p.start(QStringLiteral(FS_EMULATOR_BINARY), QStringList{u"--data-dir"_s, dir.path()} + args);
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 2);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(message), qPrintable(err));
}

QTEST_MAIN(TestEmulatorE2E)
// A sandbox an earlier emulator on the data dir left behind (killed in the moment before bwrap's
// --die-with-parent took effect) is ended when an emulator starts on that data dir; one of
// another data dir is not touched.
void TestEmulatorE2E::sandboxesLeftBehindEndAtStart()
{
    RunningEmulator emu;
    QTemporaryDir other;
    const auto orphan = [](const QString &dir) {
        // Detached (its parent is init, as a leftover's is), away from the test's output, and its
        // sleep ends with it. Without --die-with-parent: startDetached's intermediate process
        // exits right after the fork, and if that happens after bwrap armed the parent-death
        // signal the sandbox ends at once (a race that failed CI once).
        QProcess p;
        p.setProgram(u"bwrap"_s);
        p.setArguments({u"--ro-bind"_s, u"/"_s, u"/"_s, u"--dev"_s, u"/dev"_s, u"--ro-bind"_s, dir, u"/mnt"_s, u"sleep"_s, u"60"_s});
        p.setStandardInputFile(QProcess::nullDevice());
        p.setStandardOutputFile(QProcess::nullDevice());
        p.setStandardErrorFile(QProcess::nullDevice());
        qint64 pid = 0;
        p.startDetached(&pid);
        return pid;
    };
    // As the emulator's sandboxes do: a folder of the data dir mounted (the code of a function).
    QDir(emu.dir.path()).mkpath(u"functions/7/code"_s);
    QDir(other.path()).mkpath(u"functions/7/code"_s);
    const qint64 left = orphan(emu.dir.filePath(u"functions/7/code"_s));
    const qint64 elsewhere = orphan(other.filePath(u"functions/7/code"_s));
    QVERIFY(left > 0 && elsewhere > 0);
    const auto alive = [](qint64 pid) {
        QFile stat(u"/proc/%1/stat"_s.arg(pid));
        return stat.open(QIODevice::ReadOnly) && !stat.readAll().contains(") Z ");
    };
    // Every process the test started, with its start time (a pid is ended only while it is still
    // that process, never one that reused the number): the sandboxes and what runs in them
    // (without --die-with-parent the sleep outlives its bwrap).
    const auto startTimeOf = [](qint64 pid) {
        QFile stat(u"/proc/%1/stat"_s.arg(pid));
        const QByteArray line = stat.open(QIODevice::ReadOnly) ? stat.readAll() : QByteArray();
        return line.mid(line.lastIndexOf(')') + 2).split(' ').value(19); // field 22, counted after the name
    };
    QList<std::pair<qint64, QByteArray>> started;
    const auto cleanup = qScopeGuard([&] {
        for (const auto &[pid, since] : std::as_const(started))
            if (!since.isEmpty() && startTimeOf(pid) == since)
                ::kill(pid_t(pid), SIGKILL);
    });
    started << std::pair{left, startTimeOf(left)} << std::pair{elsewhere, startTimeOf(elsewhere)};
    const auto childrenOf = [](qint64 pid) {
        QList<qint64> out;
        QFile children(u"/proc/%1/task/%1/children"_s.arg(pid));
        if (children.open(QIODevice::ReadOnly))
            for (const QByteArray &child : children.readAll().split(' '))
                if (const qint64 c = child.trimmed().toLongLong(); c > 0)
                    out << c;
        return out;
    };
    QTRY_VERIFY(alive(left) && alive(elsewhere));
    QTRY_VERIFY(!childrenOf(left).isEmpty() && !childrenOf(elsewhere).isEmpty()); // read now: once bwrap is gone they are init's
    for (const qint64 child : childrenOf(left) + childrenOf(elsewhere))
        started << std::pair{child, startTimeOf(child)};
    QVERIFY(emu.start());
    QTRY_VERIFY_WITH_TIMEOUT(!alive(left), 5000);
    QVERIFY(alive(elsewhere));
}

#include "tst_emulator_e2e.moc"
