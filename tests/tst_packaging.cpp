#include "core/packaging/codezip.h"
#include "core/packaging/ignorerules.h"
#include "core/packaging/packageplan.h"
#include "core/packaging/packagewriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <quazip.h>
#include <quazipfile.h>

#include <grp.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace fstudio;
using namespace Qt::StringLiterals;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    f.write(content);
}

QStringList paths(const PackagePlan &plan)
{
    QStringList out;
    for (const auto &e : plan.files)
        out << e.path;
    return out;
}

QStringList notePaths(const QList<PackagePlan::Note> &notes)
{
    QStringList out;
    for (const auto &n : notes)
        out << n.path;
    out.sort();
    return out;
}

// Reads the zip with Python's zipfile: names in order, and each file's content.
QJsonObject readWithPython(const QString &zip)
{
    QProcess p;
    p.start(u"python3"_s,
            {u"-c"_s, uR"py(
import json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    bad = z.testzip()
    infos = z.infolist()
    print(json.dumps({
        "bad": bad,
        "names": [i.filename for i in infos],
        "deflated": all(i.compress_type == zipfile.ZIP_DEFLATED for i in infos),
        "years": [i.date_time[0] for i in infos],
        "contents": {i.filename: z.read(i).decode("utf-8", "replace") for i in infos},
    }))
)py"_s,
             zip});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        qWarning() << "python failed:" << p.readAllStandardError();
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

} // namespace

class TestPackaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ignoreRules_data();
    void ignoreRules();
    void defaultExclusions();
    void functionIgnore();
    void credentialWarnings();
    void symlinks();
    void unreadableFile();
    void missingAndEmptyFolders();
    void scanLimitsAndCancel();
    void zipReadableByQuaZipAndPython();
    void oldTimestampsClamped();
    void progressAndCancel();
    void threadsDoNotChangeTheZip();
    void contentHashIsStable();
    void codeZipListing();
    void codeZipDamagedAndTruncated();
};

void TestPackaging::ignoreRules_data()
{
    QTest::addColumn<QString>("rules");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("isDir");
    QTest::addColumn<bool>("ignored");

    QTest::newRow("name anywhere") << u"*.log"_s << u"a/b/debug.log"_s << false << true;
    QTest::newRow("name at root") << u"*.log"_s << u"debug.log"_s << false << true;
    QTest::newRow("no match") << u"*.log"_s << u"debug.txt"_s << false << false;
    QTest::newRow("star does not cross slash") << u"a*c"_s << u"ab/c"_s << false << false;
    QTest::newRow("anchored") << u"/build"_s << u"build"_s << true << true;
    QTest::newRow("anchored not nested") << u"/build"_s << u"src/build"_s << true << false;
    QTest::newRow("middle slash anchors") << u"docs/*.md"_s << u"docs/a.md"_s << false << true;
    QTest::newRow("middle slash anchors 2") << u"docs/*.md"_s << u"x/docs/a.md"_s << false << false;
    QTest::newRow("dir only on dir") << u"data/"_s << u"data"_s << true << true;
    QTest::newRow("dir only not file") << u"data/"_s << u"data"_s << false << false;
    QTest::newRow("dir only nested") << u"data/"_s << u"x/data"_s << true << true;
    QTest::newRow("negation") << u"*.csv\n!keep.csv"_s << u"keep.csv"_s << false << false;
    QTest::newRow("negation other") << u"*.csv\n!keep.csv"_s << u"drop.csv"_s << false << true;
    QTest::newRow("last wins") << u"!keep.csv\n*.csv"_s << u"keep.csv"_s << false << true;
    QTest::newRow("comment") << u"# *.py"_s << u"a.py"_s << false << false;
    QTest::newRow("escaped hash") << u"\\#notes"_s << u"#notes"_s << false << true;
    QTest::newRow("escaped bang") << u"\\!important"_s << u"!important"_s << false << true;
    QTest::newRow("question mark") << u"file?.txt"_s << u"file1.txt"_s << false << true;
    QTest::newRow("question mark not slash") << u"a?b"_s << u"a/b"_s << false << false;
    QTest::newRow("class") << u"file[0-9].txt"_s << u"file7.txt"_s << false << true;
    QTest::newRow("class miss") << u"file[0-9].txt"_s << u"filex.txt"_s << false << false;
    QTest::newRow("negated class") << u"file[!0-9].txt"_s << u"filex.txt"_s << false << true;
    QTest::newRow("leading double star") << u"**/fixtures"_s << u"a/b/fixtures"_s << true << true;
    QTest::newRow("leading double star root") << u"**/fixtures"_s << u"fixtures"_s << true << true;
    QTest::newRow("trailing double star") << u"tests/**"_s << u"tests/a/b.py"_s << false << true;
    QTest::newRow("trailing double star not dir itself") << u"tests/**"_s << u"tests"_s << true << false;
    QTest::newRow("middle double star") << u"a/**/b"_s << u"a/b"_s << false << true;
    QTest::newRow("middle double star deep") << u"a/**/b"_s << u"a/x/y/b"_s << false << true;
    QTest::newRow("trailing spaces trimmed") << u"*.tmp   "_s << u"x.tmp"_s << false << true;
    QTest::newRow("crlf lines") << u"*.tmp\r\n*.bak\r\n"_s << u"x.bak"_s << false << true;
    QTest::newRow("dot literal") << u"a.b"_s << u"axb"_s << false << false;
    QTest::newRow("plus literal") << u"c++"_s << u"c++"_s << false << true;
}

