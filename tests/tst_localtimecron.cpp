#include "core/cron/localtimecron.h"
#include "core/cron/seasonalpair.h"

#include <QTest>

using namespace fstudio;
using namespace Qt::StringLiterals;

class TestLocalTimeCron : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toUtcCron_data();
    void toUtcCron();
    void toUtcCronRejects();
    void driftInOslo();
    void noDriftInUtcOrTokyo();
    void driftSouthernHemisphere();
    void seasonalPairKeepsLocalTime();
};

void TestLocalTimeCron::toUtcCron_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("time");
    QTest::addColumn<QList<int>>("weekdays");
    QTest::addColumn<QString>("cron");

    QTest::newRow("oslo winter") << u"Europe/Oslo"_s << u"2026-01-15"_s << u"08:30"_s << QList<int>{} << u"30 7 * * *"_s;
    QTest::newRow("oslo summer") << u"Europe/Oslo"_s << u"2026-07-15"_s << u"08:30"_s << QList<int>{} << u"30 6 * * *"_s;
    QTest::newRow("oslo weekdays") << u"Europe/Oslo"_s << u"2026-01-15"_s << u"09:00"_s << QList<int>{1, 2, 3, 4, 5}
                                   << u"0 8 * * 1-5"_s; // a range written as a range
    QTest::newRow("oslo 00:30 monday is sunday UTC") << u"Europe/Oslo"_s << u"2026-01-15"_s << u"00:30"_s << QList<int>{1} << u"30 23 * * 0"_s;
    QTest::newRow("new york evening is next day UTC") << u"America/New_York"_s << u"2026-01-15"_s << u"20:00"_s << QList<int>{5} << u"0 1 * * 6"_s;
    QTest::newRow("new york saturday night wraps to sunday 0")
        << u"America/New_York"_s << u"2026-01-15"_s << u"21:15"_s << QList<int>{6} << u"15 2 * * 0"_s;
    QTest::newRow("india half hour") << u"Asia/Kolkata"_s << u"2026-03-01"_s << u"09:00"_s << QList<int>{} << u"30 3 * * *"_s;
    QTest::newRow("nepal 45 minutes") << u"Asia/Kathmandu"_s << u"2026-03-01"_s << u"06:00"_s << QList<int>{} << u"15 0 * * *"_s;
    QTest::newRow("utc identity") << u"UTC"_s << u"2026-03-01"_s << u"12:05"_s << QList<int>{3} << u"5 12 * * 3"_s;
    QTest::newRow("all 7 days is *") << u"UTC"_s << u"2026-03-01"_s << u"12:05"_s << QList<int>{1, 2, 3, 4, 5, 6, 7} << u"5 12 * * *"_s;
    QTest::newRow("sunday maps to 0") << u"UTC"_s << u"2026-03-01"_s << u"10:00"_s << QList<int>{7} << u"0 10 * * 0"_s;
}

void TestLocalTimeCron::toUtcCron()
{
    QFETCH(QString, zone);
    QFETCH(QString, date);
    QFETCH(QString, time);
    QFETCH(QList<int>, weekdays);
    QFETCH(QString, cron);
    const QTimeZone tz(zone.toUtf8());
    QVERIFY(tz.isValid());
    const auto c = LocalTimeCron::toUtcCron(QTime::fromString(time, u"HH:mm"_s), weekdays, tz, QDate::fromString(date, Qt::ISODate));
    QVERIFY2(c.hasValue(), qPrintable(c.hasValue() ? QString() : c.error()));
    QCOMPARE(c->expression(), cron);
    // The produced UTC schedule really fires at the wanted local time on the reference date's offset.
    const QDateTime next = *c->next(QDateTime(QDate::fromString(date, Qt::ISODate), QTime(0, 0), tz).addDays(-1));
    QCOMPARE(next.toTimeZone(tz).time().toString(u"HH:mm"_s), time);
}

void TestLocalTimeCron::toUtcCronRejects()
{
    QVERIFY(!LocalTimeCron::toUtcCron(QTime(8, 0), {}, QTimeZone("Not/AZone"), QDate(2026, 1, 1)).hasValue());
    const auto bad = LocalTimeCron::toUtcCron(QTime(8, 0), {0}, QTimeZone("UTC"), QDate(2026, 1, 1));
    QVERIFY(!bad.hasValue());
    QVERIFY(bad.error().contains(u"weekday 0"_s));
}

