#include "gui/models/callsmodel.h"
#include "gui/models/callsproxy.h"
#include "gui/models/functionsmodel.h"
#include "gui/models/functionsproxy.h"
#include "gui/models/modelroles.h"
#include "gui/models/schedulesmodel.h"
#include "gui/models/schedulesproxy.h"
#include "gui/models/statusdelegate.h"
#include "gui/pages/callschart.h"
#include "gui/pages/functiondeletion.h"
#include "gui/widgets/tones.h"

#include <QAbstractItemModelTester>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace fstudio;
using namespace fstudio::gui;
using namespace Qt::StringLiterals;

namespace {
Function fn(qint64 id, const QString &name, FunctionStatus status, const QString &owner = {})
{
    Function f;
    f.id = id;
    f.name = name;
    f.status = status;
    f.statusText = toWire(status);
    f.fileId = 1;
    f.createdTime = 1'700'000'000'000LL + id;
    if (!owner.isEmpty())
        f.owner = owner;
    f.externalId = u"xid-"_s + name;
    return f;
}

FunctionCall call(qint64 id, CallStatus s, qint64 start, std::optional<qint64> schedule = {})
{
    FunctionCall c;
    c.id = id;
    c.functionId = 1;
    c.status = s;
    c.startTime = start;
    c.endTime = start + (id % 97) * 10;
    c.scheduleId = schedule;
    if (s == CallStatus::Failed)
        c.error = ErrorDetail{u"KeyError: 'x' in call %1"_s.arg(id), u"trace"_s, std::nullopt};
    return c;
}
} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deletionNamesSharedCodeFiles();
    void toolTipsArePlainText();
    void functionsModelUpdatesInPlace();
    void functionsProxySearchFilterSort();
    void callsModelAndProxy();
    void callsProxyHandles100kRows();
    void schedulesModelNextRuns();
    void schedulesProxyFiltersByFunctionId();
    void statusColoursFollowThePalette();
    void callsChartHasAPointPerCall();
};

void TestModels::functionsModelUpdatesInPlace()
{
    FunctionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setFunctions(
        {fn(1, u"alpha"_s, FunctionStatus::Ready), fn(2, u"beta"_s, FunctionStatus::Queued), fn(3, u"gamma"_s, FunctionStatus::Ready)});
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.anyDeploying());
    QCOMPARE(model.data(model.index(1, FunctionsModel::Status)).toString(), u"Queued"_s);
    QCOMPARE(model.data(model.index(1, FunctionsModel::Status), StatusRole).toString(), u"Queued"_s);
    QCOMPARE(model.data(model.index(0, FunctionsModel::Name), IdRole).toLongLong(), 1);
    QCOMPARE(model.data(model.index(0, FunctionsModel::Created), RawRole).toLongLong(), 1'700'000'000'001LL);
    // beta becomes Ready, gamma disappears, delta arrives: rows change in place.
    QPersistentModelIndex alpha = model.index(0, 0);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setFunctions(
        {fn(1, u"alpha"_s, FunctionStatus::Ready), fn(2, u"beta"_s, FunctionStatus::Ready), fn(4, u"delta"_s, FunctionStatus::Failed)});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(changed.count(), 1); // only beta changed
    QCOMPARE(model.function(1).status, FunctionStatus::Ready);
    QCOMPARE(model.function(2).name, u"delta"_s);
    QVERIFY(alpha.isValid());
    QCOMPARE(alpha.row(), 0);
    QCOMPARE(reset.count(), 0);
    QVERIFY(!model.anyDeploying());
    QCOMPARE(model.rowOf(4), 2);
    QCOMPARE(model.rowOf(3), -1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::functionsProxySearchFilterSort()
{
    FunctionsModel model;
    FunctionsProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Function described = fn(3, u"Gamma-ETL"_s, FunctionStatus::Ready, u"ann@x.com"_s);
    described.description = u"loads the warehouse"_s;
    model.setFunctions(
        {fn(1, u"alpha"_s, FunctionStatus::Ready, u"bob@x.com"_s), fn(2, u"beta"_s, FunctionStatus::Failed, u"ann@x.com"_s), described});
    proxy.sort(FunctionsModel::Name, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, FunctionsModel::Name).data().toString(), u"Gamma-ETL"_s);
    QCOMPARE(proxy.index(2, FunctionsModel::Name).data().toString(), u"alpha"_s);
    proxy.setSearchText(u"ann"_s);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setSearchText(u"WAREHOUSE"_s); // description, case-insensitive
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSearchText(u"xid-beta"_s); // external id
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSearchText(u"ann etl"_s); // every word must match
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSearchText(QString());
    proxy.setStatusFilter(u"Failed"_s);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), u"beta"_s);
    proxy.setStatusFilter(QString());
    proxy.sort(FunctionsModel::Created, Qt::AscendingOrder); // typed (ms), not text
    QCOMPARE(proxy.index(0, FunctionsModel::Name).data().toString(), u"alpha"_s);
}

