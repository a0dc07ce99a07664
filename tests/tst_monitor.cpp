// Monitoring: the figures over a window (CallStats) against calls with known outcomes and
// durations, and CallHistory (incremental, bounded, 429-aware reading of many functions' calls)
// against the emulator.
#include "support/apifixture.h"
#include "support/callseed.h"

#include "api/services/callsservice.h"
#include "api/workflows/callhistory.h"
#include "core/monitor/callstats.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace fstudio;
using namespace fstudio::api;
using namespace fstudio::test;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 Hour = 3600 * 1000;

QSet<qint64> idsOf(const QList<FunctionCall> &calls)
{
    QSet<qint64> out;
    for (const FunctionCall &c : calls)
        out.insert(c.id);
    return out;
}

bool waitIdle(CallHistory &h, int timeoutMs = 30000)
{
    return QTest::qWaitFor([&] { return !h.isReading(); }, timeoutMs);
}
} // namespace

class TestMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statsOfKnownCalls();
    void percentilesAreNearestRank();
    void bucketsFollowTheWindow();
    void cursorIsReadFromTheEnd();
    void pagerDeliversPipelinedPagesInOrder();
    void historyReadsOnlyWhatIsNew();
    void historyWidensWithoutRereading();
    void historyReadsSeveralAtOnceWithinTheBound();
    void historySlowsDownOn429();
    void historyForgetsDeletedFunctionsAndOtherClients();
    void pagerAsksAgainAfterAFailure();
    void pagerAndHistoryGoAwayMidRead();
    void fullHistoryStillReadsEveryNewCall();
};

