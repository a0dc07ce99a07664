// The screen tour: every window and page the app has, at 1280×800, in English and German, light and
// dark, written as PNGs into the build folder (tests/screentour/<lang>-<theme>-<screen>.png) for
// people to look at after a change. Along the way it checks what a picture shows badly: a button or
// header whose text is cut, a label cut short, a widget that reaches past its window.
#include "support/widgets.h"
#include "support/windowfixture.h"

#include "api/workflows/callhistory.h"
#include "gui/actions.h"
#include "gui/appsettings.h"
#include "gui/call/callpanel.h"
#include "gui/deploy/deploypreflightpage.h"
#include "gui/deploy/deployprogresspage.h"
#include "gui/deploy/deploysourcepage.h"
#include "gui/deploy/deploywizard.h"
#include "gui/dialogs/settingsdialog.h"
#include "gui/language.h"
#include "gui/logs/logsearch.h"
#include "gui/logs/logview.h"
#include "gui/models/callsmodel.h"
#include "gui/models/schedulesmodel.h"
#include "gui/pages/callsearch.h"
#include "gui/pages/gettingstarted.h"
#include "gui/pages/schedulespage.h"
#include "gui/profiles/profiledialog.h"
#include "gui/schedules/lastruns.h"
#include "gui/schedules/scheduleeditor.h"
#include "gui/schedules/weekwindow.h"
#include "gui/widgets/theme.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QCheckBox>
#include <QDir>
#include <QDirIterator>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace fstudio;
using namespace fstudio::gui;
using namespace fstudio::test;
using namespace Qt::StringLiterals;

namespace {

const QSize TourSize(1280, 800);

bool insideScrolledContent(const QWidget *w, const QWidget *window)
{
    for (const QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget())
        if (auto *area = qobject_cast<const QAbstractScrollArea *>(p); area && area->viewport()->isAncestorOf(w))
            return true;
    return false;
}

QString describe(const QWidget *w, const QString &text)
{
    return u"%1 \"%2\""_s.arg(objectPath(w), text.left(60));
}

// What a picture of `window` would show badly.
QStringList layoutProblems(QWidget *window)
{
    QStringList out;
    const QRect bounds = window->rect();
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window) || w->width() <= 0 || insideScrolledContent(w, window))
            continue;
        const QRect r(w->mapTo(window, QPoint(0, 0)), w->size());
        if (!bounds.contains(r))
            out << u"%1 reaches past the window (%2,%3 %4×%5 in %6×%7)"_s.arg(objectPath(w))
                       .arg(r.x())
                       .arg(r.y())
                       .arg(r.width())
                       .arg(r.height())
                       .arg(bounds.width())
                       .arg(bounds.height());
        if (auto *b = qobject_cast<QAbstractButton *>(w); b && !b->text().isEmpty() && !qobject_cast<QTabBar *>(w->parentWidget())) {
            const bool iconOnly = qobject_cast<QToolButton *>(b) && static_cast<QToolButton *>(b)->toolButtonStyle() == Qt::ToolButtonIconOnly;
            if (!iconOnly && b->sizeHint().width() > b->width() + 1)
                out << u"%1 is cut: it needs %2 px, it has %3"_s.arg(describe(b, b->text())).arg(b->sizeHint().width()).arg(b->width());
        }
        if (auto *l = qobject_cast<QLabel *>(w); l && !l->wordWrap() && !l->text().isEmpty() && l->pixmap().isNull()
            && l->sizeHint().width() > l->width() + 1 && l->textFormat() != Qt::RichText)
            out << u"%1 is cut: it needs %2 px, it has %3"_s.arg(describe(l, l->text())).arg(l->sizeHint().width()).arg(l->width());
        if (auto *h = qobject_cast<QHeaderView *>(w); h && h->orientation() == Qt::Horizontal && h->model()) {
            for (int i = 0; i < h->count(); ++i) {
                if (h->isSectionHidden(i))
                    continue;
                const QString title = h->model()->headerData(i, Qt::Horizontal).toString();
                const int need = h->fontMetrics().horizontalAdvance(title) + 2 * h->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, h);
                if (need > h->sectionSize(i) + 1)
                    out << u"%1 column \"%2\" is cut: it needs %3 px, it has %4"_s.arg(objectPath(h), title).arg(need).arg(h->sectionSize(i));
            }
        }
    }
    return out;
}

} // namespace

class TestScreenTour : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void tour_data();
    void tour();

private:
    // Writes the picture of `w` and records what it shows badly under `screen`.
    void shoot(QWidget *w, const QString &screen);
    QString m_prefix;
    QStringList m_problems;
    QDir m_dir;
};

