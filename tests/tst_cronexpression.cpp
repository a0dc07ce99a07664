#include "core/cron/cronexpression.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace fstudio;
using namespace Qt::StringLiterals;

namespace {
QDateTime utc(const QString &iso)
{
    QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

// Reference: scan minute by minute. Slow but obviously right; used to cross-check next().
std::optional<QDateTime> bruteNext(const CronExpression &c, const QDateTime &after, int maxMinutes)
{
    QDateTime t(after.date(), QTime(after.time().hour(), after.time().minute()), Qt::UTC);
    for (int i = 0; i < maxMinutes; ++i) {
        t = t.addSecs(60);
        if (c.matches(t))
            return t;
    }
    return std::nullopt;
}

bool bruteMatch(int minute, int hour, const QDate &d, const QList<QList<int>> &sets, bool domStar, bool dowStar)
{
    auto in = [](const QList<int> &s, int v) { return s.contains(v); };
    const bool dom = in(sets[2], d.day());
    const bool dow = in(sets[4], d.dayOfWeek() % 7) || (d.dayOfWeek() == 7 && in(sets[4], 7));
    const bool day = (domStar || dowStar) ? (dom && dow) : (dom || dow);
    return in(sets[0], minute) && in(sets[1], hour) && in(sets[3], d.month()) && day;
}
} // namespace

class TestCronExpression : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void next_data();
    void next();
    void nextRuns();
    void invalid_data();
    void invalid();
    void describe_data();
    void describe();
    void matchesAgreesWithIndependentModel();
    void nextAgreesWithMinuteScan();
    void farAwayDatesAreFast();
};