void TestMonitor::statsOfKnownCalls()
{
    const qint64 from = 1'800'000'000'000LL;
    QList<FunctionCall> calls;
    // 10 completed of 100..1000 ms, 3 failed of 50 ms, 2 timeouts of 600,000 ms, 1 running;
    // 2 completed outside the window (before and at its end) that must not count.
    for (int i = 1; i <= 10; ++i)
        calls << makeCall(i, 1, from + i * 60'000, CallStatus::Completed, i * 100);
    for (int i = 0; i < 3; ++i)
        calls << makeCall(20 + i, 1, from + 2 * Hour + i, CallStatus::Failed, 50);
    calls << makeCall(30, 1, from + 3 * Hour, CallStatus::Timeout, 600'000) << makeCall(31, 1, from + 3 * Hour + 1, CallStatus::Timeout, 600'000);
    calls << makeCall(40, 1, from + 4 * Hour - 1, CallStatus::Running, std::nullopt);
    calls << makeCall(50, 1, from - 1, CallStatus::Completed, 99'999'999) << makeCall(51, 1, from + 4 * Hour, CallStatus::Failed, 5);

    const CallStats s = CallStats::of(calls, from, from + 4 * Hour, Hour);
    QCOMPARE(s.calls, 16);
    QCOMPARE(s.completed, 10);
    QCOMPARE(s.failed, 3);
    QCOMPARE(s.timeouts, 2);
    QCOMPARE(s.running, 1);
    QCOMPARE(s.finished(), 15);
    QVERIFY(s.errorRate().has_value());
    QCOMPARE(*s.errorRate(), 5.0 / 15.0);
    // 15 durations sorted: 50,50,50,100,...,1000,600000,600000. Rank ceil(.5*15)=8 -> 500;
    // rank ceil(.95*15)=15 -> 600000.
    QCOMPARE(s.p50Ms, std::optional<qint64>(500));
    QCOMPARE(s.p95Ms, std::optional<qint64>(600'000));
    QCOMPARE(s.maxMs, std::optional<qint64>(600'000));
    QVERIFY(s.newest);
    QCOMPARE(s.newest->id, 40);
    QCOMPARE(s.buckets.size(), 4);
    QCOMPARE(s.buckets[0], (CallStats::Bucket{10, 0, 0, 0}));
    QCOMPARE(s.buckets[1], (CallStats::Bucket{}));
    QCOMPARE(s.buckets[2], (CallStats::Bucket{0, 3, 0, 0}));
    QCOMPARE(s.buckets[3], (CallStats::Bucket{0, 0, 2, 1}));

    // No finished call: no error rate (not 0 %), no durations.
    const CallStats quiet = CallStats::of({makeCall(1, 1, from, CallStatus::Running, std::nullopt)}, from, from + Hour, Hour);
    QVERIFY(!quiet.errorRate());
    QVERIFY(!quiet.p50Ms && !quiet.maxMs);
    QCOMPARE(quiet.running, 1);

    CallStats project = CallStats::of({}, from, from + 4 * Hour, Hour);
    project.addBuckets(s);
    project.addBuckets(s);
    QCOMPARE(project.buckets[0].completed, 20);
    QCOMPARE(project.buckets[3].timeouts, 4);
}

void TestMonitor::percentilesAreNearestRank()
{
    QList<qint64> v;
    for (int i = 1; i <= 20; ++i)
        v << i * 10;
    QCOMPARE(CallStats::percentile(v, 95), std::optional<qint64>(190)); // rank 19 exactly
    QCOMPARE(CallStats::percentile(v, 50), std::optional<qint64>(100)); // rank 10
    QCOMPARE(CallStats::percentile(v, 100), std::optional<qint64>(200));
    QCOMPARE(CallStats::percentile({7}, 95), std::optional<qint64>(7));
    QCOMPARE(CallStats::percentile({}, 50), std::nullopt);
    QCOMPARE(CallStats::percentile({1, 2}, 0), std::nullopt);
}

void TestMonitor::bucketsFollowTheWindow()
{
    QCOMPARE(CallStats::bucketFor(Hour), 5 * 60 * 1000);
    QCOMPARE(CallStats::bucketFor(24 * Hour), Hour);
    QCOMPARE(CallStats::bucketFor(7 * 24 * Hour), Hour);
    QCOMPARE(CallStats::bucketFor(30 * 24 * Hour), 24 * Hour);
    QCOMPARE(CallStats::of({}, 0, 24 * Hour, Hour).buckets.size(), 24);
    QCOMPARE(CallStats::of({}, 0, 24 * Hour + 1, Hour).buckets.size(), 25); // a partial hour is a bucket
    // Too many buckets widen the bucket.
    const CallStats wide = CallStats::of({}, 0, 10'000 * Hour, Hour);
    QVERIFY(wide.buckets.size() <= CallStats::MaxBuckets);
    QCOMPARE(wide.bucketMs, 5 * Hour);
}

void TestMonitor::cursorIsReadFromTheEnd()
{
    using S = CallsService;
    QCOMPARE(S::cursorOf(R"({"items":[{"id":1}],"nextCursor":"YmVmb3JlOjE"})"), std::optional<QString>(u"YmVmb3JlOjE"_s));
    QCOMPARE(S::cursorOf("{\"items\":[],\n \"nextCursor\" : \"abc\" }\n"), std::optional<QString>(u"abc"_s)); // spaced: the scan
    QCOMPARE(S::cursorOf(R"({"items":[{"id":1}]})"), std::optional<QString>(QString())); // the last page
    QCOMPARE(S::cursorOf(R"({"nextCursor":"first","items":[]})"), std::optional<QString>(u"first"_s)); // another order
    QCOMPARE(S::cursorOf(R"({"items":[],"nextCursor":null})"), std::optional<QString>(QString()));
    // A string that only looks like the cursor at the end is not taken for it.
    QCOMPARE(S::cursorOf(R"({"items":[],"a"nextCursor":"fake"})"), std::optional<QString>(QString()));
    QCOMPARE(S::cursorOf(R"({"items":[],"nextCursor":"abc"})"), std::optional<QString>(u"abc"_s)); // escapes: the scan decodes them
    // Cut off: unreadable (the client tries again).
    QCOMPARE(S::cursorOf(R"({"items":[{"id":1},{"i)"), std::nullopt);
    QCOMPARE(S::cursorOf(""), std::nullopt);
    QCOMPARE(S::cursorOf(R"({"items":[],"nextCursor":7})"), std::nullopt);
}

void TestMonitor::pagerDeliversPipelinedPagesInOrder()
{
    ApiFixture fx;
    const qint64 fid = addFunction(fx, u"paged"_s);
    QList<FunctionCall> bulk;
    for (int i = 0; i < 35'000; ++i)
        bulk << makeCall(7'000'000'000'000LL + i, fid, 1'700'000'000'000LL + i, CallStatus::Completed, 10);
    fx.server->store().insertCallsBulk(bulk);
    CallFilter filter;
    filter.limit = 10000;
    CallPager pager(fx.client.get(), fid, filter);
    QList<qint64> order;
    QList<bool> mores;
    QObject::connect(&pager, &CallPager::page, [&](const QList<FunctionCall> &items, bool more) {
        for (const FunctionCall &c : items)
            order << c.id;
        mores << more;
    });
    // The second page is asked for before the first is delivered: count requests in flight.
    int mostInFlight = 0;
    QObject::connect(fx.client.get(), &CdfClient::activityChanged, [&](int n) { mostInFlight = std::max(mostInFlight, n); });
    pager.fetchAll();
    QTRY_VERIFY_WITH_TIMEOUT(!pager.hasMore() && !pager.isFetching(), 30000);
    QCOMPARE(order.size(), 35'000);
    QVERIFY(std::is_sorted(order.cbegin(), order.cend(), std::greater<>())); // newest first, pages in order
    QCOMPARE(mores, (QList<bool>{true, true, true, false}));
    QCOMPARE(pager.fetchedCount(), 35'000);
    QVERIFY(mostInFlight >= 1);
}

void TestMonitor::historyReadsOnlyWhatIsNew()
{
    ApiFixture fx;
    const qint64 a = addFunction(fx, u"a"_s);
    const qint64 b = addFunction(fx, u"b"_s);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<FunctionCall> bulk;
    qint64 id = 5'000'000'000'000LL;
    for (int i = 0; i < 48; ++i) { // one call an hour for two days, on both functions
        bulk << makeCall(++id, a, now - (48 - i) * Hour, i % 4 ? CallStatus::Completed : CallStatus::Failed, 1000);
        bulk << makeCall(++id, b, now - (48 - i) * Hour + 1, CallStatus::Completed, 2000);
    }
    // A call of a that is still running, started two hours ago.
    const FunctionCall running = makeCall(++id, a, now - 2 * Hour + 5, CallStatus::Running, std::nullopt);
    bulk << running;
    fx.server->store().insertCallsBulk(bulk);

    CallHistory h;
    h.setClient(fx.client.get());
    QSignalSpy updated(&h, &CallHistory::updated);
    QSignalSpy idle(&h, &CallHistory::idle);
    int lists = 0;
    connect(fx.client.get(), &CdfClient::requestFinished, this, [&](const QByteArray &, const QString &path, int, qint64) {
        if (path.endsWith(u"/calls/list"))
            ++lists;
    });
    h.refresh({a, b}, now - 24 * Hour);
    QVERIFY(waitIdle(h));
    QCOMPARE(idle.count(), 1);
    QCOMPARE(lists, 2);
    // Exactly the calls that started in the last 24 hours.
    QCOMPARE(h.calls(a).size(), 24 + 1);
    QCOMPARE(h.calls(b).size(), 24);
    QCOMPARE(h.coveredFrom(a), now - 24 * Hour);
    QVERIFY(!updated.isEmpty());

    // A finished call changed on the server must not be read again (finished calls never change:
    // only what is new is listed); the running one that ended, and a new call, are read.
    FunctionCall old = bulk[2 * 30];
    QCOMPARE(old.functionId, a);
    old.status = CallStatus::Timeout;
    fx.server->store().putCall(old);
    FunctionCall ended = running;
    ended.status = CallStatus::Completed;
    ended.endTime = now - Hour;
    fx.server->store().putCall(ended);
    const FunctionCall fresh = makeCall(++id, b, QDateTime::currentMSecsSinceEpoch(), CallStatus::Failed, 3);
    fx.server->store().putCall(fresh);
    lists = 0;
    h.refresh({a, b}, now - 24 * Hour);
    QVERIFY(waitIdle(h));
    QCOMPARE(lists, 2);
    const auto find = [&](qint64 fid, qint64 cid) {
        for (const FunctionCall &c : h.calls(fid))
            if (c.id == cid)
                return c;
        return FunctionCall{};
    };
    QCOMPARE(find(a, old.id).status, bulk[2 * 30].status); // not re-read
    QCOMPARE(find(a, running.id).status, CallStatus::Completed); // read again: it was running
    QCOMPARE(find(b, fresh.id).status, CallStatus::Failed);
    QCOMPARE(h.calls(b).size(), 25);
    QCOMPARE(h.calls(a).size(), 25); // no duplicates from the overlap
}

void TestMonitor::historyWidensWithoutRereading()
{
    ApiFixture fx;
    const qint64 a = addFunction(fx, u"a"_s);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<FunctionCall> bulk;
    for (int i = 0; i < 7 * 24; ++i)
        bulk << makeCall(4'000'000'000'000LL + i, a, now - (7 * 24 - i) * Hour + 10, CallStatus::Completed, 100);
    fx.server->store().insertCallsBulk(bulk);
    CallHistory h;
    h.setClient(fx.client.get());
    h.refresh({a}, now - 24 * Hour);
    QVERIFY(waitIdle(h));
    QCOMPARE(h.calls(a).size(), 24);
    QList<QByteArray> bodies;
    int lists = 0;
    connect(fx.client.get(), &CdfClient::requestFinished, this, [&](const QByteArray &, const QString &path, int, qint64) {
        if (path.endsWith(u"/calls/list"))
            ++lists;
    });
    const qint64 listedBefore = h.callsListed();
    h.refresh({a}, now - 7 * 24 * Hour);
    QVERIFY(waitIdle(h));
    QCOMPARE(lists, 2); // what is new, and the six days not yet read
    QCOMPARE(h.callsListed() - listedBefore, 6 * 24); // none of the day already read
    QCOMPARE(h.calls(a).size(), 7 * 24);
    QCOMPARE(idsOf(h.calls(a)).size(), 7 * 24);
    QCOMPARE(h.coveredFrom(a), now - 7 * 24 * Hour);
    // Narrower again: nothing older is read.
    lists = 0;
    h.refresh({a}, now - Hour);
    QVERIFY(waitIdle(h));
    QCOMPARE(lists, 1);
    QCOMPARE(h.calls(a).size(), 7 * 24);
}

void TestMonitor::historyReadsSeveralAtOnceWithinTheBound()
{
    ApiFixture fx;
    QList<qint64> ids;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<FunctionCall> bulk;
    for (int f = 0; f < 10; ++f) {
        ids << addFunction(fx, u"f%1"_s.arg(f));
        for (int i = 0; i < 20; ++i)
            bulk << makeCall(3'000'000'000'000LL + f * 100 + i, ids.last(), now - i * 60'000, CallStatus::Completed, 10);
    }
    fx.server->store().insertCallsBulk(bulk);
    QString error;
    QVERIFY2(
        fx.server->faults().loadJson(R"({"rules": [{"method": "POST", "path": "*/calls/list", "action": "latency", "latencyMs": 150}]})", &error),
        qPrintable(error));
    CallHistory h;
    h.setClient(fx.client.get());
    int most = 0;
    connect(fx.client.get(), &CdfClient::activityChanged, this, [&](int n) { most = std::max(most, n); });
    QSignalSpy read(&h, &CallHistory::functionRead);
    QElapsedTimer t;
    t.start();
    h.refresh(ids, now - Hour);
    QVERIFY(waitIdle(h));
    QCOMPARE(read.count(), 10);
    for (qint64 fid : ids)
        QCOMPARE(h.calls(fid).size(), 20);
    QCOMPARE(most, CallHistory::MaxInFlight); // several at once, never more than the bound
    // One after another would take 10 x 150 ms at least.
    QVERIFY2(t.elapsed() < 1400, qPrintable(QString::number(t.elapsed())));
}

void TestMonitor::historySlowsDownOn429()
{
    ApiFixture fx;
    QList<qint64> ids;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<FunctionCall> bulk;
    for (int f = 0; f < 6; ++f) {
        ids << addFunction(fx, u"f%1"_s.arg(f));
        for (int i = 0; i < 5; ++i)
            bulk << makeCall(2'000'000'000'000LL + f * 100 + i, ids.last(), now - i * 60'000, CallStatus::Completed, 10);
    }
    fx.server->store().insertCallsBulk(bulk);
    QString error;
    QVERIFY(fx.server->faults().loadJson(
        R"({"rules": [{"method": "POST", "path": "*/calls/list", "everyNth": 2, "action": "status", "status": 429, "retryAfter": 1}]})", &error));
    CallHistory h;
    h.setClient(fx.client.get());
    QSignalSpy failed(&h, &CallHistory::failed);
    h.refresh(ids, now - Hour);
    QVERIFY(waitIdle(h, 60000));
    QCOMPARE(failed.count(), 0); // every 429 waited for and tried again
    for (qint64 fid : ids)
        QCOMPARE(h.calls(fid).size(), 5);
    QVERIFY2(h.maxInFlight() < CallHistory::MaxInFlight, qPrintable(QString::number(h.maxInFlight())));
}

void TestMonitor::historyForgetsDeletedFunctionsAndOtherClients()
{
    ApiFixture fx;
    const qint64 a = addFunction(fx, u"a"_s);
    const qint64 b = addFunction(fx, u"b"_s);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    fx.server->store().insertCallsBulk(
        {makeCall(11, a, now - 1000, CallStatus::Completed, 5), makeCall(12, b, now - 1000, CallStatus::Completed, 5)});
    CallHistory h;
    h.setClient(fx.client.get());
    h.refresh({a, b}, now - Hour);
    QVERIFY(waitIdle(h));
    QCOMPARE(h.calls(b).size(), 1);
    h.refresh({a}, now - Hour); // b is gone from the project
    QVERIFY(waitIdle(h));
    QVERIFY(h.calls(b).isEmpty());
    QCOMPARE(h.coveredFrom(b), CallHistory::Never);
    QCOMPARE(h.functionIds(), QList<qint64>{a});

    // Another client (another project, or the connection again): nothing read before is kept.
    ApiFixture other;
    h.setClient(other.client.get());
    QVERIFY(h.calls(a).isEmpty());
    QCOMPARE(h.coveredFrom(a), CallHistory::Never);
    // A client that goes away mid-read ends the read quietly.
    h.setClient(fx.client.get());
    h.refresh({a}, now - Hour);
    fx.client.reset();
    QVERIFY(waitIdle(h));
}

// From the review of the first version: a failed page could never be asked again; a full
// history stopped reading new calls; deleting a pager or a history mid-read.
void TestMonitor::pagerAsksAgainAfterAFailure()
{
    ApiFixture fx;
    const qint64 fid = addFunction(fx, u"retry"_s);
    QList<FunctionCall> bulk;
    for (int i = 0; i < 30; ++i)
        bulk << makeCall(8'000'000'000'000LL + i, fid, 1'700'000'000'000LL + i, CallStatus::Completed, 10);
    fx.server->store().insertCallsBulk(bulk);
    CallFilter filter;
    filter.limit = 10;
    CallPager pager(fx.client.get(), fid, filter);
    int pages = 0, failures = 0;
    QObject::connect(&pager, &CallPager::page, [&](const QList<FunctionCall> &, bool) { ++pages; });
    QObject::connect(&pager, &CallPager::failed, [&](const ApiError &) { ++failures; });
    pager.fetchNext();
    QTRY_COMPARE_WITH_TIMEOUT(pages, 1, 10000);
    QString error;
    QVERIFY(fx.server->faults().loadJson(R"({"rules": [{"path": "*/calls/list", "action": "malformed"}]})", &error));
    pager.fetchNext();
    QTRY_COMPARE_WITH_TIMEOUT(failures, 1, 30000);
    fx.server->faults().clear();
    QVERIFY(pager.hasMore());
    pager.fetchNext(); // a user scrolls again (CallsModel::fetchMore)
    QTest::qWait(2000);
    QCOMPARE(pages, 2);
}

void TestMonitor::pagerAndHistoryGoAwayMidRead()
{
    ApiFixture fx;
    const qint64 fid = addFunction(fx, u"gone"_s);
    QList<FunctionCall> bulk;
    for (int i = 0; i < 35'000; ++i)
        bulk << makeCall(7'000'000'000'000LL + i, fid, 1'700'000'000'000LL + i, CallStatus::Completed, 10);
    fx.server->store().insertCallsBulk(bulk);
    for (int round = 0; round < 3; ++round) {
        CallFilter filter;
        filter.limit = 10000;
        auto *pager = new CallPager(fx.client.get(), fid, filter);
        bool first = false;
        QObject::connect(pager, &CallPager::page, [&](const QList<FunctionCall> &, bool) { first = true; });
        pager->fetchAll();
        QTRY_VERIFY_WITH_TIMEOUT(first, 30000);
        delete pager; // pages decoding and a request in flight
        QTest::qWait(500);
    }
    CallHistory h;
    h.setClient(fx.client.get());
    h.refresh({fid}, 0);
    QTest::qWait(50);
    h.cancel();
    QTest::qWait(500);
}

void TestMonitor::fullHistoryStillReadsEveryNewCall()
{
    ApiFixture fx;
    const qint64 fid = addFunction(fx, u"full"_s);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<FunctionCall> bulk;
    for (int i = 0; i < CallHistory::MaxCallsPerFunction; ++i)
        bulk << makeCall(1'000'000'000LL + i, fid, now - 2 * Hour + i * 10, CallStatus::Completed, 10);
    fx.server->store().insertCallsBulk(bulk);
    CallHistory h;
    h.setClient(fx.client.get());
    h.refresh({fid}, now - 3 * Hour);
    QVERIFY(waitIdle(h, 300000));
    QCOMPARE(h.calls(fid).size(), CallHistory::MaxCallsPerFunction);
    QVERIFY(!h.isTruncated(fid));
    // 25,000 new calls, all started after the last read's overlap point.
    bulk.clear();
    const qint64 t = QDateTime::currentMSecsSinceEpoch() - 4 * 60 * 1000;
    QSet<qint64> fresh;
    for (int i = 0; i < 25'000; ++i) {
        bulk << makeCall(2'000'000'000LL + i, fid, t + i, CallStatus::Failed, 10);
        fresh.insert(2'000'000'000LL + i);
    }
    fx.server->store().insertCallsBulk(bulk);
    h.refresh({fid}, now - 3 * Hour);
    QVERIFY(waitIdle(h, 300000));
    const QSet<qint64> have = idsOf(h.calls(fid));
    qsizetype missing = 0;
    for (qint64 id : fresh)
        missing += have.contains(id) ? 0 : 1;
    QVERIFY(h.isTruncated(fid));
    QVERIFY(h.coveredFrom(fid) <= t || h.calls(fid).size() == CallHistory::MaxCallsPerFunction);
    QCOMPARE(missing, 0);
}

QTEST_GUILESS_MAIN(TestMonitor)
#include "tst_monitor.moc"
