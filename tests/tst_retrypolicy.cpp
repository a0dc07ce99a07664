#include "api/transport/retrypolicy.h"

#include <QTest>

using namespace fstudio::api;
using namespace Qt::StringLiterals;
using NE = QNetworkReply::NetworkError;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idempotency_data();
    void idempotency();
    void decisions_data();
    void decisions();
    void backoffShape();
    void retryAfterIsHonoured();
    void budgets();
};

void TestRetryPolicy::idempotency_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("idempotent");
    QTest::newRow("create function") << QByteArray("POST") << u"functions"_s << false;
    QTest::newRow("delete functions") << QByteArray("POST") << u"functions/delete"_s << false;
    QTest::newRow("call") << QByteArray("POST") << u"functions/123/call"_s << false;
    QTest::newRow("create schedule") << QByteArray("POST") << u"functions/schedules"_s << false;
    QTest::newRow("delete schedules") << QByteArray("POST") << u"functions/schedules/delete"_s << false;
    QTest::newRow("create file") << QByteArray("POST") << u"files"_s << false;
    QTest::newRow("create file with query") << QByteArray("POST") << u"files?overwrite=true"_s << false;
    QTest::newRow("delete files") << QByteArray("POST") << u"files/delete"_s << false;
    QTest::newRow("list functions") << QByteArray("POST") << u"functions/list"_s << true;
    QTest::newRow("byids") << QByteArray("POST") << u"functions/byids"_s << true;
    QTest::newRow("calls list") << QByteArray("POST") << u"functions/1/calls/list"_s << true;
    QTest::newRow("schedules list") << QByteArray("POST") << u"functions/schedules/list"_s << true;
    QTest::newRow("sessions") << QByteArray("POST") << u"sessions"_s << true;
    QTest::newRow("status POST") << QByteArray("POST") << u"functions/status"_s << true;
    QTest::newRow("GET") << QByteArray("GET") << u"functions/1"_s << true;
    QTest::newRow("PUT upload") << QByteArray("PUT") << u"http://x/upload/abc"_s << true;
}

void TestRetryPolicy::idempotency()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(bool, idempotent);
    QCOMPARE(RetryPolicy::isIdempotent(method, path), idempotent);
}

void TestRetryPolicy::decisions_data()
{
    QTest::addColumn<bool>("idempotent");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("error");
    QTest::addColumn<bool>("timedOut");
    QTest::addColumn<bool>("autoRetryable");
    QTest::addColumn<bool>("retry");

    for (bool idem : {true, false}) {
        const char *k = idem ? "idempotent" : "non-idempotent";
        QTest::addRow("%s 429", k) << idem << 429 << int(NE::NoError) << false << false << true;
        QTest::addRow("%s 502", k) << idem << 502 << int(NE::NoError) << false << false << idem;
        QTest::addRow("%s 503", k) << idem << 503 << int(NE::NoError) << false << false << idem;
        QTest::addRow("%s 504", k) << idem << 504 << int(NE::NoError) << false << false << idem;
        QTest::addRow("%s 500", k) << idem << 500 << int(NE::NoError) << false << false << false;
        QTest::addRow("%s 500 auto-retryable", k) << idem << 500 << int(NE::NoError) << false << true << true;
        QTest::addRow("%s 400", k) << idem << 400 << int(NE::NoError) << false << false << false;
        QTest::addRow("%s 401", k) << idem << 401 << int(NE::NoError) << false << false << false;
        QTest::addRow("%s 404", k) << idem << 404 << int(NE::NoError) << false << false << false;
        QTest::addRow("%s 409", k) << idem << 409 << int(NE::NoError) << false << false << false;
        QTest::addRow("%s read timeout", k) << idem << 0 << int(NE::OperationCanceledError) << true << false << idem;
        QTest::addRow("%s connection refused", k) << idem << 0 << int(NE::ConnectionRefusedError) << false << false << true;
        QTest::addRow("%s host not found", k) << idem << 0 << int(NE::HostNotFoundError) << false << false << true;
        QTest::addRow("%s remote closed", k) << idem << 0 << int(NE::RemoteHostClosedError) << false << false << idem;
        QTest::addRow("%s unknown network", k) << idem << 0 << int(NE::UnknownNetworkError) << false << false << idem;
        QTest::addRow("%s user cancelled", k) << idem << 0 << int(NE::OperationCanceledError) << false << false << false;
        QTest::addRow("%s 200", k) << idem << 200 << int(NE::NoError) << false << false << false;
    }
}

void TestRetryPolicy::decisions()
{
    QFETCH(bool, idempotent);
    QFETCH(int, status);
    QFETCH(int, error);
    QFETCH(bool, timedOut);
    QFETCH(bool, autoRetryable);
    QFETCH(bool, retry);
    RetryPolicy::Attempt a;
    a.idempotent = idempotent;
    a.httpStatus = status;
    a.networkError = NE(error);
    a.timedOut = timedOut;
    a.autoRetryableHeader = autoRetryable;
    const auto d = RetryPolicy::decide(a, [] { return 0.5; });
    QCOMPARE(d.retry, retry);
    if (retry)
        QVERIFY(d.delayMs >= 100 && d.delayMs <= 500);
}

void TestRetryPolicy::backoffShape()
{
    // Caps 0.5, 1, 2, 4, 8, 16, 32, 60, 60 s; floor 0.1 s.
    const int caps[] = {500, 1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000};
    for (int k = 0; k < 10; ++k) {
        QCOMPARE(RetryPolicy::backoffMs(k, 0.0), 100);
        QCOMPARE(RetryPolicy::backoffMs(k, 1.0), caps[k]);
        const int mid = RetryPolicy::backoffMs(k, 0.5);
        QVERIFY(mid > 100 && mid < caps[k]);
    }
}

void TestRetryPolicy::retryAfterIsHonoured()
{
    RetryPolicy::Attempt a;
    a.httpStatus = 429;
    a.retryAfterSeconds = 7;
    QCOMPARE(RetryPolicy::decide(a, [] { return 0.0; }).delayMs, 7000);
    a.retryAfterSeconds = 600; // capped at the maximum backoff
    QCOMPARE(RetryPolicy::decide(a, [] { return 0.0; }).delayMs, 60000);
    a.retryAfterSeconds = 0;
    QCOMPARE(RetryPolicy::decide(a, [] { return 0.9; }).delayMs, 0);
}

void TestRetryPolicy::budgets()
{
    RetryPolicy::Attempt a;
    a.httpStatus = 503;
    a.retriesSoFar = RetryPolicy::MaxRetries - 1;
    QVERIFY(RetryPolicy::decide(a).retry);
    a.retriesSoFar = RetryPolicy::MaxRetries;
    QVERIFY(!RetryPolicy::decide(a).retry);
    RetryPolicy::Attempt c;
    c.networkError = NE::ConnectionRefusedError;
    c.connectRetriesSoFar = RetryPolicy::MaxConnectRetries - 1;
    const auto d = RetryPolicy::decide(c);
    QVERIFY(d.retry);
    QVERIFY(d.connectRetry);
    c.connectRetriesSoFar = RetryPolicy::MaxConnectRetries;
    QVERIFY(!RetryPolicy::decide(c).retry);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