void TestCronExpression::next_data()
{
    QTest::addColumn<QString>("expr");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("expected");

    QTest::newRow("every minute") << u"* * * * *"_s << u"2026-01-01T00:00:00"_s << u"2026-01-01T00:01:00"_s;
    QTest::newRow("seconds are dropped") << u"* * * * *"_s << u"2026-01-01T00:00:59"_s << u"2026-01-01T00:01:00"_s;
    QTest::newRow("strictly after") << u"30 8 * * *"_s << u"2026-03-10T08:30:00"_s << u"2026-03-11T08:30:00"_s;
    QTest::newRow("same day later") << u"30 8 * * *"_s << u"2026-03-10T08:29:00"_s << u"2026-03-10T08:30:00"_s;
    QTest::newRow("every 5 min") << u"*/5 * * * *"_s << u"2026-01-01T10:07:00"_s << u"2026-01-01T10:10:00"_s;
    QTest::newRow("every 5 min hour wrap") << u"*/5 * * * *"_s << u"2026-01-01T10:57:00"_s << u"2026-01-01T11:00:00"_s;
    QTest::newRow("day wrap") << u"*/5 * * * *"_s << u"2026-01-01T23:58:00"_s << u"2026-01-02T00:00:00"_s;
    QTest::newRow("year wrap") << u"0 0 1 1 *"_s << u"2026-06-01T00:00:00"_s << u"2027-01-01T00:00:00"_s;
    QTest::newRow("new year eve") << u"59 23 31 12 *"_s << u"2026-12-31T23:58:00"_s << u"2026-12-31T23:59:00"_s;
    QTest::newRow("feb 29 from 2026") << u"0 0 29 2 *"_s << u"2026-01-01T00:00:00"_s << u"2028-02-29T00:00:00"_s;
    QTest::newRow("feb 29 from leap day") << u"0 0 29 2 *"_s << u"2028-02-29T00:00:00"_s << u"2032-02-29T00:00:00"_s;
    QTest::newRow("feb 29 skips 2100") << u"0 0 29 2 *"_s << u"2097-01-01T00:00:00"_s << u"2104-02-29T00:00:00"_s;
    QTest::newRow("feb 29 in 2000") << u"0 0 29 2 *"_s << u"1999-06-01T00:00:00"_s << u"2000-02-29T00:00:00"_s;
    QTest::newRow("31st skips short months") << u"0 0 31 * *"_s << u"2026-01-31T00:00:00"_s << u"2026-03-31T00:00:00"_s;
    QTest::newRow("31st apr->may") << u"0 0 31 * *"_s << u"2026-04-01T00:00:00"_s << u"2026-05-31T00:00:00"_s;
    QTest::newRow("31st jul->aug") << u"0 0 31 * *"_s << u"2026-07-31T00:00:00"_s << u"2026-08-31T00:00:00"_s;
    QTest::newRow("31st aug->oct") << u"0 0 31 * *"_s << u"2026-08-31T00:00:00"_s << u"2026-10-31T00:00:00"_s;
    QTest::newRow("30th skips feb") << u"0 12 30 * *"_s << u"2026-01-30T12:00:00"_s << u"2026-03-30T12:00:00"_s;
    QTest::newRow("monday") << u"0 9 * * 1"_s << u"2026-11-28T00:00:00"_s << u"2026-11-30T09:00:00"_s;
    QTest::newRow("mon name") << u"0 9 * * MON"_s << u"2026-11-28T00:00:00"_s << u"2026-11-30T09:00:00"_s;
    QTest::newRow("sunday 0") << u"0 9 * * 0"_s << u"2026-11-28T00:00:00"_s << u"2026-11-29T09:00:00"_s;
    QTest::newRow("sunday 7") << u"0 9 * * 7"_s << u"2026-11-28T00:00:00"_s << u"2026-11-29T09:00:00"_s;
    QTest::newRow("weekdays from sat") << u"0 9 * * 1-5"_s << u"2026-11-28T10:00:00"_s << u"2026-11-30T09:00:00"_s;
    QTest::newRow("fri-sun range 5-7") << u"0 9 * * 5-7"_s << u"2026-11-30T10:00:00"_s << u"2026-12-04T09:00:00"_s;
    QTest::newRow("vixie OR dom") << u"0 0 1 * 1"_s << u"2026-11-28T00:00:00"_s << u"2026-11-30T00:00:00"_s;
    QTest::newRow("vixie OR dow first") << u"0 0 13 * 5"_s << u"2026-11-28T00:00:00"_s << u"2026-12-04T00:00:00"_s;
    QTest::newRow("vixie OR dom first") << u"0 0 1 * 5"_s << u"2026-11-28T00:00:00"_s << u"2026-12-01T00:00:00"_s;
    // croniter: "*/2" restricts, so either day field may match (Vixie cron would AND these).
    QTest::newRow("dom star-step ORs dow") << u"0 0 */2 * 1"_s << u"2026-11-28T00:00:00"_s << u"2026-11-29T00:00:00"_s;
    QTest::newRow("dow star-step ORs dom") << u"0 0 1 * */2"_s << u"2026-11-28T00:00:00"_s << u"2026-11-29T00:00:00"_s;
    QTest::newRow("full range is unrestricted") << u"0 0 1-31 * 1"_s << u"2026-11-28T00:00:00"_s << u"2026-11-30T00:00:00"_s;
    QTest::newRow("L is the last day") << u"0 6 L * *"_s << u"2028-02-10T00:00:00"_s << u"2028-02-29T06:00:00"_s;
    QTest::newRow("month names") << u"0 0 1 jan,jul *"_s << u"2026-02-01T00:00:00"_s << u"2026-07-01T00:00:00"_s;
    QTest::newRow("month range") << u"0 0 1 mar-may *"_s << u"2026-05-02T00:00:00"_s << u"2027-03-01T00:00:00"_s;
    QTest::newRow("month step") << u"0 0 1 */3 *"_s << u"2026-02-01T00:00:00"_s << u"2026-04-01T00:00:00"_s;
    QTest::newRow("quarter end") << u"0 18 31 3,12 *"_s << u"2026-04-01T00:00:00"_s << u"2026-12-31T18:00:00"_s;
    QTest::newRow("range with step") << u"10-30/10 * * * *"_s << u"2026-01-01T00:25:00"_s << u"2026-01-01T00:30:00"_s;
    QTest::newRow("range with step wrap") << u"10-30/10 * * * *"_s << u"2026-01-01T00:30:00"_s << u"2026-01-01T01:10:00"_s;
    QTest::newRow("start/step") << u"5/15 * * * *"_s << u"2026-01-01T00:06:00"_s << u"2026-01-01T00:20:00"_s;
    QTest::newRow("list") << u"0,30 8,17 * * *"_s << u"2026-01-01T08:45:00"_s << u"2026-01-01T17:00:00"_s;
    QTest::newRow("hour step") << u"0 */6 * * *"_s << u"2026-01-01T13:00:00"_s << u"2026-01-01T18:00:00"_s;
    QTest::newRow("last minute of day") << u"59 23 * * *"_s << u"2026-01-01T23:59:00"_s << u"2026-01-02T23:59:00"_s;
    QTest::newRow("leap year feb 28->29 daily") << u"0 0 * * *"_s << u"2028-02-28T00:00:00"_s << u"2028-02-29T00:00:00"_s;
    QTest::newRow("non-leap feb 28->mar 1") << u"0 0 * * *"_s << u"2026-02-28T00:00:00"_s << u"2026-03-01T00:00:00"_s;
    QTest::newRow("whitespace tolerant") << u"  0\t12  * *   *  "_s << u"2026-01-01T00:00:00"_s << u"2026-01-01T12:00:00"_s;
    QTest::newRow("feb 29 or monday in feb") << u"0 0 29 2 1"_s << u"2026-01-01T00:00:00"_s << u"2026-02-02T00:00:00"_s;
    QTest::newRow("friday 13th style dom+dow AND via star") << u"0 0 * * 5"_s << u"2026-02-12T00:00:00"_s << u"2026-02-13T00:00:00"_s;
    QTest::newRow("31st in feb or apr + dom30") << u"0 0 30,31 2,4 *"_s << u"2026-01-01T00:00:00"_s << u"2026-04-30T00:00:00"_s;
}

