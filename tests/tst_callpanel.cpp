// The call panel and the live call view, driven through their widgets, against the in-process
// emulator.
#include "support/apifixture.h"
#include "support/widgets.h"

#include "gui/call/callinputs.h"
#include "gui/call/callpanel.h"
#include "gui/call/callsignin.h"
#include "gui/call/callview.h"
#include "gui/logs/logmodel.h"
#include "gui/logs/logpanel.h"
#include "gui/widgets/jsoneditor.h"
#include "gui/widgets/notifier.h"

#include "api/services/functionsservice.h"
#include "api/services/schedulesservice.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace fstudio;
using namespace fstudio::gui;
using namespace fstudio::test;
using namespace Qt::StringLiterals;

namespace {
const QByteArray Hello = "def handle(data):\n    return {'greeting': 'Hello, ' + data.get('name', 'world'), 'items': list(range(3))}\n";

Function functionOf(ApiFixture &fx, qint64 id)
{
    const auto r = await(api::FunctionsService(fx.client.get()).retrieve(Identifier::byId(id)));
    return r && r.value() ? *r.value() : Function();
}
} // namespace

class TestCallPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"functions-studio-tests"_s);
        QCoreApplication::setApplicationName(u"tst_callpanel"_s);
        QSettings().clear();
        QDir(CallInputs::folder()).removeRecursively();
    }
    void jsonChecks_data();
    void jsonChecks();
    void jsonErrorsInPlainWords_data();
    void jsonErrorsInPlainWords();
    void keyOrderIsKept();
    void deepAndHostileJson();
    void callWithValidInput();
    void signInChoices();
    void invalidInputBlocksTheCall();
    void linesArriveLiveAndInOrder();
    void failuresShowTraceAndHints();
    void timeoutSaysSo();
    void historyAndSavedInputsSurviveARestart();
    void notifier();

private:
    std::unique_ptr<CallPanel> panelFor(ApiFixture &fx, const Function &f)
    {
        CallPanel::Setup s;
        s.project =
            ProjectContext::of(fx.client.get(), fx.config.project, api::NonceSource::credentials(u"functions-studio"_s, u"emulator-secret"_s));
        s.function = f;
        s.context.memoryGb = f.memory;
        auto p = std::make_unique<CallPanel>(s);
        p->resize(900, 700);
        p->show();
        return p;
    }
};

void TestCallPanel::jsonChecks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("empty is {}") << u""_s << true << 0 << 0;
    QTest::newRow("object") << u"{\"a\": [1, 2]}"_s << true << 0 << 0;
    QTest::newRow("missing value") << u"{\n  \"a\": 1,\n  \"b\": }"_s << false << 3 << 8;
    QTest::newRow("trailing comma") << u"{\"a\": 1,}"_s << false << 1 << 9;
    QTest::newRow("not an object") << u"[1, 2]"_s << false << 1 << 1;
    QTest::newRow("non-ASCII before the error") << u"{\"æøå\": tru}"_s << false << 1 << 10;
}

// Input that would break a naive reader: nesting far deeper than any real input, control
// characters and lone surrogates in strings. Each gets a message with a place, nothing crashes.
void TestCallPanel::deepAndHostileJson()
{
    const QString deep = u"{\"a\": "_s + QString(100000, u'[') + QString(100000, u']') + u"}"_s;
    QElapsedTimer t;
    t.start();
    const JsonEditor::Check c = JsonEditor::check(deep);
    QVERIFY(!c.ok);
    QVERIFY2(c.message.contains(u"nest"_s, Qt::CaseInsensitive), qPrintable(c.message));
    QCOMPARE(c.line, 1);
    QVERIFY(c.column > 0);
    QVERIFY(t.elapsed() < 2000);
    const JsonEditor::Check control = JsonEditor::check(u"{\"a\": \"x\u0001y\"}"_s.replace(u"\\u0001"_s, QString(QChar(1))));
    // Qt reads a raw control character inside a string; what is sent escapes it, so CDF (Python's
    // strict json) receives valid JSON.
    QVERIFY2(control.ok, qPrintable(control.message));
    QVERIFY(QJsonDocument(control.object).toJson(QJsonDocument::Compact).contains("\\u0001"));
    const JsonEditor::Check escaped = JsonEditor::check(u"{\"a\": \"x\\u0001y \\ud800\"}"_s);
    QVERIFY2(escaped.ok, qPrintable(escaped.message)); // escaped, it is valid JSON
}

