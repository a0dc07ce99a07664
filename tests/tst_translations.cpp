// The app in Norwegian Bokmål and German: the catalogues load, every string a window shows is looked
// up in the context lupdate filed it under (a visible English text that the catalogue translates is a
// context that never matches at run time, or a string worded outside tr()), Qt's own buttons follow,
// and the language setting is honoured by the real executable.
#include "support/apifixture.h"
#include "support/profilefixture.h"
#include "support/widgets.h"
#include "support/windowfixture.h"

#include "gui/actions.h"
#include "gui/appsettings.h"
#include "gui/call/callpanel.h"
#include "gui/deploy/deploywizard.h"
#include "gui/dialogs/settingsdialog.h"
#include "gui/language.h"
#include "gui/mainwindow.h"
#include "gui/models/schedulesmodel.h"
#include "gui/pages/functionspage.h"
#include "gui/profiles/keychainsecretstore.h"
#include "gui/profiles/profilestore.h"
#include "gui/profiles/secretvault.h"
#include "gui/schedules/scheduleeditor.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>
#include <QWizard>
#include <QXmlStreamReader>

#include <algorithm>
#include <functional>

using namespace fstudio;
using namespace fstudio::gui;
using namespace fstudio::test;
using namespace Qt::StringLiterals;

namespace {

// The English source texts a catalogue translates into something else: whole texts, and texts with
// placeholders as patterns (only those with enough fixed words to mean something).
struct Catalogue
{
    QSet<QString> exact;
    QList<QRegularExpression> patterns;
    QHash<QString, QString> translation; // "context|source" → first form
};

QString withoutMnemonic(QString s)
{
    static const QRegularExpression amp(u"&(?=[^&\\s])"_s);
    return s.replace(amp, QString()).replace(u"&&"_s, u"&"_s);
}

void record(Catalogue &c, const QString &context, const QString &source, const QString &translation)
{
    c.translation.insert(context + u'|' + source, translation);
    const QString plain = withoutMnemonic(source);
    if (translation.isEmpty() || withoutMnemonic(translation) == plain)
        return;
    static const QRegularExpression placeholder(u"%(L?\\d|n)"_s);
    if (!plain.contains(placeholder)) {
        c.exact.insert(plain);
        return;
    }
    QString fixed = plain;
    fixed.remove(placeholder);
    if (fixed.count(u' ') < 3) // "%1 (%2)": too general to point at anything
        return;
    QString re;
    for (const QString &part : plain.split(placeholder))
        re += (re.isEmpty() ? QString() : u"(.+)"_s) + QRegularExpression::escape(part);
    c.patterns << QRegularExpression(u"\\A"_s + re + u"\\z"_s, QRegularExpression::DotMatchesEverythingOption);
}

Catalogue readCatalogue(const QString &path)
{
    Catalogue c;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return c;
    QXmlStreamReader xml(&f);
    QString context, source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == "name"_L1) {
            context = xml.readElementText();
        } else if (xml.name() == "source"_L1) {
            source = xml.readElementText();
        } else if (xml.name() == "translation"_L1) {
            QString text, firstForm; // a plain translation, or the first of the plural forms
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isEndElement() && xml.name() == "translation"_L1)
                    break;
                if (xml.isStartElement() && xml.name() == "numerusform"_L1) {
                    const QString form = xml.readElementText();
                    if (firstForm.isEmpty())
                        firstForm = form;
                } else if (xml.isCharacters()) {
                    text += xml.text();
                }
            }
            record(c, context, source, firstForm.isEmpty() ? text : firstForm);
        }
    }
    return c;
}