void TestCronExpression::next()
{
    QFETCH(QString, expr);
    QFETCH(QString, after);
    QFETCH(QString, expected);
    const auto c = CronExpression::parse(expr);
    QVERIFY2(c.hasValue(), qPrintable(c.hasValue() ? QString() : c.error().toString()));
    const auto n = c->next(utc(after));
    QVERIFY(n.has_value());
    QCOMPARE(n->toString(Qt::ISODate), utc(expected).toString(Qt::ISODate));
    QCOMPARE(n->timeSpec(), Qt::UTC);
    QVERIFY(c->matches(*n));
}

void TestCronExpression::nextRuns()
{
    const auto c = CronExpression::parse(u"0 0 31 * *"_s);
    QVERIFY(c.hasValue());
    const auto runs = c->nextRuns(utc(u"2026-01-01T00:00:00"_s), 7);
    QStringList got;
    for (const auto &r : runs)
        got << r.date().toString(Qt::ISODate);
    QCOMPARE(got,
             (QStringList{u"2026-01-31"_s, u"2026-03-31"_s, u"2026-05-31"_s, u"2026-07-31"_s, u"2026-08-31"_s, u"2026-10-31"_s, u"2026-12-31"_s}));

    // A local-time "after" is converted to UTC first.
    const QDateTime oslo(QDate(2026, 7, 1), QTime(10, 0), QTimeZone("Europe/Oslo"));
    const auto h = CronExpression::parse(u"0 9 * * *"_s);
    QCOMPARE(h->next(oslo)->toString(Qt::ISODate), u"2026-07-01T09:00:00Z"_s); // 10:00 Oslo = 08:00 UTC
}

