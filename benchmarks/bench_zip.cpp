// Zipping a function folder: Functions Studio's packager next to Info-ZIP (`zip -r -6`) and
// Python's zipfile with deflate, on a generated folder (default 20,000 files, 200 MB).
//   bench_zip [FILES [MEGABYTES]]
#include "core/packaging/packageplan.h"
#include "core/packaging/packagewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <sched.h>

using namespace fstudio;
using namespace Qt::StringLiterals;

namespace {
// Source-like text: words from a small vocabulary, so it compresses about as code does.
QByteArray textOf(QRandomGenerator &rng, qint64 size)
{
    static const char *words[] = {"def ", "return ", "import ", "self.", "data", "value", "for ",   "in ",     "if ",    "else:\n",
                                  "    ", "(",       ")",       ", ",    " = ",  "\n",    "client", "secrets", "items",  "json",
                                  "None", "True",    "False",   "0",     "1",    "x",     "[",      "]",       "'text'", "# note\n"};
    QByteArray out;
    out.reserve(size);
    while (out.size() < size)
        out += words[rng.bounded(int(std::size(words)))];
    out.truncate(size);
    return out;
}

double seconds(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e9;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int files = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 20000;
    const qint64 megabytes = argc > 2 ? QString::fromLocal8Bit(argv[2]).toLongLong() : 200;
    QTemporaryDir dir;
    const QString root = dir.filePath(u"function"_s);
    QRandomGenerator rng(42);
    const qint64 perFile = megabytes * 1000 * 1000 / files;
    for (int i = 0; i < files; ++i) {
        const QString path = u"%1/pkg%2/mod%3.py"_s.arg(root).arg(i / 500).arg(i);
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(textOf(rng, perFile / 2 + rng.bounded(perFile)));
    }
    QFile handler(root + u"/handler.py"_s);
    if (!handler.open(QIODevice::WriteOnly))
        return 1;
    handler.write("def handle(data):\n    return data\n");
    handler.close();

    const auto report = [](const char *who, double s, qint64 bytes) {
        std::printf("  %-28s %7.2f s  %7.1f MB\n", who, s, bytes / 1e6);
        std::fflush(stdout);
    };
    std::printf("zip %d files, %.0f MB (the one-core runs and their peers pinned to CPU 0):\n", files + 1, double(megabytes));
    double ours1 = 0, ours2 = 0, infozip = 0, python = 0;
    cpu_set_t all, one;
    sched_getaffinity(0, sizeof all, &all);
    CPU_ZERO(&one);
    CPU_SET(0, &one);
    sched_setaffinity(0, sizeof one, &one); // ours on one thread, zip and python (children inherit it)
    // "All cores" is every core this process may run on, with one deflating thread per core.
    const int cores = std::max(1, CPU_COUNT(&all));
    for (const bool allCores : {false, true}) {
        const int threads = allCores ? cores : 1;
        if (allCores)
            sched_setaffinity(0, sizeof all, &all);
        QElapsedTimer t;
        t.start();
        const PackagePlan plan = PackagePlanner::plan(root);
        const auto written = PackageWriter::write(plan, dir.filePath(u"ours-%1.zip"_s.arg(threads)), {}, nullptr, threads);
        if (!written)
            return 1;
        (allCores ? ours2 : ours1) = seconds(t);
        const QByteArray who = allCores ? "Functions Studio, all " + QByteArray::number(cores) + " cores" : QByteArray("Functions Studio, one core");
        report(who.constData(), seconds(t), written->zipBytes);
        if (allCores)
            sched_setaffinity(0, sizeof one, &one);
    }
    {
        QProcess p;
        p.setWorkingDirectory(root);
        QElapsedTimer t;
        t.start();
        p.start(u"zip"_s, {u"-r"_s, u"-6"_s, u"-q"_s, dir.filePath(u"infozip.zip"_s), u"."_s});
        p.waitForFinished(-1);
        infozip = seconds(t);
        report("zip -r -6 (one core)", infozip, QFileInfo(dir.filePath(u"infozip.zip"_s)).size());
    }
    {
        QProcess p;
        QElapsedTimer t;
        t.start();
        p.start(u"python3"_s,
                {u"-c"_s, uR"(
import os, sys, zipfile
root, out = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
    for folder, dirs, names in os.walk(root):
        dirs.sort()
        for n in sorted(names):
            path = os.path.join(folder, n)
            z.write(path, os.path.relpath(path, root))
)"_s,
                 root, dir.filePath(u"python.zip"_s)});
        p.waitForFinished(-1);
        python = seconds(t);
        report("python3 zipfile (one core)", python, QFileInfo(dir.filePath(u"python.zip"_s)).size());
    }
    std::printf("ratio ours/zip: %.2f on one core, %.2f on all cores; ours/python: %.2f on one core, %.2f on all cores\n", ours1 / infozip,
                ours2 / infozip, ours1 / python, ours2 / python);
    return 0;
}