void TestCallPanel::jsonChecks()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(int, line);
    QFETCH(int, column);
    const JsonEditor::Check c = JsonEditor::check(text);
    QCOMPARE(c.ok, ok);
    if (!ok) {
        QCOMPARE(c.line, line);
        QVERIFY2(std::abs(c.column - column) <= 1, qPrintable(u"column %1, message %2"_s.arg(c.column).arg(c.message)));
        QVERIFY(!c.message.isEmpty());
    }
    // Keys that look like secrets are found wherever they are.
    const auto secret = JsonEditor::check(
        u"{\"db\": {\"Password\": \"x\"}, \"list\": [{\"api_key\": \"y\"}], \"tokens_used\": 3, \"passenger\": 1, \"author\": 2, \"x_auth\": 3}"_s);
    QCOMPARE(secret.secretPaths, (QStringList{u"data.db.Password"_s, u"data.list[0].api_key"_s, u"data.tokens_used"_s, u"data.x_auth"_s}));
}

void TestCallPanel::jsonErrorsInPlainWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("says");
    QTest::newRow("unquoted key") << uR"({name: "Ada"})"_s << u"keys need double quotes"_s;
    QTest::newRow("single quotes") << uR"({'name': 'Ada'})"_s << u"double quotes"_s;
    QTest::newRow("missing }") << uR"({"a": 1)"_s << u"a } is missing"_s;
    QTest::newRow("missing ]") << uR"({"a": [1, 2})"_s << u"]"_s;
    QTest::newRow("missing :") << uR"({"a" 1})"_s << u"a : is missing"_s;
    QTest::newRow("missing ,") << uR"({"a": 1 "b": 2})"_s << u"a , is missing"_s;
    QTest::newRow("trailing comma") << uR"({"a": 1,})"_s << u"remove the last ,"_s;
    QTest::newRow("Python True") << uR"({"a": True})"_s << u"true, false and null in small letters"_s;
    QTest::newRow("unclosed text") << uR"({"a": "abc})"_s << u"a text is not closed"_s;
    QTest::newRow("two objects") << uR"({"a": 1} {"b": 2})"_s << u"more after the end"_s;
}

// Parse errors in words a person understands, with the place marked in the editor.
void TestCallPanel::jsonErrorsInPlainWords()
{
    QFETCH(QString, text);
    QFETCH(QString, says);
    const JsonEditor::Check c = JsonEditor::check(text);
    QVERIFY(!c.ok);
    QVERIFY2(c.message.contains(says), qPrintable(c.message));
    JsonEditor editor;
    editor.setPlainText(text);
    editor.markProblem(c);
    QVERIFY(!editor.extraSelections().isEmpty()); // the line and the column are marked
    editor.markProblem(JsonEditor::check(u"{}"_s));
    QVERIFY(editor.extraSelections().isEmpty());
    // A key written twice: what is kept is what is sent and scanned, never the hidden first value.
    const JsonEditor::Check twice = JsonEditor::check(uR"({"password": "hunter2", "password": {}})"_s);
    QVERIFY(twice.ok);
    QVERIFY(!twice.compact.contains(u"hunter2"_s));
}

