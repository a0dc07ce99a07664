// The schedule editor, driven through its widgets: simple and advanced modes in step, invalid
// fields named, daylight-saving and dialect notes, and a schedule created against the in-process
// emulator that then fires with its input data.
#include "support/apifixture.h"
#include "support/widgets.h"

#include "gui/models/modelroles.h"
#include "gui/models/schedulesmodel.h"
#include "gui/pages/schedulespage.h"
#include "gui/schedules/lastruns.h"
#include "gui/schedules/scheduleeditor.h"
#include "gui/schedules/schedulehealth.h"
#include "gui/schedules/weekview.h"
#include "gui/widgets/jsoneditor.h"

#include "api/services/functionsservice.h"
#include "api/services/schedulesservice.h"

#include "core/cron/scheduleintent.h"
#include "core/cron/simpleschedule.h"
#include "core/rules/validator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>

#include "core/wire/schedulefilter.h"

using namespace fstudio;
using namespace fstudio::gui;
using namespace fstudio::test;
using namespace Qt::StringLiterals;

namespace {
const QByteArray Hello = "def handle(data):\n    return {'greeting': 'Hello, ' + data.get('name', 'world')}\n";
const QDateTime Winter(QDate(2026, 1, 15), QTime(12, 0), Qt::UTC);

ScheduleEditor::Setup offline(const QByteArray &zone)
{
    ScheduleEditor::Setup s;
    Function f;
    f.id = 7;
    f.name = u"greeter"_s;
    s.functions = {f};
    s.functionId = 7;
    s.zone = QTimeZone(zone);
    s.now = Winter;
    s.project.credentials = api::NonceSource::credentials(u"functions-studio"_s, u"emulator-secret"_s);
    return s;
}

// The editor on a function of the emulator, signing in with the fixture's client; empty (with a
// failure reported) when the function cannot be made.
std::optional<ScheduleEditor::Setup> online(ApiFixture &fx, const QByteArray &zone)
{
    const qint64 fid = fx.readyFunction(u"greeter"_s, Hello);
    if (!fid)
        return std::nullopt;
    const auto f = await(api::FunctionsService(fx.client.get()).retrieve(Identifier::byId(fid)));
    if (!f || !f.value())
        return std::nullopt;
    ScheduleEditor::Setup s;
    s.project.client = fx.client.get();
    s.functions = {*f.value()};
    s.functionId = fid;
    s.project.credentials = api::NonceSource::credentials(u"functions-studio"_s, u"emulator-secret"_s);
    s.zone = QTimeZone(zone);
    s.now = QDateTime::fromMSecsSinceEpoch(fx.clock->nowMs(), Qt::UTC);
    return s;
}

// Types cron into the Advanced tab's expression field, as a user would.
void typeExpression(ScheduleEditor &editor, const QString &cron)
{
    auto *raw = child<QLineEdit>(&editor, u"rawExpression"_s);
    raw->setText(cron);
    Q_EMIT raw->textEdited(raw->text());
}

// The next delete of a schedule answers 503 (once); false, with a warning, if the rule was refused.
bool failNextScheduleDelete(ApiFixture &fx)
{
    QString error;
    if (fx.server->faults().loadJson(
            R"({"rules": [{"method": "POST", "path": "*/functions/schedules/delete", "action": "status", "status": 503, "maxCount": 1}]})", &error))
        return true;
    qWarning("fault rule refused: %s", qPrintable(error));
    return false;
}

// The project's schedules, as the editor's client reads them.
QList<FunctionSchedule> schedulesIn(ApiFixture &fx)
{
    const auto r = await(api::SchedulesService(fx.client.get()).list(ScheduleFilter{}));
    return r ? *r : QList<FunctionSchedule>();
}

// The "name" in a schedule's input data (empty when it has none or the schedule is gone).
QString inputNameOf(ApiFixture &fx, qint64 scheduleId)
{
    return fx.http->pget(u"functions/schedules/%1/input_data"_s.arg(scheduleId)).json.value("data"_L1).toObject().value("name"_L1).toString();
}

// The function greeter with its schedule "morning" (0 7 * * *, input data {"name": "morning
// input"}), and the editor's setup to edit that schedule. False, with a warning, when it could not be made.
bool editingMorning(ApiFixture &fx, ScheduleEditor::Setup *setup)
{
    const qint64 fid = fx.readyFunction(u"greeter"_s, Hello);
    if (!fid || fx.createSchedule(fid, u"morning"_s, u"0 7 * * *"_s, QJsonObject{{"name"_L1, u"morning input"_s}}) != 201) {
        qWarning("editingMorning: the function or its schedule was not made");
        return false;
    }
    const QList<FunctionSchedule> schedules = schedulesIn(fx);
    const auto f = await(api::FunctionsService(fx.client.get()).retrieve(Identifier::byId(fid)));
    if (schedules.size() != 1 || !f || !f.value()) {
        qWarning("editingMorning: %lld schedule(s), function %s", qlonglong(schedules.size()), f && f.value() ? "found" : "not found");
        return false;
    }
    setup->project.client = fx.client.get();
    setup->functions = {*f.value()};
    setup->project.credentials = api::NonceSource::credentials(u"functions-studio"_s, u"emulator-secret"_s);
    setup->zone = QTimeZone::utc();
    setup->original = schedules.first();
    return true;
}

} // namespace

class TestScheduleEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"functions-studio-tests"_s);
        QCoreApplication::setApplicationName(u"tst_scheduleeditor"_s);
        QSettings().clear();
    }
    void simpleToCron_data();
    void simpleToCron();
    void simpleAndAdvancedStayInStep();
    void invalidFieldsAreNamed();
    void daylightSavingNote();
    void createdScheduleFires();
    void seasonalPairKeepsLocalTime();
    void intentTravelsWithTheSchedule();
    void editIsCreateThenDelete();
    void editWhoseCreateFailsKeepsTheOriginal();
    void editWhoseDeleteFailsLeavesBothAndOnlyClose();
    void replaceOutcomeStaysWhileTyping();
    void weekViewCountsRuns();
    void brokenCredentialsAreNoticed();
};