void TestModels::callsModelAndProxy()
{
    CallsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CallsProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester ptester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendCalls({call(30, CallStatus::Completed, 3000, 7), call(20, CallStatus::Failed, 2000), call(10, CallStatus::Running, 1000)});
    model.appendCalls({call(20, CallStatus::Failed, 2000)}); // duplicates are ignored
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.data(model.index(0, CallsModel::Trigger)).toString(), u"Schedule 7"_s);
    model.setScheduleNames({{7, u"nightly"_s}});
    QCOMPARE(model.data(model.index(0, CallsModel::Trigger)).toString(), u"nightly"_s);
    QCOMPARE(model.data(model.index(1, CallsModel::Trigger)).toString(), u"Manual"_s);
    QCOMPARE(model.data(model.index(1, CallsModel::Error)).toString(), u"KeyError: 'x' in call 20"_s);
    QCOMPARE(model.data(model.index(2, CallsModel::Ended)).toString().isEmpty(), false);
    QVERIFY(!model.canFetchMore({})); // no source
    proxy.setStatusFilter(u"Failed"_s);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setStatusFilter(QString());
    proxy.setStartedAfter(1500);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setStartedAfter(std::nullopt);
    proxy.setSearchText(u"nightly"_s);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSearchText(QString());
    proxy.sort(CallsModel::Started, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, CallsModel::Id).data().toString(), u"10"_s);
    proxy.sort(CallsModel::Duration, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, CallsModel::Id).data(IdRole).toLongLong(), 30); // 30 % 97 * 10 = 300 ms
}

void TestModels::callsProxyHandles100kRows()
{
    CallsModel model;
    QList<FunctionCall> calls;
    for (int i = 0; i < 100000; ++i)
        calls << call(1'000'000 - i, i % 10 == 0 ? CallStatus::Failed : CallStatus::Completed, 1'700'000'000'000LL - i * 1000LL,
                      i % 3 == 0 ? std::optional<qint64>(5) : std::nullopt);
    model.appendCalls(calls);
    CallsProxy proxy;
    proxy.setSourceModel(&model);
    QCOMPARE(proxy.rowCount(), 100000);
    proxy.sort(CallsModel::Duration, Qt::AscendingOrder);
    qint64 prev = -2;
    for (int r = 0; r < proxy.rowCount(); r += 997) {
        const qint64 d = proxy.index(r, CallsModel::Duration).data(RawRole).toLongLong();
        QVERIFY(d >= prev);
        prev = d;
    }
    proxy.setStatusFilter(u"Failed"_s);
    QCOMPARE(proxy.rowCount(), 10000);
}

void TestModels::schedulesModelNextRuns()
{
    SchedulesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNow(QDateTime(QDate(2026, 11, 28), QTime(10, 7), Qt::UTC));
    FunctionSchedule a;
    a.id = 1;
    a.name = u"five"_s;
    a.cronExpression = u"*/5 * * * *"_s;
    a.functionId = 9;
    a.when = u"Every 5 minutes"_s;
    FunctionSchedule b;
    b.id = 2;
    b.name = u"broken"_s;
    b.cronExpression = u"61 * * * *"_s;
    model.setSchedules({a, b});
    QCOMPARE(model.data(model.index(0, SchedulesModel::NextUtc)).toString(), u"2026-11-28 10:10 UTC"_s);
    QCOMPARE(model.data(model.index(0, SchedulesModel::NextLocal)).toString(),
             QDateTime(QDate(2026, 11, 28), QTime(10, 10), Qt::UTC).toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
    QCOMPARE(model.data(model.index(1, SchedulesModel::NextUtc)).toString(), u"invalid cron"_s);
    QCOMPARE(model.data(model.index(0, SchedulesModel::Function)).toString(), u"9"_s);
    model.setFunctionNames({{9, u"etl"_s}});
    QCOMPARE(model.data(model.index(0, SchedulesModel::Function)).toString(), u"etl"_s);
    QCOMPARE(model.data(model.index(1, SchedulesModel::When)).toString(), QString()); // invalid cron has no text
    // Local time and the daylight-saving drift of a UTC schedule, in a given zone.
    model.setLocalZone(QTimeZone("Europe/Oslo"));
    QCOMPARE(model.data(model.index(0, SchedulesModel::NextLocal)).toString(), u"2026-11-28 11:10"_s);
    FunctionSchedule daily = a;
    daily.id = 3;
    daily.name = u"daily"_s;
    daily.cronExpression = u"30 7 * * *"_s;
    model.setSchedules({a, b, daily});
    const QString tip = model.data(model.index(2, SchedulesModel::NextLocal), Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"daylight-saving time moves this schedule"_s) && tip.contains(u"09:30 local time (UTC+02:00)"_s), qPrintable(tip));
    model.setLocalZone(QTimeZone("Asia/Tokyo"));
    QVERIFY(model.data(model.index(2, SchedulesModel::NextLocal), Qt::ToolTipRole).toString().contains(u"keeps the same local time"_s));
    QVERIFY(model.data(model.index(1, SchedulesModel::Cron), Qt::ToolTipRole).toString().contains(u"minute"_s)); // the parse error
    model.setSchedules({b});
    QCOMPARE(model.rowCount(), 1);
}

