// The deploy wizard, driven through its real widgets, against the in-process emulator.
#include "support/apifixture.h"
#include "support/widgets.h"

#include "gui/appsettings.h"
#include "gui/deploy/deploypreflightpage.h"
#include "gui/deploy/deployprogresspage.h"
#include "gui/deploy/deploysettingspage.h"
#include "gui/deploy/deploysourcepage.h"
#include "gui/deploy/deploywizard.h"
#include "gui/deploy/promotion.h"
#include "gui/deploy/toolkitexporter.h"

#include "api/workflows/deploypreflight.h"
#include "gui/models/functionsmodel.h"
#include "gui/project/codedrift.h"
#include "gui/widgets/messageboxes.h"

#include "api/services/functionsservice.h"
#include "api/services/schedulesservice.h"

#include "core/packaging/packagewriter.h"
#include "core/toolkit/toolkitfunction.h"
#include "core/toolkit/toolkithash.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace fstudio;
using namespace fstudio::gui;
using namespace fstudio::test;
using namespace Qt::StringLiterals;

namespace {
const QByteArray Hello = "def handle(data):\n    return {'greeting': 'Hello, ' + data.get('name', 'world')}\n";

QList<Function> functionsIn(ApiFixture &fx)
{
    QList<Function> out;
    bool done = false;
    QObject ctx;
    api::FunctionsService(fx.client.get()).list(FunctionFilter{}).then(&ctx, [&](const auto &r) {
        if (r)
            out = *r;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 20000); }();
    return out;
}

// The emulator settings of a project by name ("dev", "prod"): promotions go between two of them.
emulator::EmulatorConfig projectNamed(const QString &name)
{
    emulator::EmulatorConfig c;
    c.project = name;
    return c;
}

// The function with this id in the fixture's project (a default Function when there is none).
Function functionIn(ApiFixture &fx, qint64 id)
{
    for (const Function &f : functionsIn(fx))
        if (f.id == id)
            return f;
    qWarning("functionIn: no function %lld", id);
    return {};
}

// GET functions/schedules of the fixture's project, as JSON (with sessionId).
QJsonArray schedulesIn(ApiFixture &fx)
{
    return fx.http->pget(u"functions/schedules"_s).json.value("items"_L1).toArray();
}

// The "name" in a schedule's input data.
QString inputNameOf(ApiFixture &fx, qint64 scheduleId)
{
    return fx.http->pget(u"functions/schedules/%1/input_data"_s.arg(scheduleId)).json.value("data"_L1).toObject().value("name"_L1).toString();
}

// A session as POST sessions/byids answers it: id, status, type, clientId.
QJsonObject sessionIn(ApiFixture &fx, qint64 sessionId)
{
    const auto r = fx.http->ppost(u"sessions/byids"_s, QJsonObject{{"items"_L1, QJsonArray{QJsonObject{{"id"_L1, sessionId}}}}});
    if (r.status != 200)
        qWarning("sessionIn: HTTP %d %s", r.status, r.body.constData());
    return r.json.value("items"_L1).toArray().first().toObject();
}

// The preflight check with this id, if the page has one.
std::optional<DeployPreflightPage::Check> checkOf(DeployWizard *w, const QString &id)
{
    for (const auto &c : w->preflightPage()->checks())
        if (c.id == id)
            return c;
    return std::nullopt;
}

// What a project holds, in the emulator's own store ("3 functions, 4 files, 2 schedules").
QString footprint(ApiFixture &fx)
{
    auto &store = fx.server->store();
    return u"%1 functions, %2 files, %3 schedules"_s.arg(store.functionCount()).arg(store.fileCount()).arg(store.schedules().size());
}

// Runs a Promotion of `source` from `from`'s project to `to`'s; the wizard it leads to (shown), or
// nullptr with the reason in *failure (or a warning when failure is null).
std::unique_ptr<DeployWizard> promotedWizard(ApiFixture &from, const Function &source, ApiFixture &to, const api::NonceSource &targetCredentials,
                                             QString *failure = nullptr)
{
    Promotion p({from.client.get(), from.config.project, {}}, source, {to.client.get(), to.config.project, targetCredentials});
    QSignalSpy ready(&p, &Promotion::ready);
    QSignalSpy failed(&p, &Promotion::failed);
    p.start();
    if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 20000) || ready.isEmpty()) {
        const QString why = failed.isEmpty() ? u"no answer"_s : failed.first().first().toString();
        if (failure)
            *failure = why;
        else
            qWarning("promotion: %s", qPrintable(why));
        return nullptr;
    }
    auto w = std::make_unique<DeployWizard>(p.state());
    w->preflightPage()->setPython(u"python3"_s);
    w->show();
    return w;
}
} // namespace

class TestDeployWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void undeclaredImportsAreNamed();
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"functions-studio-tests"_s);
        QCoreApplication::setApplicationName(u"tst_deploywizard"_s);
        QSettings().clear();
    }
    void init()
    {
        MessageBoxes::setAutoAnswer(QMessageBox::Yes);
        // No test sees another's remembered settings, secrets or deployed folders.
        QSettings().clear();
        m_keychain.clear();
    }
    void cleanup() { MessageBoxes::setAutoAnswer(std::nullopt); }
    void singleFileRequirementsFromDocstring();
    void deployFolderToReady();
    void demoFunctionToReady();
    void deployZipAndSingleFile();
    void settingsErrorsBlock();
    void preflightErrorsBlock_data();
    void preflightErrorsBlock();
    void checkAgainReadsTheFolderAgain();
    void everyPythonFileIsParsedAndRequirementsAreRead();
    void serverFailureShowsTraceAndKeepsSettings();
    void cancelLeavesNothingBehind();
    void redeployKeepsSchedules();
    void newVersionShowsWhatChanged();
    void lastInputsAreRememberedWithoutSecrets();
    void toolkitDefinitionFillsTheSettings();
    void toolkitModuleDeploysAsTheToolkitWould();
    void driftAndCodeDataSet();
    void dataSetThatCannotBeReadIsSaid();
    void promoteToAnotherProject();
    void promotedSchedulesSignInAsTheChosenClient();
    void targetsOwnSchedulesSurviveAnotherPromotion();
    void functionWithoutExternalIdIsPromotedAsANewOne();
    void promotionFailuresSayWhyAndCreateNothing();

private:
    api::MemorySecretStore m_keychain;
    std::unique_ptr<DeployWizard> wizardFor(ApiFixture &fx, const QString &path, std::optional<Function> redeployOf = std::nullopt);
    // Source -> Settings: waits for the package plan.
    bool toSettings(DeployWizard *w);
    // Settings -> Preflight: waits until every check is done.
    bool toPreflight(DeployWizard *w);
    // Preflight -> Deploy: waits until the deploy ends; true when it is Ready.
    bool deploy(DeployWizard *w);
};

std::unique_ptr<DeployWizard> TestDeployWizard::wizardFor(ApiFixture &fx, const QString &path, std::optional<Function> redeployOf)
{
    DeployState state;
    state.project.client = fx.client.get();
    state.project.name = fx.config.project;
    state.project.server = fx.client->config().baseUrl;
    state.project.limits = fx.config.limits;
    state.project.credentials = api::NonceSource::credentials(u"functions-studio"_s, u"emulator-secret"_s);
    state.project.secrets = &m_keychain;
    state.redeployOf = redeployOf;
    state.sourcePath = path;
    auto w = std::make_unique<DeployWizard>(std::move(state));
    w->preflightPage()->setPython(u"python3"_s);
    w->show();
    return w;
}

bool TestDeployWizard::toSettings(DeployWizard *w)
{
    [&] { QTRY_VERIFY_WITH_TIMEOUT(!w->sourcePage()->isPreparing(), 20000); }();
    if (!w->sourcePage()->isComplete()) {
        qWarning("source page: %s", qPrintable(w->sourcePage()->problem()));
        return false;
    }
    w->next();
    return w->currentId() == DeployWizard::SettingsPageId;
}

bool TestDeployWizard::toPreflight(DeployWizard *w)
{
    if (!w->settingsPage()->isComplete()) {
        for (const auto &p : w->settingsPage()->problems())
            qWarning("settings: %s", qPrintable(p.message));
        return false;
    }
    w->next();
    if (w->currentId() != DeployWizard::PreflightPageId)
        return false;
    [&] { QTRY_VERIFY_WITH_TIMEOUT(!w->preflightPage()->isRunning(), 30000); }();
    return !w->preflightPage()->isRunning();
}

bool TestDeployWizard::deploy(DeployWizard *w)
{
    if (!w->preflightPage()->isComplete()) {
        for (const auto &c : w->preflightPage()->checks())
            qWarning("check %s: %d %s", qPrintable(c.id), int(c.result), qPrintable(c.detail));
        return false;
    }
    QSignalSpy finished(w->progressPage(), &DeployProgressPage::finishedDeploy);
    w->next();
    if (w->currentId() != DeployWizard::ProgressPageId || !finished.wait(60000))
        return false;
    return finished.first().at(0).toBool();
}

void TestDeployWizard::singleFileRequirementsFromDocstring()
{
    const QString source = uR"(#!/usr/bin/env python3
"""Adds numbers.

[requirements]
numpy>=1.20
# a comment
pandas==2.1.0
[/requirements]
"""
def handle(data):
    return 1
)"_s;
    QCOMPARE(DeploySource::docstringRequirements(source), (QStringList{u"numpy>=1.20"_s, u"pandas==2.1.0"_s}));
    QCOMPARE(DeploySource::docstringRequirements(u"import os\n\"\"\"[requirements]\nx\n[/requirements]\"\"\"\n"_s), QStringList());
    QCOMPARE(DeploySource::docstringRequirements(u"'''No block here.'''\n"_s), QStringList());
    // handle()'s own docstring first, as the SDK reads it (getdoc(handle)); the module's is the fallback.
    const QString both = uR"("""Module.