void TestPackaging::ignoreRules()
{
    QFETCH(QString, rules);
    QFETCH(QString, path);
    QFETCH(bool, isDir);
    QFETCH(bool, ignored);
    QCOMPARE(IgnoreRules::parse(rules).isIgnored(path, isDir), ignored);
}

void TestPackaging::defaultExclusions()
{
    QTemporaryDir tmp;
    const QString r = tmp.path();
    writeFile(r + u"/handler.py"_s, "def handle(data):\n    return data\n");
    writeFile(r + u"/requirements.txt"_s, "numpy\n");
    writeFile(r + u"/lib/util.py"_s, "X = 1\n");
    writeFile(r + u"/lib/__pycache__/util.cpython-311.pyc"_s, "bytecode");
    writeFile(r + u"/old.pyc"_s, "bytecode");
    writeFile(r + u"/.git/HEAD"_s, "ref: refs/heads/main\n");
    writeFile(r + u"/.venv/bin/python"_s, "x");
    writeFile(r + u"/venv/lib/site.py"_s, "x");
    writeFile(r + u"/.mypy_cache/x"_s, "x");
    writeFile(r + u"/.pytest_cache/v"_s, "x");
    writeFile(r + u"/.DS_Store"_s, "x");
    writeFile(r + u"/lib/.DS_Store"_s, "x");
    writeFile(r + u"/.hidden_config.yaml"_s, "a: 1\n");
    const PackagePlan plan = PackagePlanner::plan(r);
    QVERIFY(plan.ok());
    QCOMPARE(paths(plan), (QStringList{u".hidden_config.yaml"_s, u"handler.py"_s, u"lib/util.py"_s, u"requirements.txt"_s}));
    QCOMPARE(notePaths(plan.excluded),
             (QStringList{u".DS_Store"_s, u".git"_s, u".mypy_cache"_s, u".pytest_cache"_s, u".venv"_s, u"lib/.DS_Store"_s, u"lib/__pycache__"_s,
                          u"old.pyc"_s, u"venv"_s}));
    for (const auto &n : plan.excluded)
        QVERIFY(n.message.startsWith(u"excluded by default"_s));
    QCOMPARE(plan.totalBytes, qint64(34 + 6 + 6 + 5));
    QVERIFY(plan.warnings.isEmpty());
}

void TestPackaging::functionIgnore()
{
    QTemporaryDir tmp;
    const QString r = tmp.path();
    writeFile(r + u"/handler.py"_s, "def handle(): pass\n");
    writeFile(r + u"/.functionignore"_s, "# local stuff\ntests/\n*.csv\n!schema.csv\n/notes.md\n");
    writeFile(r + u"/tests/test_handler.py"_s, "x");
    writeFile(r + u"/data/big.csv"_s, "1,2\n");
    writeFile(r + u"/schema.csv"_s, "a,b\n");
    writeFile(r + u"/notes.md"_s, "x");
    writeFile(r + u"/docs/notes.md"_s, "x");
    const PackagePlan plan = PackagePlanner::plan(r);
    QVERIFY(plan.ok());
    QCOMPARE(paths(plan), (QStringList{u"docs/notes.md"_s, u"handler.py"_s, u"schema.csv"_s}));
    QStringList reasons;
    for (const auto &n : plan.excluded)
        reasons << n.path + u" <- "_s + n.message;
    reasons.sort();
    QCOMPARE(
        reasons,
        (QStringList{u".functionignore <- the ignore file itself is not part of the function"_s, u"data/big.csv <- .functionignore line 3: *.csv"_s,
                     u"notes.md <- .functionignore line 5: /notes.md"_s, u"tests <- .functionignore line 2: tests/"_s}));
}

