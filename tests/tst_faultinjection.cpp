#include "support/emulatorfixture.h"

#include "emulator/faultinjector.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

using namespace fstudio;
using namespace fstudio::test;
using namespace Qt::StringLiterals;

class TestFaultInjection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameFaults();
    void everyNthAndMaxCount();
    void badPlans_data();
    void badPlans();
    void statusFaultsOverHttp();
    void resetTruncateMalformedLatency();
    void resetAfterStillProcesses();
};

void TestFaultInjection::sameSeedSameFaults()
{
    const QByteArray plan =
        R"({"seed": 99, "rules": [{"method": "POST", "path": "/api/v1/projects/*/functions/list", "probability": 0.3, "action": "status", "status": 503}]})";
    int wrongMatches = 0;
    auto run = [&](const QByteArray &p) -> QString {
        emulator::FaultInjector f;
        QString error;
        if (!f.loadJson(p, &error))
            qFatal("%s", qPrintable(error));
        QString pattern;
        for (int i = 0; i < 300; ++i)
            pattern += f.decide("POST", u"/api/v1/projects/p/functions/list"_s) ? u'X' : u'.';
        for (int i = 0; i < 50; ++i) // method and path must match
            wrongMatches += int(f.decide("GET", u"/api/v1/projects/p/functions/list"_s).has_value())
                + int(f.decide("POST", u"/api/v1/projects/p/functions/byids"_s).has_value());
        return pattern;
    };
    const QString a = run(plan);
    QCOMPARE(run(plan), a);
    const int fired = int(a.count(u'X'));
    QVERIFY2(fired > 60 && fired < 120, qPrintable(QString::number(fired))); // ~30 % of 300
    QVERIFY(run(QByteArray(plan).replace("99", "100")) != a);
    QCOMPARE(wrongMatches, 0);
}

void TestFaultInjection::everyNthAndMaxCount()
{
    emulator::FaultInjector f;
    QString error;
    QVERIFY(f.loadJson(R"({"rules": [{"path": "/x", "everyNth": 3, "maxCount": 2, "action": "reset"}]})", &error));
    QString pattern;
    for (int i = 0; i < 12; ++i)
        pattern += f.decide("GET", u"/x"_s) ? u'X' : u'.';
    QCOMPARE(pattern, u"..X..X......"_s);
    QCOMPARE(f.firedCount(), 2);
}

void TestFaultInjection::badPlans_data()
{
    QTest::addColumn<QByteArray>("plan");
    QTest::addColumn<QString>("message");
    QTest::newRow("not json") << QByteArray("{nope") << u"not a JSON object"_s;
    QTest::newRow("unknown action") << QByteArray(R"({"rules": [{"action": "explode"}]})") << u"rules[0].action: unknown action \"explode\""_s;
}

void TestFaultInjection::badPlans()
{
    QFETCH(QByteArray, plan);
    QFETCH(QString, message);
    emulator::FaultInjector f;
    QString error;
    QVERIFY(!f.loadJson(plan, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestFaultInjection::statusFaultsOverHttp()
{
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    QString error;
    QVERIFY(fx.server->faults().loadJson(R"({"seed": 1, "rules": [
        {"method": "POST", "path": "*/functions/list", "everyNth": 2, "action": "status", "status": 429, "retryAfter": 7},
        {"method": "GET", "path": "*/functions/limits", "everyNth": 1, "action": "status", "status": 502}]})",
                                         &error));
    QList<int> statuses;
    for (int i = 0; i < 6; ++i) {
        const auto r = fx.http->ppost(u"functions/list"_s, {});
        statuses << r.status;
        if (r.status == 429) {
            QCOMPARE(r.headers.value("retry-after"), QByteArray("7"));
            QCOMPARE(r.errorCode(), 429); // CDF error envelope
        }
    }
    QCOMPARE(statuses, (QList<int>{200, 429, 200, 429, 200, 429}));
    QCOMPARE(fx.http->pget(u"functions/limits"_s).status, 502);
}

void TestFaultInjection::resetTruncateMalformedLatency()
{
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    QString error;
    QVERIFY(fx.server->faults().loadJson(R"({"rules": [
        {"path": "*/functions/schedules/list", "action": "reset"},
        {"path": "*/functions/list", "action": "truncate"},
        {"path": "*/functions/limits", "action": "malformed"},
        {"path": "*/functions/status", "action": "latency", "latencyMs": 400}]})",
                                         &error));
    auto r = fx.http->ppost(u"functions/schedules/list"_s, {});
    QVERIFY(r.error != QNetworkReply::NoError);
    QCOMPARE(r.status, 0);
    r = fx.http->ppost(u"functions/list"_s, {});
    QVERIFY2(r.error != QNetworkReply::NoError, qPrintable(QString::fromLatin1(r.body))); // fewer bytes than Content-Length
    r = fx.http->pget(u"functions/limits"_s);
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.isEmpty()); // body is not JSON
    QVERIFY(!r.body.isEmpty());
    QElapsedTimer t;
    t.start();
    r = fx.http->pget(u"functions/status"_s);
    QCOMPARE(r.status, 200);
    QVERIFY(t.elapsed() >= 380);
    QCOMPARE(r.json.value("status"_L1).toString(), u"activated"_s);
}

void TestFaultInjection::resetAfterStillProcesses()
{
    // The response is lost but the server did the work: what a client must handle without
    // creating a duplicate on retry.
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    QString error;
    QVERIFY(
        fx.server->faults().loadJson(R"({"rules": [{"method": "POST", "path": "*/functions", "maxCount": 1, "action": "reset-after"}]})", &error));
    const auto r =
        fx.createFunction(u"lost-reply"_s, {{u"handler.py"_s, "def handle(data):\n    return 1\n"}}, QJsonObject{{"externalId"_L1, u"lost-reply"_s}});
    QVERIFY(r.error != QNetworkReply::NoError);
    const auto list = fx.http->ppost(u"functions/byids"_s, QJsonObject{{"items"_L1, QJsonArray{QJsonObject{{"externalId"_L1, u"lost-reply"_s}}}}});
    QCOMPARE(list.status, 200);
    QCOMPARE(list.json.value("items"_L1).toArray().size(), 1);
}

QTEST_MAIN(TestFaultInjection)
#include "tst_faultinjection.moc"