// Every text the open windows hold: labels, buttons, titles, tool tips, placeholders, tabs,
// combo items, menus and actions, table headers and the first rows of every view.
QList<QPair<QString, QString>> visibleTexts()
{
    QList<QPair<QString, QString>> out; // (where, text)
    auto add = [&out](const QObject *o, const QString &what, const QString &text) {
        if (text.trimmed().isEmpty())
            return;
        QString plain = text;
        if (Qt::mightBeRichText(text)) {
            QTextDocument d;
            d.setHtml(text);
            plain = d.toPlainText();
        }
        out.append({objectPath(o) + u" (" + what + u')', withoutMnemonic(plain)});
    };
    std::function<void(QAction *)> action = [&](QAction *a) {
        add(a, u"action"_s, a->text());
        if (a->toolTip() != a->text() && !a->toolTip().isEmpty())
            add(a, u"action tool tip"_s, a->toolTip());
        if (a->menu())
            for (QAction *sub : a->menu()->actions())
                action(sub);
    };
    for (QWidget *w : widgetsOfOpenWindows()) {
        // Hidden ones too (a toolbar's overflow, a page not shown yet): whatever they say, they say it in
        // the language.
        if (w->isWindow())
            add(w, u"title"_s, w->windowTitle());
        add(w, u"tool tip"_s, w->toolTip());
        for (QAction *a : w->actions())
            action(a);
        if (auto *l = qobject_cast<QLabel *>(w))
            add(w, u"label"_s, l->text());
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            add(w, u"button"_s, b->text());
        if (auto *g = qobject_cast<QGroupBox *>(w))
            add(w, u"group"_s, g->title());
        if (auto *e = qobject_cast<QLineEdit *>(w))
            add(w, u"placeholder"_s, e->placeholderText());
        if (auto *e = qobject_cast<QPlainTextEdit *>(w))
            add(w, u"placeholder"_s, e->placeholderText());
        if (auto *t = qobject_cast<QTabWidget *>(w))
            for (int i = 0; i < t->count(); ++i) {
                add(w, u"tab"_s, t->tabText(i));
                add(w, u"tab tool tip"_s, t->tabToolTip(i));
            }
        if (auto *c = qobject_cast<QComboBox *>(w))
            for (int i = 0; i < c->count(); ++i)
                add(w, u"item"_s, c->itemText(i));
        if (auto *v = qobject_cast<QAbstractItemView *>(w); v && v->model() && !qobject_cast<QHeaderView *>(w)) {
            QAbstractItemModel *m = v->model();
            for (int col = 0; col < m->columnCount(); ++col)
                add(w, u"header"_s, m->headerData(col, Qt::Horizontal).toString());
            for (int r = 0; r < std::min(m->rowCount(), 20); ++r)
                for (int col = 0; col < m->columnCount(); ++col) {
                    const QModelIndex i = m->index(r, col);
                    add(w, u"cell"_s, i.data().toString());
                    add(w, u"cell tool tip"_s, i.data(Qt::ToolTipRole).toString());
                }
        }
    }
    return out;
}

// The visible texts still in English although the catalogue has them in the language.
// CDF's status words, shown as CDF writes them in every language (gui/models/formatting.h).
bool isCdfStatusWord(const QString &text)
{
    static const QSet<QString> words{u"Queued"_s, u"Deploying"_s, u"Ready"_s, u"Failed"_s, u"Retired"_s, u"Running"_s, u"Completed"_s, u"Timeout"_s};
    return words.contains(text.trimmed());
}

QStringList untranslated(const Catalogue &c)
{
    QStringList out;
    for (const auto &[where, text] : visibleTexts()) {
        // Multi-line texts (tool tips with several sentences) are checked line by line.
        for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
            if (isCdfStatusWord(line))
                continue;
            bool english = c.exact.contains(line.trimmed());
            for (const QRegularExpression &re : c.patterns)
                english = english || re.match(line.trimmed()).hasMatch();
            if (english)
                out << where + u": "_s + line;
        }
    }
    out.removeDuplicates();
    return out;
}

// Menus (and the menu bar) where two entries answer to the same Alt+letter.
QStringList mnemonicClashes(QWidget *window)
{
    QStringList out;
    static const QRegularExpression mnemonic(u"&([^&\\s])"_s);
    auto check = [&out](const QString &where, const QList<QAction *> &actions) {
        QHash<QChar, QString> seen;
        for (QAction *a : actions) {
            if (a->isSeparator() || !a->isVisible())
                continue;
            const auto m = mnemonic.match(QString(a->text()).replace(u"&&"_s, QString()));
            if (!m.hasMatch())
                continue;
            const QChar key = m.captured(1).at(0).toLower();
            if (seen.contains(key))
                out << u"%1: \"%2\" and \"%3\" share Alt+%4"_s.arg(where, seen.value(key), a->text(), QString(key));
            seen.insert(key, a->text());
        }
    };
    if (auto *bar = window->findChild<QMenuBar *>())
        check(u"menu bar"_s, bar->actions());
    for (QMenu *menu : window->findChildren<QMenu *>())
        check(menu->title().isEmpty() ? menu->objectName() : menu->title(), menu->actions());
    return out;
}