// Keys keep the order they were written in: the input history, the response's Text tab, and a
// schedule's data read back from the project (made with the keys in the user's order).
void TestCallPanel::keyOrderIsKept()
{
    ApiFixture fx;
    const qint64 fid = fx.readyFunction(u"ordered"_s, "def handle(data):\n    return {'zeta': 1, 'alpha': 2, 'mid': {'y': 1, 'b': 2}}\n");
    QVERIFY(fid);
    auto panel = panelFor(fx, functionOf(fx, fid));
    panel->setInput(uR"({"zulu": 1, "alpha": {"b": 2, "a": 1}})"_s);
    QCOMPARE(panel->input(), u"{\n    \"zulu\": 1,\n    \"alpha\": {\n        \"b\": 2,\n        \"a\": 1\n    }\n}"_s);
    QVERIFY(child<JsonEditor>(panel.get(), u"inputEditor"_s)->prettyPrint());
    QVERIFY(panel->input().indexOf(u"zulu"_s) < panel->input().indexOf(u"alpha"_s));
    QVERIFY(panel->call());
    QTRY_COMPARE_WITH_TIMEOUT(panel->callViews().size(), 1, 20000);
    CallView *view = panel->callViews().first();
    QTRY_VERIFY_WITH_TIMEOUT(view->isFinished(), 30000);
    QTRY_VERIFY(view->responseText().contains(u"zeta"_s));
    const QString response = view->responseText();
    QVERIFY2(response.indexOf(u"zeta"_s) < response.indexOf(u"alpha"_s) && response.indexOf(u"\"y\""_s) < response.indexOf(u"\"b\""_s),
             qPrintable(response));
    // The history keeps the input as written.
    CallInputs inputs(QUrl(fx.server->baseUrl()), fx.config.project, functionOf(fx, fid));
    QVERIFY(!inputs.history().isEmpty());
    QCOMPARE(inputs.history().first().json, uR"({"zulu":1,"alpha":{"b":2,"a":1}})"_s);
    // A schedule made with its data as written reads back the same way.
    ScheduleWrite w;
    w.name = u"ordered"_s;
    w.cronExpression = u"0 3 * * *"_s;
    w.functionId = fid;
    w.data = QJsonObject{{u"zulu"_s, 1}, {u"alpha"_s, 2}};
    w.dataText = R"({"zulu": 1, "alpha": 2})";
    w.nonce = fx.http->nonce();
    const auto made = await(api::SchedulesService(fx.client.get()).create(w));
    QVERIFY2(made.hasValue(), qPrintable(made.hasValue() ? QString() : made.error().userMessage()));
    const auto data = await(api::SchedulesService(fx.client.get()).inputData(made->id));
    QVERIFY(data.hasValue());
    QCOMPARE(data->dataText, QByteArray(R"({"zulu":1,"alpha":2})"));
    QCOMPARE(data->data, w.data);
}

