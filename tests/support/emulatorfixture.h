#pragma once

#include "testhttp.h"

#include "emulator/clock.h"
#include "emulator/emulatorserver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace fstudio::test {

// An in-process emulator on a loopback port, with its own data dir and (optionally) a manual clock.
class EmulatorFixture
{
public:
    explicit EmulatorFixture(emulator::EmulatorConfig config = {}, bool manualClock = false)
    {
        if (manualClock) {
            clock = std::make_unique<emulator::ManualClock>(QDateTime(QDate(2026, 11, 28), QTime(10, 0, 30), Qt::UTC).toMSecsSinceEpoch());
            config.clock = clock.get();
        }
        if (config.dataDir.isEmpty())
            config.dataDir = dir.path();
        config.logRequests = qEnvironmentVariableIsSet("FS_TEST_LOG_REQUESTS");
        if (config.approvalCode.isEmpty())
            config.approvalCode = QStringLiteral("approve-in-tests");
        if (config.deployQueuedMs == emulator::EmulatorConfig().deployQueuedMs)
            config.deployQueuedMs = 10; // tests that look at a running deploy set their own
        this->config = config;
        restart();
    }

    // Stops the server (as a crash or quit would) and starts a new one on the same data dir.
    void restart()
    {
        server.reset();
        server = std::make_unique<emulator::EmulatorServer>(config);
        QString error;
        started = server->start(&error);
        if (!started)
            qWarning("emulator failed to start: %s", qPrintable(error));
        http = std::make_unique<TestHttp>(server->baseUrl());
        http->project = config.project;
    }

    // Writes files into a new folder under the data dir and returns its path.
    QString writeFunction(const QString &name, const QMap<QString, QByteArray> &files)
    {
        const QString root = QDir(srcDir.path()).filePath(name);
        for (auto it = files.begin(); it != files.end(); ++it) {
            const QString path = root + u'/' + it.key();
            QDir().mkpath(QFileInfo(path).path());
            QFile f(path);
            if (f.open(QIODevice::WriteOnly))
                f.write(it.value());
        }
        return root;
    }

    // Uploads a folder, creates a function from it; returns the create reply.
    TestHttp::Reply createFunction(const QString &name, const QMap<QString, QByteArray> &files, QJsonObject extra = {})
    {
        const qint64 fileId = http->uploadFolder(writeFunction(name, files), name);
        extra.insert(QStringLiteral("name"), name);
        extra.insert(QStringLiteral("fileId"), fileId);
        return http->ppost(QStringLiteral("functions"), QJsonObject{{QStringLiteral("items"), QJsonArray{extra}}});
    }

    // Waits until the function leaves Queued/Deploying; returns the final function JSON.
    QJsonObject waitForDeploy(qint64 id, int timeoutMs = 30000)
    {
        QJsonObject f;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            f = http->pget(QStringLiteral("functions/%1").arg(id)).json;
            const QString s = f.value(QStringLiteral("status")).toString();
            if (s == QStringLiteral("Ready") || s == QStringLiteral("Failed"))
                return f;
            QTest::qWait(50); // polls the server's state; returns as soon as it changes
        }
        qWarning("waitForDeploy: function %lld is still %s after %d ms", id, qPrintable(f.value(QStringLiteral("status")).toString()), timeoutMs);
        return f;
    }

    // Deploys and returns the id of a Ready function (0 on failure).
    qint64 readyFunction(const QString &name, const QByteArray &handler, QJsonObject extra = {})
    {
        const auto r = createFunction(name, {{QStringLiteral("handler.py"), handler}}, extra);
        const qint64 id = r.json.value(QStringLiteral("items")).toArray().at(0).toObject().value(QStringLiteral("id")).toInteger();
        if (!id)
            return 0;
        const QJsonObject f = waitForDeploy(id);
        if (f.value(QStringLiteral("status")).toString() != QStringLiteral("Ready")) {
            qWarning("deploy failed: %s", QJsonDocument(f).toJson().constData());
            return 0;
        }
        return id;
    }

    TestHttp::Reply call(qint64 functionId, const QJsonObject &data = {})
    {
        return http->ppost(QStringLiteral("functions/%1/call").arg(functionId),
                           QJsonObject{{QStringLiteral("data"), data}, {QStringLiteral("nonce"), http->nonce()}});
    }

    // Creates a schedule (with a fresh nonce); returns the HTTP status (201 when created).
    int createSchedule(qint64 functionId, const QString &name, const QString &cron, const std::optional<QJsonObject> &data = std::nullopt)
    {
        QJsonObject item{{QStringLiteral("name"), name},
                         {QStringLiteral("cronExpression"), cron},
                         {QStringLiteral("functionId"), functionId},
                         {QStringLiteral("nonce"), http->nonce()}};
        if (data)
            item.insert(QStringLiteral("data"), *data);
        return http->ppost(QStringLiteral("functions/schedules"), QJsonObject{{QStringLiteral("items"), QJsonArray{item}}}).status;
    }

    qint64 fileIdOf(qint64 functionId)
    {
        return http->pget(QStringLiteral("functions/%1").arg(functionId)).json.value(QStringLiteral("fileId")).toInteger();
    }

    // Calls a function and waits until the call has ended; returns its id (0 when it did not complete).
    qint64 completedCall(qint64 functionId)
    {
        const qint64 id = call(functionId).json.value(QStringLiteral("id")).toInteger();
        const QString status = waitForCall(functionId, id).value(QStringLiteral("status")).toString();
        if (status != QStringLiteral("Completed")) {
            qWarning("completedCall: call %lld of function %lld ended as %s", id, functionId, qPrintable(status));
            return 0;
        }
        return id;
    }

    QJsonObject waitForCall(qint64 functionId, qint64 callId, int timeoutMs = 30000)
    {
        QJsonObject c;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            c = http->pget(QStringLiteral("functions/%1/calls/%2").arg(functionId).arg(callId)).json;
            if (c.value(QStringLiteral("status")).toString() != QStringLiteral("Running"))
                return c;
            QTest::qWait(30); // polls the server's state; returns as soon as it changes
        }
        qWarning("waitForCall: call %lld of function %lld is still running after %d ms", callId, functionId, timeoutMs);
        return c;
    }

    QTemporaryDir dir;
    QTemporaryDir srcDir;
    emulator::EmulatorConfig config;
    std::unique_ptr<emulator::ManualClock> clock;
    std::unique_ptr<emulator::EmulatorServer> server;
    std::unique_ptr<TestHttp> http;
    bool started = false;
};

} // namespace fstudio::test