void TestCronExpression::invalid_data()
{
    QTest::addColumn<QString>("expr");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty") << u""_s << u"expression"_s << 1 << u"empty"_s;
    QTest::newRow("blank") << u"   "_s << u"expression"_s << 1 << u"empty"_s;
    QTest::newRow("4 fields") << u"* * * *"_s << u"expression"_s << 8 << u"got 4"_s;
    QTest::newRow("6 fields") << u"0 * * * * *"_s << u"expression"_s << 11 << u"seconds and years"_s;
    QTest::newRow("7 fields") << u"0 0 12 * * ? 2026"_s << u"expression"_s << 12 << u"got 7"_s;
    QTest::newRow("macro") << u"@daily"_s << u"expression"_s << 1 << u"not supported"_s;
    QTest::newRow("minute 60") << u"60 * * * *"_s << u"minute"_s << 1 << u"60 is out of range; allowed: 0-59"_s;
    QTest::newRow("hour 24") << u"0 24 * * *"_s << u"hour"_s << 3 << u"24 is out of range; allowed: 0-23"_s;
    QTest::newRow("dom 0") << u"0 0 0 * *"_s << u"day of month"_s << 5 << u"0 is out of range; allowed: 1-31"_s;
    QTest::newRow("dom 32") << u"0 0 32 * *"_s << u"day of month"_s << 5 << u"out of range"_s;
    QTest::newRow("month 13") << u"0 0 1 13 *"_s << u"month"_s << 7 << u"allowed: 1-12 or jan-dec"_s;
    QTest::newRow("month 0") << u"0 0 1 0 *"_s << u"month"_s << 7 << u"out of range"_s;
    QTest::newRow("dow 8") << u"0 0 * * 8"_s << u"day of week"_s << 9 << u"0 and 7 are Sunday"_s;
    QTest::newRow("bad month name") << u"0 0 1 foo *"_s << u"month"_s << 7 << u"unknown name \"foo\""_s;
    QTest::newRow("full month name") << u"0 0 1 january *"_s << u"month"_s << 7 << u"unknown name"_s;
    QTest::newRow("bad day name") << u"0 0 * * funday"_s << u"day of week"_s << 9 << u"unknown name"_s;
    QTest::newRow("name in minute") << u"mon * * * *"_s << u"minute"_s << 1 << u"names are not allowed"_s;
    QTest::newRow("backwards range") << u"30-10 * * * *"_s << u"minute"_s << 4 << u"runs backwards"_s;
    QTest::newRow("step 0") << u"*/0 * * * *"_s << u"minute"_s << 3 << u"step 0 is out of range"_s;
    QTest::newRow("step too big") << u"*/61 * * * *"_s << u"minute"_s << 3 << u"allowed: 1-60"_s;
    QTest::newRow("missing step") << u"*/ * * * *"_s << u"minute"_s << 3 << u"expected a step"_s;
    QTest::newRow("negative") << u"-5 * * * *"_s << u"minute"_s << 1 << u"unexpected character '-'"_s;
    QTest::newRow("double comma") << u"1,,2 * * * *"_s << u"minute"_s << 3 << u"empty list item"_s;
    QTest::newRow("trailing comma") << u"1,2, * * * *"_s << u"minute"_s << 4 << u"empty list item"_s;
    QTest::newRow("leading comma") << u",1 * * * *"_s << u"minute"_s << 1 << u"empty list item"_s;
    QTest::newRow("question mark") << u"0 0 ? * *"_s << u"day of month"_s << 5 << u"unexpected character '?'"_s;
    QTest::newRow("L elsewhere") << u"0 0 * * L"_s << u"day of week"_s << 9 << u"unknown name"_s;
    QTest::newRow("hash") << u"0 0 * * 1#2"_s << u"day of week"_s << 10 << u"unexpected character '#'"_s;
    QTest::newRow("trailing junk") << u"5x * * * *"_s << u"minute"_s << 2 << u"unexpected character 'x'"_s;
    QTest::newRow("star with junk") << u"*5 * * * *"_s << u"minute"_s << 2 << u"unexpected character '5'"_s;
    QTest::newRow("range open") << u"5- * * * *"_s << u"minute"_s << 3 << u"expected a value"_s;
    QTest::newRow("feb 30 never") << u"0 0 30 2 *"_s << u"day of month"_s << 5 << u"never run"_s;
    QTest::newRow("feb 31 never") << u"0 0 31 2 *"_s << u"day of month"_s << 5 << u"never run"_s;
    QTest::newRow("apr/jun 31 never") << u"0 0 31 4,6,9,11 *"_s << u"day of month"_s << 5 << u"never run"_s;
    QTest::newRow("huge number") << u"99999999999 * * * *"_s << u"minute"_s << 1 << u"out of range"_s;
    QTest::newRow("step on dow too big") << u"0 0 * * */9"_s << u"day of week"_s << 11 << u"allowed: 1-8"_s;
    // ASCII only: an Arabic-Indic three is not a digit, a non-breaking space does not separate fields.
    QTest::newRow("non-ASCII digit") << u"\u0663 * * * *"_s << u"minute"_s << 1 << u""_s;
    QTest::newRow("non-breaking space") << u"0\u00a00 * * * *"_s << u"minute"_s << 2 << u""_s;
}

void TestCronExpression::invalid()
{
    QFETCH(QString, expr);
    QFETCH(QString, field);
    QFETCH(int, position);
    QFETCH(QString, messagePart);
    const auto c = CronExpression::parse(expr);
    QVERIFY2(!c.hasValue(), qPrintable(expr));
    QCOMPARE(c.error().field, field);
    QCOMPARE(c.error().position, position);
    QVERIFY2(c.error().message.contains(messagePart), qPrintable(c.error().message));
    QVERIFY(c.error().toString().contains(field));
}