QString catalogueFile(const QString &lang)
{
    return QStringLiteral(FS_SOURCE_DIR) + u"/translations/functions-studio_"_s + lang + u".ts"_s;
}

// A pseudo-translation: the German catalogue with every message translated into its own source
// text between ⟦ and ⟧ (plural forms too), compiled with lrelease. Returns the .qm file.
QString writePseudoCatalogue(const QString &dir, QString *error)
{
    QFile in(catalogueFile(u"de"_s));
    if (!in.open(QIODevice::ReadOnly)) {
        *error = in.errorString();
        return {};
    }
    QString ts = QString::fromUtf8(in.readAll());
    static const QRegularExpression message(u"<message( numerus=\"yes\")?>(.*?)</message>"_s, QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression source(u"<source>(.*?)</source>"_s, QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression translation(u"<translation[^>]*/>|<translation[^>]*>.*?</translation>"_s,
                                                QRegularExpression::DotMatchesEverythingOption);
    QString out;
    qsizetype last = 0;
    int messages = 0;
    for (auto it = message.globalMatch(ts); it.hasNext();) {
        const auto m = it.next();
        QString body = m.captured(2);
        const QString src = source.match(body).captured(1); // still XML-escaped: valid as it is
        const QString pseudo = u"⟦"_s + src + u"⟧"_s;
        const QString t = m.captured(1).isEmpty()
            ? QString(u"<translation>"_s + pseudo + u"</translation>"_s)
            : QString(u"<translation><numerusform>"_s + pseudo + u"</numerusform><numerusform>"_s + pseudo + u"</numerusform></translation>"_s);
        body.replace(translation, t);
        out += ts.mid(last, m.capturedStart(2) - last) + body;
        last = m.capturedEnd(2);
        ++messages;
    }
    out += ts.mid(last);
    if (messages < 1000) {
        *error = u"only %1 messages in the catalogue"_s.arg(messages);
        return {};
    }
    const QString tsPath = dir + u"/functions-studio_pseudo.ts"_s, qmPath = dir + u"/functions-studio_pseudo.qm"_s;
    QFile f(tsPath);
    if (!f.open(QIODevice::WriteOnly) || f.write(out.toUtf8()) < 0) {
        *error = f.errorString();
        return {};
    }
    f.close();
    QProcess lrelease;
    lrelease.setProcessChannelMode(QProcess::MergedChannels);
    lrelease.start(QStringLiteral(FS_LRELEASE), {tsPath, u"-qm"_s, qmPath});
    if (!lrelease.waitForFinished(60000) || lrelease.exitCode() != 0) {
        *error = u"lrelease failed: "_s + QString::fromUtf8(lrelease.readAll());
        return {};
    }
    return qmPath;
}

// The source texts of Qt's own strings the app shows (standard buttons, the wizard's buttons, edit
// menus): they come from Qt's catalogue, not ours, so they carry no marks.
QSet<QString> qtOwnTexts()
{
    QSet<QString> out;
    QFile f(QStringLiteral(FS_SOURCE_DIR) + u"/translations/qtbase_nb.ts"_s);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&f);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == "source"_L1) {
            const QString text = withoutMnemonic(xml.readElementText());
            out << text << text.split(u'\t').first();
        }
    }
    return out;
}