void TestScreenTour::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"functions-studio-tests"_s);
    QCoreApplication::setApplicationName(u"tst_screentour"_s);
    QSettings().clear();
    AppSettings::instance()->setGettingStartedShown(true);
    m_dir = QDir(QCoreApplication::applicationDirPath() + u"/screentour"_s);
    QVERIFY(m_dir.mkpath(u"."_s));
}

void TestScreenTour::cleanup()
{
    installTranslators(u"en"_s);
    applyTheme(AppSettings::Theme::Light);
}

void TestScreenTour::tour_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<int>("theme");
    QTest::newRow("en-light") << u"en"_s << int(AppSettings::Theme::Light);
    QTest::newRow("en-dark") << u"en"_s << int(AppSettings::Theme::Dark);
    QTest::newRow("de-light") << u"de"_s << int(AppSettings::Theme::Light);
    QTest::newRow("de-dark") << u"de"_s << int(AppSettings::Theme::Dark);
}

void TestScreenTour::shoot(QWidget *w, const QString &screen)
{
    QApplication::processEvents();
    const QString file = m_dir.filePath(u"%1-%2.png"_s.arg(m_prefix, screen));
    QVERIFY2(w->grab().save(file), qPrintable(file));
    for (const QString &p : layoutProblems(w))
        m_problems << screen + u": "_s + p;
}