void TestScheduleEditor::simpleToCron_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<int>("number"); // minutes, minute or day, by kind
    QTest::addColumn<QList<int>>("weekdays");
    QTest::addColumn<QString>("cron");
    using K = SimpleSchedule::Kind;
    QTest::newRow("every 20 minutes") << int(K::EveryMinutes) << QByteArray("UTC") << QTime() << 20 << QList<int>{} << u"*/20 * * * *"_s;
    QTest::newRow("hourly, half-hour zone") << int(K::Hourly) << QByteArray("Asia/Kolkata") << QTime() << 15 << QList<int>{} << u"45 * * * *"_s;
    QTest::newRow("daily in Oslo, winter") << int(K::Daily) << QByteArray("Europe/Oslo") << QTime(9, 0) << 0 << QList<int>{} << u"0 8 * * *"_s;
    QTest::newRow("daily in UTC") << int(K::Daily) << QByteArray("UTC") << QTime(9, 0) << 0 << QList<int>{} << u"0 9 * * *"_s;
    QTest::newRow("weekly past midnight") << int(K::Weekly) << QByteArray("Europe/Oslo") << QTime(0, 30) << 0 << QList<int>{1, 3}
                                          << u"30 23 * * 0,2"_s;
    QTest::newRow("monthly on the 1st, day before in UTC")
        << int(K::Monthly) << QByteArray("Europe/Oslo") << QTime(0, 30) << 1 << QList<int>{} << u"30 23 L * *"_s;
    QTest::newRow("monthly on the 15th") << int(K::Monthly) << QByteArray("America/New_York") << QTime(22, 0) << 15 << QList<int>{}
                                         << u"0 3 16 * *"_s;
}

void TestScheduleEditor::simpleToCron()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, zone);
    QFETCH(QTime, time);
    QFETCH(int, number);
    QFETCH(QList<int>, weekdays);
    QFETCH(QString, cron);
    SimpleSchedule s;
    s.kind = SimpleSchedule::Kind(kind);
    s.zone = QTimeZone(zone);
    s.time = time;
    s.everyMinutes = number;
    s.minute = number;
    s.dayOfMonth = number;
    s.weekdays = weekdays;
    const auto made = s.toCron(Winter.date());
    QVERIFY2(made, made ? "" : qPrintable(made.error().message));
    QCOMPARE(*made, cron);
}

void TestScheduleEditor::simpleAndAdvancedStayInStep()
{
    ScheduleEditor editor(offline("Europe/Oslo"));
    editor.show();
    // Default: every day at 09:00 local time.
    QCOMPARE(editor.expression(), u"0 8 * * *"_s);
    QCOMPARE(child<QLineEdit>(&editor, u"cronHour"_s)->text(), u"8"_s);
    QCOMPARE(child<QLineEdit>(&editor, u"rawExpression"_s)->text(), u"0 8 * * *"_s);
    QVERIFY(child<QLabel>(&editor, u"cronText"_s)->text().contains(u"At 08:00"_s));
    QCOMPARE(editor.nextRunsUtc().size(), 10);
    QCOMPARE(editor.nextRunsUtc().first(), u"2026-01-16 08:00"_s);
    // Simple -> advanced.
    child<QComboBox>(&editor, u"kind"_s)->setCurrentIndex(3); // weekly
    child<QTimeEdit>(&editor, u"time"_s)->setTime(QTime(7, 15));
    QCOMPARE(editor.expression(), u"15 6 * * 1-5"_s); // Monday to Friday (the default days) at 07:15 in Oslo, winter
    QCOMPARE(child<QLineEdit>(&editor, u"cronDow"_s)->text(), u"1-5"_s); // a range, not 1,2,3,4,5
    // Advanced -> raw: typing in a field updates the expression.
    child<QTabWidget>(&editor, u"modes"_s)->setCurrentIndex(1);
    auto *dom = child<QLineEdit>(&editor, u"cronDom"_s);
    dom->setFocus();
    dom->selectAll();
    QTest::keyClicks(dom, u"*/2"_s);
    QVERIFY(editor.expression().contains(u"*/2"_s));
    QCOMPARE(child<QLineEdit>(&editor, u"rawExpression"_s)->text().section(u' ', 2, 2), u"*/2"_s);
    // Both day fields set, one with "*/": the dialect note says how CDF reads it.
    QVERIFY2(editor.note().contains(u"Vixie"_s), qPrintable(editor.note()));
    // Raw -> fields.
    auto *raw = child<QLineEdit>(&editor, u"rawExpression"_s);
    raw->setFocus();
    raw->selectAll();
    QTest::keyClicks(raw, u"30 2 L * *"_s);
    QVERIFY2(editor.expression() == u"30 2 L * *"_s,
             qPrintable(child<QLabel>(&editor, u"cronProblem"_s)->text() + u" / "_s + child<QLineEdit>(&editor, u"rawExpression"_s)->text()));
    QCOMPARE(dom->text(), u"L"_s);
    QVERIFY(child<QLabel>(&editor, u"cronText"_s)->text().contains(u"last day of the month"_s));
    QVERIFY(child<QLabel>(&editor, u"simpleNote"_s)->text().contains(u"no simple form"_s));
    // Raw -> simple, where the expression has a simple form in the chosen zone.
    raw->selectAll();
    QTest::keyClicks(raw, u"15 6 * * 1,2,3"_s);
    QCOMPARE(child<QComboBox>(&editor, u"kind"_s)->currentIndex(), 3); // weekly
    QCOMPARE(child<QTimeEdit>(&editor, u"time"_s)->time(), QTime(7, 15)); // Oslo, winter
    QVERIFY(child<QCheckBox>(&editor, u"weekday3"_s)->isChecked());
    QVERIFY(!child<QCheckBox>(&editor, u"weekday4"_s)->isChecked());
    QVERIFY(child<QLabel>(&editor, u"simpleNote"_s)->text().isEmpty());
    QCOMPARE(editor.expression(), u"15 6 * * 1,2,3"_s); // following the simple form did not change it
}