void TestCronExpression::describe_data()
{
    QTest::addColumn<QString>("expr");
    QTest::addColumn<QString>("text");
    QTest::newRow("every minute") << u"* * * * *"_s << u"Every minute"_s;
    QTest::newRow("every 5 minutes") << u"*/5 * * * *"_s << u"Every 5 minutes"_s;
    QTest::newRow("every hour") << u"0 * * * *"_s << u"Every hour"_s;
    QTest::newRow("every 2 hours") << u"0 */2 * * *"_s << u"Every 2 hours"_s;
    QTest::newRow("daily") << u"30 8 * * *"_s << u"At 08:30"_s;
    QTest::newRow("midnight") << u"0 0 * * *"_s << u"At 00:00"_s;
    QTest::newRow("mon and fri") << u"30 8 * * 1,5"_s << u"At 08:30 on Monday and Friday"_s;
    QTest::newRow("weekdays") << u"0 9 * * 1-5"_s << u"At 09:00 on Monday through Friday"_s;
    QTest::newRow("weekend names") << u"0 10 * * sat,sun"_s << u"At 10:00 on Saturday and Sunday"_s;
    QTest::newRow("sunday 7") << u"0 10 * * 7"_s << u"At 10:00 on Sunday"_s;
    QTest::newRow("several times") << u"0 8,12,16 * * *"_s << u"At 08:00, 12:00 and 16:00"_s;
    QTest::newRow("half hours") << u"0,30 9 * * *"_s << u"At 09:00 and 09:30"_s;
    QTest::newRow("first of month") << u"0 0 1 * *"_s << u"At 00:00 on day 1 of the month"_s;
    QTest::newRow("1st and 15th") << u"0 6 1,15 * *"_s << u"At 06:00 on days 1 and 15 of the month"_s;
    QTest::newRow("leap day") << u"0 0 29 2 *"_s << u"At 00:00 on day 29 of February"_s;
    QTest::newRow("new year") << u"0 0 1 1 *"_s << u"At 00:00 on day 1 of January"_s;
    QTest::newRow("vixie or") << u"0 0 1 * 1"_s << u"At 00:00 on day 1 of the month or on Monday"_s;
    QTest::newRow("month list") << u"0 0 * jan,jul *"_s << u"At 00:00, in January and July"_s;
    QTest::newRow("quarterly") << u"0 0 1 */3 *"_s << u"At 00:00 on day 1 of the month, in every 3rd month"_s;
    QTest::newRow("minute past hour") << u"15 * * * *"_s << u"At minute 15 past the hour"_s;
    QTest::newRow("minutes list") << u"0,15,45 * * * *"_s << u"At minutes 0, 15 and 45 past the hour"_s;
    QTest::newRow("business hours") << u"*/15 9-17 * * 1-5"_s << u"Every 15 minutes, between 09:00 and 17:59 on Monday through Friday"_s;
    QTest::newRow("every minute in hour 3") << u"* 3 * * *"_s << u"Every minute, between 03:00 and 03:59"_s;
    QTest::newRow("every 10 minutes at 6-hour steps") << u"*/10 */6 * * *"_s << u"Every 10 minutes, every 6 hours"_s;
    QTest::newRow("range step minutes") << u"10-30/10 * * * *"_s << u"Every 10th minute from minute 10 through 30"_s;
    // A step over part of a field: said once, not "At minute every 2nd minute…".
    QTest::newRow("minute step from 5") << u"5-59/2 * * * *"_s << u"Every 2nd minute from minute 5 through 59"_s;
    QTest::newRow("hour step from 8") << u"0 8-18/2 * * *"_s << u"At minute 0 past the hour, every 2nd hour from 08:00 through 18:59"_s;
    QTest::newRow("day step from 5") << u"0 0 5-20/3 * *"_s << u"At 00:00 on every 3rd day of the month from day 5 through 20"_s;
    QTest::newRow("dom star step and dow") << u"0 0 */2 * 1"_s << u"At 00:00 on every 2nd day of the month or on Monday"_s;
    QTest::newRow("last day") << u"30 23 L * *"_s << u"At 23:30 on the last day of the month"_s;
}

void TestCronExpression::describe()
{
    QFETCH(QString, expr);
    QFETCH(QString, text);
    const auto c = CronExpression::parse(expr);
    QVERIFY(c.hasValue());
    QCOMPARE(c->describe(), text);
}

