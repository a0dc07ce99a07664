// The log viewer: the append-only model, search, the view's follow/filter/copy/save, and the panel.
#include "support/widgets.h"

#include "gui/logs/logmodel.h"
#include "gui/logs/logpanel.h"
#include "gui/logs/logview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fstudio;
using namespace fstudio::gui;
using namespace fstudio::test;
using namespace Qt::StringLiterals;

namespace {
QList<LogEntry> numbered(int from, int count, qint64 t0 = 1796000000000)
{
    QList<LogEntry> out;
    for (int i = from; i < from + count; ++i)
        out << LogEntry{t0 + i, u"line %1 %2"_s.arg(i).arg(i % 10 == 0 ? u"ERROR tick"_s : u"ok"_s)};
    return out;
}
} // namespace

class TestLogView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"functions-studio-tests"_s);
        QCoreApplication::setApplicationName(u"tst_logview"_s);
        QSettings().clear();
    }
    void modelKeepsLinesInOrder();
    void queries_data();
    void queries();
    void viewFollowsTheTail();
    void searchAndFilter();
    void copyAndSave();
    void panel();
};

void TestLogView::modelKeepsLinesInOrder()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.append(numbered(0, 1000));
    QCOMPARE(inserted.size(), 1); // one insert per batch
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(model.line(7), u"line 7 ok"_s);
    QCOMPARE(model.data(model.index(10)).toString(), u"line 10 ERROR tick"_s);
    QCOMPARE(model.data(model.index(3), LogModel::TimestampRole).toLongLong(), 1796000000003);
    // A message with line breaks is several lines; no timestamp stays none; UTF-8 survives.
    model.append({LogEntry{std::nullopt, u"first\r\nsecond\nthird\n"_s}, LogEntry{5, u"blåbær 🫐"_s}});
    QCOMPARE(model.rowCount(), 1004);
    QCOMPARE(model.line(1000), u"first"_s);
    QCOMPARE(model.line(1002), u"third"_s);
    QVERIFY(!model.data(model.index(1001), LogModel::TimestampRole).isValid());
    QCOMPARE(model.line(1003), u"blåbær 🫐"_s);
    // A huge line is cut, and says so; the next line is whole.
    model.append({LogEntry{1, QString(200000, u'x')}, LogEntry{2, u"after"_s}});
    QVERIFY(model.line(1004).endsWith(u"[line cut at 64 kB]"_s));
    QVERIFY(model.lineBytes(1004).size() < LogModel::MaxLineBytes + 100);
    QCOMPARE(model.line(1005), u"after"_s);
    // Memory stays close to the text: chunks of 1 MB and 20 bytes per line.
    model.append(numbered(2000, 100000));
    QVERIFY2(model.memoryBytes() < 2 * model.textBytes() + 2 * LogModel::ChunkBytes,
             qPrintable(u"%1 bytes held for %2 bytes of text"_s.arg(model.memoryBytes()).arg(model.textBytes())));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.append({});
    QCOMPARE(model.rowCount(), 0);
}

void TestLogView::queries_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("regex");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("matches");
    QTest::newRow("plain, any case") << u"error"_s << false << false << u"an ERROR here"_s << true;
    QTest::newRow("plain, case") << u"error"_s << false << true << u"an ERROR here"_s << false;
    QTest::newRow("plain, case, hit") << u"ERROR"_s << false << true << u"an ERROR here"_s << true;
    QTest::newRow("plain, no hit") << u"warning"_s << false << false << u"an ERROR here"_s << false;
    QTest::newRow("first letter twice") << u"aab"_s << false << false << u"xAAAB"_s << true;
    QTest::newRow("non-ASCII, any case") << u"BLÅBÆR"_s << false << false << u"ate blåbær"_s << true;
    QTest::newRow("non-ASCII line, ASCII text") << u"ate"_s << false << false << u"blåbær ATE"_s << true;
    QTest::newRow("regex") << u"item \\d+ of"_s << true << false << u"Item 42 of 50"_s << true;
    QTest::newRow("regex, case") << u"item \\d+"_s << true << true << u"Item 42"_s << false;
    QTest::newRow("at the end") << u"end"_s << false << false << u"the END"_s << true;
    QTest::newRow("longer than the line") << u"long needle"_s << false << false << u"short"_s << false;
}