void TestScheduleEditor::invalidFieldsAreNamed()
{
    ScheduleEditor editor(offline("UTC"));
    editor.show();
    auto *save = child<QDialogButtonBox>(&editor, u"buttons"_s)->button(QDialogButtonBox::Save);
    QVERIFY(!save->isEnabled()); // no client, no name yet
    QVERIFY(editor.problem().startsWith(u"Name"_s));
    child<QLineEdit>(&editor, u"name"_s)->setText(u"nightly"_s);
    auto *hour = child<QLineEdit>(&editor, u"cronHour"_s);
    hour->setFocus();
    hour->selectAll();
    QTest::keyClicks(hour, u"25"_s);
    QVERIFY(editor.expression().isEmpty());
    QVERIFY2(child<QLabel>(&editor, u"cronProblem"_s)->text().startsWith(u"hour: 25 is out of range"_s),
             qPrintable(child<QLabel>(&editor, u"cronProblem"_s)->text()));
    QVERIFY(!save->isEnabled());
    QTest::keyClick(hour, Qt::Key_Backspace);
    QVERIFY(!editor.expression().isEmpty());
    // Other credentials need both fields; a nonce needs its text.
    child<QRadioButton>(&editor, u"signInOther"_s)->setChecked(true);
    QVERIFY(editor.problem().startsWith(u"Sign-in"_s));
    child<QRadioButton>(&editor, u"signInNonce"_s)->setChecked(true);
    QVERIFY(editor.problem().contains(u"nonce"_s));
    child<QRadioButton>(&editor, u"signInProfile"_s)->setChecked(true);
    // Input data is checked like the call panel's.
    child<JsonEditor>(&editor, u"inputEditor"_s)->setPlainText(u"{\"a\": }"_s);
    QVERIFY(editor.problem().startsWith(u"Input data, line 1"_s));
    child<JsonEditor>(&editor, u"inputEditor"_s)->setPlainText(u"{\"a\": 1}"_s);
    QVERIFY(editor.problem().isEmpty());
    QVERIFY(!save->isEnabled()); // still no connection in this test
}

void TestScheduleEditor::daylightSavingNote()
{
    ScheduleEditor oslo(offline("Europe/Oslo"));
    QVERIFY2(!oslo.note().isEmpty(), "a UTC schedule moves in Oslo's local time in summer");
    ScheduleEditor utc(offline("UTC"));
    QVERIFY2(utc.note().isEmpty(), qPrintable(utc.note()));
    // A schedule every 15 minutes keeps going through a time change: no note about it.
    ScheduleEditor often(offline("Europe/Oslo"));
    child<QComboBox>(&often, u"kind"_s)->setCurrentIndex(0);
    QCOMPARE(often.expression(), u"*/15 * * * *"_s);
    QVERIFY2(often.note().isEmpty(), qPrintable(often.note()));
    // Monthly near the end of the month, where the UTC day differs, is refused (it would skip or
    // add runs in shorter months), and so is a time whose UTC day changes with the season.
    SimpleSchedule monthly;
    monthly.kind = SimpleSchedule::Kind::Monthly;
    monthly.zone = QTimeZone(QByteArray("America/New_York"));
    monthly.time = QTime(22, 0);
    monthly.dayOfMonth = 30;
    QVERIFY(!monthly.toCron(Winter.date()));
    monthly.zone = QTimeZone(QByteArray("Europe/Oslo"));
    monthly.time = QTime(0, 30);
    monthly.dayOfMonth = 31;
    QVERIFY(!monthly.toCron(Winter.date()));
    monthly.time = QTime(23, 30); // 22:30 UTC in winter, 21:30 in summer: same day
    QVERIFY(monthly.toCron(Winter.date()));
    monthly.zone = QTimeZone(QByteArray("America/New_York"));
    monthly.time = QTime(19, 30); // 00:30 UTC next day in winter (EST), 23:30 same day in summer (EDT)
    monthly.dayOfMonth = 10;
    QVERIFY(!monthly.toCron(Winter.date()));
}

// A schedule made on the Simple tab as "Mon–Fri 08:30 Europe/Oslo" reopens as exactly that on any
// machine: the meaning travels with the schedule in CDF (a tag in its description, hidden from
// the text and shown as the Local time column), even where this machine's zone is another one.
void TestScheduleEditor::intentTravelsWithTheSchedule()
{
    // The tag itself: written, read back, taken off.
    SimpleSchedule weekdays;
    weekdays.kind = SimpleSchedule::Kind::Weekly;
    weekdays.weekdays = {1, 2, 3, 4, 5};
    weekdays.time = QTime(8, 30);
    weekdays.zone = QTimeZone("Europe/Oslo");
    QCOMPARE(ScheduleIntent::tag(weekdays), u"[local time: Europe/Oslo weekly 1-5 08:30]"_s);
    const QString described = ScheduleIntent::withTag(u"Nightly export"_s, weekdays);
    QCOMPARE(described, u"Nightly export [local time: Europe/Oslo weekly 1-5 08:30]"_s);
    QCOMPARE(ScheduleIntent::withoutTag(described), u"Nightly export"_s);
    const auto back = ScheduleIntent::fromDescription(described);
    QVERIFY(back);
    QCOMPARE(back->weekdays, weekdays.weekdays);
    QCOMPARE(back->time, weekdays.time);
    QCOMPARE(back->zone, weekdays.zone);
    QVERIFY(!ScheduleIntent::fromDescription(u"[local time: Mars/Olympus daily 08:30]"_s)); // a zone nobody knows
    QVERIFY(!ScheduleIntent::fromDescription(u"[local time: Europe/Oslo weekly 0-9 08:30]"_s));
    QVERIFY(ScheduleIntent::withTag(QString(480, u'x'), weekdays).size() > Validator::MaxDescriptionLength); // the editor then saves without it

    ApiFixture fx;
    const qint64 fid = fx.readyFunction(u"greeter"_s, Hello);
    QVERIFY(fid);
    const auto f = await(api::FunctionsService(fx.client.get()).retrieve(Identifier::byId(fid)));
    ScheduleEditor::Setup s;
    s.project.client = fx.client.get();
    s.functions = {*f.value()};
    s.functionId = fid;
    s.project.credentials = api::NonceSource::credentials(u"functions-studio"_s, u"emulator-secret"_s);
    s.zone = QTimeZone("Europe/Oslo");
    s.now = QDateTime(QDate(2026, 1, 15), QTime(12, 0), QTimeZone::utc()); // winter
    {
        ScheduleEditor editor(s);
        editor.show();
        child<QLineEdit>(&editor, u"name"_s)->setText(u"export"_s);
        child<QLineEdit>(&editor, u"description"_s)->setText(u"Nightly export"_s);
        child<QComboBox>(&editor, u"kind"_s)->setCurrentIndex(5); // the "Every weekday" preset: weekly, Monday to Friday
        QCOMPARE(child<QComboBox>(&editor, u"kind"_s)->currentIndex(), int(SimpleSchedule::Kind::Weekly));
        QVERIFY(child<QCheckBox>(&editor, u"weekday1"_s)->isChecked() && !child<QCheckBox>(&editor, u"weekday7"_s)->isChecked());
        // The time typed as people type it: 0830, and 8:30.
        auto *time = child<QTimeEdit>(&editor, u"time"_s);
        for (const QString &typed : {u"0830"_s, u"8:30"_s}) {
            time->setTime(QTime(0, 0));
            time->setFocus();
            time->setSelectedSection(QDateTimeEdit::HourSection);
            QTest::keyClicks(time, typed);
            QCOMPARE(time->time(), QTime(8, 30));
        }
        QCOMPARE(editor.expression(), u"30 7 * * 1-5"_s);
        QSignalSpy created(&editor, &ScheduleEditor::created);
        QVERIFY2(editor.canSave(), qPrintable(editor.problem()));
        editor.save();
        QVERIFY(created.wait(20000));
    }
    const auto listed = await(api::SchedulesService(fx.client.get()).list(ScheduleFilter{}));
    QVERIFY(listed && listed->size() == 1);
    const FunctionSchedule made = listed->first();
    QCOMPARE(made.description.value_or(QString()), u"Nightly export [local time: Europe/Oslo weekly 1-5 08:30]"_s);
    // A teammate in New York, in summer, opens it: the Simple tab, Oslo, 08:30, Monday to Friday.
    s.zone = QTimeZone("America/New_York");
    s.now = QDateTime(QDate(2026, 7, 15), QTime(12, 0), QTimeZone::utc());
    s.original = made;
    ScheduleEditor editor(s);
    editor.show();
    QCOMPARE(child<QTabWidget>(&editor, u"modes"_s)->currentWidget()->objectName(), u"simpleTab"_s);
    QCOMPARE(child<QComboBox>(&editor, u"zone"_s)->currentText(), u"Europe/Oslo"_s);
    QCOMPARE(child<QTimeEdit>(&editor, u"time"_s)->time(), QTime(8, 30));
    QCOMPARE(child<QComboBox>(&editor, u"kind"_s)->currentIndex(), int(SimpleSchedule::Kind::Weekly));
    QVERIFY(child<QCheckBox>(&editor, u"weekday5"_s)->isChecked() && !child<QCheckBox>(&editor, u"weekday6"_s)->isChecked());
    QCOMPARE(child<QLineEdit>(&editor, u"description"_s)->text(), u"Nightly export"_s);
    QCOMPARE(editor.expression(), u"30 7 * * 1-5"_s); // nothing changed until a field does
    QTRY_VERIFY(editor.inputLoaded());
    QCOMPARE(editor.changes(), QString());
    // The table: the description without the tag, and what it means.
    SchedulesModel model;
    model.setSchedules({made});
    QCOMPARE(model.index(0, SchedulesModel::Description).data().toString(), u"Nightly export"_s);
    QVERIFY2(model.index(0, SchedulesModel::LocalTime).data().toString().contains(u"08:30 Europe/Oslo"_s),
             qPrintable(model.index(0, SchedulesModel::LocalTime).data().toString()));
    // Changed elsewhere (the cron no longer what the tag says): the tag is not trusted.
    FunctionSchedule changed = made;
    changed.cronExpression = u"0 12 * * *"_s;
    model.setSchedules({changed});
    QCOMPARE(model.index(0, SchedulesModel::LocalTime).data().toString(), QString());
}