void TestCronExpression::matchesAgreesWithIndependentModel()
{
    // Random expressions from a seeded generator; an independent set-based model must agree
    // with matches() on every minute of sampled days.
    QRandomGenerator rng(20261128);
    const int mins[] = {0, 0, 1, 1, 0}, maxs[] = {59, 23, 31, 12, 7};
    int checked = 0;
    for (int round = 0; round < 150; ++round) {
        QStringList fields;
        QList<QList<int>> sets;
        for (int f = 0; f < 5; ++f) {
            QList<int> set;
            QString text;
            const int kind = rng.bounded(5);
            const int lo = mins[f], hi = maxs[f];
            if (kind == 0) {
                text = u"*"_s;
                for (int v = lo; v <= (f == 4 ? 6 : hi); ++v)
                    set << v;
            } else if (kind == 1) {
                const int step = 1 + rng.bounded(std::min(7, hi - lo + 1));
                text = u"*/%1"_s.arg(step);
                for (int v = lo; v <= (f == 4 ? 6 : hi); v += step)
                    set << v;
            } else if (kind == 2) {
                const int a = lo + rng.bounded(hi - lo + 1), b = a + rng.bounded(hi - a + 1);
                text = u"%1-%2"_s.arg(a).arg(b);
                for (int v = a; v <= b; ++v)
                    set << v;
            } else {
                const int n = 1 + rng.bounded(3);
                QStringList parts;
                for (int i = 0; i < n; ++i) {
                    const int v = lo + rng.bounded(hi - lo + 1);
                    parts << QString::number(v);
                    set << v;
                }
                text = parts.join(QLatin1Char(','));
            }
            fields << text;
            sets << set;
        }
        const QString expr = fields.join(QLatin1Char(' '));
        const auto c = CronExpression::parse(expr);
        if (!c.hasValue()) {
            QVERIFY2(c.error().message.contains(u"never run"_s), qPrintable(expr + u": "_s + c.error().toString()));
            continue;
        }
        // croniter's rule: a day field is unrestricted when it covers its whole range.
        bool domStar = true;
        for (int day = 1; day <= 31; ++day)
            domStar &= sets[2].contains(day);
        bool dowStar = true;
        for (int day = 0; day <= 6; ++day)
            dowStar &= sets[4].contains(day) || (day == 0 && sets[4].contains(7));
        for (int s = 0; s < 20; ++s) {
            const QDate d = QDate(2024, 1, 1).addDays(rng.bounded(1200));
            for (int minute = 0; minute < 24 * 60; minute += 7) {
                const QDateTime t(d, QTime(minute / 60, minute % 60), Qt::UTC);
                const bool expected = bruteMatch(minute % 60, minute / 60, d, sets, domStar, dowStar);
                if (c->matches(t) != expected)
                    QFAIL(qPrintable(u"%1 at %2: expected %3"_s.arg(expr, t.toString(Qt::ISODate)).arg(expected)));
                ++checked;
            }
        }
    }
    QVERIFY(checked > 100000);
}

void TestCronExpression::nextAgreesWithMinuteScan()
{
    const QStringList exprs = {u"*/7 * * * *"_s,  u"0 */5 * * *"_s, u"15 10 * * 2"_s,    u"0 0 1,15 * *"_s, u"0 0 13 * 5"_s,    u"45 23 * * 6,0"_s,
                               u"0 12 */3 * *"_s, u"0 6 * * 1-5"_s, u"30 1 28-31 * *"_s, u"0 0 * 2 *"_s,    u"59 23 31 12 *"_s, u"5/20 3-5 * * *"_s};
    QRandomGenerator rng(42);
    for (const QString &e : exprs) {
        const auto c = CronExpression::parse(e);
        QVERIFY(c.hasValue());
        for (int i = 0; i < 25; ++i) {
            const QDateTime after = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(rng.bounded(3 * 365 * 24 * 60)) * 60);
            const auto fast = c->next(after);
            const auto slow = bruteNext(*c, after, 400 * 24 * 60);
            QVERIFY(fast.has_value() && slow.has_value());
            QCOMPARE(*fast, *slow);
        }
    }
}

void TestCronExpression::farAwayDatesAreFast()
{
    // 1000 next() calls for the rarest expression must not scan minutes; this is a sanity check
    // of the algorithm (a minute scan would need ~2 million steps per call), not a benchmark.
    const auto c = CronExpression::parse(u"0 0 29 2 *"_s);
    const auto runs = c->nextRuns(utc(u"2001-01-01T00:00:00"_s), 25);
    QCOMPARE(runs.size(), 25);
    QCOMPARE(runs.first().date(), QDate(2004, 2, 29));
    QCOMPARE(runs.last().date(), QDate(2104, 2, 29)); // 2100 is not a leap year
}

QTEST_GUILESS_MAIN(TestCronExpression)
#include "tst_cronexpression.moc"