void TestLocalTimeCron::driftInOslo()
{
    const auto c = CronExpression::parse(u"30 7 * * *"_s);
    const QTimeZone oslo("Europe/Oslo");
    const auto r = LocalTimeCron::analyzeDrift(*c, oslo, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC), 365);
    QVERIFY(r.drifts);
    QCOMPARE(r.segments.size(), 3); // winter, summer (29 Mar - 25 Oct 2026), winter
    QCOMPARE(r.segments[0].firstRunLocalTime->toString(u"HH:mm"_s), u"08:30"_s);
    QCOMPARE(r.segments[1].firstRunLocalTime->toString(u"HH:mm"_s), u"09:30"_s);
    QCOMPARE(r.segments[1].from, QDateTime(QDate(2026, 3, 29), QTime(1, 0), Qt::UTC));
    QCOMPARE(r.segments[1].utcOffsetSeconds, 7200);
    QCOMPARE(r.segments[2].from, QDateTime(QDate(2026, 10, 25), QTime(1, 0), Qt::UTC));
    QVERIFY2(r.summary.contains(u"from 2026-03-29 it runs at 09:30 local time (UTC+02:00)"_s), qPrintable(r.summary));
}

void TestLocalTimeCron::noDriftInUtcOrTokyo()
{
    const auto c = CronExpression::parse(u"0 0 * * *"_s);
    for (const char *z : {"UTC", "Asia/Tokyo"}) {
        const auto r = LocalTimeCron::analyzeDrift(*c, QTimeZone(z), QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
        QVERIFY(!r.drifts);
        QCOMPARE(r.segments.size(), 1);
        QVERIFY(r.summary.contains(u"keeps the same local time"_s));
    }
    // A yearly schedule in winter only never crosses a DST boundary in its runs.
    const auto jan = CronExpression::parse(u"0 12 15 1 *"_s);
    const auto r = LocalTimeCron::analyzeDrift(*jan, QTimeZone("Europe/Oslo"), QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC), 365);
    QVERIFY(!r.drifts);
}

void TestLocalTimeCron::driftSouthernHemisphere()
{
    const auto c = CronExpression::parse(u"0 22 * * *"_s);
    const auto r = LocalTimeCron::analyzeDrift(*c, QTimeZone("Australia/Sydney"), QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC), 365);
    QVERIFY(r.drifts);
    QCOMPARE(r.segments[0].firstRunLocalTime->toString(u"HH:mm"_s), u"09:00"_s); // AEDT +11
    QCOMPARE(r.segments[1].firstRunLocalTime->toString(u"HH:mm"_s), u"08:00"_s); // AEST +10 from April
}

// Weekdays 08:30 in Oslo, kept all year by a summer and a winter schedule; the days the pair
// still runs an hour off are the ones between the change of clocks and the month's end.
void TestLocalTimeCron::seasonalPairKeepsLocalTime()
{
    SimpleSchedule s;
    s.kind = SimpleSchedule::Kind::Weekly;
    s.weekdays = {1, 2, 3, 4, 5};
    s.time = QTime(8, 30);
    s.zone = QTimeZone(QByteArray("Europe/Oslo"));
    const QDate from(2026, 12, 7);
    const auto pair = SeasonalPair::make(s, from);
    QVERIFY(pair);
    QCOMPARE(pair->summer.cron, u"30 6 * 4-10 1-5"_s);
    QCOMPARE(pair->winter.cron, u"30 7 * 1-3,11,12 1-5"_s);
    QCOMPARE(pair->summer.utcOffsetSeconds, 7200);
    // Summer time starts on Sunday 28 March 2027: Mon 29 - Wed 31 March run at 09:30. It ends on
    // Sunday 31 October, a day without a run.
    QCOMPARE(pair->offDayCount, 3);
    QCOMPARE(pair->offDays.size(), 1);
    QCOMPARE(pair->offDays.first().first, QDate(2027, 3, 29));
    QCOMPARE(pair->offDays.first().second, QDate(2027, 3, 31));
    QCOMPARE(pair->offDaysText(QLocale(QLocale::English)), u"29–31 Mar"_s);
    // Every day: 28-31 March and 31 October.
    s.kind = SimpleSchedule::Kind::Daily;
    const auto daily = SeasonalPair::make(s, from);
    QVERIFY(daily);
    QCOMPARE(daily->offDayCount, 5);
    QCOMPARE(daily->offDaysText(QLocale(QLocale::English)), u"28–31 Mar, 31 Oct"_s);
    // Southern hemisphere: summer is the turn of the year.
    s.zone = QTimeZone(QByteArray("Australia/Sydney"));
    const auto sydney = SeasonalPair::make(s, from);
    QVERIFY(sydney);
    QVERIFY(sydney->summer.months.contains(1) && sydney->summer.months.contains(12) && !sydney->summer.months.contains(6));
    QCOMPARE(sydney->summer.months.size() + sydney->winter.months.size(), 12);
    // No daylight-saving time, or no fixed local time: nothing to pair.
    s.zone = QTimeZone(QByteArray("Asia/Tokyo"));
    QVERIFY(!SeasonalPair::make(s, from));
    s.zone = QTimeZone(QByteArray("Europe/Oslo"));
    s.kind = SimpleSchedule::Kind::EveryMinutes;
    QVERIFY(!SeasonalPair::make(s, from));
}

QTEST_GUILESS_MAIN(TestLocalTimeCron)
#include "tst_localtimecron.moc"