void TestScheduleEditor::createdScheduleFires()
{
    ApiFixture fx(emulator::EmulatorConfig{}, true); // 2026-11-28 10:00:30 UTC
    auto setup = online(fx, "UTC");
    QVERIFY(setup);
    ScheduleEditor::Setup s = *setup;
    const qint64 fid = s.functionId.value_or(0);
    ScheduleEditor editor(s);
    editor.show();
    child<QLineEdit>(&editor, u"name"_s)->setText(u"every five"_s);
    child<QComboBox>(&editor, u"kind"_s)->setCurrentIndex(0);
    child<QSpinBox>(&editor, u"everyMinutes"_s)->setValue(5);
    QCOMPARE(editor.expression(), u"*/5 * * * *"_s);
    QCOMPARE(editor.nextRunsUtc().first(), u"2026-11-28 10:05"_s);
    child<JsonEditor>(&editor, u"inputEditor"_s)->setPlainText(u"{\"name\": \"schedule\"}"_s);
    QVERIFY2(editor.canSave(), qPrintable(editor.problem()));
    // Credentials picked from the keychain, and kept for next time.
    api::MemorySecretStore keychain;
    keychain.write(u"profile-x/client-secret"_s, u"emulator-secret"_s, nullptr, {});
    s.project.secrets = &keychain;
    s.storedClients = {
        ScheduleEditor::Setup::StoredClient{u"Profile X (client functions-studio)"_s, u"functions-studio"_s, u"profile-x/client-secret"_s}};
    ScheduleEditor picked(s);
    picked.show();
    child<QLineEdit>(&picked, u"name"_s)->setText(u"picked"_s);
    auto *stored = child<QComboBox>(&picked, u"storedClients"_s);
    QCOMPARE(stored->count(), 2);
    stored->setCurrentIndex(1);
    Q_EMIT stored->activated(1);
    QVERIFY(child<QRadioButton>(&picked, u"signInOther"_s)->isChecked());
    QTRY_COMPARE(child<QLineEdit>(&picked, u"otherClientSecret"_s)->text(), u"emulator-secret"_s);
    child<QCheckBox>(&picked, u"saveCredentials"_s)->setChecked(true);
    QSignalSpy pickedCreated(&picked, &ScheduleEditor::created);
    picked.save();
    QVERIFY(pickedCreated.wait(20000));
    QTRY_VERIFY(keychain.contains(ScheduleEditor::savedClientKey(u"functions-studio"_s)));
    QVERIFY(ScheduleEditor::savedClientIds().contains(u"functions-studio"_s));
    QSignalSpy created(&editor, &ScheduleEditor::created);
    editor.save();
    QVERIFY(created.wait(20000));
    const auto schedule = created.first().first().value<FunctionSchedule>();
    QCOMPARE(schedule.cronExpression, u"*/5 * * * *"_s);
    QCOMPARE(schedule.functionId.value_or(0), fid);
    // It fires at 10:05 with its input data.
    fx.clock->advance(5 * 60 * 1000);
    fx.server->tickScheduler();
    QVERIFY(fx.http->signIn());
    const QJsonArray calls = fx.http->ppost(u"functions/%1/calls/list"_s.arg(fid), {}).json.value("items"_L1).toArray();
    QCOMPARE(calls.size(), 1);
    const qint64 cid = calls.first().toObject().value("id"_L1).toInteger();
    QCOMPARE(calls.first().toObject().value("scheduleId"_L1).toInteger(), schedule.id);
    QCOMPARE(fx.waitForCall(fid, cid).value("status"_L1).toString(), u"Completed"_s);
    QCOMPARE(
        fx.http->pget(u"functions/%1/calls/%2/response"_s.arg(fid).arg(cid)).json.value("response"_L1).toObject().value("greeting"_L1).toString(),
        u"Hello, schedule"_s);
}