// Visible texts without the pseudo-translation's marks: a string shown without tr(), or looked up
// in a context that never matches. Project data (names, ids, cron, numbers, times) and Qt's own
// texts are not words of ours and are left out.
QStringList unmarked(const QStringList &data)
{
    static const QSet<QString> qtTexts = qtOwnTexts();
    QStringList dataLongestFirst = data;
    std::sort(dataLongestFirst.begin(), dataLongestFirst.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    static const QRegularExpression word(u"[A-Za-z]{2,}"_s);
    // Words that are the same in every language: units, UTC, the runtime's name.
    static const QRegularExpression sameEverywhere(u"\\b(ms|s|min|h|kB|MB|GB|UTC|Python|py3\\d+)\\b"_s);
    // Time zone ids (Europe/Oslo, UTC+05:30), shown as the tz database names them.
    static const QRegularExpression zoneId(u"\\A(UTC([+-]\\d\\d:\\d\\d)?|[A-Z][A-Za-z]+(/[A-Za-z0-9_+-]+)+)\\z"_s);
    QStringList out;
    for (const auto &[where, text] : visibleTexts()) {
        // Each language by its own name, and the machine's font families, are never translated.
        if (where.contains(u"/language (item)"_s) || where.contains(u"/logFont"_s))
            continue;
        for (const QString &raw : text.split(u'\n', Qt::SkipEmptyParts)) {
            const QString line = raw.trimmed();
            if (line.contains(u"⟦"_s) || line.contains(u"⟧"_s) || qtTexts.contains(line) || zoneId.match(line).hasMatch() || isCdfStatusWord(line))
                continue;
            QString rest = line;
            for (const QString &d : std::as_const(dataLongestFirst))
                rest.replace(d, u" "_s);
            rest.replace(sameEverywhere, u" "_s);
            if (!rest.contains(word))
                continue; // numbers, times, names and punctuation only
            out << where + u": "_s + line;
        }
    }
    out.removeDuplicates();
    return out;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

    static void walkWindows(const std::function<QStringList()> &check, const std::function<void(MainWindow *)> &onOpen, const QString &lang,
                            QStringList *found);

private Q_SLOTS:
    void initTestCase();
    void cleanup() { installTranslators(u"en"_s); }
    void languageFollowsTheSettingThenTheSystem();
    void settingPersists();
    void qtButtonsFollow_data();
    void qtButtonsFollow();
    void missingCatalogueStaysEnglish();
    void everyWindowSpeaksTheLanguage_data();
    void everyWindowSpeaksTheLanguage();
    void everyVisibleTextIsTranslatable();
    void executableHonoursTheSetting();
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"functions-studio-tests"_s);
    QCoreApplication::setApplicationName(u"tst_translations"_s);
    QSettings().clear();
}

void TestTranslations::languageFollowsTheSettingThenTheSystem()
{
    QCOMPARE(effectiveLanguage(QString(), {u"nb-NO"_s, u"en-US"_s}), u"nb"_s);
    QCOMPARE(effectiveLanguage(QString(), {u"nn-NO"_s}), u"nb"_s); // Nynorsk readers get Bokmål, not English
    QCOMPARE(effectiveLanguage(QString(), {u"no"_s}), u"nb"_s);
    QCOMPARE(effectiveLanguage(QString(), {u"fr-FR"_s, u"de-AT"_s}), u"de"_s);
    QCOMPARE(effectiveLanguage(QString(), {u"fr-FR"_s}), u"en"_s);
    QCOMPARE(effectiveLanguage(QString(), {}), u"en"_s);
    QCOMPARE(effectiveLanguage(u"de"_s, {u"nb-NO"_s}), u"de"_s);
    QCOMPARE(effectiveLanguage(u"en"_s, {u"de-DE"_s}), u"en"_s);
    QCOMPARE(effectiveLanguage(u"xx"_s, {u"de-DE"_s}), u"de"_s); // a language this version does not have
}

void TestTranslations::settingPersists()
{
    AppSettings *s = AppSettings::instance();
    QCOMPARE(s->language(), QString());
    QSignalSpy changed(s, &AppSettings::changed);
    s->setLanguage(u"nb"_s);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(QSettings().value(u"preferences/language"_s).toString(), u"nb"_s);
    QCOMPARE(s->language(), u"nb"_s);
    QSettings().setValue(u"preferences/language"_s, u"tlh"_s); // a catalogue a later version may have
    QCOMPARE(s->language(), QString());
    // The settings dialog offers each language by its own name and saves the choice.
    s->setLanguage(u"de"_s);
    SettingsDialog dlg;
    auto *combo = child<QComboBox>(&dlg, u"language"_s);
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toString(), u"de"_s);
    QVERIFY(combo->findText(u"Norsk bokmål"_s) > 0);
    QVERIFY(combo->findText(u"Deutsch"_s) > 0);
    combo->setCurrentIndex(combo->findData(u"nb"_s));
    dlg.show();
    QVERIFY(child<QLabel>(&dlg, u"languageNote"_s)->isVisible()); // the change shows at the next start
    dlg.save();
    QCOMPARE(s->language(), u"nb"_s);
    s->setLanguage(QString());
}