[requirements]
from-module
[/requirements]
"""
import os


async def handle(data: dict[str, int] = {"a": (1, 2)},
                 client=None) -> dict:  # annotated, over two lines
    # a comment before the docstring
    '''Handles it.

    [requirements]
    requests==2.31.0
    [/requirements]
    '''
    return {}
)"_s;
    QCOMPARE(DeploySource::docstringRequirements(both), QStringList{u"requests==2.31.0"_s});
    QCOMPARE(DeploySource::docstringRequirements(u"def handle(data):\n    return 1\n"_s), QStringList());
    QCOMPARE(DeploySource::docstringRequirements(u"def handle_other(data):\n    '''[requirements]\nx\n[/requirements]'''\n"_s), QStringList());
    QVERIFY(DeploySource::problemWith(u"/no/such/path"_s).contains(u"does not exist"_s));
    QCOMPARE(DeploySource::kindOf(QStringLiteral(FS_TEST_SOURCE_DIR)), DeploySource::Kind::Folder);
}

void TestDeployWizard::deployFolderToReady()
{
    ApiFixture fx;
    const QString folder = fx.writeFunction(u"greeter"_s, {{u"handler.py"_s, Hello}, {u".env"_s, "TOKEN=abc\n"}});
    auto w = wizardFor(fx, folder);
    // Typing in the path makes the shown plan stale at once: Next never deploys what was shown before.
    auto *path = child<QLineEdit>(w.get(), u"sourcePath"_s);
    QTRY_VERIFY(w->sourcePage()->isComplete());
    path->setFocus();
    path->end(false);
    QTest::keyClicks(path, u"x"_s);
    QVERIFY(!w->sourcePage()->isComplete());
    QTRY_VERIFY(!w->sourcePage()->isPreparing());
    QVERIFY2(w->sourcePage()->problem().contains(u"does not exist"_s), qPrintable(w->sourcePage()->problem()));
    QTest::keyClick(path, Qt::Key_Backspace);
    QTRY_VERIFY(w->sourcePage()->isComplete());
    QVERIFY(toSettings(w.get()));
    // Prefilled from the folder; the credential-looking file is flagged.
    QCOMPARE(child<QLineEdit>(w.get(), u"name"_s)->text(), u"greeter"_s);
    QCOMPARE(child<QLineEdit>(w.get(), u"externalId"_s)->text(), u"greeter"_s);
    QCOMPARE(child<QComboBox>(w.get(), u"functionPath"_s)->currentText(), u"handler.py"_s);
    child<QLineEdit>(w.get(), u"description"_s)->setText(u"Says hello"_s);
    QVERIFY(toPreflight(w.get()));
    QStringList ids;
    for (const auto &c : w->preflightPage()->checks())
        ids << c.id;
    for (const char *id : {"package", "handler", "settings", "capabilities", "external-id", "import"})
        QVERIFY2(ids.contains(QLatin1StringView(id)), id);
    bool credentialWarning = false;
    for (const auto &c : w->preflightPage()->checks())
        credentialWarning |= c.id == u"credentials"_s && c.result == DeployPreflightPage::Result::Warning && c.detail.startsWith(u".env"_s);
    QVERIFY(credentialWarning); // the .env file is flagged
    QVERIFY(!w->preflightPage()->isComplete()); // warnings need one click
    child<QCheckBox>(w.get(), u"acceptWarnings"_s)->setChecked(true);
    QVERIFY(deploy(w.get()));
    QVERIFY(w->progressPage()->outcomeText().contains(u"is Ready"_s));
    QStringList stages;
    for (int i = 0; i < child<QListWidget>(w.get(), u"stages"_s)->count(); ++i)
        stages << child<QListWidget>(w.get(), u"stages"_s)->item(i)->text();
    QVERIFY2(stages.contains(u"Uploading"_s), qPrintable(stages.join(u", "_s)));
    const QList<Function> fns = functionsIn(fx);
    QCOMPARE(fns.size(), 1);
    QCOMPARE(fns.first().name, u"greeter"_s);
    QCOMPARE(fns.first().description.value_or(QString()), u"Says hello"_s);
    QCOMPARE(fns.first().status, FunctionStatus::Ready);
    // The code's hash is kept with the function: a new version of the same folder says nothing changed.
    const QString hash = fns.first().metadata.value_or(StringMap()).value(u"fs-code-hash"_s);
    QVERIFY2(hash.startsWith(u"sha256:"_s), qPrintable(hash));
    auto again = wizardFor(fx, folder, fns.first());
    QVERIFY(toSettings(again.get()));
    QVERIFY(toPreflight(again.get()));
    bool nothingChanged = false;
    for (const auto &c : again->preflightPage()->checks())
        nothingChanged |= c.id == u"changes"_s && c.result == DeployPreflightPage::Result::Warning && c.detail.startsWith(u"Nothing changed"_s);
    QVERIFY(nothingChanged);
    QVERIFY(!again->preflightPage()->isComplete()); // a warning needs a tick
}

// The demo function the README walks through, from Finish (the deploy page) to Ready.
void TestDeployWizard::demoFunctionToReady()
{
    ApiFixture fx;
    auto w = wizardFor(fx, QStringLiteral(FS_TEST_SOURCE_DIR "/../resources/demo/hello-world"));
    QVERIFY(toSettings(w.get()));
    QVERIFY(toPreflight(w.get()));
    child<QCheckBox>(w.get(), u"acceptWarnings"_s)->setChecked(true);
    QElapsedTimer t;
    t.start();
    QVERIFY(deploy(w.get()));
    qInfo("demo function, Finish to Ready: %lld ms (%s)", t.elapsed(), qPrintable(w->progressPage()->outcomeText()));
}

void TestDeployWizard::deployZipAndSingleFile()
{
    ApiFixture fx;
    // A zip of a folder's contents.
    const QString folder = fx.writeFunction(u"zipped"_s, {{u"handler.py"_s, Hello}, {u"lib/util.py"_s, "X = 1\n"}});
    QTemporaryDir tmp;
    const QString zip = tmp.filePath(u"zipped.zip"_s);
    QVERIFY(PackageWriter::write(PackagePlanner::plan(folder), zip));
    auto w = wizardFor(fx, zip);
    QVERIFY(toSettings(w.get()));
    QCOMPARE(child<QLineEdit>(w.get(), u"name"_s)->text(), u"zipped"_s);
    QVERIFY(w->state().plan.contains(u"lib/util.py"_s));
    QVERIFY(toPreflight(w.get()));
    // A zip's code is not run here unless the user asks for it.
    const auto importCheck = [](DeployWizard *wizard) {
        for (const auto &c : wizard->preflightPage()->checks())
            if (c.id == u"import"_s)
                return c;
        return DeployPreflightPage::Check();
    };
    auto *importHere = child<QCheckBox>(w.get(), u"importLocally"_s);
    QVERIFY(!importHere->isChecked());
    QVERIFY2(importCheck(w.get()).detail.startsWith(u"Not imported here"_s), qPrintable(importCheck(w.get()).detail));
    importHere->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(!w->preflightPage()->isRunning(), 30000);
    QVERIFY2(importCheck(w.get()).detail.endsWith(u"imports cleanly."_s), qPrintable(importCheck(w.get()).detail));
    QVERIFY(deploy(w.get()));
    // One Python file, with its requirements in the docstring.
    const QString file = tmp.filePath(u"single.py"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("\"\"\"One file.\n\n[requirements]\ncognite-sdk\n[/requirements]\n\"\"\"\n\n" + Hello);
    f.close();
    auto w2 = wizardFor(fx, file);
    QVERIFY(toSettings(w2.get()));
    QCOMPARE(child<QLineEdit>(w2.get(), u"name"_s)->text(), u"single"_s);
    QVERIFY(w2->state().plan.contains(u"handler.py"_s));
    QVERIFY(w2->state().plan.contains(u"requirements.txt"_s));
    QVERIFY(toPreflight(w2.get()));
    QVERIFY(child<QCheckBox>(w2.get(), u"importLocally"_s)->isChecked()); // the user's own file
    QVERIFY(!importCheck(w2.get()).detail.startsWith(u"Not imported"_s));
    QVERIFY(deploy(w2.get()));
    QCOMPARE(functionsIn(fx).size(), 2);
}

// What the settings page refuses as it is typed: Next stays disabled and the problem is named.
void TestDeployWizard::settingsErrorsBlock()
{
    ApiFixture fx;
    auto w = wizardFor(fx, fx.writeFunction(u"settings"_s, {{u"handler.py"_s, Hello}}));
    QVERIFY(toSettings(w.get()));
    auto *page = w->settingsPage();
    QVERIFY(page->isComplete());
    auto *problems = child<QLabel>(w.get(), u"problems"_s);
    // A secret key CDF refuses.
    auto *secrets = child<QTableWidget>(w.get(), u"secrets"_s);
    child<QPushButton>(w.get(), u"secretsAdd"_s)->click();
    secrets->item(0, 0)->setText(u"My_Key"_s);
    DeploySettingsPage::setSecretValue(secrets->model(), secrets->model()->index(0, 1), u"s3cret"_s); // as the password editor does
    // The cell shows dots; copying it copies dots, never the value.
    QVERIFY(!secrets->item(0, 1)->text().contains(u"s3cret"_s));
    secrets->setCurrentCell(0, 1);
    QTest::keySequence(secrets, QKeySequence::Copy);
    QVERIFY(!QGuiApplication::clipboard()->text().contains(u"s3cret"_s));
    QVERIFY(!page->isComplete());
    QVERIFY2(problems->text().contains(u"Secret key \"My_Key\""_s), qPrintable(problems->text()));
    QVERIFY(!problems->text().contains(u"s3cret"_s)); // values are never shown
    secrets->item(0, 0)->setText(u"my-key"_s);
    QVERIFY(page->isComplete());
    // A function path that is not in the package.
    child<QComboBox>(w.get(), u"functionPath"_s)->setCurrentText(u"missing.py"_s);
    QVERIFY(!page->isComplete());
    // Said right under the field (and not again in the list under the form).
    QVERIFY(child<QLabel>(w.get(), u"functionPathProblem"_s)->isVisible());
    QVERIFY(child<QLabel>(w.get(), u"functionPathProblem"_s)->text().contains(u"\"missing.py\" is not a file of the package"_s));
    QVERIFY(!problems->text().contains(u"missing.py"_s));
    child<QComboBox>(w.get(), u"functionPath"_s)->setCurrentText(u"handler.py"_s);
    // A name with a control character pasted along: named, and the text stays as typed.
    child<QLineEdit>(w.get(), u"name"_s)->setText(u"settings\x01"_s);
    QVERIFY(!page->isComplete());
    QVERIFY2(child<QLabel>(w.get(), u"nameProblem"_s)->text().contains(u"Name contains a control character (U+0001) at position 9"_s),
             qPrintable(child<QLabel>(w.get(), u"nameProblem"_s)->text()));
    QCOMPARE(child<QLineEdit>(w.get(), u"name"_s)->text(), u"settings\x01"_s);
    // An empty name.
    child<QLineEdit>(w.get(), u"name"_s)->clear();
    QVERIFY(!page->isComplete());
    child<QLineEdit>(w.get(), u"name"_s)->setText(u"settings"_s);
    QVERIFY(page->isComplete());
    // A taken external id is named as it is typed (the app has the project's functions), and the
    // field is marked, with the message on it.
    Function taken;
    taken.id = 77;
    taken.name = u"other"_s;
    taken.externalId = u"taken-xid"_s;
    w->state().knownFunctions = {taken};
    auto *xid = child<QLineEdit>(w.get(), u"externalId"_s);
    xid->setText(u"taken-xid"_s);
    QVERIFY(!page->isComplete());
    auto *xidProblem = child<QLabel>(w.get(), u"externalIdProblem"_s);
    QVERIFY2(xidProblem->text().contains(u"Function 77 (\"other\") already has the external id \"taken-xid\""_s), qPrintable(xidProblem->text()));
    QVERIFY(xidProblem->isVisible());
    QVERIFY(xid->styleSheet().contains(u"border"_s));
    QVERIFY(xid->toolTip().contains(u"already has the external id"_s));
    xid->setText(u"settings"_s);
    QVERIFY(page->isComplete());
    QCOMPARE(xid->styleSheet(), QString());
    QVERIFY(!xidProblem->isVisible());
    // CPU and memory cannot be set outside the project's limits.
    QCOMPARE(child<QDoubleSpinBox>(w.get(), u"cpu"_s)->maximum(), fx.config.limits.cpuCores.max);
    QCOMPARE(child<QDoubleSpinBox>(w.get(), u"memory"_s)->maximum(), fx.config.limits.memoryGb.max);
    // Going on and back keeps every field.
    QVERIFY(toPreflight(w.get()));
    w->back();
    QCOMPARE(secrets->rowCount(), 1);
    QCOMPARE(secrets->item(0, 1)->data(DeploySettingsPage::SecretRole).toString(), u"s3cret"_s);
    QCOMPARE(w->state().function.secrets.value_or(StringMap()).value(u"my-key"_s), u"s3cret"_s);
}

void TestDeployWizard::preflightErrorsBlock_data()
{
    QTest::addColumn<QByteArray>("handler");
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("message");
    QTest::newRow("no handle") << QByteArray("def main(data):\n    return 1\n") << u"handler"_s << u"handle"_s;
    QTest::newRow("bad parameter") << QByteArray("def handle(data, config):\n    return 1\n") << u"handler"_s << u"config"_s;
    QTest::newRow("fails to import") << QByteArray("raise RuntimeError('boom at import')\ndef handle(data):\n    return 1\n") << u"import"_s
                                     << u"boom at import"_s;
    QTest::newRow("external id taken") << Hello << u"external-id"_s << u"already has the external id"_s;
    // Python's own parser, file and line and column, with the code line: no importlib frames.
    QTest::newRow("syntax error") << QByteArray("def handle(data):\n    x = 1\n    if x\n        return x\n") << u"handler"_s
                                  << u"handler.py:3:9: expected ':'\n        if x\n            ^"_s;
}

void TestDeployWizard::preflightErrorsBlock()
{
    QFETCH(QByteArray, handler);
    QFETCH(QString, check);
    QFETCH(QString, message);
    ApiFixture fx;
    if (check == u"external-id"_s)
        QVERIFY(fx.readyFunction(u"taken"_s, Hello, QJsonObject{{"externalId"_L1, u"taken"_s}}));
    auto w = wizardFor(fx, fx.writeFunction(u"taken"_s, {{u"handler.py"_s, handler}}));
    QVERIFY(toSettings(w.get()));
    QVERIFY(toPreflight(w.get()));
    bool found = false;
    for (const auto &c : w->preflightPage()->checks())
        if (c.id == check && c.result == DeployPreflightPage::Result::Error) {
            found = true;
            QVERIFY2(c.detail.contains(message), qPrintable(c.detail));
        }
    QVERIFY(found);
    QVERIFY(!w->preflightPage()->isComplete());
    QVERIFY(!w->button(QWizard::CommitButton)->isEnabled());
}

// "Check again" (and coming back to the page) reads the folder again: a file deleted or grown since
// the first page is what the checks report, and what is deployed.
void TestDeployWizard::checkAgainReadsTheFolderAgain()
{
    ApiFixture fx;
    const QString folder = fx.writeFunction(u"rescan"_s, {{u"handler.py"_s, Hello}, {u"data.txt"_s, QByteArray(1000, 'x')}});
    auto w = wizardFor(fx, folder);
    QVERIFY(toSettings(w.get()));
    QVERIFY(toPreflight(w.get()));
    QVERIFY(checkOf(w.get(), u"package"_s)->detail.startsWith(u"2 file(s)"_s));
    QVERIFY(QFile::remove(QDir(folder).filePath(u"data.txt"_s)));
    QFile more(QDir(folder).filePath(u"more.py"_s));
    QVERIFY(more.open(QIODevice::WriteOnly));
    more.write("def f(:\n");
    more.close();
    QTest::mouseClick(child<QPushButton>(w.get(), u"runAgain"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!w->preflightPage()->isRunning(), 30000);
    QVERIFY2(checkOf(w.get(), u"package"_s)->detail.startsWith(u"2 file(s)"_s), qPrintable(checkOf(w.get(), u"package"_s)->detail));
    QVERIFY(!w->preflightPage()->checks().isEmpty());
    QVERIFY(w->state().plan.contains(u"more.py"_s));
    QVERIFY(!w->state().plan.contains(u"data.txt"_s));
    auto syntax = checkOf(w.get(), u"syntax"_s);
    QVERIFY(syntax);
    QCOMPARE(syntax->result, DeployPreflightPage::Result::Error);
    QVERIFY2(syntax->detail.contains(u"more.py:1:"_s), qPrintable(syntax->detail));
    // Fixed on disk: Check again passes.
    QVERIFY(more.open(QIODevice::WriteOnly | QIODevice::Truncate));
    more.write("def f():\n    return 1\n");
    more.close();
    QTest::mouseClick(child<QPushButton>(w.get(), u"runAgain"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!w->preflightPage()->isRunning(), 30000);
    QCOMPARE(checkOf(w.get(), u"syntax"_s)->result, DeployPreflightPage::Result::Pass);
    QVERIFY(checkOf(w.get(), u"syntax"_s)->detail.contains(u"All 2 Python file(s) parse"_s));
}

// An import CDF's Python would not have (not the standard library, cognite-sdk and its
// dependencies, the package's own code, or requirements.txt) is named before upload; optional
// imports (try/except, TYPE_CHECKING) are left alone.
void TestDeployWizard::undeclaredImportsAreNamed()
{
    ApiFixture fx;
    const QString folder =
        fx.writeFunction(u"imports"_s,
                         {{u"handler.py"_s,
                           "import json\nimport yaml\nfrom helpers import x\nimport numpy as np\nfrom cognite.client import CogniteClient\n"
                           "try:\n    import ujson\nexcept ImportError:\n    ujson = None\n"
                           "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import boto3\n\n"
                           "def handle(data):\n    import sklearn.linear_model\n    return {}\n"},
                          {u"helpers.py"_s, "x = 1\n"},
                          // Too deep for the check's parser: skipped, the other files still checked.
                          {u"deep.py"_s, "x = " + QByteArray("a+").repeated(30000) + "a\n"},
                          {u"requirements.txt"_s, "numpy>=1.20\nscikit-learn\n"}});
    auto w = wizardFor(fx, folder);
    QVERIFY(toSettings(w.get()));
    QVERIFY(toPreflight(w.get()));
    QTRY_VERIFY_WITH_TIMEOUT(!w->preflightPage()->isRunning(), 90000);
    auto imports = checkOf(w.get(), u"imports"_s);
    QVERIFY(imports);
    QCOMPARE(imports->result, DeployPreflightPage::Result::Warning);
    QVERIFY2(imports->detail.contains(u"handler.py:2 imports yaml"_s), qPrintable(imports->detail));
    for (const QString &fine : {u"json"_s, u"helpers"_s, u"numpy"_s, u"cognite"_s, u"ujson"_s, u"boto3"_s, u"sklearn"_s})
        QVERIFY2(!imports->detail.contains(u"imports "_s + fine), qPrintable(fine));
    // Declared: the warning goes.
    QFile req(QDir(folder).filePath(u"requirements.txt"_s));
    QVERIFY(req.open(QIODevice::Append));
    req.write("PyYAML==6.0.1\n");
    req.close();
    QTest::mouseClick(child<QPushButton>(w.get(), u"runAgain"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!w->preflightPage()->isRunning(), 90000);
    QCOMPARE(checkOf(w.get(), u"imports"_s)->result, DeployPreflightPage::Result::Pass);
}

// Every .py file is parsed without running it (a merge-conflict marker in a helper module is named
// as one), and requirements.txt is read as pip reads it and resolved with pip, from the local
// emulator's wheelhouse when one is set.
void TestDeployWizard::everyPythonFileIsParsedAndRequirementsAreRead()
{
    ApiFixture fx;
    const QByteArray conflict = "def f():\n<<<<<<< HEAD\n    return 1\n=======\n    return 2\n>>>>>>> theirs\n";
    const QString folder = fx.writeFunction(u"parsed"_s,
                                            {{u"handler.py"_s, Hello},
                                             {u"pkg/util.py"_s, conflict},
                                             {u"requirements.txt"_s, "# tools\nrequests>=2 ; python_version >= '3.8'\nfoo bar\n"}});
    auto w = wizardFor(fx, folder);
    QVERIFY(toSettings(w.get()));
    QVERIFY(toPreflight(w.get()));
    auto syntax = checkOf(w.get(), u"syntax"_s);
    QVERIFY(syntax);
    QCOMPARE(syntax->result, DeployPreflightPage::Result::Error);
    QVERIFY2(syntax->detail.contains(u"pkg/util.py:2:1:"_s), qPrintable(syntax->detail));
    QVERIFY(syntax->detail.contains(u"merge-conflict marker"_s));
    QVERIFY(syntax->detail.contains(u"<<<<<<< HEAD"_s));
    QCOMPARE(checkOf(w.get(), u"import"_s)->result, DeployPreflightPage::Result::Pass); // not run: the code does not parse
    QVERIFY(checkOf(w.get(), u"import"_s)->detail.contains(u"do not parse"_s));
    auto req = checkOf(w.get(), u"requirements"_s);
    QVERIFY(req);
    QCOMPARE(req->result, DeployPreflightPage::Result::Error);
    QVERIFY2(req->detail.contains(u"requirements.txt, line 3 (foo bar)"_s), qPrintable(req->detail));
    QVERIFY(!w->preflightPage()->isComplete());

    // Fixed, with a wheelhouse for the local emulator that lacks the package: pip says which one.
    QTemporaryDir wheels;
    AppSettings::instance()->setEmulatorWheelhouse(wheels.path());
    QFile::remove(QDir(folder).filePath(u"pkg/util.py"_s));
    QFile r(QDir(folder).filePath(u"requirements.txt"_s));
    QVERIFY(r.open(QIODevice::WriteOnly | QIODevice::Truncate));
    r.write("fs-no-such-package-7f3a==1.0\n");
    r.close();
    QTest::mouseClick(child<QPushButton>(w.get(), u"runAgain"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!w->preflightPage()->isRunning(), 90000);
    AppSettings::instance()->setEmulatorWheelhouse(QString());
    req = checkOf(w.get(), u"requirements"_s);
    if (req->detail.contains(u"pip is not available"_s))
        QSKIP("pip is not installed for the local Python");
    QCOMPARE(req->result, DeployPreflightPage::Result::Warning); // named, to be read and ticked: a source-only package would build in CDF
    QVERIFY2(req->detail.contains(u"fs-no-such-package-7f3a==1.0"_s), qPrintable(req->detail));
    QVERIFY(req->detail.contains(u"wheelhouse"_s));
    QVERIFY(req->detail.contains(u"from wheels"_s)); // never building a package: that runs its code
    QCOMPARE(checkOf(w.get(), u"syntax"_s)->result, DeployPreflightPage::Result::Pass);
}

// A handler that imports here but not on the server (a requirement the server cannot install):
// the deploy ends Failed with the server's message and trace, and the settings are kept.
void TestDeployWizard::serverFailureShowsTraceAndKeepsSettings()
{
    QTemporaryDir emptyWheelhouse;
    emulator::EmulatorConfig cfg;
    cfg.wheelhouse = emptyWheelhouse.path(); // offline: nothing can be installed
    ApiFixture fx(cfg);
    auto w = wizardFor(fx, fx.writeFunction(u"needs-pkg"_s, {{u"handler.py"_s, Hello}, {u"requirements.txt"_s, "surely-not-installed-pkg==1.0\n"}}));
    QVERIFY(toSettings(w.get()));
    child<QLineEdit>(w.get(), u"owner"_s)->setText(u"ann@example.com"_s);
    // The package index cannot be reached from here (a proxy nobody listens on), so the checks
    // let it through, as they would for a package only CDF's network can reach: the server fails it.
    AppSettings::instance()->setProxy(u"http://127.0.0.1:9"_s);
    const bool checked = toPreflight(w.get());
    AppSettings::instance()->setProxy(QString());
    QVERIFY(checked);
    QVERIFY2(checkOf(w.get(), u"requirements"_s)->detail.contains(u"cannot be reached"_s), qPrintable(checkOf(w.get(), u"requirements"_s)->detail));
    QVERIFY(!deploy(w.get()));
    QVERIFY2(w->progressPage()->failureText().contains(u"surely-not-installed-pkg"_s), qPrintable(w->progressPage()->failureText()));
    QVERIFY(child<QPlainTextEdit>(w.get(), u"failure"_s)->isVisible());
    QCOMPARE(child<QPlainTextEdit>(w.get(), u"failure"_s)->lineWrapMode(), QPlainTextEdit::WidgetWidth); // the trace wraps
    const QString outcome = child<QLabel>(w.get(), u"detail"_s)->text();
    QVERIFY2(outcome.contains(u"requirements are not met. "_s) && !outcome.contains(u".."_s), qPrintable(outcome)); // one full stop
    QVERIFY(functionsIn(fx).isEmpty()); // the Failed function was removed again
    child<QPushButton>(w.get(), u"backToSettings"_s)->click();
    QCOMPARE(w->currentId(), int(DeployWizard::SettingsPageId));
    QCOMPARE(child<QLineEdit>(w.get(), u"owner"_s)->text(), u"ann@example.com"_s);
    QCOMPARE(child<QLineEdit>(w.get(), u"name"_s)->text(), u"needs-pkg"_s);
}

// Cancelled while CDF deploys it: the function and its code file, both made by this run, are
// removed again, and the page says so.
void TestDeployWizard::cancelLeavesNothingBehind()
{
    emulator::EmulatorConfig cfg;
    cfg.deployQueuedMs = 4000; // the function sits in Queued long enough to cancel it there
    ApiFixture fx(cfg);
    auto w = wizardFor(fx, fx.writeFunction(u"cancelled"_s, {{u"handler.py"_s, Hello}}));
    QVERIFY(toSettings(w.get()));
    QVERIFY(toPreflight(w.get()));
    QSignalSpy finished(w->progressPage(), &DeployProgressPage::finishedDeploy);
    w->next();
    auto *stages = child<QListWidget>(w.get(), u"stages"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!stages->findItems(u"Deploying"_s, Qt::MatchStartsWith).isEmpty(), 20000);
    QCOMPARE(functionsIn(fx).size(), 1); // it exists now
    child<QPushButton>(w.get(), u"cancelDeploy"_s)->click(); // asks first; the test answers Yes
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    const QString outcome = w->progressPage()->outcomeText();
    QVERIFY2(outcome.contains(u"function"_s) && outcome.contains(u"code file"_s), qPrintable(outcome));
    QVERIFY(functionsIn(fx).isEmpty());
    const qint64 fileId = QRegularExpression(u"code file (\\d+)"_s).match(outcome).captured(1).toLongLong();
    QVERIFY(fileId > 0);
    QCOMPARE(fx.http->ppost(u"files/byids"_s, QJsonObject{{"items"_L1, QJsonArray{QJsonObject{{"id"_L1, fileId}}}}}).status, 400); // gone
    QVERIFY(w->isVisible()); // the outcome stays on screen
}

// A new version says which files it changes against the deployed one (added, removed, changed,
// with sizes), with a line diff of each in "Show changes…".
void TestDeployWizard::newVersionShowsWhatChanged()
{
    ApiFixture fx;
    const QString folder = fx.writeFunction(u"versioned"_s, {{u"handler.py"_s, Hello}, {u"data.txt"_s, "old data\n"}});
    {
        auto w = wizardFor(fx, folder);
        QVERIFY(toSettings(w.get()));
        QVERIFY(toPreflight(w.get()));
        QVERIFY(deploy(w.get()));
    }
    const auto listed = functionsIn(fx);
    QCOMPARE(listed.size(), 1);
    const Function deployed = listed.first();
    // Edited on disk: one file changed, one added, one removed.
    {
        QFile h(QDir(folder).filePath(u"handler.py"_s));
        QVERIFY(h.open(QIODevice::WriteOnly | QIODevice::Truncate));
        h.write("def handle(data):\n    return {'greeting': 'Hello again'}\n");
        QFile u(QDir(folder).filePath(u"util.py"_s));
        QVERIFY(u.open(QIODevice::WriteOnly));
        u.write("X = 1\n");
        QVERIFY(QFile::remove(QDir(folder).filePath(u"data.txt"_s)));
    }
    auto w = wizardFor(fx, folder, deployed);
    QVERIFY(toSettings(w.get()));
    QVERIFY(toPreflight(w.get()));
    const auto changes = w->preflightPage()->changes();
    QVERIFY(changes);
    QVERIFY2(changes->error.isEmpty(), qPrintable(changes->error));
    QCOMPARE(changes->changed.size(), 1);
    QCOMPARE(changes->changed.first().path, u"handler.py"_s);
    QCOMPARE(changes->added.size(), 1);
    QCOMPARE(changes->added.first().path, u"util.py"_s);
    QCOMPARE(changes->removed.size(), 1);
    QCOMPARE(changes->removed.first().path, u"data.txt"_s);
    const QString detail = checkOf(w.get(), u"changes"_s)->detail;
    QVERIFY2(detail.contains(u"changed: handler.py"_s) && detail.contains(u"added: util.py"_s) && detail.contains(u"removed: data.txt"_s),
             qPrintable(detail));
    const QString diff = changes->diff(u"handler.py"_s);
    QVERIFY2(diff.contains(u"+     return {'greeting': 'Hello again'}"_s), qPrintable(diff));
    QVERIFY(diff.contains(u"- "_s));
    auto *show = child<QPushButton>(w.get(), u"showChanges"_s);
    QVERIFY(show->isVisible());
    show->click();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w->findChild<QDialog *>(u"changesDialog"_s)) != nullptr);
    QTRY_VERIFY(child<QPlainTextEdit>(dialog, u"changeDiff"_s)->toPlainText().contains(u"Hello again"_s));
    // A removed file is compared with nothing, even when a file of that name is on disk but left
    // out of the package.
    QVERIFY(!changes->diff(u"data.txt"_s).contains(u"+ "_s));
    dialog->close();
    // Check again compares again, from the code already downloaded.
    QTest::mouseClick(child<QPushButton>(w.get(), u"runAgain"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!w->preflightPage()->isRunning(), 30000);
    QVERIFY(w->preflightPage()->changes() && w->preflightPage()->changes()->changed.size() == 1);
}

void TestDeployWizard::redeployKeepsSchedules()
{
    ApiFixture fx;
    const qint64 fid = fx.readyFunction(u"scheduled"_s, Hello, QJsonObject{{"externalId"_L1, u"scheduled"_s}});
    QVERIFY(fid);
    QCOMPARE(fx.createSchedule(fid, u"morning"_s, u"0 7 * * *"_s, QJsonObject{{"name"_L1, u"morning"_s}}), 201);
    QCOMPARE(fx.createSchedule(fid, u"evening"_s, u"0 19 * * *"_s, QJsonObject{{"name"_L1, u"evening"_s}}), 201);
    Function old;
    for (const Function &f : functionsIn(fx))
        if (f.id == fid)
            old = f;
    auto w = wizardFor(fx, fx.writeFunction(u"v2"_s, {{u"handler.py"_s, "def handle(data):\n    return {'version': 2}\n"}}), old);
    QVERIFY(toSettings(w.get()));
    QCOMPARE(child<QLineEdit>(w.get(), u"name"_s)->text(), u"scheduled"_s); // from the function it replaces
    QCOMPARE(child<QLineEdit>(w.get(), u"externalId"_s)->text(), u"scheduled"_s);
    QVERIFY(child<QLineEdit>(w.get(), u"externalId"_s)->isReadOnly()); // a new version keeps it
    QCOMPARE(w->stepNumber(), 2);
    QVERIFY(child<QLabel>(w.get(), u"deploySteps"_s)->text().contains(u"Step 2 of 4"_s));
    // How the schedules sign in: the profile's client by default; other credentials need both fields.
    auto *tabs = child<QTabWidget>(w.get(), u"tabs"_s);
    QVERIFY(tabs->isTabVisible(tabs->indexOf(child<QWidget>(w.get(), u"schedulesTab"_s))));
    QVERIFY(child<QRadioButton>(w.get(), u"schedulesProfile"_s)->isChecked());
    QVERIFY(child<QRadioButton>(w.get(), u"schedulesProfile"_s)->text().contains(u"functions-studio"_s));
    child<QRadioButton>(w.get(), u"schedulesOther"_s)->setChecked(true);
    QVERIFY(!w->settingsPage()->isComplete());
    QVERIFY(child<QLabel>(w.get(), u"problems"_s)->text().contains(u"client secret the schedules sign in with"_s));
    child<QLineEdit>(w.get(), u"schedulesClientId"_s)->setText(u"functions-studio"_s);
    QVERIFY(!w->settingsPage()->isComplete());
    child<QRadioButton>(w.get(), u"schedulesTokenExchange"_s)->setChecked(true); // the user's own sign-in
    QVERIFY(w->settingsPage()->isComplete());
    QVERIFY(toPreflight(w.get()));
    bool schedulesListed = false;
    for (const auto &c : w->preflightPage()->checks()) {
        QVERIFY(c.id != u"external-id"_s); // a redeploy replaces the function that holds it
        schedulesListed |= c.id == u"schedules"_s && c.detail.contains(u"2 schedule(s) will be made again"_s)
            && c.detail.contains(u"morning (0 7 * * *)"_s) && c.detail.contains(u"token exchange"_s);
    }
    QVERIFY(schedulesListed);
    QVERIFY(deploy(w.get()));
    const auto fn = w->progressPage()->function();
    QVERIFY(fn && fn->id != fid);
    QVERIFY2(w->progressPage()->outcomeText().contains(u"morning"_s) && w->progressPage()->outcomeText().contains(u"evening"_s),
             qPrintable(w->progressPage()->outcomeText())); // each schedule's outcome
    const QJsonArray schedules = fx.http->pget(u"functions/schedules"_s).json.value("items"_L1).toArray();
    QCOMPARE(schedules.size(), 2);
    for (const auto &s : schedules) {
        QCOMPARE(s.toObject().value("functionId"_L1).toInteger(), fn->id);
        // The input data came along.
        const auto input = fx.http->pget(u"functions/schedules/%1/input_data"_s.arg(s.toObject().value("id"_L1).toInteger()));
        QCOMPARE(input.json.value("data"_L1).toObject().value("name"_L1).toString(), s.toObject().value("name"_L1).toString());
    }
    // Their sessions are token exchanges, as chosen.
    const auto sessionsReply = fx.http->pget(u"sessions"_s);
    QVERIFY2(sessionsReply.status == 200, sessionsReply.body.constData());
    const QJsonArray sessions = sessionsReply.json.value("items"_L1).toArray();
    int exchanges = 0;
    for (const auto &s : sessions) {
        QCOMPARE(s.toObject().value("type"_L1).toString(), u"TOKEN_EXCHANGE"_s); // the profile's client was not used
        ++exchanges;
    }
    QCOMPARE(exchanges, 4); // two made by the test's own schedules, two by the new version's
}

// The next deploy from the same folder starts from what was entered last time; secret values are
// never written to the settings file.
void TestDeployWizard::lastInputsAreRememberedWithoutSecrets()
{
    ApiFixture fx;
    const QString folder = fx.writeFunction(u"remembered"_s, {{u"handler.py"_s, Hello}});
    {
        auto w = wizardFor(fx, folder);
        QVERIFY(toSettings(w.get()));
        child<QLineEdit>(w.get(), u"description"_s)->setText(u"Remember me"_s);
        child<QLineEdit>(w.get(), u"externalId"_s)->setText(u"remembered-xid"_s);
        auto *secrets = child<QTableWidget>(w.get(), u"secrets"_s);
        child<QPushButton>(w.get(), u"secretsAdd"_s)->click();
        secrets->item(0, 0)->setText(u"api-key"_s);
        DeploySettingsPage::setSecretValue(secrets->model(), secrets->model()->index(0, 1), u"never-on-disk-123"_s);
        QVERIFY(toPreflight(w.get())); // leaving the settings remembers them
    }
    QSettings().sync();
    QFile file(QSettings().fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains("Remember me"));
    QVERIFY(!stored.contains("never-on-disk-123"));
    auto again = wizardFor(fx, folder);
    QVERIFY(toSettings(again.get()));
    QCOMPARE(child<QLineEdit>(again.get(), u"description"_s)->text(), u"Remember me"_s);
    QCOMPARE(child<QLineEdit>(again.get(), u"externalId"_s)->text(), u"remembered-xid"_s);
    auto *secrets = child<QTableWidget>(again.get(), u"secrets"_s);
    QCOMPARE(secrets->rowCount(), 1);
    QCOMPARE(secrets->item(0, 0)->text(), u"api-key"_s);
    // Its value comes from the keychain (here the test's in-memory store), never from the file.
    QTRY_COMPARE(secrets->item(0, 1)->data(DeploySettingsPage::SecretRole).toString(), u"never-on-disk-123"_s);
    QVERIFY(child<QLabel>(again.get(), u"secretsHint"_s)->text().contains(u"keychain"_s));
    // Not wanted: unticked, the value is dropped from the keychain; the key stays in the settings.
    child<QCheckBox>(again.get(), u"rememberSecrets"_s)->setChecked(false);
    QVERIFY(toPreflight(again.get()));
    again.reset();
    auto third = wizardFor(fx, folder);
    QVERIFY(toSettings(third.get()));
    QCOMPARE(child<QTableWidget>(third.get(), u"secrets"_s)->item(0, 0)->text(), u"api-key"_s);
    QTest::qWait(100); // a keychain answer would have come by now
    QCOMPARE(child<QTableWidget>(third.get(), u"secrets"_s)->item(0, 1)->data(DeploySettingsPage::SecretRole).toString(), QString());
    // Without a keychain nothing is remembered, and the option is not offered.
    DeployState state;
    state.project.client = fx.client.get();
    state.project.name = fx.config.project;
    state.sourcePath = folder;
    DeployWizard bare(std::move(state));
    bare.show();
    QVERIFY(toSettings(&bare));
    QVERIFY(!child<QCheckBox>(&bare, u"rememberSecrets"_s)->isVisible());
}

// A Cognite Toolkit `<name>.Function.yaml` next to the folder fills the settings in (secret
// values excepted: Toolkit files hold ${VARIABLES} there).
void TestDeployWizard::toolkitDefinitionFillsTheSettings()
{
    const QByteArray yaml = R"(# Toolkit function
name: 'Example function'
externalId: "fn_example"
owner: ann@example.com   # the team
description: Returns the input data.
metadata:
  version: '1.2'
secrets:
  api-key: ${API_KEY}
envVars:
  ENV_TYPE: dev
runtime: py311
functionPath: ./src/handler.py
cpu: 0.5
memory: 1.5
extraIndexUrls:
  - https://pypi.example.com/simple
)";
    const auto parsed = ToolkitFunction::parse(yaml);
    QVERIFY(parsed);
    QCOMPARE(parsed->name, u"Example function"_s);
    QCOMPARE(parsed->externalId.value_or(QString()), u"fn_example"_s);
    QCOMPARE(parsed->owner.value_or(QString()), u"ann@example.com"_s);
    QCOMPARE(parsed->functionPath, u"src/handler.py"_s);
    QCOMPARE(parsed->cpu.value_or(0), 0.5);
    QCOMPARE(parsed->secrets.value_or(StringMap()).value(u"api-key"_s, u"missing"_s), QString()); // the key, not ${API_KEY}
    QCOMPARE(parsed->envVars.value_or(StringMap()).value(u"ENV_TYPE"_s), u"dev"_s);
    QCOMPARE(parsed->extraIndexUrls.value_or(QStringList()), QStringList{u"https://pypi.example.com/simple"_s});
    QVERIFY(!ToolkitFunction::parse("- name: a list of functions\n"));
    // A list of functions: each entry is one mapping.
    const QByteArray list = R"(# two functions
- name: First
  externalId: fn_first
  envVars:
    A: '1'
- name: Second
  externalId: fn_second
  extraIndexUrls:
    - https://pypi.example.com/simple
  cpu: 0.25
)";
    QList<FunctionWrite> both;
    for (const ToolkitDefinition &d : ToolkitFunction::parseAll(list))
        both << d.function;
    QCOMPARE(both.size(), 2);
    QCOMPARE(both[0].externalId.value_or(QString()), u"fn_first"_s);
    QCOMPARE(both[0].envVars.value_or(StringMap()).value(u"A"_s), u"1"_s);
    QCOMPARE(both[1].name, u"Second"_s);
    QCOMPARE(both[1].cpu.value_or(0), 0.25);
    QCOMPARE(both[1].extraIndexUrls.value_or(QStringList()), QStringList{u"https://pypi.example.com/simple"_s});
    QCOMPARE(ToolkitFunction::parseAll(yaml).size(), 1);

    ApiFixture fx;
    const QString folder = fx.writeFunction(u"fn_example"_s, {{u"src/handler.py"_s, Hello}});
    QFile file(QFileInfo(folder).dir().filePath(u"fn_example.Function.yaml"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(yaml);
    file.close();
    auto w = wizardFor(fx, folder);
    QVERIFY(toSettings(w.get()));
    QCOMPARE(child<QLineEdit>(w.get(), u"name"_s)->text(), u"Example function"_s);
    QCOMPARE(child<QLineEdit>(w.get(), u"externalId"_s)->text(), u"fn_example"_s);
    QCOMPARE(child<QComboBox>(w.get(), u"functionPath"_s)->currentText(), u"src/handler.py"_s);
    QCOMPARE(child<QDoubleSpinBox>(w.get(), u"memory"_s)->value(), 1.5);
    QVERIFY(child<QLabel>(w.get(), u"fromToolkit"_s)->text().contains(u"fn_example.Function.yaml"_s));
    QCOMPARE(child<QTableWidget>(w.get(), u"envVars"_s)->item(0, 1)->text(), u"dev"_s);
    // A folder whose definition sits in a shared list file is matched by its external id.
    const QString second = fx.writeFunction(u"fn_second"_s, {{u"handler.py"_s, Hello}});
    QFile shared(QFileInfo(second).dir().filePath(u"all.Function.yaml"_s));
    QVERIFY(shared.open(QIODevice::WriteOnly));
    shared.write(list);
    shared.close();
    const auto found = ToolkitFunction::find(second);
    QVERIFY(found);
    QCOMPARE(found->function.name, u"Second"_s);
    QVERIFY(found->path.endsWith(u"all.Function.yaml"_s));
    QVERIFY(!ToolkitFunction::find(fx.writeFunction(u"unlisted"_s, {{u"handler.py"_s, Hello}})));
    auto w2 = wizardFor(fx, second);
    QVERIFY(toSettings(w2.get()));
    QCOMPARE(child<QLineEdit>(w2.get(), u"name"_s)->text(), u"Second"_s);
    QCOMPARE(child<QDoubleSpinBox>(w2.get(), u"cpu"_s)->value(), 0.25);
}

namespace {
// A copy of a folder tree (the test Toolkit project), so a test may change it.
void copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(file));
        QDir().mkpath(QFileInfo(target).path());
        QFile::copy(file, target);
    }
}
} // namespace

// A function of a Toolkit module (tests/data/toolkit): the settings with the module's variables
// for the chosen environment, its schedules made once it is Ready, its code file in the data set
// its file names, and the Toolkit's own hashes in its metadata, so `cdf deploy` finds it unchanged.
void TestDeployWizard::toolkitModuleDeploysAsTheToolkitWould()
{
    emulator::EmulatorConfig cfg;
    cfg.dataSets = {emulator::EmulatorDataSet{901, u"ds_ingestion_dev"_s}, emulator::EmulatorDataSet{902, u"ds_ingestion_prod"_s}};
    cfg.project = u"fs-test-dev"_s; // the project config.dev.yaml names
    ApiFixture fx(cfg);
    QTemporaryDir project;
    copyTree(QStringLiteral(FS_TEST_SOURCE_DIR "/data/toolkit"), project.path());
    const QString folder = project.filePath(u"modules/common/ingestion/functions/ingest"_s);
    auto w = wizardFor(fx, folder);
    QVERIFY(toSettings(w.get()));
    auto *name = child<QLineEdit>(w.get(), u"name"_s);
    auto *dataSet = child<QLineEdit>(w.get(), u"codeDataSet"_s);
    auto *environment = child<QComboBox>(w.get(), u"toolkitEnvironment"_s);
    QCOMPARE(name->text(), u"Ingest from sap"_s);
    QCOMPARE(dataSet->text(), u"ds_ingestion_dev"_s);
    QVERIFY(environment->isVisible());
    QCOMPARE(environment->currentText(), u"dev"_s);
    QVERIFY(child<QLabel>(w.get(), u"fromToolkit"_s)->text().contains(u"config.dev.yaml"_s));
    // Another environment fills the fields from its config; what it leaves unresolved is named.
    // What was typed that the files do not give (a secret's value) stays.
    auto *secretsTable = child<QTableWidget>(w.get(), u"secrets"_s);
    DeploySettingsPage::setSecretValue(secretsTable->model(), secretsTable->model()->index(0, 1), u"a-long-random-api-key-7f3a9c"_s);
    environment->setCurrentText(u"prod"_s);
    QVERIFY(!w->settingsPage()->isComplete()); // Next waits while the files are read
    QTRY_COMPARE(name->text(), u"Ingest from s4hana"_s);
    QCOMPARE(dataSet->text(), u"ds_ingestion_prod"_s);
    QVERIFY2(child<QLabel>(w.get(), u"fromToolkit"_s)->text().contains(u"schedule_hour"_s),
             qPrintable(child<QLabel>(w.get(), u"fromToolkit"_s)->text()));
    environment->setCurrentText(u"dev"_s);
    QTRY_COMPARE(name->text(), u"Ingest from sap"_s);
    QCOMPARE(secretsTable->item(0, 1)->data(DeploySettingsPage::SecretRole).toString(), u"a-long-random-api-key-7f3a9c"_s);
    // The schedules of the module's files, signed in as the client the files name (its secret typed).
    auto *tabs = child<QTabWidget>(w.get(), u"tabs"_s);
    QVERIFY(tabs->isTabVisible(tabs->indexOf(child<QWidget>(w.get(), u"schedulesTab"_s))));
    QVERIFY(child<QLabel>(w.get(), u"schedulesHint"_s)->text().contains(u"Daily ingest (0 8 * * *)"_s));
    QVERIFY(child<QRadioButton>(w.get(), u"schedulesOther"_s)->isChecked());
    QCOMPARE(child<QLineEdit>(w.get(), u"schedulesClientId"_s)->text(), u"ingestion-client-dev"_s);
    QVERIFY(!w->settingsPage()->isComplete()); // its secret is not typed yet
    child<QLineEdit>(w.get(), u"schedulesClientId"_s)->setText(u"functions-studio"_s); // the emulator's client, for this test
    child<QLineEdit>(w.get(), u"schedulesClientSecret"_s)->setText(u"emulator-secret"_s);
    QCOMPARE(secretsTable->item(0, 0)->text(), u"api-key"_s);
    QVERIFY(w->settingsPage()->isComplete());
    QVERIFY(toPreflight(w.get()));
    QCOMPARE(checkOf(w.get(), u"data-set"_s)->result, DeployPreflightPage::Result::Pass);
    QCOMPARE(checkOf(w.get(), u"toolkit"_s)->result, DeployPreflightPage::Result::Pass);
    QVERIFY(checkOf(w.get(), u"changes"_s)->detail.contains(u"cognite-toolkit-hash"_s));
    QVERIFY(!checkOf(w.get(), u"toolkit-project"_s)); // config.dev.yaml is for this project
    QVERIFY2(deploy(w.get()), qPrintable(w->progressPage()->outcomeText()));
    const auto fn = w->progressPage()->function();
    QVERIFY(fn);
    const StringMap metadata = functionIn(fx, fn->id).metadata.value_or(StringMap());
    QCOMPARE(metadata.value(u"cognite-toolkit-hash"_s), *ToolkitHash::codeHash(folder));
    QCOMPARE(metadata.value(u"cdf-toolkit-secret-hash"_s), ToolkitHash::secretHash({{u"api-key"_s, u"a-long-random-api-key-7f3a9c"_s}}));
    QVERIFY(!metadata.contains(u"fs-code-hash"_s)); // nothing the Toolkit's own deploy would not write
    // A function the app deployed before (with its own key) loses that key when the Toolkit's are written.
    FunctionWrite earlier;
    earlier.metadata = StringMap{{u"fs-code-hash"_s, u"sha256:0"_s}, {u"team"_s, u"data"_s}};
    QVERIFY(api::DeployPreflight::stampToolkitHashes(earlier, u"/=abcd1234"_s));
    QCOMPARE(earlier.metadata, (StringMap{{u"cognite-toolkit-hash"_s, u"/=abcd1234"_s}, {u"team"_s, u"data"_s}}));
    QCOMPARE(metadata.value(u"version"_s), u"7"_s);
    const auto file = fx.http->ppost(u"files/byids"_s, QJsonObject{{"items"_L1, QJsonArray{QJsonObject{{"id"_L1, fn->fileId}}}}});
    QCOMPARE(file.json.value("items"_L1).toArray().first().toObject().value("dataSetId"_L1).toInteger(), 901);
    const QJsonArray schedules = schedulesIn(fx);
    QCOMPARE(schedules.size(), 2);
    QJsonObject daily, hourly;
    for (const auto &v : schedules)
        (v.toObject().value("name"_L1).toString() == u"Daily ingest"_s ? daily : hourly) = v.toObject();
    QCOMPARE(daily.value("cronExpression"_L1).toString(), u"0 8 * * *"_s);
    QCOMPARE(daily.value("functionId"_L1).toInteger(), fn->id);
    QCOMPARE(daily.value("description"_L1).toString(),
             ToolkitHash::describedWithAuth(u"Every day at 8"_s, u"functions-studio"_s, u"emulator-secret"_s));
    QVERIFY(daily.value("description"_L1).toString().contains(u"cdf-auth: "_s));
    const auto data = fx.http->pget(u"functions/schedules/%1/input_data"_s.arg(hourly.value("id"_L1).toInteger()));
    QVERIFY2(data.body.contains(R"("full":false,"zeta":1,"alpha":2)") || data.body.contains(R"("full": false, "zeta": 1, "alpha": 2)"),
             data.body.constData());
    // The Local code column reads the Toolkit's hash: the same folder is Same, a changed file Changed.
    FunctionsModel model;
    const QList<Function> fns = functionsIn(fx);
    model.setFunctions(fns);
    CodeDrift drift;
    QObject::connect(&drift, &CodeDrift::checked, &model, &FunctionsModel::setDrift);
    const auto stateOf = [&] { return model.drift(fn->id).value_or(CodeDrift::Result()).state; };
    drift.check(fx.client->config().baseUrl, fx.config.project, fns);
    QTRY_COMPARE(stateOf(), CodeDrift::State::Same);
    QFile changed(folder + u"/notes.md"_s); // any file counts for the Toolkit, packaged or not
    QVERIFY(changed.open(QIODevice::WriteOnly));
    changed.write("a note\n");
    changed.close();
    drift.check(fx.client->config().baseUrl, fx.config.project, fns);
    QTRY_COMPARE(stateOf(), CodeDrift::State::Changed);

    // Exported as a Toolkit module again: the import reads back the same settings and schedules.
    QTemporaryDir exported;
    const QString into = exported.filePath(u"mod/functions"_s);
    QString secondTime;
    for (int round = 0; round < 2; ++round) { // the second replaces the first
        auto *exporter = new ToolkitExporter(fx.client.get(), functionIn(fx, fn->id), into);
        QSignalSpy done(exporter, &ToolkitExporter::finished);
        exporter->start();
        QVERIFY(done.wait(20000));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        secondTime = done.first().at(1).toString();
    }
    QVERIFY(QFileInfo::exists(into + u"/ingest/handler.py"_s));
    QVERIFY(!QFileInfo::exists(into + u"/.ingest.exporting"_s));
    // The first export went to the trash (or aside), not away; the message says where.
    QVERIFY2(secondTime.contains(u"What was there before"_s) && (secondTime.contains(u"in the trash"_s) || secondTime.contains(u"moved to"_s)),
             qPrintable(secondTime));
    // An external id that is a path or ".." never writes outside the folder chosen.
    QTemporaryDir hostile;
    QDir(hostile.path()).mkpath(u"module/functions"_s);
    QFile sibling(hostile.filePath(u"module/keep.txt"_s));
    QVERIFY(sibling.open(QIODevice::WriteOnly));
    sibling.write("mine\n");
    sibling.close();
    for (const QString &xid : {u".."_s, hostile.filePath(u"victim"_s)}) {
        Function odd = functionIn(fx, fn->id);
        odd.externalId = xid;
        auto *exporter = new ToolkitExporter(fx.client.get(), odd, hostile.filePath(u"module/functions"_s));
        QSignalSpy done(exporter, &ToolkitExporter::finished);
        exporter->start();
        QVERIFY(done.wait(20000));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        QVERIFY(done.first().at(1).toString().contains(u"not a plain folder name"_s));
    }
    QVERIFY(QFileInfo::exists(hostile.filePath(u"module/keep.txt"_s)));
    QVERIFY(!QFileInfo::exists(hostile.filePath(u"victim"_s)));
    QCOMPARE(QDir(hostile.filePath(u"module/functions"_s)).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size(), 6); // 2 × (folder, 2 files)
    const auto back = ToolkitFunction::find(into + u"/ingest"_s);
    QVERIFY(back);
    const Function deployed = functionIn(fx, fn->id);
    QCOMPARE(back->function.name, deployed.name);
    QCOMPARE(back->function.description, deployed.description);
    QCOMPARE(back->function.owner, deployed.owner);
    QCOMPARE(back->function.envVars, deployed.envVars);
    QCOMPARE(back->function.metadata, (StringMap{{u"version"_s, u"7"_s}, {u"team"_s, u"data"_s}})); // not the hashes
    QCOMPARE(back->function.cpu, deployed.cpu);
    QCOMPARE(back->function.memory, deployed.memory);
    QCOMPARE(back->secretReferences.value(u"api-key"_s), u"${INGEST_API_KEY}"_s);
    QCOMPARE(back->dataSetExternalId, u"ds_ingestion_dev"_s);
    QCOMPARE(back->schedules.size(), 2);
    QFile yaml(into + u"/ingest.Function.yaml"_s);
    QVERIFY(yaml.open(QIODevice::ReadOnly));
    QVERIFY(!yaml.readAll().contains("a-long-random-api-key-7f3a9c")); // never a secret's value
}

// A sign-in that may not read data sets: the check says so, and how to get past it, instead of
// "no such data set".
void TestDeployWizard::dataSetThatCannotBeReadIsSaid()
{
    emulator::EmulatorConfig cfg;
    cfg.dataSets = {emulator::EmulatorDataSet{4711, u"code"_s}};
    ApiFixture fx(cfg);
    QString error;
    QVERIFY(fx.server->faults().loadJson(R"({"rules": [{"path": "*/datasets/byids", "action": "status", "status": 403}]})", &error));
    const QString folder = fx.writeFunction(u"guarded"_s, {{u"handler.py"_s, Hello}});
    auto w = wizardFor(fx, folder);
    QVERIFY(toSettings(w.get()));
    child<QLineEdit>(w.get(), u"codeDataSet"_s)->setText(u"code"_s);
    QVERIFY(toPreflight(w.get()));
    const auto check = checkOf(w.get(), u"data-set"_s);
    QVERIFY(check);
    QCOMPARE(check->result, DeployPreflightPage::Result::Error);
    QVERIFY2(check->detail.contains(u"may not read data sets"_s) && check->detail.contains(u"datasets:read"_s), qPrintable(check->detail));
}

// The code file goes into the data set given; the functions table says whether the folder still
// holds the deployed code, and notices a changed file.
void TestDeployWizard::driftAndCodeDataSet()
{
    emulator::EmulatorConfig cfg;
    cfg.dataSets = {emulator::EmulatorDataSet{4711, u"code"_s}}; // the set the code file goes into
    ApiFixture fx(cfg);
    const QString folder = fx.writeFunction(u"drifting"_s, {{u"handler.py"_s, Hello}, {u"lib/util.py"_s, "X = 1\n"}});
    auto w = wizardFor(fx, folder);
    QVERIFY(toSettings(w.get()));
    auto *dataSet = child<QLineEdit>(w.get(), u"codeDataSet"_s);
    dataSet->setText(u"0"_s);
    QVERIFY(!w->settingsPage()->isComplete());
    QVERIFY(child<QLabel>(w.get(), u"codeDataSetProblem"_s)->text().contains(u"is not a data set"_s));
    dataSet->setText(u"4711"_s);
    QVERIFY(w->settingsPage()->isComplete());
    dataSet->setText(u"code"_s); // its external id: the checks page resolves it to 4711
    QVERIFY(w->settingsPage()->isComplete());
    // A first deploy has no schedules to carry over.
    auto *tabs = child<QTabWidget>(w.get(), u"tabs"_s);
    QVERIFY(!tabs->isTabVisible(tabs->indexOf(child<QWidget>(w.get(), u"schedulesTab"_s))));
    QVERIFY(toPreflight(w.get()));
    QVERIFY(deploy(w.get()));
    qInfo("%s", qPrintable(w->progressPage()->outcomeText()));
    const auto fn = w->progressPage()->function();
    QVERIFY(fn);
    const auto file = fx.http->ppost(u"files/byids"_s, QJsonObject{{"items"_L1, QJsonArray{QJsonObject{{"id"_L1, fn->fileId}}}}});
    QCOMPARE(file.json.value("items"_L1).toArray().first().toObject().value("dataSetId"_L1).toInteger(), 4711);

    FunctionsModel model;
    const QList<Function> fns = functionsIn(fx);
    model.setFunctions(fns);
    CodeDrift drift;
    QObject::connect(&drift, &CodeDrift::checked, &model, &FunctionsModel::setDrift);
    const QUrl server = fx.client->config().baseUrl;
    QCOMPARE(CodeDrift::folderFor(server, fx.config.project, fns.first()), QFileInfo(folder).absoluteFilePath());
    const auto stateOf = [&] { return model.drift(fn->id).value_or(CodeDrift::Result()).state; };
    drift.check(server, fx.config.project, fns);
    QTRY_COMPARE(stateOf(), CodeDrift::State::Same);
    const QModelIndex cell = model.index(model.rowOf(fn->id), FunctionsModel::LocalCode);
    QCOMPARE(cell.data().toString(), u"Same as drifting"_s);
    // One changed byte in a file of the package.
    {
        QFile f(folder + u"/lib/util.py"_s);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("X = 2\n");
    }
    drift.check(server, fx.config.project, fns);
    QTRY_COMPARE(stateOf(), CodeDrift::State::Changed);
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(u"changed since it was deployed"_s));
    // An excluded file does not count; restoring the content makes it the same again.
    {
        QFile f(folder + u"/lib/util.py"_s);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("X = 1\n");
        QFile cache(folder + u"/lib/util.pyc"_s);
        QVERIFY(cache.open(QIODevice::WriteOnly));
        cache.write("compiled");
    }
    drift.check(server, fx.config.project, fns);
    QTRY_COMPARE(stateOf(), CodeDrift::State::Same);
    // A folder that is gone says so; another project's function of the same name knows nothing.
    QVERIFY(QDir(folder).removeRecursively());
    drift.check(server, fx.config.project, fns);
    QTRY_COMPARE(stateOf(), CodeDrift::State::FolderGone);
    QVERIFY(CodeDrift::folderFor(server, u"another-project"_s, fns.first()).isEmpty());
}

// A function with its settings and schedule goes from one emulator project to another; promoting
// it again makes a new version there, which keeps the schedule it has.
void TestDeployWizard::promoteToAnotherProject()
{
    ApiFixture dev(projectNamed(u"dev"_s));
    ApiFixture prod(projectNamed(u"prod"_s));
    const qint64 fid = dev.readyFunction(u"promoted"_s, Hello,
                                         QJsonObject{{"externalId"_L1, u"promoted"_s},
                                                     {"description"_L1, u"From dev"_s},
                                                     {"envVars"_L1, QJsonObject{{"STAGE"_L1, u"dev"_s}}},
                                                     {"secrets"_L1, QJsonObject{{"api-key"_L1, u"dev-value"_s}}}});
    QVERIFY(fid);
    QCOMPARE(dev.createSchedule(fid, u"nightly"_s, u"0 2 * * *"_s, QJsonObject{{"name"_L1, u"night"_s}}), 201);
    Function source;
    for (const Function &f : functionsIn(dev))
        if (f.id == fid)
            source = f;
    const auto prodCredentials = api::NonceSource::credentials(u"functions-studio"_s, u"emulator-secret"_s);
    const auto promote = [&]() -> std::unique_ptr<DeployWizard> {
        Promotion p({dev.client.get(), u"dev"_s, {}}, source, {prod.client.get(), u"prod"_s, prodCredentials});
        QSignalSpy ready(&p, &Promotion::ready);
        QSignalSpy failed(&p, &Promotion::failed);
        p.start();
        if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 20000) || ready.isEmpty()) {
            qWarning("promotion: %s", failed.isEmpty() ? "no answer" : qPrintable(failed.first().first().toString()));
            return nullptr;
        }
        auto w = std::make_unique<DeployWizard>(p.state());
        w->preflightPage()->setPython(u"python3"_s);
        w->show();
        return w;
    };
    auto w = promote();
    QVERIFY(w);
    QVERIFY(w->windowTitle().contains(u"from dev to prod"_s));
    QVERIFY(toSettings(w.get()));
    // The settings of the function in dev; secret values are typed again (CDF never returns them).
    QCOMPARE(child<QLineEdit>(w.get(), u"externalId"_s)->text(), u"promoted"_s);
    QCOMPARE(child<QLineEdit>(w.get(), u"description"_s)->text(), u"From dev"_s);
    auto *secrets = child<QTableWidget>(w.get(), u"secrets"_s);
    QCOMPARE(secrets->rowCount(), 1);
    QCOMPARE(secrets->item(0, 0)->text(), u"api-key"_s);
    DeploySettingsPage::setSecretValue(secrets->model(), secrets->model()->index(0, 1), u"prod-value"_s);
    auto *tabs = child<QTabWidget>(w.get(), u"tabs"_s);
    QVERIFY(tabs->isTabVisible(tabs->indexOf(child<QWidget>(w.get(), u"schedulesTab"_s))));
    QVERIFY(child<QLabel>(w.get(), u"schedulesHint"_s)->text().contains(u"nightly (0 2 * * *)"_s));
    QVERIFY(toPreflight(w.get()));
    bool described = false;
    for (const auto &c : w->preflightPage()->checks())
        described |= c.id == u"promotion"_s && c.detail.contains(u"1 schedule(s)"_s) && c.detail.contains(u"from dev"_s);
    QVERIFY(described);
    QVERIFY(deploy(w.get()));
    QVERIFY2(w->progressPage()->outcomeText().contains(u"Schedule \"nightly\" (0 2 * * *) runs on function"_s),
             qPrintable(w->progressPage()->outcomeText()));
    const QList<Function> inProd = functionsIn(prod);
    QCOMPARE(inProd.size(), 1);
    QCOMPARE(inProd.first().externalId.value_or(QString()), u"promoted"_s);
    QCOMPARE(inProd.first().envVars.value_or(StringMap()).value(u"STAGE"_s), u"dev"_s);
    QCOMPARE(inProd.first().status, FunctionStatus::Ready);
    // The code is dev's: calling it in prod answers as dev's does.
    const auto call = prod.call(inProd.first().id, QJsonObject{{"name"_L1, u"prod"_s}});
    QCOMPARE(call.status, 201);
    const qint64 callId = call.json.value("id"_L1).toInteger();
    QCOMPARE(prod.waitForCall(inProd.first().id, callId).value("status"_L1).toString(), u"Completed"_s);
    const auto response = prod.http->pget(u"functions/%1/calls/%2/response"_s.arg(inProd.first().id).arg(callId));
    QCOMPARE(response.json.value("response"_L1).toObject().value("greeting"_L1).toString(), u"Hello, prod"_s);
    const QJsonArray schedules = prod.http->pget(u"functions/schedules"_s).json.value("items"_L1).toArray();
    QCOMPARE(schedules.size(), 1);
    QCOMPARE(schedules.first().toObject().value("cronExpression"_L1).toString(), u"0 2 * * *"_s);
    QCOMPARE(schedules.first().toObject().value("functionId"_L1).toInteger(), inProd.first().id);
    const auto input = prod.http->pget(u"functions/schedules/%1/input_data"_s.arg(schedules.first().toObject().value("id"_L1).toInteger()));
    QCOMPARE(input.json.value("data"_L1).toObject().value("name"_L1).toString(), u"night"_s);
    // dev is as it was.
    QCOMPARE(functionsIn(dev).size(), 1);
    QCOMPARE(dev.http->pget(u"functions/schedules"_s).json.value("items"_L1).toArray().size(), 1);
    w.reset();

    // Again: prod has it now, so this is a new version that keeps prod's schedule (no second copy).
    auto again = promote();
    QVERIFY(again);
    QVERIFY(again->state().redeployOf && again->state().redeployOf->id == inProd.first().id);
    QVERIFY(toSettings(again.get()));
    DeploySettingsPage::setSecretValue(child<QTableWidget>(again.get(), u"secrets"_s)->model(),
                                       child<QTableWidget>(again.get(), u"secrets"_s)->model()->index(0, 1), u"prod-value"_s);
    QVERIFY(toPreflight(again.get()));
    bool replaced = false;
    for (const auto &c : again->preflightPage()->checks())
        replaced |= c.id == u"promotion"_s && c.detail.contains(u"replaced by a new version"_s);
    QVERIFY(replaced);
    child<QCheckBox>(again.get(), u"acceptWarnings"_s)->setChecked(true); // nothing changed in the code
    QVERIFY(deploy(again.get()));
    QCOMPARE(functionsIn(prod).size(), 1);
    QCOMPARE(prod.http->pget(u"functions/schedules"_s).json.value("items"_L1).toArray().size(), 1);
}

// The target project has a second client (not the one the wizard's connection signs in with);
// chosen on the Schedules tab, it is what every promoted schedule's session belongs to. Only the
// promoted function's schedules go (dev's other function keeps its own), each with its input data.
void TestDeployWizard::promotedSchedulesSignInAsTheChosenClient()
{
    ApiFixture dev(projectNamed(u"dev"_s));
    emulator::EmulatorConfig prodConfig = projectNamed(u"prod"_s);
    // The first client is the one the fixture's connection signs in with; the second only signs schedules.
    prodConfig.clients << emulator::EmulatorClient{u"prod-scheduler"_s, u"prod-scheduler-secret"_s};
    ApiFixture prod(prodConfig);
    const qint64 fid = dev.readyFunction(u"promoted"_s, Hello, QJsonObject{{"externalId"_L1, u"promoted"_s}});
    QVERIFY(fid);
    QCOMPARE(dev.createSchedule(fid, u"nightly"_s, u"0 2 * * *"_s, QJsonObject{{"name"_L1, u"night"_s}}), 201);
    QCOMPARE(dev.createSchedule(fid, u"quarterly"_s, u"15 * * * *"_s, QJsonObject{{"name"_L1, u"quarter"_s}}), 201);
    const qint64 other = dev.readyFunction(u"bystander"_s, Hello, QJsonObject{{"externalId"_L1, u"bystander"_s}});
    QVERIFY(other);
    QCOMPARE(dev.createSchedule(other, u"bystander-noon"_s, u"0 12 * * *"_s), 201);
    const Function source = functionIn(dev, fid);
    QCOMPARE(source.id, fid);

    auto w = promotedWizard(dev, source, prod, api::NonceSource::credentials(u"functions-studio"_s, u"emulator-secret"_s));
    QVERIFY(w);
    QCOMPARE(w->state().promotion->schedules.size(), 2);
    QVERIFY(toSettings(w.get()));
    auto *tabs = child<QTabWidget>(w.get(), u"tabs"_s);
    QVERIFY(tabs->isTabVisible(tabs->indexOf(child<QWidget>(w.get(), u"schedulesTab"_s))));
    tabs->setCurrentWidget(child<QWidget>(w.get(), u"schedulesTab"_s));
    const QString hint = child<QLabel>(w.get(), u"schedulesHint"_s)->text();
    QVERIFY2(hint.contains(u"nightly (0 2 * * *)"_s) && hint.contains(u"quarterly (15 * * * *)"_s) && !hint.contains(u"bystander"_s),
             qPrintable(hint));
    // By default: the target profile's own client, by name.
    auto *profile = child<QRadioButton>(w.get(), u"schedulesProfile"_s);
    QVERIFY(profile->isEnabled());
    QVERIFY(profile->isChecked());
    QVERIFY2(profile->text().contains(u"client functions-studio"_s), qPrintable(profile->text()));
    // The second client instead.
    child<QRadioButton>(w.get(), u"schedulesOther"_s)->setChecked(true);
    child<QLineEdit>(w.get(), u"schedulesClientId"_s)->setText(u"prod-scheduler"_s);
    child<QLineEdit>(w.get(), u"schedulesClientSecret"_s)->setText(u"prod-scheduler-secret"_s);
    QVERIFY(w->settingsPage()->isComplete());
    QVERIFY(toPreflight(w.get()));
    const auto described = checkOf(w.get(), u"promotion"_s);
    QVERIFY(described);
    QVERIFY2(described->detail.contains(u"2 schedule(s) signed in with client prod-scheduler"_s), qPrintable(described->detail));
    QVERIFY(deploy(w.get()));
    const auto fn = w->progressPage()->function();
    QVERIFY(fn);
    const QString outcome = w->progressPage()->outcomeText();
    QVERIFY2(outcome.contains(u"Schedule \"nightly\" (0 2 * * *) runs on function %1."_s.arg(fn->id))
                 && outcome.contains(u"Schedule \"quarterly\" (15 * * * *) runs on function %1."_s.arg(fn->id)),
             qPrintable(outcome));

    // In prod: the two schedules, on the new function, each with a session of prod-scheduler.
    const QJsonArray schedules = schedulesIn(prod);
    QCOMPARE(schedules.size(), 2);
    QStringList names;
    for (const auto &v : schedules) {
        const QJsonObject s = v.toObject();
        const QString name = s.value("name"_L1).toString();
        names << name;
        QCOMPARE(s.value("functionId"_L1).toInteger(), fn->id);
        QCOMPARE(inputNameOf(prod, s.value("id"_L1).toInteger()), name == u"nightly"_s ? u"night"_s : u"quarter"_s);
        const qint64 sessionId = s.value("sessionId"_L1).toInteger();
        QVERIFY2(sessionId, qPrintable(name));
        const QJsonObject session = sessionIn(prod, sessionId);
        QCOMPARE(session.value("type"_L1).toString(), u"CLIENT_CREDENTIALS"_s);
        QCOMPARE(session.value("clientId"_L1).toString(), u"prod-scheduler"_s);
    }
    names.sort();
    QCOMPARE(names, (QStringList{u"nightly"_s, u"quarterly"_s}));
    // dev is as it was.
    QCOMPARE(schedulesIn(dev).size(), 3);
}

// Promote, then prod changes its copy's schedules (CDF cannot change one: the "nightly" copy is
// deleted and "prod-morning" made) and dev adds one; promoting again makes a new version that
// keeps prod's own schedules: prod-morning only, on the new function, with its input data. Neither
// dev's schedules nor prod's other function's schedule are copied onto it.
void TestDeployWizard::targetsOwnSchedulesSurviveAnotherPromotion()
{
    ApiFixture dev(projectNamed(u"dev"_s));
    ApiFixture prod(projectNamed(u"prod"_s));
    const qint64 fid = dev.readyFunction(u"kept"_s, Hello, QJsonObject{{"externalId"_L1, u"kept"_s}});
    QVERIFY(fid);
    QCOMPARE(dev.createSchedule(fid, u"nightly"_s, u"0 2 * * *"_s, QJsonObject{{"name"_L1, u"night"_s}}), 201);
    // A function of prod's own, with its schedule: no promotion touches it.
    const qint64 bystander = prod.readyFunction(u"bystander"_s, Hello, QJsonObject{{"externalId"_L1, u"bystander"_s}});
    QVERIFY(bystander);
    QCOMPARE(prod.createSchedule(bystander, u"bystander-hourly"_s, u"0 * * * *"_s), 201);
    const qint64 bystanderSchedule = schedulesIn(prod).first().toObject().value("id"_L1).toInteger();
    const Function source = functionIn(dev, fid);
    const auto credentials = api::NonceSource::credentials(u"functions-studio"_s, u"emulator-secret"_s);

    auto first = promotedWizard(dev, source, prod, credentials);
    QVERIFY(first);
    QVERIFY(toSettings(first.get()));
    QVERIFY(toPreflight(first.get()));
    QVERIFY(deploy(first.get()));
    const auto firstFn = first->progressPage()->function();
    QVERIFY(firstFn);
    first.reset();

    // prod changes its copy; dev adds a schedule.
    qint64 nightlyInProd = 0;
    for (const auto &v : schedulesIn(prod))
        if (v.toObject().value("name"_L1).toString() == u"nightly"_s)
            nightlyInProd = v.toObject().value("id"_L1).toInteger();
    QVERIFY(nightlyInProd);
    QCOMPARE(prod.http->ppost(u"functions/schedules/delete"_s, QJsonObject{{"items"_L1, QJsonArray{QJsonObject{{"id"_L1, nightlyInProd}}}}}).status,
             200);
    QCOMPARE(prod.createSchedule(firstFn->id, u"prod-morning"_s, u"30 6 * * *"_s, QJsonObject{{"name"_L1, u"prod"_s}}), 201);
    QCOMPARE(dev.createSchedule(fid, u"dev-extra"_s, u"0 12 * * *"_s), 201);

    auto again = promotedWizard(dev, source, prod, credentials);
    QVERIFY(again);
    QVERIFY(again->state().redeployOf && again->state().redeployOf->id == firstFn->id);
    QVERIFY(again->state().promotion->schedules.isEmpty()); // nothing of dev's is carried into a new version
    QVERIFY(toSettings(again.get()));
    QVERIFY(toPreflight(again.get()));
    const auto described = checkOf(again.get(), u"promotion"_s);
    QVERIFY(described);
    QVERIFY2(described->detail.contains(u"keeps its own schedules"_s) && described->detail.contains(u"The schedules of dev are not copied."_s),
             qPrintable(described->detail));
    const auto moving = checkOf(again.get(), u"schedules"_s);
    QVERIFY(moving);
    QVERIFY2(moving->detail.startsWith(u"1 schedule(s) will be made again"_s) && moving->detail.contains(u"prod-morning (30 6 * * *)"_s)
                 && !moving->detail.contains(u"nightly"_s) && !moving->detail.contains(u"bystander"_s),
             qPrintable(moving->detail));
    child<QCheckBox>(again.get(), u"acceptWarnings"_s)->setChecked(true); // the same code as the deployed version
    QVERIFY(deploy(again.get()));
    const auto fn = again->progressPage()->function();
    QVERIFY(fn && fn->id != firstFn->id);
    const QString outcome = again->progressPage()->outcomeText();
    QVERIFY2(outcome.contains(u"Schedule \"prod-morning\" (30 6 * * *) runs on function %1."_s.arg(fn->id)) && !outcome.contains(u"nightly"_s)
                 && !outcome.contains(u"dev-extra"_s),
             qPrintable(outcome));

    // prod: its own schedule on the new version, and the bystander's, untouched.
    const QJsonArray after = schedulesIn(prod);
    QCOMPARE(after.size(), 2);
    bool morning = false;
    bool bystanderKept = false;
    for (const auto &v : after) {
        const QJsonObject s = v.toObject();
        const QString name = s.value("name"_L1).toString();
        if (name == u"bystander-hourly"_s) {
            bystanderKept = s.value("id"_L1).toInteger() == bystanderSchedule && s.value("functionId"_L1).toInteger() == bystander;
        } else {
            QCOMPARE(name, u"prod-morning"_s);
            QCOMPARE(s.value("cronExpression"_L1).toString(), u"30 6 * * *"_s);
            QCOMPARE(s.value("functionId"_L1).toInteger(), fn->id);
            QCOMPARE(inputNameOf(prod, s.value("id"_L1).toInteger()), u"prod"_s);
            morning = true;
        }
    }
    QVERIFY(morning);
    QVERIFY(bystanderKept);
    QCOMPARE(functionsIn(prod).size(), 2); // the new version and the bystander
}

// A function without an external id: nothing ties it to a function in the target, so each
// promotion makes a new function there (the code zip is named after the function). The second
// time, the target already has a function of that name: the preflight warns, naming it, and the
// deploy waits for the warning to be accepted; then prod has two, each with its schedule.
void TestDeployWizard::functionWithoutExternalIdIsPromotedAsANewOne()
{
    ApiFixture dev(projectNamed(u"dev"_s));
    ApiFixture prod(projectNamed(u"prod"_s));
    const qint64 fid = dev.readyFunction(u"plain"_s, Hello); // no external id
    QVERIFY(fid);
    QCOMPARE(dev.createSchedule(fid, u"every-morning"_s, u"0 6 * * *"_s, QJsonObject{{"name"_L1, u"morning"_s}}), 201);
    const Function source = functionIn(dev, fid);
    QVERIFY(!source.externalId);
    const auto credentials = api::NonceSource::credentials(u"functions-studio"_s, u"emulator-secret"_s);

    auto w = promotedWizard(dev, source, prod, credentials);
    QVERIFY(w);
    QVERIFY(!w->state().redeployOf);
    QVERIFY(!w->state().promotion->sameNameInTarget);
    QCOMPARE(QFileInfo(w->state().sourcePath).fileName(), u"plain.zip"_s);
    QVERIFY(toSettings(w.get()));
    QCOMPARE(child<QLineEdit>(w.get(), u"name"_s)->text(), u"plain"_s);
    QVERIFY(child<QLineEdit>(w.get(), u"externalId"_s)->text().isEmpty());
    QVERIFY(toPreflight(w.get()));
    QVERIFY(!checkOf(w.get(), u"external-id"_s)); // nothing to check
    QVERIFY(!checkOf(w.get(), u"promotion-duplicate"_s));
    const auto described = checkOf(w.get(), u"promotion"_s);
    QVERIFY(described);
    QVERIFY2(described->detail.startsWith(u"A new function in prod"_s) && described->detail.contains(u"1 schedule(s)"_s),
             qPrintable(described->detail));
    QVERIFY(deploy(w.get()));
    const auto firstFn = w->progressPage()->function();
    QVERIFY(firstFn);
    w.reset();
    const QList<Function> once = functionsIn(prod);
    QCOMPARE(once.size(), 1);
    QCOMPARE(once.first().name, u"plain"_s);
    QVERIFY(!once.first().externalId);
    QCOMPARE(once.first().status, FunctionStatus::Ready);
    const QJsonArray oneSchedule = schedulesIn(prod);
    QCOMPARE(oneSchedule.size(), 1);
    QCOMPARE(oneSchedule.first().toObject().value("functionId"_L1).toInteger(), firstFn->id);
    QCOMPARE(inputNameOf(prod, oneSchedule.first().toObject().value("id"_L1).toInteger()), u"morning"_s);

    // Again: a second function, after a warning that names the first.
    auto again = promotedWizard(dev, source, prod, credentials);
    QVERIFY(again);
    QVERIFY(!again->state().redeployOf);
    QVERIFY(again->state().promotion->sameNameInTarget);
    QCOMPARE(again->state().promotion->sameNameInTarget->id, firstFn->id);
    QVERIFY(toSettings(again.get()));
    QVERIFY(toPreflight(again.get()));
    const auto duplicate = checkOf(again.get(), u"promotion-duplicate"_s);
    QVERIFY(duplicate);
    QVERIFY(duplicate->result == DeployPreflightPage::Result::Warning);
    QVERIFY2(duplicate->detail.startsWith(u"prod already has a function named \"plain\" (function %1)."_s.arg(firstFn->id))
                 && duplicate->detail.contains(u"second one"_s),
             qPrintable(duplicate->detail));
    QVERIFY(!again->preflightPage()->isComplete()); // the warning needs a tick
    child<QCheckBox>(again.get(), u"acceptWarnings"_s)->setChecked(true);
    QVERIFY(again->preflightPage()->isComplete());
    QVERIFY(deploy(again.get()));
    const auto secondFn = again->progressPage()->function();
    QVERIFY(secondFn && secondFn->id != firstFn->id);
    const QList<Function> twice = functionsIn(prod);
    QCOMPARE(twice.size(), 2);
    for (const Function &f : twice)
        QCOMPARE(f.name, u"plain"_s);
    // Each has its schedule; the first one's was left alone.
    QList<qint64> owners;
    for (const auto &v : schedulesIn(prod))
        owners << v.toObject().value("functionId"_L1).toInteger();
    std::sort(owners.begin(), owners.end());
    QList<qint64> expected{firstFn->id, secondFn->id};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(owners, expected);
}

// Every way a Promotion can fail before the wizard opens says what failed, where, and why (the
// HTTP status), emits failed() once and never ready(), and nothing is made in either project.
// The faults are injected per request in the project named; each is cleared before the next.
// Last, the faults gone, the same promotion reaches ready(): the setup was not the problem.
void TestDeployWizard::promotionFailuresSayWhyAndCreateNothing()
{
    ApiFixture dev(projectNamed(u"dev"_s));
    ApiFixture prod(projectNamed(u"prod"_s));
    const qint64 fid = dev.readyFunction(u"promoted"_s, Hello, QJsonObject{{"externalId"_L1, u"promoted"_s}});
    QVERIFY(fid);
    QCOMPARE(dev.createSchedule(fid, u"nightly"_s, u"0 2 * * *"_s, QJsonObject{{"name"_L1, u"night"_s}}), 201);
    const Function source = functionIn(dev, fid);
    QVERIFY(source.fileId);
    const auto credentials = api::NonceSource::credentials(u"functions-studio"_s, u"emulator-secret"_s);
    const QString devBefore = footprint(dev);
    const QString prodBefore = footprint(prod);
    QCOMPARE(prodBefore, u"0 functions, 0 files, 0 schedules"_s);

    // Runs one promotion that must fail; its message, or why it did not fail as it should.
    const auto failure = [&](const Promotion::Project &from, const Promotion::Project &to) -> std::pair<bool, QString> {
        Promotion p(from, source, to);
        QSignalSpy ready(&p, &Promotion::ready);
        QSignalSpy failed(&p, &Promotion::failed);
        p.start();
        if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 20000))
            return {false, u"neither ready() nor failed() within 20 s"_s};
        QTest::qWait(50); // nothing may follow a failure
        if (!ready.isEmpty() || failed.size() != 1)
            return {false, u"ready() %1 times, failed() %2 times"_s.arg(ready.size()).arg(failed.size())};
        return {true, failed.first().first().toString()};
    };
    const Promotion::Project devSide{dev.client.get(), u"dev"_s, {}};
    const Promotion::Project prodSide{prod.client.get(), u"prod"_s, credentials};

    struct Case
    {
        const char *name;
        ApiFixture *where;
        QByteArray plan;
        QString says; // how the message starts
        int status;
    };
    const QList<Case> cases{
        {"target's limits refused", &prod, R"({"rules": [{"method": "GET", "path": "*/functions/limits", "action": "status", "status": 403}]})",
         u"Could not reach the project prod: "_s, 403},
        {"target lookup refused", &prod, R"({"rules": [{"method": "POST", "path": "*/functions/byids", "action": "status", "status": 403}]})",
         u"Could not look for promoted in prod: "_s, 403},
        {"download link refused", &dev, R"({"rules": [{"method": "POST", "path": "*/files/downloadlink", "action": "status", "status": 403}]})",
         u"Could not get the code of promoted (file %1): "_s.arg(source.fileId), 403},
        {"download fails", &dev, R"({"rules": [{"method": "GET", "path": "/download/*", "action": "status", "status": 404}]})",
         u"Could not download the code of promoted: "_s, 404},
        {"schedules unreadable", &dev, R"({"rules": [{"method": "POST", "path": "*/functions/schedules/list", "action": "status", "status": 403}]})",
         u"Could not read the schedules of promoted: "_s, 403},
        {"input data unreadable", &dev,
         R"({"rules": [{"method": "GET", "path": "*/functions/schedules/*/input_data", "action": "status", "status": 403}]})",
         u"Could not read the input data of schedule nightly: "_s, 403},
    };
    for (const Case &c : cases) {
        QString error;
        QVERIFY2(c.where->server->faults().loadJson(c.plan, &error), qPrintable(error));
        const auto [failedAsExpected, why] = failure(devSide, prodSide);
        const QString label = QLatin1StringView(c.name) + u": "_s + why;
        QVERIFY2(failedAsExpected, qPrintable(label));
        QVERIFY2(why.startsWith(c.says) && why.contains(u"HTTP %1"_s.arg(c.status)), qPrintable(label));
        QVERIFY2(c.where->server->faults().firedCount() >= 1, c.name);
        c.where->server->faults().clear();
        QCOMPARE(footprint(dev), devBefore);
        QCOMPARE(footprint(prod), prodBefore);
    }

    // The source's connection is gone (the profile was closed meanwhile).
    {
        Promotion::Project closed;
        closed.project = u"dev"_s;
        const auto [failedAsExpected, why] = failure(closed, prodSide);
        QVERIFY2(failedAsExpected, qPrintable(why));
        QCOMPARE(why, u"The connection closed."_s);
    }

    // The target refuses the sign-in (a wrong client secret in its profile).
    {
        auto *wrong = new api::ClientCredentialsProvider(prod.client->network(), prod.oauth(), u"not-the-secret"_s, prod.client.get());
        prod.rebuildClient(wrong);
        const auto [failedAsExpected, why] = failure(devSide, prodSide);
        prod.rebuildClient(prod.provider);
        QVERIFY2(failedAsExpected, qPrintable(why));
        QVERIFY2(why.startsWith(u"Could not reach the project prod: "_s) && why.contains(u"invalid_client"_s), qPrintable(why));
        QCOMPARE(footprint(dev), devBefore);
        QCOMPARE(footprint(prod), prodBefore);
    }

    // Without faults the same promotion gets to the wizard (which writes nothing until Deploy).
    auto w = promotedWizard(dev, source, prod, credentials);
    QVERIFY(w);
    QCOMPARE(w->state().promotion->schedules.size(), 1);
    QCOMPARE(footprint(dev), devBefore);
    QCOMPARE(footprint(prod), prodBefore);
}

QTEST_MAIN(TestDeployWizard)
#include "tst_deploywizard.moc"