// "Mon–Fri 08:30 in Oslo" kept all year: a summer and a winter schedule, created together, with
// the days the pair is still an hour off named before saving.
void TestScheduleEditor::seasonalPairKeepsLocalTime()
{
    ApiFixture fx(emulator::EmulatorConfig{}, true); // 2026-11-28 10:00:30 UTC
    auto setup = online(fx, "Europe/Oslo");
    QVERIFY(setup);
    ScheduleEditor::Setup s = *setup;
    ScheduleEditor editor(s);
    editor.show();
    child<QLineEdit>(&editor, u"name"_s)->setText(u"morning report"_s);
    child<QComboBox>(&editor, u"kind"_s)->setCurrentIndex(5); // "Every weekday"
    child<QTimeEdit>(&editor, u"time"_s)->setTime(QTime(8, 30));
    QCOMPARE(editor.expression(), u"30 7 * * 1-5"_s); // winter: what one schedule does
    QVERIFY(editor.offersPair());
    auto *keep = child<QCheckBox>(&editor, u"keepLocalTime"_s);
    QVERIFY(keep->isVisible() && keep->isEnabled());
    QVERIFY2(keep->text().contains(u"Europe/Oslo all year"_s), qPrintable(keep->text()));
    // A nonce signs in one schedule only.
    child<QRadioButton>(&editor, u"signInNonce"_s)->setChecked(true);
    QVERIFY(!keep->isEnabled());
    child<QRadioButton>(&editor, u"signInProfile"_s)->setChecked(true);
    QVERIFY(keep->isEnabled());
    keep->setChecked(true);
    auto *note = child<QLabel>(&editor, u"pairNote"_s);
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(u"30 6 * 4-10 1-5"_s) && note->text().contains(u"30 7 * 1-3,11,12 1-5"_s)
                 && note->text().contains(u"are an hour off: 29–31 Mar"_s),
             qPrintable(note->text()));
    QSignalSpy created(&editor, &ScheduleEditor::created);
    QVERIFY2(editor.canSave(), qPrintable(editor.problem()));
    editor.save();
    QTRY_VERIFY2_WITH_TIMEOUT(created.size() == 2, qPrintable(editor.problem()), 20000);
    QVERIFY(!editor.isVisible());
    QMap<QString, QString> byName;
    for (const QJsonValue v : fx.http->pget(u"functions/schedules"_s).json.value("items"_L1).toArray())
        byName.insert(v.toObject().value("name"_L1).toString(), v.toObject().value("cronExpression"_L1).toString());
    QCOMPARE(byName.size(), 2);
    QCOMPARE(byName.value(u"morning report (summer time)"_s), u"30 6 * 4-10 1-5"_s);
    QCOMPARE(byName.value(u"morning report (winter time)"_s), u"30 7 * 1-3,11,12 1-5"_s);
    // The zone box: typing part of an id keeps the text as typed and offers the matches.
    auto *zone = child<QComboBox>(&editor, u"zone"_s);
    zone->lineEdit()->clear();
    QTest::keyClicks(zone->lineEdit(), u"oslo"_s);
    QCOMPARE(zone->lineEdit()->text(), u"oslo"_s);
    QCompleter *completer = zone->completer();
    QCOMPARE(completer->completionCount(), 1);
    QCOMPARE(completer->currentCompletion(), u"Europe/Oslo"_s);
    QTest::keyClicks(zone->lineEdit(), u"x"_s);
    QCOMPARE(zone->lineEdit()->text(), u"oslox"_s);
    // A whole id typed key by key stays exactly that, and the schedule follows it.
    zone->lineEdit()->clear();
    QTest::keyClicks(zone->lineEdit(), u"America/New_York"_s);
    QCOMPARE(zone->lineEdit()->text(), u"America/New_York"_s);
    QCOMPARE(editor.expression(), u"30 13 * * 1-5"_s);
    // Editing one schedule does not offer two.
    s.original = created.first().first().value<FunctionSchedule>();
    ScheduleEditor edit(s);
    QVERIFY(!edit.offersPair());
}

// Editing makes the new schedule first and deletes the original only then: one schedule after a
// success, the original untouched after a failure; duplicating keeps both.
void TestScheduleEditor::editIsCreateThenDelete()
{
    ApiFixture fx;
    const qint64 fid = fx.readyFunction(u"greeter"_s, Hello);
    QVERIFY(fid);
    QCOMPARE(fx.createSchedule(fid, u"morning"_s, u"0 7 * * *"_s, QJsonObject{{"name"_L1, u"morning input"_s}}), 201);
    const auto list = [&] {
        const auto r = await(api::SchedulesService(fx.client.get()).list(ScheduleFilter{}));
        return r ? *r : QList<FunctionSchedule>();
    };
    const FunctionSchedule original = list().first();
    const auto f = await(api::FunctionsService(fx.client.get()).retrieve(Identifier::byId(fid)));
    ScheduleEditor::Setup s;
    s.project.client = fx.client.get();
    s.functions = {*f.value()};
    s.project.credentials = api::NonceSource::credentials(u"functions-studio"_s, u"emulator-secret"_s);
    s.zone = QTimeZone::utc();
    s.original = original;

    // A failing create (wrong credentials) leaves the original as it was.
    {
        ScheduleEditor editor(s);
        QTRY_VERIFY(editor.inputLoaded());
        QVERIFY(child<JsonEditor>(&editor, u"inputEditor"_s)->toPlainText().contains(u"morning input"_s));
        QCOMPARE(editor.expression(), u"0 7 * * *"_s);
        child<QRadioButton>(&editor, u"signInOther"_s)->setChecked(true);
        child<QLineEdit>(&editor, u"otherClientId"_s)->setText(u"functions-studio"_s);
        child<QLineEdit>(&editor, u"otherClientSecret"_s)->setText(u"wrong"_s);
        QVERIFY(editor.canSave());
        editor.save();
        QTRY_VERIFY_WITH_TIMEOUT(editor.problem().startsWith(u"The schedule was not created"_s), 20000);
        const auto now = list();
        QCOMPARE(now.size(), 1);
        QCOMPARE(now.first().id, original.id);
    }
    // A successful edit: exactly one schedule, the new one, with the input data carried over.
    ScheduleEditor editor(s);
    editor.show();
    QTRY_VERIFY(editor.inputLoaded());
    typeExpression(editor, u"0 8 * * *"_s);
    QVERIFY2(editor.changes().contains(u"Cron: 0 7 * * * → 0 8 * * *"_s), qPrintable(editor.changes()));
    QVERIFY(child<QLabel>(&editor, u"changes"_s)->text().startsWith(u"Save creates a new schedule"_s));
    QSignalSpy replaced(&editor, &ScheduleEditor::replaced);
    editor.save();
    QVERIFY(replaced.wait(20000));
    const auto after = list();
    QCOMPARE(after.size(), 1);
    QVERIFY(after.first().id != original.id);
    QCOMPARE(after.first().cronExpression, u"0 8 * * *"_s);
    QCOMPARE(fx.http->pget(u"functions/schedules/%1/input_data"_s.arg(after.first().id)).json.value("data"_L1).toObject().value("name"_L1).toString(),
             u"morning input"_s);
    // Duplicate: both stay.
    s.original = after.first();
    s.duplicate = true;
    ScheduleEditor copy(s);
    QTRY_VERIFY(copy.inputLoaded());
    QCOMPARE(child<QLineEdit>(&copy, u"name"_s)->text(), u"Copy of morning"_s);
    QSignalSpy created(&copy, &ScheduleEditor::created);
    copy.save();
    QVERIFY(created.wait(20000));
    QCOMPARE(list().size(), 2);
}