// A call signs in as the SDK lets it: the profile's session, a one-shot session, a nonce the user
// has (used once, then gone from the field), or another client's credentials.
void TestCallPanel::signInChoices()
{
    ApiFixture fx;
    const qint64 fid = fx.readyFunction(u"greeter"_s, Hello);
    QVERIFY(fid);
    auto panel = panelFor(fx, functionOf(fx, fid));
    panel->show();
    panel->setInput(u"{\"name\": \"Ada\"}"_s);
    auto *signIn = panel->findChild<CallSignIn *>();
    QVERIFY(signIn);
    QCOMPARE(signIn->choice(), CallSignIn::Profile);
    auto *problem = child<QLabel>(panel.get(), u"inputProblem"_s);
    const auto callAndWait = [&](int expectedViews) {
        QVERIFY(panel->call());
        QTRY_COMPARE_WITH_TIMEOUT(panel->callViews().size(), expectedViews, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(panel->callViews().last()->isFinished(), 30000);
        QCOMPARE(panel->callViews().last()->call().status, CallStatus::Completed);
    };
    signIn->setChoice(CallSignIn::OneShot);
    callAndWait(1);
    // A nonce the user has: used once.
    signIn->setChoice(CallSignIn::GivenNonce);
    QVERIFY(fx.http->signIn());
    const QString nonce = fx.http->nonce();
    child<QLineEdit>(panel.get(), u"callNonce"_s)->setText(nonce);
    callAndWait(2);
    QCOMPARE(child<QLineEdit>(panel.get(), u"callNonce"_s)->text(), QString());
    panel->call(); // nothing pasted: said, nothing sent
    QVERIFY2(problem->text().contains(u"Paste the nonce"_s), qPrintable(problem->text()));
    child<QLineEdit>(panel.get(), u"callNonce"_s)->setText(nonce); // used already
    panel->call();
    QTRY_VERIFY_WITH_TIMEOUT(problem->text().contains(u"The call was not made"_s), 20000);
    QCOMPARE(panel->callViews().size(), 2);
    // Another client's credentials; the secret is forgotten when the choice changes.
    signIn->setChoice(CallSignIn::OtherClient);
    child<QLineEdit>(panel.get(), u"callClientId"_s)->setText(u"functions-studio"_s);
    child<QLineEdit>(panel.get(), u"callClientSecret"_s)->setText(u"emulator-secret"_s);
    callAndWait(3);
    signIn->setChoice(CallSignIn::Profile);
    QCOMPARE(child<QLineEdit>(panel.get(), u"callClientSecret"_s)->text(), QString());
}

void TestCallPanel::callWithValidInput()
{
    ApiFixture fx;
    const qint64 fid = fx.readyFunction(u"greeter"_s, Hello);
    QVERIFY(fid);
    auto panel = panelFor(fx, functionOf(fx, fid));
    panel->setInput(u"{\"name\": \"Ada\", \"password\": \"hunter2\"}"_s);
    auto *warning = child<QLabel>(panel.get(), u"secretWarning"_s);
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().startsWith(u"data.password looks like a secret"_s));
    QVERIFY(child<QLabel>(panel.get(), u"inputSize"_s)->text().contains(u"of at most"_s));
    panel->setInput(u"{\"name\": \"Ada\"}"_s);
    QVERIFY(!warning->isVisible());
    // Ctrl+Enter calls.
    QApplication::setActiveWindow(panel.get());
    QVERIFY(QTest::qWaitForWindowActive(panel.get()));
    child<JsonEditor>(panel.get(), u"inputEditor"_s)->setFocus();
    QTest::keyClick(child<JsonEditor>(panel.get(), u"inputEditor"_s), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(panel->callViews().size(), 1, 20000);
    CallView *view = panel->callViews().first();
    QTRY_VERIFY_WITH_TIMEOUT(view->isFinished(), 30000);
    QCOMPARE(view->call().status, CallStatus::Completed);
    QTRY_VERIFY(view->responseText().contains(u"\"greeting\": \"Hello, Ada\""_s));
    QVERIFY(view->statusText().startsWith(u"Call %1 · Completed · started"_s.arg(view->call().id)));
    QVERIFY(view->statusText().contains(u"took"_s));
    // The emulator says how the call ran: peak memory against the setting, cold or warm.
    QVERIFY2(QRegularExpression(u"· [\\d.,]+ [kM]B of [\\d.,]+ GB memory used · (cold start|warm start)"_s).match(view->statusText()).hasMatch(),
             qPrintable(view->statusText()));
    auto *tree = child<QTreeWidget>(view, u"responseTree"_s);
    QCOMPARE(tree->topLevelItemCount(), 2);
    QCOMPARE(tree->topLevelItem(1)->text(0), u"items"_s);
    QCOMPARE(tree->topLevelItem(1)->childCount(), 3);
    // The tab: when it started and how it ended; the id in its tip.
    const QString started = QDateTime::fromMSecsSinceEpoch(view->call().startTime).toLocalTime().toString(u"HH:mm:ss"_s);
    QCOMPARE(child<QTabWidget>(panel.get(), u"calls"_s)->tabText(0), u"%1 · Completed"_s.arg(started));
    QCOMPARE(child<QTabWidget>(panel.get(), u"calls"_s)->tabToolTip(0), u"Call %1"_s.arg(view->call().id));
    // Call again (Ctrl+R): a second call with the same input, in a tab of its own.
    QVERIFY(panel->callAgain());
    QTRY_COMPARE_WITH_TIMEOUT(panel->callViews().size(), 2, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(panel->callViews().last()->isFinished(), 30000);
    QTRY_VERIFY(panel->callViews().last()->responseText().contains(u"Hello, Ada"_s));
    // Several at once.
    QVERIFY(panel->call());
    QVERIFY(panel->call());
    QTRY_COMPARE_WITH_TIMEOUT(panel->callViews().size(), 4, 20000);
    for (CallView *v : panel->callViews())
        QTRY_VERIFY_WITH_TIMEOUT(v->isFinished() && v->call().status == CallStatus::Completed, 30000);
    // A closed connection: calling stops, what is shown stays.
    panel->detach(u"the test closed it"_s);
    QVERIFY(!child<QPushButton>(panel.get(), u"callButton"_s)->isEnabled());
    QVERIFY(!panel->call());
    QVERIFY(panel->callViews().first()->responseText().contains(u"Hello, Ada"_s));
}

void TestCallPanel::invalidInputBlocksTheCall()
{
    ApiFixture fx;
    const qint64 fid = fx.readyFunction(u"strict"_s, Hello);
    QVERIFY(fid);
    auto panel = panelFor(fx, functionOf(fx, fid));
    auto *editor = child<JsonEditor>(panel.get(), u"inputEditor"_s);
    editor->setPlainText(u"{\n  \"a\": 1,\n  \"b\": }"_s);
    QTRY_VERIFY(panel->inputProblem().startsWith(u"Line 3, column"_s));
    QVERIFY(!child<QPushButton>(panel.get(), u"callButton"_s)->isEnabled());
    editor->moveCursor(QTextCursor::Start);
    QVERIFY(!panel->call());
    QCOMPARE(editor->textCursor().blockNumber(), 2); // the cursor is at the error
    QTest::qWait(300);
    QVERIFY(panel->callViews().isEmpty());
    QCOMPARE(fx.http->pget(u"functions/%1/calls"_s.arg(fid)).json.value("items"_L1).toArray().size(), 0);
    QCOMPARE(editor->toPlainText(), u"{\n  \"a\": 1,\n  \"b\": }"_s); // nothing the user typed is lost
    // Too large for the project's limit.
    CallPanel::Setup s;
    s.project.client = fx.client.get();
    s.function = functionOf(fx, fid);
    s.project.callInputLimit = 36 * 1000;
    CallPanel azure(s);
    azure.setInput(u"{\"blob\": \"%1\"}"_s.arg(QString(40000, u'x')));
    QVERIFY(azure.inputProblem().contains(u"this project accepts at most"_s));
    QVERIFY(!azure.call());
}

// A handler that prints 10,000 lines over a few seconds: they arrive while it runs, complete and
// in order. Each line carries the time it was printed, so the test measures how long a line
// takes to show (printed -> in the view's model).
void TestCallPanel::linesArriveLiveAndInOrder()
{
    ApiFixture fx;
    const qint64 fid = fx.readyFunction(u"chatty"_s,
                                        "import time\n"
                                        "def handle(data):\n"
                                        "    for i in range(10000):\n"
                                        "        print(f'line {i} at {int(time.time() * 1000)}', flush=True)\n"
                                        "        if i % 100 == 0:\n"
                                        "            time.sleep(0.03)\n"
                                        "    return {'lines': 10000}\n");
    QVERIFY(fid);
    auto panel = panelFor(fx, functionOf(fx, fid));
    panel->setInput(u"{}"_s);
    QVERIFY(panel->call());
    QTRY_COMPARE_WITH_TIMEOUT(panel->callViews().size(), 1, 20000);
    CallView *view = panel->callViews().first();
    LogModel *model = view->logPanel()->model();
    QList<qint64> latencies;
    int linesWhileRunning = 0;
    connect(model, &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex &, int first, int last) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int r = first; r <= last; ++r)
            latencies << now - model->line(r).section(u" at "_s, 1).toLongLong();
        if (!view->isFinished())
            linesWhileRunning = last + 1;
    });
    QTRY_VERIFY_WITH_TIMEOUT(view->isFinished(), 60000);
    QCOMPARE(view->call().status, CallStatus::Completed);
    QCOMPARE(model->lineCount(), 10000);
    for (int i = 0; i < 10000; ++i)
        QVERIFY2(model->line(i).startsWith(u"line %1 at "_s.arg(i)), qPrintable(model->line(i)));
    QVERIFY2(linesWhileRunning > 1000, qPrintable(u"only %1 lines came while the call ran"_s.arg(linesWhileRunning)));
    std::sort(latencies.begin(), latencies.end());
    qInfo("log latency, printed -> visible: median %lld ms, 95th percentile %lld ms, max %lld ms (%d lines while running)",
          latencies[latencies.size() / 2], latencies[latencies.size() * 95 / 100], latencies.last(), linesWhileRunning);
}