void TestLogView::queries()
{
    QFETCH(QString, text);
    QFETCH(bool, regex);
    QFETCH(bool, caseSensitive);
    QFETCH(QString, line);
    QFETCH(bool, matches);
    const LogQuery q(text, regex, caseSensitive);
    QVERIFY(q.isValid());
    QCOMPARE(q.matches(line.toUtf8()), matches);
    QCOMPARE(!q.spans(line).isEmpty(), matches);
    QVERIFY(!LogQuery(u"(unclosed"_s, true, false).isValid());
}

void TestLogView::viewFollowsTheTail()
{
    LogModel model;
    LogView view;
    view.resize(600, 300);
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.follows());
    for (int batch = 0; batch < 20; ++batch)
        model.append(numbered(batch * 50, 50));
    QCOMPARE(view.shownCount(), 1000);
    QVERIFY(view.isAtBottom());
    QVERIFY(view.topShown() > 900);
    // The user scrolls up: following pauses, new lines do not move the view.
    QSignalSpy follow(&view, &LogView::followChanged);
    view.verticalScrollBar()->setValue(100);
    QCOMPARE(follow.size(), 1);
    QVERIFY(!view.follows());
    model.append(numbered(1000, 500));
    QCOMPARE(view.topShown(), 100);
    // Back at the bottom (End), it follows again.
    QTest::keyClick(&view, Qt::Key_End);
    QVERIFY(view.follows());
    model.append(numbered(1500, 10));
    QVERIFY(view.isAtBottom());
    QCOMPARE(view.verticalScrollBar()->maximum(), view.topShown());
    // Wrapped long lines: the bottom position leaves room for them.
    model.append({LogEntry{1, QString(3000, u'w')}});
    const int unwrappedTop = view.topShown();
    view.setWrap(true);
    QVERIFY(view.follows());
    QVERIFY2(view.topShown() > unwrappedTop, "the long last line fills the view when wrapped");
}

void TestLogView::searchAndFilter()
{
    LogModel model;
    model.append(numbered(0, 1000));
    LogView view;
    view.resize(600, 300);
    view.setModel(&model);
    view.show();
    QSignalSpy matches(&view, &LogView::matchesChanged);
    view.setQuery(LogQuery(u"error"_s, false, false));
    QCOMPARE(view.matchCount(), 100);
    QVERIFY(!matches.isEmpty());
    view.verticalScrollBar()->setValue(0);
    QVERIFY(view.findNext());
    QCOMPARE(view.currentMatchRow(), 0);
    QVERIFY(view.findNext());
    QCOMPARE(view.currentMatchRow(), 10);
    QVERIFY(!view.follows()); // searching stops following
    QVERIFY(view.findPrevious());
    QVERIFY(view.findPrevious()); // wraps around
    QCOMPARE(view.currentMatchRow(), 990);
    QVERIFY(view.topShown() <= 990 && view.topShown() + 10 > 990 - 20);
    // Only matching lines; new matching lines join the filter as they arrive.
    view.setFilter(true);
    QCOMPARE(view.shownCount(), 100);
    QCOMPARE(view.rowAtShown(1), 10);
    model.append(numbered(1000, 100));
    QCOMPARE(view.shownCount(), 110);
    QCOMPARE(view.rowAtShown(109), 1090);
    view.setFilter(false);
    QCOMPARE(view.shownCount(), 1100);
    // A match on the last screen: following stays off, new lines do not carry it away.
    view.setQuery(LogQuery(u"line 1095 "_s, false, false));
    view.setFollow(true);
    QVERIFY(view.findNext());
    QVERIFY(!view.follows());
    const int top = view.topShown();
    model.append(numbered(1100, 500));
    QCOMPARE(view.topShown(), top);
    QVERIFY(!view.follows());
    // Filtering while scrolled up keeps the user near where they were, not at the end.
    view.setQuery(LogQuery(u"error"_s, false, false));
    view.verticalScrollBar()->setValue(300);
    QVERIFY(!view.follows());
    view.setFilter(true);
    QVERIFY(!view.follows());
    QVERIFY2(std::abs(view.rowAtShown(view.topShown()) - 300) < 40, qPrintable(QString::number(view.rowAtShown(view.topShown()))));
    view.setFilter(false);
    // Regex, and no match.
    view.setQuery(LogQuery(u"^line 10\\d\\d "_s, true, false));
    QCOMPARE(view.matchCount(), 100);
    view.setQuery(LogQuery(u"nothing like this"_s, false, false));
    QCOMPARE(view.matchCount(), 0);
    QVERIFY(!view.findNext());
}