// An edit whose create fails (the POST of the replacement answers 503, once): the original is
// untouched and nothing was deleted; the request was sent once; the editor says why and keeps
// every field, and Save works again (the retry then replaces the original).
void TestScheduleEditor::editWhoseCreateFailsKeepsTheOriginal()
{
    ApiFixture fx;
    ScheduleEditor::Setup s;
    QVERIFY(editingMorning(fx, &s));
    const FunctionSchedule original = *s.original;
    int creates = 0;
    int deletes = 0;
    QObject counting;
    QObject::connect(fx.server.get(), &emulator::EmulatorServer::requestHandled, &counting, [&](const QByteArray &method, const QString &path, int) {
        if (method == "POST" && path.endsWith(u"/functions/schedules"_s))
            ++creates;
        if (method == "POST" && path.endsWith(u"/functions/schedules/delete"_s))
            ++deletes;
    });
    ScheduleEditor editor(s);
    editor.show();
    QTRY_VERIFY(editor.inputLoaded());
    child<QLineEdit>(&editor, u"name"_s)->setText(u"morning v2"_s);
    typeExpression(editor, u"0 8 * * *"_s);
    QCOMPARE(editor.expression(), u"0 8 * * *"_s);
    QVERIFY2(editor.canSave(), qPrintable(editor.problem()));

    QString error;
    QVERIFY2(fx.server->faults().loadJson(
                 R"({"rules": [{"method": "POST", "path": "*/functions/schedules", "action": "status", "status": 503, "maxCount": 1}]})", &error),
             qPrintable(error));
    QSignalSpy created(&editor, &ScheduleEditor::created);
    QSignalSpy replaced(&editor, &ScheduleEditor::replaced);
    editor.save();
    QTRY_VERIFY_WITH_TIMEOUT(editor.problem().startsWith(u"The schedule was not created"_s), 20000);
    QCOMPARE(fx.server->faults().firedCount(), 1);
    QVERIFY2(editor.problem().contains(u"HTTP 503"_s), qPrintable(editor.problem()));
    QVERIFY(child<QLabel>(&editor, u"saveProblem"_s)->isVisibleTo(&editor));
    QCOMPARE(creates, 1); // one-shot: a 503 on a create is not repeated
    QCOMPARE(deletes, 0); // the original is deleted only after its replacement exists
    QCOMPARE(created.size(), 0);
    QCOMPARE(replaced.size(), 0);
    QVERIFY(editor.isVisible());

    // The original, exactly as it was.
    const QList<FunctionSchedule> now = schedulesIn(fx);
    QCOMPARE(now.size(), 1);
    QCOMPARE(now.first().id, original.id);
    QCOMPARE(now.first().name, u"morning"_s);
    QCOMPARE(now.first().cronExpression, u"0 7 * * *"_s);
    QCOMPARE(now.first().sessionId.value_or(0), original.sessionId.value_or(0));
    QVERIFY(now.first() == original);
    QCOMPARE(inputNameOf(fx, original.id), u"morning input"_s);

    // The form as the user left it, and Save offered again.
    QCOMPARE(child<QLineEdit>(&editor, u"name"_s)->text(), u"morning v2"_s);
    QCOMPARE(editor.expression(), u"0 8 * * *"_s);
    QVERIFY(child<JsonEditor>(&editor, u"inputEditor"_s)->toPlainText().contains(u"morning input"_s));
    QVERIFY2(editor.canSave(), qPrintable(editor.problem()));

    // The fault fired once: trying again replaces the original.
    editor.save();
    QVERIFY(replaced.wait(20000));
    QCOMPARE(created.size(), 1);
    const QList<FunctionSchedule> after = schedulesIn(fx);
    QCOMPARE(after.size(), 1);
    QVERIFY(after.first().id != original.id);
    QCOMPARE(after.first().name, u"morning v2"_s);
    QCOMPARE(after.first().cronExpression, u"0 8 * * *"_s);
    QCOMPARE(inputNameOf(fx, after.first().id), u"morning input"_s);
    QCOMPARE(creates, 2);
    QCOMPARE(deletes, 1);
}