void TestCallPanel::failuresShowTraceAndHints()
{
    ApiFixture fx;
    const qint64 fid = fx.readyFunction(u"readonly"_s,
                                        "def handle(data):\n"
                                        "    print('writing the report')\n"
                                        "    raise OSError(30, 'Read-only file system', '/home/report.csv')\n");
    QVERIFY(fid);
    auto panel = panelFor(fx, functionOf(fx, fid));
    QVERIFY(panel->call());
    QTRY_COMPARE_WITH_TIMEOUT(panel->callViews().size(), 1, 20000);
    CallView *view = panel->callViews().first();
    QTRY_VERIFY_WITH_TIMEOUT(view->isFinished(), 30000);
    QCOMPARE(view->call().status, CallStatus::Failed);
    QVERIFY(child<QLabel>(view, u"callError"_s)->text().contains(u"Read-only file system"_s));
    QVERIFY(view->responseText().contains(u"Traceback"_s)); // the full trace
    // The user's frames, as CDF shows them; not the emulator's own runner.
    QVERIFY2(view->responseText().contains(u"handler.py\", line 3, in handle"_s) && !view->responseText().contains(u"runner.py"_s),
             qPrintable(view->responseText()));
    QVERIFY2(view->hints().join(u' ').contains(u"/tmp"_s), qPrintable(view->hints().join(u' ')));
    QVERIFY(child<QLabel>(view, u"callHints"_s)->isVisible());

    // logging without a handler: nothing printed, and the hint says why.
    const qint64 silent = fx.readyFunction(u"silent"_s,
                                           "import logging\n"
                                           "def handle(data):\n"
                                           "    logging.getLogger(__name__).info('you will not see me')\n"
                                           "    return {}\n");
    QVERIFY(silent);
    auto quiet = panelFor(fx, functionOf(fx, silent));
    QVERIFY(quiet->call());
    QTRY_COMPARE_WITH_TIMEOUT(quiet->callViews().size(), 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(quiet->callViews().first()->isFinished(), 30000);
    QVERIFY(quiet->callViews().first()->hints().join(u' ').contains(u"logging.basicConfig"_s));
    QCOMPARE(quiet->callViews().first()->logState(), u"Logs — the call printed nothing"_s);
}

void TestCallPanel::timeoutSaysSo()
{
    emulator::EmulatorConfig cfg;
    cfg.callTimeoutMs = 1500;
    ApiFixture fx(cfg);
    const qint64 fid = fx.readyFunction(u"sleepy"_s, "import time\ndef handle(data):\n    time.sleep(30)\n");
    QVERIFY(fid);
    auto panel = panelFor(fx, functionOf(fx, fid));
    QVERIFY(panel->call());
    QTRY_COMPARE_WITH_TIMEOUT(panel->callViews().size(), 1, 20000);
    CallView *view = panel->callViews().first();
    QVERIFY(!view->isFinished());
    QTRY_VERIFY(view->statusText().contains(u"so far"_s)); // elapsed time while it runs
    QVERIFY2(view->statusText().contains(u"left of the"_s) && view->statusText().contains(u"-minute limit"_s), qPrintable(view->statusText()));
    QTRY_VERIFY_WITH_TIMEOUT(view->isFinished(), 30000);
    QCOMPARE(view->call().status, CallStatus::Timeout);
    QVERIFY(view->statusText().contains(u"Timeout"_s));
    QVERIFY2(view->hints().join(u' ').contains(u"limit of 10 minutes"_s), qPrintable(view->hints().join(u' ')));
}

void TestCallPanel::historyAndSavedInputsSurviveARestart()
{
    ApiFixture fx;
    const qint64 fid = fx.readyFunction(u"remembers"_s, Hello);
    QVERIFY(fid);
    const Function f = functionOf(fx, fid);
    {
        auto panel = panelFor(fx, f);
        for (const QString &name : {u"first"_s, u"second"_s, u"first"_s}) {
            panel->setInput(u"{\"name\": \"%1\"}"_s.arg(name));
            QVERIFY(panel->call());
        }
        QString why;
        QVERIFY(panel->inputs().save(u"nightly run"_s, u"{\"name\":\"night\"}"_s, &why));
        QTRY_COMPARE_WITH_TIMEOUT(panel->callViews().size(), 3, 20000);
    }
    // A new panel (as after a restart) reads the file again.
    auto panel = panelFor(fx, f);
    const auto history = panel->inputs().history();
    QCOMPARE(history.size(), 2); // no repeats, newest first
    QCOMPARE(history[0].json, u"{\"name\":\"first\"}"_s);
    QCOMPARE(history[1].json, u"{\"name\":\"second\"}"_s);
    QCOMPARE(panel->inputs().saved().value(u"nightly run"_s), u"{\"name\":\"night\"}"_s);
    QVERIFY(panel->input().contains(u"\"first\""_s)); // it starts from the last input used
    auto *history_ = child<QComboBox>(panel.get(), u"history"_s);
    QCOMPARE(history_->count(), 2);
    history_->setCurrentIndex(1);
    Q_EMIT history_->activated(1);
    QVERIFY(panel->input().contains(u"\"second\""_s));
    auto *saved = child<QComboBox>(panel.get(), u"savedInputs"_s);
    QCOMPARE(saved->itemText(1), u"nightly run"_s);
    Q_EMIT saved->activated(1);
    QVERIFY(panel->input().contains(u"\"night\""_s));
    // An input with a secret-looking key is not kept on this computer.
    panel->setInput(u"{\"password\": \"hunter2\"}"_s);
    QVERIFY(panel->call());
    {
        QFile file(panel->inputs().filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("hunter2"));
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    }
    // Two holders of the same file (two windows): neither undoes the other's save.
    CallInputs other(panel->inputs().filePath());
    QVERIFY(other.save(u"from the other window"_s, u"{\"w\":2}"_s));
    QVERIFY(panel->inputs().save(u"from this window"_s, u"{\"w\":1}"_s));
    const auto both = CallInputs(panel->inputs().filePath()).saved();
    QVERIFY(both.contains(u"from the other window"_s) && both.contains(u"from this window"_s) && both.contains(u"nightly run"_s));
    // Bounded: 60 more inputs keep the newest 50; a huge one is not kept.
    for (int i = 0; i < 60; ++i)
        panel->inputs().addToHistory(u"{\"i\":%1}"_s.arg(i));
    QCOMPARE(CallInputs(panel->inputs().filePath()).history().size(), CallInputs::MaxHistory);
    QString why;
    QVERIFY(!panel->inputs().addToHistory(u"{\"x\":\"%1\"}"_s.arg(QString(300000, u'x')), &why));
    QVERIFY(why.contains(u"not kept"_s));
    // A file that cannot be read is moved aside, not overwritten.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"inputs.json"_s);
    {
        QFile broken(path);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{ not json");
    }
    CallInputs fresh(path);
    QVERIFY(fresh.history().isEmpty());
    QVERIFY(fresh.addToHistory(u"{\"a\":1}"_s));
    QCOMPARE(QDir(dir.path()).entryList({u"inputs.json.unreadable-*"_s}).size(), 1);
}

void TestCallPanel::notifier()
{
    QWidget window;
    Notifier n(&window);
    Notifier::setEnabled(true);
    bool clicked = false;
    // The window is not active (never shown): the notification goes out; clicking it acts.
    QVERIFY(n.notify(u"greeter: Completed"_s, u"Call 7 took 1.2 s."_s, [&] { clicked = true; }));
    QCOMPARE(n.last(), u"greeter: Completed\nCall 7 took 1.2 s."_s);
    n.click();
    QVERIFY(clicked);
    Notifier::setEnabled(false);
    QVERIFY(!n.notify(u"x"_s, u"y"_s, {}));
    Notifier::setEnabled(true);
}

QTEST_MAIN(TestCallPanel)
#include "tst_callpanel.moc"