void TestLogView::copyAndSave()
{
    LogModel model;
    model.append({LogEntry{1796000000123, u"alpha"_s}, LogEntry{std::nullopt, u"beta"_s}, LogEntry{1796000001000, u"gamma"_s}});
    LogView view;
    view.setModel(&model);
    view.setTimestamps(LogView::Timestamps::Utc);
    view.selectShown(0, 1);
    QCOMPARE(view.selectedText(), u"00:53:20.123Z  alpha\n               beta"_s);
    view.copy();
    QCOMPARE(QApplication::clipboard()->text(), view.selectedText());
    view.setTimestamps(LogView::Timestamps::Hidden);
    QCOMPARE(view.selectedText(), u"alpha\nbeta"_s);
    QTemporaryDir dir;
    QString error;
    view.setTimestamps(LogView::Timestamps::Utc);
    QVERIFY(view.save(dir.filePath(u"call.log"_s), &error));
    QFile f(dir.filePath(u"call.log"_s));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("2026-11-30T00:53:20.123Z alpha\n- beta\n2026-11-30T00:53:21.000Z gamma\n"));
    QVERIFY(!view.save(dir.filePath(u"no/such/folder/x.log"_s), &error));
    QVERIFY(!error.isEmpty());
}

void TestLogView::panel()
{
    LogPanel panel;
    panel.resize(800, 400);
    panel.show();
    panel.append(numbered(0, 500));
    auto *search = child<QLineEdit>(&panel, u"logSearch"_s);
    auto *count = child<QLabel>(&panel, u"matchCount"_s);
    QTest::keyClicks(search, u"error"_s);
    QTRY_COMPARE(count->text(), u"50 line(s)"_s);
    // Enter goes to the next match from the top of what is on screen.
    panel.view()->verticalScrollBar()->setValue(0);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(count->text(), u"1 of 50"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(count->text(), u"2 of 50"_s);
    QTest::keyClick(search, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(count->text(), u"1 of 50"_s);
    child<QCheckBox>(&panel, u"regex"_s)->setChecked(true);
    search->setText(u"(bad"_s);
    QTRY_VERIFY(count->text().startsWith(u"Not a regular expression"_s));
    search->setText(u"line [0-9]+ ERROR"_s);
    QTRY_COMPARE(count->text(), u"50 line(s)"_s);
    child<QCheckBox>(&panel, u"onlyMatching"_s)->setChecked(true);
    QCOMPARE(panel.view()->shownCount(), 50);
    // The time zone choice sticks for the next panel.
    auto *stamps = child<QComboBox>(&panel, u"timestamps"_s);
    stamps->setCurrentIndex(stamps->findData(u"utc"_s));
    QCOMPARE(panel.view()->timestamps(), LogView::Timestamps::Utc);
    LogPanel next;
    QCOMPARE(next.view()->timestamps(), LogView::Timestamps::Utc);
    QVERIFY(child<QLabel>(&panel, u"logStatus"_s)->text().startsWith(u"500 line(s)"_s));
    // Follow is a checkbox too.
    auto *follow = child<QCheckBox>(&panel, u"follow"_s);
    QVERIFY(!follow->isChecked()); // moving between matches stopped following
    child<QCheckBox>(&panel, u"onlyMatching"_s)->setChecked(false);
    follow->setChecked(true);
    QVERIFY(panel.view()->isAtBottom());
    panel.view()->verticalScrollBar()->setValue(0);
    QVERIFY(!follow->isChecked());
    follow->setChecked(true);
    QVERIFY(panel.view()->isAtBottom());
}

QTEST_MAIN(TestLogView)
#include "tst_logview.moc"