void TestPackaging::credentialWarnings()
{
    QTemporaryDir tmp;
    const QString r = tmp.path();
    writeFile(r + u"/handler.py"_s, "x");
    for (const char *name :
         {".env", ".env.local", "server.pem", "private.key", "credentials.json", "Credentials-prod.json", "keys.py", "environment.py"})
        writeFile(r + u"/"_s + QLatin1StringView(name), "secret");
    const PackagePlan plan = PackagePlanner::plan(r);
    QVERIFY(plan.ok());
    QCOMPARE(notePaths(plan.warnings),
             (QStringList{u".env"_s, u".env.local"_s, u"Credentials-prod.json"_s, u"credentials.json"_s, u"private.key"_s, u"server.pem"_s}));
    QVERIFY(plan.contains(u".env"_s)); // warned, not silently dropped
    QVERIFY(plan.warnings.first().message.contains(u".functionignore"_s));
}

void TestPackaging::symlinks()
{
    QTemporaryDir outside;
    writeFile(outside.path() + u"/secret.txt"_s, "top secret");
    QTemporaryDir tmp;
    const QString r = tmp.path();
    writeFile(r + u"/handler.py"_s, "x");
    writeFile(r + u"/shared/util.py"_s, "UTIL = 1\n");
    QVERIFY(QFile::link(r + u"/shared/util.py"_s, r + u"/util_link.py"_s));
    QVERIFY(QFile::link(outside.path() + u"/secret.txt"_s, r + u"/leak.txt"_s));
    QVERIFY(QFile::link(r + u"/nowhere"_s, r + u"/broken"_s));
    QVERIFY(QFile::link(r, r + u"/shared/loop"_s));
    const PackagePlan plan = PackagePlanner::plan(r);
    QVERIFY(!plan.ok());
    QCOMPARE(notePaths(plan.errors), (QStringList{u"broken"_s, u"leak.txt"_s}));
    QVERIFY(plan.errors.last().message.contains(u"outside the function folder"_s)
            || plan.errors.first().message.contains(u"outside the function folder"_s));
    QVERIFY(plan.contains(u"util_link.py"_s)); // inside the folder: included as a copy
    QCOMPARE(plan.entry(u"util_link.py"_s)->size, 9);
    QCOMPARE(notePaths(plan.warnings), QStringList{u"shared/loop"_s});
    auto res = PackageWriter::write(plan, r + u"/../x.zip"_s);
    QVERIFY(!res.hasValue());
    QVERIFY(res.error().message.contains(u"errors"_s));
}