// Two functions may share a name; "only the selected function" must go by id.
void TestModels::schedulesProxyFiltersByFunctionId()
{
    SchedulesModel model;
    SchedulesProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<FunctionSchedule> all;
    for (int i = 0; i < 4; ++i) {
        FunctionSchedule s;
        s.id = 100 + i;
        s.name = u"s%1"_s.arg(i);
        s.cronExpression = u"0 * * * *"_s;
        s.functionId = i % 2 ? 7 : 8;
        all << s;
    }
    model.setSchedules(all);
    model.setFunctionNames({{7, u"twin"_s}, {8, u"twin"_s}});
    QCOMPARE(proxy.rowCount(), 4);
    proxy.setFunctionId(7);
    QCOMPARE(proxy.rowCount(), 2);
    for (int r = 0; r < proxy.rowCount(); ++r)
        QCOMPARE(proxy.index(r, 0).data(FunctionIdRole).toLongLong(), 7);
    proxy.setSearchText(u"S3"_s); // case-insensitive, any column
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(IdRole).toLongLong(), 103);
    proxy.setFunctionId(0);
    proxy.setSearchText(QString());
    QCOMPARE(proxy.rowCount(), 4);
    // A schedule made after the table was sorted is sorted in, not appended at the end.
    proxy.sort(SchedulesModel::Name, Qt::AscendingOrder);
    FunctionSchedule first;
    first.id = 200;
    first.name = u"a new one"_s;
    first.cronExpression = u"0 * * * *"_s;
    first.functionId = 7;
    model.setSchedules(all + QList<FunctionSchedule>{first});
    QCOMPARE(proxy.rowCount(), 5);
    QCOMPARE(proxy.index(0, 0).data(IdRole).toLongLong(), 200);
}

// Badges and messages read on a dark theme as on a light one: the colours come from the palette.
void TestModels::statusColoursFollowThePalette()
{
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(30, 30, 30));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    for (const QString &status : {u"Ready"_s, u"Failed"_s, u"Running"_s, u"Unknown"_s}) {
        const QColor onLight = StatusDelegate::colorFor(status, light);
        const QColor onDark = StatusDelegate::colorFor(status, dark);
        QVERIFY2(onDark.lightnessF() > onLight.lightnessF(), qPrintable(status));
        // Enough contrast against the background it sits on.
        QVERIFY(std::abs(onLight.lightnessF() - 1.0) > 0.4);
        QVERIFY(std::abs(onDark.lightnessF() - dark.color(QPalette::Base).lightnessF()) > 0.4);
    }
    QCOMPARE(Tones::forStatus(u"Failed"_s), Tone::Negative);
    QCOMPARE(Tones::forStatus(u"Completed"_s), Tone::Positive);
    QCOMPARE(Tones::forStatus(u"Deploying"_s), Tone::Active);
    QCOMPARE(Tones::textOn(QColor(Qt::white)), QColor(Qt::black));
    QCOMPARE(Tones::textOn(QColor(20, 40, 120)), QColor(Qt::white));
    QVERIFY(Tones::background(Tone::Negative, dark).lightnessF() < 0.4); // a dark bar on a dark theme
    QVERIFY(Tones::background(Tone::Negative, light).lightnessF() > 0.8);
}