// An edit whose replacement is made but whose original cannot be deleted (the delete answers 503,
// once): both schedules exist, the editor says so (both ids and what to do), offers only Close (a
// second Save would make a third schedule), emits created() for the new one and not replaced().
void TestScheduleEditor::editWhoseDeleteFailsLeavesBothAndOnlyClose()
{
    ApiFixture fx;
    ScheduleEditor::Setup s;
    QVERIFY(editingMorning(fx, &s));
    const FunctionSchedule original = *s.original;
    ScheduleEditor editor(s);
    editor.show();
    QTRY_VERIFY(editor.inputLoaded());
    typeExpression(editor, u"0 8 * * *"_s);
    QVERIFY2(editor.canSave(), qPrintable(editor.problem()));

    QVERIFY(failNextScheduleDelete(fx));
    QSignalSpy created(&editor, &ScheduleEditor::created);
    QSignalSpy replaced(&editor, &ScheduleEditor::replaced);
    QSignalSpy finished(&editor, &QDialog::finished);
    editor.save();
    QVERIFY(created.wait(20000));
    QCOMPARE(fx.server->faults().firedCount(), 1);
    QCOMPARE(created.size(), 1);
    QCOMPARE(replaced.size(), 0);
    QCOMPARE(finished.size(), 0);
    QVERIFY(editor.isVisible()); // the outcome stays on screen
    const auto replacement = created.first().first().value<FunctionSchedule>();
    QVERIFY(replacement.id != original.id);
    QCOMPARE(replacement.cronExpression, u"0 8 * * *"_s);

    // What happened, with both ids and what to do.
    const QString said = editor.problem();
    QVERIFY2(said.startsWith(u"The new schedule %1 was created, but the original (%2) could not be deleted: "_s.arg(replacement.id).arg(original.id)),
             qPrintable(said));
    QVERIFY2(said.contains(u"HTTP 503"_s), qPrintable(said));
    QVERIFY2(said.endsWith(u"Both exist now: delete the original on the Schedules page."_s), qPrintable(said));
    QVERIFY(child<QLabel>(&editor, u"saveProblem"_s)->isVisibleTo(&editor));

    // Only Close is left.
    auto *buttons = child<QDialogButtonBox>(&editor, u"buttons"_s);
    QCOMPARE(buttons->standardButtons().toInt(), QDialogButtonBox::StandardButtons(QDialogButtonBox::Close).toInt());
    QVERIFY(!buttons->button(QDialogButtonBox::Save));
    QVERIFY(buttons->button(QDialogButtonBox::Close));
    QVERIFY(!editor.canSave());

    // Both exist, as said: the original untouched, the new one with the input data carried over.
    const QList<FunctionSchedule> both = schedulesIn(fx);
    QCOMPARE(both.size(), 2);
    bool originalThere = false;
    bool replacementThere = false;
    for (const FunctionSchedule &x : both) {
        originalThere |= x == original;
        replacementThere |= x.id == replacement.id && x.cronExpression == u"0 8 * * *"_s;
    }
    QVERIFY(originalThere);
    QVERIFY(replacementThere);
    QCOMPARE(inputNameOf(fx, original.id), u"morning input"_s);
    QCOMPARE(inputNameOf(fx, replacement.id), u"morning input"_s);

    // Save once more (a shortcut, a script) makes no third schedule.
    editor.save();
    QTest::qWait(200);
    QCOMPARE(created.size(), 1);
    QCOMPARE(schedulesIn(fx).size(), 2);

    // Close closes.
    buttons->button(QDialogButtonBox::Close)->click();
    QVERIFY(!editor.isVisible());
    QCOMPARE(editor.result(), int(QDialog::Rejected));
    QCOMPARE(replaced.size(), 0);
}

// After a failed delete, the "Both exist now" outcome stays on screen while the user types in any
// field (revalidate() runs on every edit and once replaced it with its own, empty, problem).
void TestScheduleEditor::replaceOutcomeStaysWhileTyping()
{
    ApiFixture fx;
    ScheduleEditor::Setup s;
    QVERIFY(editingMorning(fx, &s));
    ScheduleEditor editor(s);
    editor.show();
    QTRY_VERIFY(editor.inputLoaded());
    typeExpression(editor, u"0 8 * * *"_s);
    QVERIFY(failNextScheduleDelete(fx));
    QSignalSpy created(&editor, &ScheduleEditor::created);
    editor.save();
    QVERIFY(created.wait(20000));
    QVERIFY(editor.problem().contains(u"Both exist now"_s));
    child<QLineEdit>(&editor, u"description"_s)->setText(u"typed after the failure"_s);
    QVERIFY2(editor.problem().contains(u"Both exist now"_s), qPrintable(editor.problem()));
    QVERIFY(child<QLabel>(&editor, u"saveProblem"_s)->isVisibleTo(&editor));
    QVERIFY2(!editor.problem().contains(u".."_s), qPrintable(editor.problem()));
}

// The week view: the runs of each schedule in the 7 days shown, a band for the densest, and
// a hover that names the schedule, its function and the run's local time.
void TestScheduleEditor::weekViewCountsRuns()
{
    const auto schedule = [](qint64 id, const QString &name, const QString &cron) {
        FunctionSchedule s;
        s.id = id;
        s.name = name;
        s.cronExpression = cron;
        s.functionId = 7;
        return s;
    };
    WeekView view;
    view.resize(1000, 200);
    view.setZone(QTimeZone(QByteArray("Europe/Oslo")));
    view.setStart(QDate(2026, 11, 30)); // a Monday, winter (UTC+1)
    view.setSchedules({schedule(1, u"daily"_s, u"0 9 * * *"_s), schedule(2, u"half-hourly"_s, u"*/30 * * * *"_s),
                       schedule(3, u"mondays"_s, u"0 0 * * 1"_s), schedule(4, u"every minute"_s, u"* * * * *"_s)},
                      {{7, u"greeter"_s}});
    view.show();
    QCOMPARE(view.scheduleCount(), 4);
    QCOMPARE(view.runCount(1), 7);
    QCOMPARE(view.runCount(2), 7 * 48);
    // Monday 00:00 UTC is 01:00 in Oslo, inside the week shown (Mon 00:00 to Sun 24:00 local).
    QCOMPARE(view.runCount(3), 1);
    QVERIFY(view.isDense(4));
    QVERIFY(!view.isDense(2));
    QCOMPARE(view.startUtc(), QDateTime(QDate(2026, 11, 29), QTime(23, 0), Qt::UTC));
    // Hovering the daily run on Tuesday: 09:00 UTC is 10:00 in Oslo. Rows are sorted by name.
    const QDateTime tuesday(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    const double fraction = double(view.startUtc().msecsTo(tuesday)) / (7.0 * 24 * 3600 * 1000);
    const int x = 220 + int(fraction * (view.width() - 220 - 8));
    // Rows share the height below the 40-pixel header (days, then the hour axis).
    QCOMPARE(view.rowHeight(), (200 - 40 - 8) / 5);
    const int y = 40 + view.rowHeight() * 1 + view.rowHeight() / 2; // "daily" is the first schedule row, after the per-hour row
    const QString tip = view.toolTipAt(QPoint(x, y));
    QVERIFY2(tip.contains(u"daily — calls greeter"_s) && tip.contains(u"Tue 1 Dec 10:00 local time (09:00 UTC)"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"Click to edit"_s), qPrintable(tip));
    // A click on a run (or on the name) asks to edit that schedule; between runs, nothing.
    QSignalSpy clicked(&view, &WeekView::scheduleClicked);
    QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(x, y));
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.at(0).at(0).value<FunctionSchedule>().id, 1);
    QVERIFY(!view.scheduleAt(QPoint(x + 40, y)));
    QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(x + 40, y));
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(view.scheduleAt(QPoint(20, y))->id, 1);
    // A few schedules fill a tall window; rows stop growing at a readable height, and many rows
    // keep their minimum (the window scrolls).
    view.resize(1000, 700);
    QCOMPARE(view.rowHeight(), 44);
    view.resize(1000, 60);
    QCOMPARE(view.rowHeight(), 20);
}