void TestTranslations::qtButtonsFollow_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("cancel");
    QTest::addColumn<QString>("next");
    QTest::newRow("nb") << u"nb"_s << u"Avbryt"_s << u"&Neste >"_s;
    QTest::newRow("de") << u"de"_s << u"Abbrechen"_s << u"&Weiter >"_s;
}

// Qt's own texts (standard buttons, the wizard's buttons) follow the app's language.
void TestTranslations::qtButtonsFollow()
{
    QFETCH(QString, lang);
    QFETCH(QString, cancel);
    QFETCH(QString, next);
    QVERIFY(installTranslators(lang));
    QCOMPARE(installedLanguage(), lang);
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), cancel);
    QWizard wizard;
    QCOMPARE(wizard.buttonText(QWizard::NextButton), next);
    QCOMPARE(QLocale().language(), QLocale(lang).language()); // dates and numbers too
    installTranslators(u"en"_s);
    QDialogButtonBox english(QDialogButtonBox::Cancel);
    QCOMPARE(english.button(QDialogButtonBox::Cancel)->text(), u"Cancel"_s);
}

// A language without a catalogue switches nothing: not Qt's buttons, not the number format.
void TestTranslations::missingCatalogueStaysEnglish()
{
    QVERIFY(installTranslators(u"de"_s));
    QVERIFY(!installTranslators(u"fr"_s));
    QCOMPARE(installedLanguage(), u"en"_s);
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), u"Cancel"_s);
    QCOMPARE(QLocale(), QLocale::system());
}

void TestTranslations::everyWindowSpeaksTheLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("en") << u"en"_s; // the source language: no catalogue, but the menus' Alt+letters are checked
    QTest::newRow("nb") << u"nb"_s;
    QTest::newRow("de") << u"de"_s;
}

// The window with a real project (a function, a schedule, a failed and a finished call) and the
// dialogs users open most: nothing the catalogue translates is left in English.
void TestTranslations::everyWindowSpeaksTheLanguage()
{
    QFETCH(QString, lang);
    const Catalogue catalogue = readCatalogue(catalogueFile(lang));
    QVERIFY2(lang == u"en"_s || catalogue.exact.size() > 300, qPrintable(catalogueFile(lang)));
    QVERIFY(installTranslators(lang));

    QStringList left;
    walkWindows([&] { return untranslated(catalogue); },
                [&](MainWindow *w) {
                    // The menus are in the language (a plain check that the catalogue is the one in use).
                    QCOMPARE(w->actions()->refresh->text(), catalogue.translation.value(u"fstudio::gui::Actions|&Refresh"_s, u"&Refresh"_s));
                    const QStringList clashes = mnemonicClashes(w);
                    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
                },
                lang, &left);
    left.removeDuplicates();
    QVERIFY2(left.isEmpty(), qPrintable(u"%1 text(s) left in English:\n"_s.arg(left.size()) + left.join(u'\n')));
}

