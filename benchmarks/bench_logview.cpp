// The log viewer with a million lines, next to a plain QPlainTextEdit fed the same batches.
//   bench_logview [--lines N] [--batch N]
// Each viewer runs in a child process of its own (so their memory is measured apart): the lines
// come in batches as the log tail delivers them, each batch is appended and the window repainted
// (the stall is how long that takes), then one search for a word on every 1000th line runs over
// everything. Memory is the growth of resident memory while the lines were added (the empty
// window shown first is not counted).
#include "gui/logs/logmodel.h"
#include "gui/logs/logpanel.h"
#include "gui/logs/logview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTextDocument>

#include <cstdio>

using namespace fstudio;
using namespace fstudio::gui;
using namespace Qt::StringLiterals;

namespace {
double residentMb()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

QList<LogEntry> batch(int from, int count, qint64 *textBytes)
{
    QList<LogEntry> out;
    out.reserve(count);
    for (int i = from; i < from + count; ++i) {
        QString m = u"2026-11-29 12:%1:%2 INFO worker-%3 processed item %4 of 1000000 (batch %5): ok"_s.arg((i / 60000) % 60, 2, 10, QChar(u'0'))
                        .arg((i / 1000) % 60, 2, 10, QChar(u'0'))
                        .arg(i % 8)
                        .arg(i)
                        .arg(i / 1000);
        if (i % 1000 == 999)
            m += u" needle-xyz"_s;
        *textBytes += m.toUtf8().size();
        out << LogEntry{1796000000000 + i, m};
    }
    return out;
}

int runOne(const QString &which, int lines, int batchSize)
{
    qint64 textBytes = 0;
    qint64 longest = 0;
    QElapsedTimer t;
    std::unique_ptr<QWidget> window;
    LogPanel *panel = nullptr;
    QPlainTextEdit *edit = nullptr;
    if (which == u"logview"_s) {
        panel = new LogPanel;
        window.reset(panel);
    } else {
        edit = new QPlainTextEdit;
        edit->setReadOnly(true);
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        window.reset(edit);
    }
    window->resize(1000, 700);
    window->show();
    QApplication::processEvents();
    const double before = residentMb(); // what the lines cost, not the window
    for (int from = 0; from < lines; from += batchSize) {
        const QList<LogEntry> entries = batch(from, std::min(batchSize, lines - from), &textBytes);
        t.start();
        if (panel) {
            panel->append(entries);
        } else {
            QStringList text;
            text.reserve(entries.size());
            for (const LogEntry &e : entries)
                text << e.message;
            edit->appendPlainText(text.join(u'\n'));
        }
        const qint64 appended = t.elapsed();
        QApplication::processEvents(); // the repaint of what arrived
        if (t.elapsed() > longest && qEnvironmentVariableIsSet("BENCH_DEBUG"))
            std::fprintf(stderr, "batch %d: append %lld ms, total %lld ms\n", from / batchSize, appended, t.elapsed());
        longest = std::max(longest, t.elapsed());
    }
    const double after = residentMb();
    t.start();
    qint64 found = 0;
    if (panel) {
        found = qint64(panel->model()->find(LogQuery(u"needle-xyz"_s, false, false)).size());
    } else {
        QTextCursor c(edit->document());
        while (!(c = edit->document()->find(u"needle-xyz"_s, c)).isNull())
            ++found;
    }
    const qint64 searchMs = t.elapsed();
    std::printf("%s: %d lines, longest stall %lld ms, search %lld ms (%lld found), memory %.0f MB (text %.0f MB)\n",
                panel ? "log viewer" : "QPlainTextEdit", lines, longest, searchMs, found, after - before, textBytes / 1048576.0);
    std::fflush(stdout);
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QStringList args = app.arguments();
    int lines = 1000000;
    int batchSize = 1000;
    if (const qsizetype i = args.indexOf(u"--lines"_s); i >= 0 && i + 1 < args.size())
        lines = args[i + 1].toInt();
    if (const qsizetype i = args.indexOf(u"--batch"_s); i >= 0 && i + 1 < args.size())
        batchSize = std::max(1, args[i + 1].toInt());
    if (const qsizetype i = args.indexOf(u"--run"_s); i >= 0 && i + 1 < args.size())
        return runOne(args[i + 1], lines, batchSize);
    for (const QString &which : {u"logview"_s, u"plaintext"_s}) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(app.applicationFilePath(), {u"--run"_s, which, u"--lines"_s, QString::number(lines), u"--batch"_s, QString::number(batchSize)});
        if (!child.waitForFinished(-1) || child.exitCode() != 0)
            return 1;
    }
    return 0;
}