// One point per call, coloured by status, counted in the legend; a click on a point opens it.
void TestModels::callsChartHasAPointPerCall()
{
    CallsModel model;
    CallsChart chart;
    chart.resize(800, 300);
    chart.setModel(&model);
    chart.show();
    QCOMPARE(chart.pointCount(), 0);
    QList<FunctionCall> calls;
    const qint64 t0 = 1796000000000;
    for (int i = 0; i < 30; ++i) {
        FunctionCall c;
        c.id = 100 + i;
        c.functionId = 1;
        c.startTime = t0 + i * 60000;
        c.status = i == 29 ? CallStatus::Running : i % 10 == 9 ? CallStatus::Failed : CallStatus::Completed;
        if (c.status != CallStatus::Running)
            c.endTime = c.startTime + 1000 + i * 100;
        calls << c;
    }
    model.appendCalls(calls);
    chart.rebuild();
    QCOMPARE(chart.pointCount(), 30);
    QCOMPARE(chart.series(CallStatus::Failed)->count(), 2);
    QCOMPARE(chart.series(CallStatus::Failed)->name(), u"Failed (2)"_s);
    QCOMPARE(chart.series(CallStatus::Completed)->count(), 27);
    QCOMPARE(chart.series(CallStatus::Running)->count(), 1);
    // A click near the point of call 119 (Failed, 2.9 s) opens it.
    QSignalSpy activated(&chart, &CallsChart::callActivated);
    const auto hit = chart.callAt(CallStatus::Failed, QPointF(double(t0 + 19 * 60000 + 5000), 2.8));
    QVERIFY(hit);
    QCOMPARE(hit->id, 119);
    Q_EMIT chart.series(CallStatus::Failed)->clicked(QPointF(double(t0 + 19 * 60000), 2.9));
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().value<FunctionCall>().id, 119);
}

// The question before "Delete with code files" names the other functions that use the same code
// file (the file is kept); a file shared only by functions deleted together is not "shared".
void TestModels::deletionNamesSharedCodeFiles()
{
    auto fn = [](qint64 id, const QString &name, qint64 fileId) {
        Function f;
        f.id = id;
        f.name = name;
        f.fileId = fileId;
        return f;
    };
    const QList<Function> all{fn(1, u"a"_s, 100), fn(2, u"b"_s, 100), fn(3, u"c"_s, 300), fn(4, u"d"_s, 300)};
    const auto withoutIsolates = [](QString text) { return text.remove(QChar(0x2068)).remove(QChar(0x2069)); };
    const QString q = withoutIsolates(FunctionDeletion::question({all[0]}, {{1, {u"nightly"_s}}}, all));
    QVERIFY2(q.contains(u"Its code file 100 is also used by b: it is kept."_s), qPrintable(q));
    QVERIFY(q.contains(u"with 1 schedule(s): nightly"_s) || q.contains(u"with 1 schedule: nightly"_s));
    QVERIFY(q.contains(u"the shared ones above are kept"_s));
    const QString both = FunctionDeletion::question({all[2], all[3]}, {}, all);
    QVERIFY2(!both.contains(u"also used by"_s), qPrintable(both));
    QVERIFY(!both.contains(u"shared ones"_s));
    // A name from the server cannot reverse the text around it: its direction controls are shown
    // as marks and it is isolated from the sentence.
    const QString rlo = u"invoice"_s + QChar(0x202E) + u"gnp.exe"_s;
    const QString tricky = FunctionDeletion::question({fn(9, rlo, 900)}, {{9, {QChar(0x2067) + u"x"_s}}}, {});
    QVERIFY2(tricky.contains(QChar(0x2068) + u"invoice[U+202E]gnp.exe"_s + QChar(0x2069)), qPrintable(tricky));
    QVERIFY(!tricky.contains(QChar(0x202E)));
    QVERIFY(tricky.contains(u"[U+2067]x"_s));
    FunctionsModel model;
    model.setFunctions({fn(9, rlo, 900)});
    QCOMPARE(model.data(model.index(0, FunctionsModel::Name), Qt::DisplayRole).toString(), u"invoice[U+202E]gnp.exe"_s);
    QCOMPARE(model.data(model.index(0, FunctionsModel::Name), RawRole).toString(), rlo); // sorting and copying use the real name
}

// Item tool tips show server text as it is: markup in a description or error is escaped.
void TestModels::toolTipsArePlainText()
{
    FunctionsModel m;
    Function f;
    f.id = 7;
    f.name = u"x"_s;
    f.description = u"<b>bold</b> & <i>more</i>\nline two"_s;
    m.setFunctions({f});
    const QString tip = m.index(0, FunctionsModel::Name).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"&lt;b&gt;bold&lt;/b&gt; &amp; &lt;i&gt;"_s), qPrintable(tip));
    QVERIFY(!tip.contains(u"<b>"_s));
    QVERIFY(tip.contains(u"white-space:pre-wrap"_s)); // the line break stays
}

QTEST_MAIN(TestModels)
#include "tst_models.moc"