// Under a pseudo-translation that marks every catalogue string, every text the windows show carries
// the marks, except project data and Qt's own texts: a string never wrapped in tr() (which the
// catalogue check above cannot see, since the catalogue does not know it) shows up here.
void TestTranslations::everyVisibleTextIsTranslatable()
{
    QTemporaryDir dir;
    QString error;
    const QString qm = writePseudoCatalogue(dir.path(), &error);
    QVERIFY2(!qm.isEmpty(), qPrintable(error));
    installTranslators(u"en"_s);
    QTranslator pseudo;
    QVERIFY(pseudo.load(qm));
    QCoreApplication::installTranslator(&pseudo);
    QStringList found;
    QStringList data;
    walkWindows([&] { return unmarked(data); },
                [&](MainWindow *w) {
                    QCOMPARE(w->actions()->refresh->text(), u"⟦&Refresh⟧"_s); // the pseudo catalogue is the one in use
                    // What the project and the machine hold, shown as they are (the profile's name among them).
                    data = {u"hello"_s,        u"nightly"_s,    u"weekdays"_s,   u"0 3 * * *"_s,
                            u"30 6 * * 1-5"_s, u"handler.py"_s, u"playground"_s, w->windowTitle()};
                    if (auto *profiles = w->findChild<QComboBox *>(u"profileSwitcher"_s))
                        for (int i = 0; i < profiles->count(); ++i)
                            data << profiles->itemText(i);
                },
                u"pseudo"_s, &found);
    QCoreApplication::removeTranslator(&pseudo);
    for (const QString &f : std::as_const(found))
        qInfo("not translatable: %s", qPrintable(f));
    QVERIFY2(found.isEmpty(), qPrintable(u"%1 text(s) shown without tr():\n"_s.arg(found.size()) + found.join(u'\n')));
}

// Opens the window on a real project (a function, two schedules, a finished call) and the dialogs
// users open most, and collects what check() finds in each: the functions page, the calls page,
// the schedules page with a selection, the schedule editor, the call panel, the deploy wizard and
// the settings. onOpen runs once the project is loaded.
void TestTranslations::walkWindows(const std::function<QStringList()> &check, const std::function<void(MainWindow *)> &onOpen, const QString &lang,
                                   QStringList *found)
{
    WindowFixture tour;
    QVERIFY(tour.open());
    const auto &w = tour.window;
    const qint64 fid = tour.functionId;

    onOpen(w.get());
    if (QTest::currentTestFailed())
        return;
    QStringList &left = *found;
    left << check();
    Actions *a = w->actions();
    a->showCalls->trigger();
    QTest::qWait(300);
    left << check();
    a->showSchedules->trigger();
    auto *schedules = child<QTableView>(w.get(), u"schedulesTable"_s);
    QTRY_COMPARE(schedules->model()->rowCount(), 2);
    // The schedules' descriptions are worded by the app (the server's "when" is English).
    for (int r = 0; r < 2; ++r) {
        const QString when = schedules->model()->index(r, SchedulesModel::When).data().toString();
        QVERIFY(!when.isEmpty());
        QVERIFY2(lang == u"en"_s || !when.startsWith(u"At "_s), qPrintable(when));
    }
    schedules->selectionModel()->setCurrentIndex(schedules->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTest::qWait(300);
    left << check();
    a->editSchedule->trigger();
    ScheduleEditor *editor = nullptr;
    QTRY_VERIFY((editor = w->findChild<ScheduleEditor *>()));
    QTest::qWait(200);
    left << check();
    editor->reject();
    a->showFunctions->trigger();
    QVERIFY(w->findChild<FunctionsPage *>()->selectFunction(fid));
    a->call->trigger();
    QTest::qWait(300);
    left << check();
    a->showFunctions->trigger(); // the call panel is a page of its own
    a->deployNewVersion->trigger();
    QTRY_VERIFY(w->deployWizard() && w->deployWizard()->isVisible());
    left << check();
    w->deployWizard()->reject();
    SettingsDialog settings(w.get());
    settings.show();
    left << check();
    settings.reject();
}

// functions-studio itself reads the setting before it words anything (its --help is in German here).
void TestTranslations::executableHonoursTheSetting()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    {
        QSettings s(home.filePath(u"config/functions-studio/Functions Studio.conf"_s), QSettings::IniFormat);
        s.setValue(u"preferences/language"_s, u"de"_s);
    }
    QProcess studio;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    studio.setProcessEnvironment(env);
    studio.start(QStringLiteral(FS_STUDIO_BINARY), {u"--help"_s});
    QVERIFY(studio.waitForFinished(30000));
    const QString help = QString::fromUtf8(studio.readAllStandardOutput());
    const Catalogue de = readCatalogue(catalogueFile(u"de"_s));
    const QString expected = de.translation.value(u"main|Open this profile (its name or id)."_s);
    QVERIFY(!expected.isEmpty());
    QVERIFY2(help.simplified().contains(expected.simplified()), qPrintable(help));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