// The errors of a plan of folder, as "path: message" lines. Root reads files without read
// permission, so as root the plan runs in a child that has dropped to nobody (65534) first.
QStringList planErrorsAsUser(const QString &folder)
{
    auto lines = [](const PackagePlan &plan) {
        QStringList out;
        for (const auto &e : plan.errors)
            out << e.path + u": "_s + e.message;
        return out;
    };
    if (::geteuid() != 0)
        return lines(PackagePlanner::plan(folder));
    int fds[2];
    if (::pipe(fds) != 0)
        return {u"pipe failed"_s};
    const pid_t child = ::fork();
    if (child == 0) {
        ::close(fds[0]);
        if (::setgroups(0, nullptr) != 0 || ::setresgid(65534, 65534, 65534) != 0 || ::setresuid(65534, 65534, 65534) != 0 || ::geteuid() == 0)
            ::_exit(3); // no other user to be here (a user namespace with one uid)
        if (::access(QFile::encodeName(folder).constData(), R_OK | X_OK) != 0)
            ::_exit(4); // the other user cannot reach the folder (a private TMPDIR)
        const QByteArray out = lines(PackagePlanner::plan(folder)).join(u'\n').toUtf8();
        qsizetype done = 0;
        while (done < out.size()) {
            const ssize_t n = ::write(fds[1], out.constData() + done, size_t(out.size() - done));
            if (n <= 0)
                ::_exit(5);
            done += n;
        }
        ::_exit(0);
    }
    ::close(fds[1]);
    QByteArray got;
    char buf[4096];
    for (ssize_t n; (n = ::read(fds[0], buf, sizeof buf)) > 0;)
        got.append(buf, n);
    ::close(fds[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    if (WIFEXITED(status) && (WEXITSTATUS(status) == 3 || WEXITSTATUS(status) == 4))
        return {u"SKIP"_s, WEXITSTATUS(status) == 3 ? u"cannot drop to another user here"_s : u"another user cannot reach the temporary folder"_s};
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return {u"the unprivileged child failed (status %1)"_s.arg(status)};
    return QString::fromUtf8(got).split(u'\n', Qt::SkipEmptyParts);
}

void TestPackaging::unreadableFile()
{
    QTemporaryDir tmp;
    const QString r = tmp.path();
    // Readable by the unprivileged user the plan may run as, except for what is locked.
    QFile::setPermissions(r,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther | QFileDevice::ExeOther);
    writeFile(r + u"/handler.py"_s, "x");
    writeFile(r + u"/locked.py"_s, "x");
    writeFile(r + u"/private/inner.py"_s, "x");
    QFile::setPermissions(r + u"/handler.py"_s, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    QFile::setPermissions(r + u"/locked.py"_s, QFileDevice::WriteOwner);
    QFile::setPermissions(r + u"/private"_s, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QStringList errors = planErrorsAsUser(r);
    if (errors.size() == 2 && errors.first() == u"SKIP"_s)
        QSKIP(qPrintable(u"running as root, and "_s + errors.last()));
    QVERIFY2(errors.size() == 2, qPrintable(errors.join(u'\n')));
    QVERIFY2(errors.at(0).startsWith(u"locked.py: file cannot be read ("_s), qPrintable(errors.at(0)));
    QVERIFY2(errors.at(0).endsWith(u"fix its permissions or add it to .functionignore"_s), qPrintable(errors.at(0)));
    QVERIFY2(errors.at(1).startsWith(u"private: folder cannot be read (permission denied)"_s), qPrintable(errors.at(1)));
}

// A folder chosen by mistake (too many files, too many bytes, a whole tree of excluded stuff)
// stops the scan with a message that says what to do; a cancelled scan says it is incomplete.
void TestPackaging::scanLimitsAndCancel()
{
    QTemporaryDir tmp;
    const QString r = tmp.path();
    writeFile(r + u"/handler.py"_s, "def handle(data):\n    return data\n");
    for (int i = 0; i < 30; ++i)
        writeFile(r + u"/data/part%1.csv"_s.arg(i), QByteArray(1000, 'x'));
    for (int i = 0; i < 30; ++i)
        writeFile(r + u"/__pycache__/m%1.pyc"_s.arg(i), "x");
    QVERIFY(PackagePlanner::plan(r).ok());
    PackageLimits few;
    few.maxFiles = 10;
    PackagePlan plan = PackagePlanner::plan(r, nullptr, few);
    QVERIFY(!plan.ok());
    QVERIFY2(plan.errors.first().message.contains(u"more than 10 files"_s), qPrintable(plan.errors.first().message));
    QCOMPARE(plan.files.size(), 11); // stopped right there
    PackageLimits small;
    small.maxBytes = 5000;
    plan = PackagePlanner::plan(r, nullptr, small);
    QVERIFY(!plan.ok());
    QVERIFY(plan.errors.first().message.contains(u".functionignore"_s));
    PackageLimits narrow;
    narrow.maxEntries = 20; // files and folders looked at, excluded ones too (33 here)
    plan = PackagePlanner::plan(r, nullptr, narrow);
    QVERIFY(!plan.ok());
    QVERIFY(plan.errors.first().message.contains(u"more than 20 files and folders"_s));
    std::atomic_bool cancel = true;
    plan = PackagePlanner::plan(r, &cancel);
    QVERIFY(plan.cancelled);
    QVERIFY(plan.files.isEmpty());
    // A name with a line break is refused, shown without the break.
    writeFile(r + u"/bad\nname.py"_s, "x");
    plan = PackagePlanner::plan(r);
    QVERIFY(!plan.ok());
    QCOMPARE(plan.errors.first().path, u"bad\uFFFDname.py"_s);
    QVERIFY(plan.errors.first().message.contains(u"line break"_s));
    QVERIFY(QFile::remove(r + u"/bad\nname.py"_s));
    // An ignore file is patterns, not megabytes.
    writeFile(r + u"/.functionignore"_s, QByteArray(2 * 1024 * 1024, '#'));
    plan = PackagePlanner::plan(r);
    QVERIFY(!plan.ok());
    QCOMPARE(plan.errors.first().path, u".functionignore"_s);
}

void TestPackaging::missingAndEmptyFolders()
{
    QTemporaryDir tmp;
    const PackagePlan missing = PackagePlanner::plan(tmp.path() + u"/nope"_s);
    QVERIFY(!missing.ok());
    QVERIFY(missing.errors.first().message.contains(u"does not exist"_s));
    const PackagePlan empty = PackagePlanner::plan(tmp.path());
    QVERIFY(!empty.ok());
    QVERIFY(empty.errors.first().message.contains(u"no files to package"_s));
    writeFile(tmp.path() + u"/f.py"_s, "x");
    const PackagePlan file = PackagePlanner::plan(tmp.path() + u"/f.py"_s);
    QVERIFY(file.errors.first().message.contains(u"not a folder"_s));
}

void TestPackaging::zipReadableByQuaZipAndPython()
{
    QTemporaryDir tmp;
    const QString r = tmp.path() + u"/my_function"_s;
    const QByteArray handler = "def handle(data, client):\n    return {\"ok\": True}\n";
    writeFile(r + u"/handler.py"_s, handler);
    writeFile(r + u"/requirements.txt"_s, "requests==2.32.3\n");
    writeFile(r + u"/pkg/__init__.py"_s, "");
    writeFile(r + u"/pkg/mod.py"_s, QByteArray(200000, 'a'));
    writeFile(r + u"/data/ünïcödé.json"_s, "{\"k\": \"v\"}");
    writeFile(r + u"/__pycache__/handler.cpython-311.pyc"_s, "bytecode");
    const PackagePlan plan = PackagePlanner::plan(r);
    QVERIFY(plan.ok());
    const QString zipPath = tmp.path() + u"/code.zip"_s;
    const auto res = PackageWriter::write(plan, zipPath);
    QVERIFY2(res.hasValue(), qPrintable(res.hasValue() ? QString() : res.error().message));
    QCOMPARE(res->fileCount, 5);
    QVERIFY(res->zipBytes < 5000); // 200 kB of 'a' deflates to almost nothing
    QVERIFY(!QFile::exists(zipPath + u".part"_s));

    const QStringList expectedOrder{u"data/ünïcödé.json"_s, u"handler.py"_s, u"pkg/__init__.py"_s, u"pkg/mod.py"_s, u"requirements.txt"_s};
    QuaZip zip(zipPath);
    QVERIFY(zip.open(QuaZip::mdUnzip));
    QCOMPARE(zip.getFileNameList(), expectedOrder);
    QVERIFY(zip.setCurrentFile(u"handler.py"_s));
    QuaZipFile f(&zip);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), handler);
    f.close();
    zip.close();

    const QJsonObject py = readWithPython(zipPath);
    QVERIFY(py.value("bad"_L1).isNull());
    QStringList names;
    for (const auto &v : py.value("names"_L1).toArray())
        names << v.toString();
    QCOMPARE(names, expectedOrder); // handler.py at the root, never "my_function/handler.py"
    QVERIFY(py.value("deflated"_L1).toBool());
    QCOMPARE(py.value("contents"_L1).toObject().value("handler.py"_L1).toString(), QString::fromUtf8(handler));
    QCOMPARE(py.value("contents"_L1).toObject().value("pkg/mod.py"_L1).toString().size(), 200000);
}

void TestPackaging::oldTimestampsClamped()
{
    QTemporaryDir tmp;
    const QString r = tmp.path() + u"/fn"_s;
    writeFile(r + u"/handler.py"_s, "x");
    writeFile(r + u"/old.py"_s, "y");
    QFile old(r + u"/old.py"_s);
    QVERIFY(old.open(QIODevice::ReadWrite));
    QVERIFY(old.setFileTime(QDateTime(QDate(1975, 6, 1), QTime(12, 0)), QFileDevice::FileModificationTime));
    old.close();
    const auto res = PackageWriter::write(PackagePlanner::plan(r), tmp.path() + u"/c.zip"_s);
    QVERIFY(res.hasValue());
    const QJsonObject py = readWithPython(tmp.path() + u"/c.zip"_s);
    const QJsonArray years = py.value("years"_L1).toArray();
    QCOMPARE(years.size(), 2);
    QCOMPARE(years.at(1).toInt(), 1980); // old.py sorts after handler.py
    QVERIFY(years.at(0).toInt() >= 2025);
}

void TestPackaging::progressAndCancel()
{
    QTemporaryDir tmp;
    const QString r = tmp.path() + u"/fn"_s;
    for (int i = 0; i < 20; ++i)
        writeFile(r + u"/m%1.py"_s.arg(i, 2, 10, QLatin1Char('0')), QByteArray(300 * 1024, char('a' + i)));
    const PackagePlan plan = PackagePlanner::plan(r);
    QList<PackageProgress> events;
    const auto ok = PackageWriter::write(plan, tmp.path() + u"/ok.zip"_s, [&](const PackageProgress &p) { events << p; });
    QVERIFY(ok.hasValue());
    QVERIFY(events.size() >= 20); // at least one per file
    QCOMPARE(events.last().bytesDone, plan.totalBytes);
    QCOMPARE(events.last().filesDone, 20);
    for (int i = 1; i < events.size(); ++i)
        QVERIFY(events[i].bytesDone >= events[i - 1].bytesDone);

    std::atomic_bool cancel{false};
    int seen = 0;
    const QString zipPath = tmp.path() + u"/cancelled.zip"_s;
    const auto res = PackageWriter::write(
        plan, zipPath,
        [&](const PackageProgress &p) {
            if (++seen == 5)
                cancel = true;
            Q_UNUSED(p);
        },
        &cancel);
    QVERIFY(!res.hasValue());
    QVERIFY(res.error().cancelled);
    QVERIFY(!QFile::exists(zipPath));
    QVERIFY(!QFile::exists(zipPath + u".part"_s));
}

void TestPackaging::contentHashIsStable()
{
    QTemporaryDir a, b;
    for (const QString &root : {a.path(), b.path()}) {
        writeFile(root + u"/handler.py"_s, "def handle(data):\n    return 1\n");
        writeFile(root + u"/lib/x.py"_s, "X = 2\n");
    }
    QFile f(b.path() + u"/lib/x.py"_s);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.setFileTime(QDateTime(QDate(2001, 1, 1), QTime(0, 0)), QFileDevice::FileModificationTime));
    f.close();
    const auto ha = PackageWriter::contentHash(PackagePlanner::plan(a.path()));
    const auto hb = PackageWriter::contentHash(PackagePlanner::plan(b.path()));
    QVERIFY(ha.hasValue() && hb.hasValue());
    QCOMPARE(*ha, *hb); // different folders and timestamps, same code
    QVERIFY(ha->startsWith(u"sha256:"_s));
    QCOMPARE(ha->size(), 7 + 64);
    const auto written = PackageWriter::write(PackagePlanner::plan(a.path()), a.path() + u"/../a.zip"_s);
    QCOMPARE(written->contentHash, *ha);
    // Changing one byte, or renaming a file, changes the hash.
    writeFile(b.path() + u"/lib/x.py"_s, "X = 3\n");
    QVERIFY(*PackageWriter::contentHash(PackagePlanner::plan(b.path())) != *ha);
    writeFile(b.path() + u"/lib/x.py"_s, "X = 2\n");
    QCOMPARE(*PackageWriter::contentHash(PackagePlanner::plan(b.path())), *ha);
    QVERIFY(QFile::rename(b.path() + u"/lib/x.py"_s, b.path() + u"/lib/y.py"_s));
    QVERIFY(*PackageWriter::contentHash(PackagePlanner::plan(b.path())) != *ha);
    QFile::remove(a.path() + u"/../a.zip"_s);
}

// The file list of a downloaded code zip, as the function details panel shows it.
void TestPackaging::codeZipListing()
{
    QTemporaryDir tmp;
    const QString r = tmp.path() + u"/fn"_s;
    writeFile(r + u"/handler.py"_s, "def handle():\n    return 1\n");
    writeFile(r + u"/lib/big.py"_s, QByteArray(100000, 'b'));
    const QString zipPath = tmp.path() + u"/code.zip"_s;
    QVERIFY(PackageWriter::write(PackagePlanner::plan(r), zipPath).hasValue());
    QFile f(zipPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto listing = CodeZip::list(f.readAll());
    QVERIFY2(listing.hasValue(), qPrintable(listing.hasValue() ? QString() : listing.error()));
    QCOMPARE(listing->totalEntries, 2);
    QVERIFY(!listing->truncated);
    QCOMPARE(listing->entries.size(), 2);
    QCOMPARE(listing->entries.at(0).name, u"handler.py"_s);
    QCOMPARE(listing->entries.at(1).name, u"lib/big.py"_s);
    QCOMPARE(listing->entries.at(1).uncompressedSize, 100000);
    QVERIFY(listing->entries.at(1).compressedSize < 1000);
}

void TestPackaging::codeZipDamagedAndTruncated()
{
    // Not a zip at all, and an empty download: a sentence, not a crash.
    QVERIFY(!CodeZip::list(QByteArray("this is not a zip file")).hasValue());
    QVERIFY(CodeZip::list(QByteArray()).error().contains(u"not a readable zip"_s));
    // Many entries: listed up to the bound, the rest counted.
    QTemporaryDir tmp;
    const QString r = tmp.path() + u"/many"_s;
    for (int i = 0; i < 30; ++i)
        writeFile(r + u"/f%1.py"_s.arg(i, 2, 10, QLatin1Char('0')), "x = 1\n");
    const QString zipPath = tmp.path() + u"/many.zip"_s;
    QVERIFY(PackageWriter::write(PackagePlanner::plan(r), zipPath).hasValue());
    QFile f(zipPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const auto listing = CodeZip::list(bytes, 10);
    QVERIFY(listing.hasValue());
    QCOMPARE(listing->entries.size(), 10);
    QVERIFY(listing->truncated);
    QCOMPARE(listing->totalEntries, 30);
    // A zip cut short (a partial download): refused with a reason.
    QVERIFY(!CodeZip::list(bytes.left(bytes.size() / 2)).hasValue());
}

// Small files are deflated on several threads and large ones streamed: the zip comes out the same
// byte for byte whatever the number of threads, and Python reads every file back.
void TestPackaging::threadsDoNotChangeTheZip()
{
    QTemporaryDir tmp;
    const QString r = tmp.path() + u"/fn"_s;
    writeFile(r + u"/handler.py"_s, "def handle(data):\n    return data\n");
    for (int i = 0; i < 700; ++i) // more than one batch
        writeFile(r + u"/pkg/m%1.py"_s.arg(i, 3, 10, QLatin1Char('0')), QByteArray("x = ") + QByteArray::number(i) + '\n' + QByteArray(i * 13, 'q'));
    QByteArray big(9 * 1024 * 1024, 'b'); // streamed, not batched
    for (int i = 0; i < big.size(); i += 4096)
        big[i] = char('a' + (i / 4096) % 26);
    writeFile(r + u"/data/big.bin"_s, big);
    const PackagePlan plan = PackagePlanner::plan(r);
    const auto one = PackageWriter::write(plan, tmp.path() + u"/one.zip"_s, {}, nullptr, 1);
    const auto four = PackageWriter::write(plan, tmp.path() + u"/four.zip"_s, {}, nullptr, 4);
    QVERIFY(one.hasValue() && four.hasValue());
    QCOMPARE(one->contentHash, four->contentHash);
    QCOMPARE(one->contentHash, *PackageWriter::contentHash(plan));
    QFile a(tmp.path() + u"/one.zip"_s), b(tmp.path() + u"/four.zip"_s);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QVERIFY(a.readAll() == b.readAll());
    const QJsonObject py = readWithPython(tmp.path() + u"/four.zip"_s);
    QCOMPARE(py.value("bad"_L1), QJsonValue(QJsonValue::Null));
    QCOMPARE(py.value("names"_L1).toArray().size(), 702);
    QVERIFY(py.value("deflated"_L1).toBool());
    QCOMPARE(py.value("contents"_L1).toObject().value("pkg/m123.py"_L1).toString(), QString::fromLatin1("x = 123\n" + QByteArray(123 * 13, 'q')));
}

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