void TestScreenTour::tour()
{
    QFETCH(QString, lang);
    QFETCH(int, theme);
    m_prefix = QString::fromLatin1(QTest::currentDataTag());
    m_problems.clear();
    QVERIFY(installTranslators(lang));
    applyTheme(AppSettings::Theme(theme));

    WindowFixture project;
    QVERIFY(project.open(TourSize));
    MainWindow *w = project.window.get();
    QCOMPARE(w->size(), TourSize);
    Actions *a = w->actions();

    // The pages.
    a->showFunctions->trigger();
    QTest::qWait(200);
    shoot(w, u"functions"_s);
    a->showCalls->trigger();
    QTRY_VERIFY(w->callsModel()->rowCount() > 0);
    QTest::qWait(200);
    shoot(w, u"calls"_s);
    a->showSchedules->trigger();
    QTRY_COMPARE(w->schedulesModel()->rowCount(), 2);
    QTRY_COMPARE(w->findChild<SchedulesPage *>()->lastRuns()->answered().size(), 2); // the Last run column is filled
    auto *schedules = child<QTableView>(w, u"schedulesTable"_s);
    schedules->selectionModel()->setCurrentIndex(schedules->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTest::qWait(300);
    shoot(w, u"schedules"_s);
    a->showMonitor->trigger();
    QTRY_VERIFY(!w->session()->callHistory()->isReading());
    QTest::qWait(300);
    shoot(w, u"monitor"_s);
    // Search Calls, with the hit of the fixture's call.
    CallSearchWindow *search = w->openCallSearch();
    search->resize(TourSize);
    search->setPattern(u"hello from"_s);
    search->search();
    QTRY_VERIFY(!search->engine()->isRunning() && search->hits()->rowCount() > 0);
    QTest::qWait(200);
    shoot(search, u"search-calls"_s);
    search->close();
    a->showSchedules->trigger(); // the schedule editor below edits the selected schedule
    schedules->selectionModel()->setCurrentIndex(schedules->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    // The schedule editor, and the week view.
    a->editSchedule->trigger();
    ScheduleEditor *editor = nullptr;
    QTRY_VERIFY((editor = w->findChild<ScheduleEditor *>()));
    QTest::qWait(300);
    shoot(editor, u"schedule-editor"_s);
    editor->reject();
    a->weekView->trigger();
    WeekWindow *week = nullptr;
    QTRY_VERIFY((week = w->findChild<WeekWindow *>()) && week->isVisible());
    QTest::qWait(200);
    shoot(week, u"week"_s);
    week->close();

    // The call panel with a finished call.
    a->showFunctions->trigger();
    a->call->trigger();
    CallPanel *panel = nullptr;
    QTRY_VERIFY((panel = w->findChild<CallPanel *>()));
    QSignalSpy finished(panel, &CallPanel::callFinished);
    QVERIFY(panel->call());
    QVERIFY(finished.wait(30000));
    QTest::qWait(500);
    shoot(w, u"call"_s);
    // The call's logs get the room: at least 25 lines at 1280×800.
    LogView *log = nullptr;
    for (LogView *l : panel->findChildren<LogView *>())
        if (l->isVisible())
            log = l;
    QVERIFY(log);
    const int lines = log->viewport()->height() / log->fontMetrics().lineSpacing();
    if (lines < 25)
        m_problems << u"call: the log shows %1 lines; at least 25 fit at 1280×800"_s.arg(lines);

    // The deploy wizard, page by page, to Ready.
    const QString folder =
        project.fx.writeFunction(u"tour"_s, {{u"handler.py"_s, WindowFixture::Hello}, {u"requirements.txt"_s, "# nothing needed\n"}});
    w->openDeployWizard(folder);
    DeployWizard *wizard = nullptr;
    QTRY_VERIFY((wizard = w->deployWizard()) && wizard->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->sourcePage()->isPreparing(), 20000);
    shoot(wizard, u"deploy-1-source"_s);
    wizard->next();
    QCOMPARE(wizard->currentId(), DeployWizard::SettingsPageId);
    QTest::qWait(200);
    shoot(wizard, u"deploy-2-settings"_s);
    wizard->next();
    QCOMPARE(wizard->currentId(), DeployWizard::PreflightPageId);
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->preflightPage()->isRunning(), 60000);
    shoot(wizard, u"deploy-3-checks"_s);
    QSignalSpy deployed(wizard->progressPage(), &DeployProgressPage::finishedDeploy);
    if (!wizard->preflightPage()->isComplete())
        if (auto *accept = wizard->findChild<QCheckBox *>(u"acceptWarnings"_s))
            accept->setChecked(true);
    wizard->next();
    QVERIFY(deployed.wait(60000));
    QTest::qWait(200);
    shoot(wizard, u"deploy-4-progress"_s);
    wizard->accept();

    // A function of a Cognite Toolkit module: the settings from its files, with the environment's
    // variables, and the schedules its files define.
    {
        QTemporaryDir toolkit;
        QDirIterator files(QStringLiteral(FS_TEST_SOURCE_DIR "/data/toolkit"), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString file = files.next();
            const QString target = toolkit.filePath(QDir(QStringLiteral(FS_TEST_SOURCE_DIR "/data/toolkit")).relativeFilePath(file));
            QDir().mkpath(QFileInfo(target).path());
            QFile::copy(file, target);
        }
        QTRY_VERIFY(!w->deployWizard()); // the one before has closed
        w->openDeployWizard(toolkit.filePath(u"modules/common/ingestion/functions/ingest"_s));
        DeployWizard *tk = nullptr;
        QTRY_VERIFY((tk = w->deployWizard()) && tk->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!tk->sourcePage()->isPreparing(), 20000);
        tk->next();
        QCOMPARE(tk->currentId(), DeployWizard::SettingsPageId);
        QTest::qWait(200);
        shoot(tk, u"deploy-toolkit-settings"_s);
        if (auto *tabs = tk->findChild<QTabWidget *>(u"tabs"_s)) {
            tabs->setCurrentWidget(tk->findChild<QWidget *>(u"schedulesTab"_s));
            QTest::qWait(100);
            shoot(tk, u"deploy-toolkit-schedules"_s);
        }
        tk->reject();
    }

    // The dialogs.
    a->settings->trigger();
    SettingsDialog *settings = nullptr;
    QTRY_VERIFY((settings = w->findChild<SettingsDialog *>()) && settings->isVisible());
    shoot(settings, u"settings"_s);
    settings->reject();
    a->newProfile->trigger();
    ProfileDialog *profile = nullptr;
    QTRY_VERIFY((profile = w->findChild<ProfileDialog *>()) && profile->isVisible());
    shoot(profile, u"profile"_s);
    profile->reject();
    w->showGettingStarted();
    GettingStarted *start = nullptr;
    QTRY_VERIFY((start = w->findChild<GettingStarted *>()) && start->isVisible());
    shoot(start->window(), u"getting-started"_s);
    start->window()->close();

    // A project that cannot be reached: the table says so, with Retry.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    Profile unreachable;
    unreachable.id = u"unreachable"_s;
    unreachable.name = u"Unreachable"_s;
    unreachable.cluster = u"http://127.0.0.1:%1"_s.arg(closed.serverPort());
    unreachable.project = u"playground"_s;
    unreachable.method = Profile::Method::StaticToken;
    closed.close();
    w->saveProfile(unreachable, u"a-token"_s);
    QTRY_VERIFY(project.keychain.contains(unreachable.secretKey("token")));
    w->reloadProfiles();
    QSignalSpy refreshed(w, &MainWindow::refreshed);
    a->showFunctions->trigger();
    w->openProfile(unreachable.id);
    QVERIFY(refreshed.wait(60000));
    QTest::qWait(200);
    shoot(w, u"offline"_s);

    for (const QString &p : std::as_const(m_problems))
        qWarning("%s", qPrintable(p)); // QVERIFY2 cuts a long message
    QVERIFY2(m_problems.isEmpty(), qPrintable(u"%1 problem(s) a user would see (listed above)"_s.arg(m_problems.size())));
}

QTEST_MAIN(TestScreenTour)
#include "tst_screentour.moc"