// A schedule whose session was revoked: its scheduled calls fail, the schedules page counts the
// streak, says why, and offers to recreate the schedule.
void TestScheduleEditor::brokenCredentialsAreNoticed()
{
    // The assessment itself.
    const auto call = [](CallStatus status, const QString &message = {}) {
        FunctionCall c;
        c.status = status;
        if (!message.isEmpty()) {
            ErrorDetail e;
            e.message = message;
            c.error = e;
        }
        return c;
    };
    QCOMPARE(ScheduleHealth::assess({}).failureStreak, 0);
    const auto flaky = ScheduleHealth::assess({call(CallStatus::Failed, u"ZeroDivisionError"_s), call(CallStatus::Completed)});
    QCOMPARE(flaky.failureStreak, 1);
    QVERIFY(!flaky.credentialProblem);
    const auto broken = ScheduleHealth::assess({call(CallStatus::Failed, u"AADSTS7000215: Invalid client secret provided"_s),
                                                call(CallStatus::Failed, u"401 Unauthorized"_s), call(CallStatus::Completed)});
    QCOMPARE(broken.failureStreak, 2);
    QVERIFY(broken.credentialProblem);
    // A trace through requests/sessions.py is not a credential problem.
    FunctionCall traced = call(CallStatus::Failed, u"KeyError: 'rows'"_s);
    traced.error->trace = u"File \"/usr/lib/python3/requests/sessions.py\", line 401, in request"_s;
    QVERIFY(!ScheduleHealth::assess({traced, traced}).credentialProblem);

    // Against the emulator.
    ApiFixture fx(emulator::EmulatorConfig{}, true); // 10:00:30
    const qint64 fid = fx.readyFunction(u"greeter"_s, Hello);
    QVERIFY(fid);
    QCOMPARE(fx.createSchedule(fid, u"every five"_s, u"*/5 * * * *"_s), 201);
    const QJsonObject schedule = fx.http->pget(u"functions/schedules"_s).json.value("items"_L1).toArray().first().toObject();
    const qint64 session = schedule.value("sessionId"_L1).toInteger();
    QVERIFY(session);
    QCOMPARE(fx.http->ppost(u"sessions/revoke"_s, QJsonObject{{"items"_L1, QJsonArray{QJsonObject{{"id"_L1, session}}}}}).status, 200);
    for (int i = 0; i < 2; ++i) {
        fx.clock->advance(5 * 60 * 1000);
        fx.server->tickScheduler();
    }
    const auto schedules = await(api::SchedulesService(fx.client.get()).list(ScheduleFilter{}));
    QVERIFY(schedules);
    SchedulesPage page;
    page.setSchedules(*schedules);
    page.show();
    page.view()->selectRow(0);
    QSignalSpy recreate(&page, &SchedulesPage::recreateRequested);
    page.showRecentRuns(fx.client.get());
    QTRY_COMPARE_WITH_TIMEOUT(page.recentRunCount(), 2, 20000);
    QVERIFY2(page.healthText().startsWith(u"2 failed in a row."_s) && page.healthText().contains(u"fresh credentials"_s),
             qPrintable(page.healthText()));
    auto *button = child<QPushButton>(&page, u"recreateSchedule"_s);
    QVERIFY(button->isVisible());
    button->click();
    QCOMPARE(recreate.size(), 1);

    // The Last run column: every schedule's newest scheduled call, a few requests at a time.
    QCOMPARE(fx.createSchedule(fid, u"yearly"_s, u"0 0 1 1 *"_s), 201);
    const auto both = await(api::SchedulesService(fx.client.get()).list(ScheduleFilter{}));
    QVERIFY(both && both->size() == 2);
    page.setSchedules(*both);
    QSignalSpy done(page.lastRuns(), &LastRuns::done);
    page.lastRuns()->refresh(fx.client.get(), *both);
    QVERIFY(done.wait(10000));
    SchedulesModel *model = page.model();
    const auto rowOf = [model](const QString &name) {
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->schedule(r).name == name)
                return r;
        return -1;
    };
    const QModelIndex failed = model->index(rowOf(u"every five"_s), SchedulesModel::LastRun);
    QCOMPARE(failed.data(gui::StatusRole).toString(), u"Failed"_s);
    QVERIFY2(failed.data().toString().startsWith(u"2026-11-28 "_s), qPrintable(failed.data().toString()));
    QVERIFY2(failed.data(Qt::ToolTipRole).toString().contains(u"Failed, started"_s), qPrintable(failed.data(Qt::ToolTipRole).toString()));
    QCOMPARE(failed.data(gui::RawRole).toLongLong(), fx.clock->nowMs()); // the second tick, the newest
    const QModelIndex never = model->index(rowOf(u"yearly"_s), SchedulesModel::LastRun);
    QCOMPARE(never.data().toString(), u"none yet"_s);
    QVERIFY(never.data(gui::StatusRole).isNull());
    QCOMPARE(model->headerData(SchedulesModel::LastRun, Qt::Horizontal).toString(), u"Last run"_s);
    // The same schedules within a minute are not read again; a changed set is.
    page.lastRuns()->refresh(fx.client.get(), *both);
    QVERIFY(!page.lastRuns()->isReading());
    page.lastRuns()->refresh(fx.client.get(), {both->first()});
    QVERIFY(page.lastRuns()->isReading());
    QVERIFY(done.wait(10000));
    QCOMPARE(page.lastRuns()->answered().size(), 1);
    // No schedules: nothing to read, and done at once.
    done.clear();
    page.lastRuns()->refresh(fx.client.get(), {});
    QCOMPARE(done.size(), 1);
}

QTEST_MAIN(TestScheduleEditor)
#include "tst_scheduleeditor.moc"
