#include "emulator/sandbox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>
#include <csignal>

#include <sys/stat.h>
#include <unistd.h>

namespace fstudio::emulator {

using namespace Qt::StringLiterals;

std::optional<Interpreter> probeInterpreter(const QString &exe)
{
    static QMutex mutex;
    static QHash<QString, std::optional<Interpreter>> known;
    QMutexLocker lock(&mutex);
    if (const auto it = known.constFind(exe); it != known.cend())
        return *it;
    // A python3.X on PATH is not always one: a pyenv shim of a version that is not active exits
    // with "command not found", and which version a shim runs depends on the folder it starts in.
    // The path the interpreter reports is what runs the handlers, so the answer does not change
    // with a call's folder.
    QProcess p;
    p.start(exe,
            {u"-I"_s, u"-S"_s, u"-c"_s,
             u"import os, sys\n"
             "print(sys.version_info[1]); print('%d.%d.%d' % sys.version_info[:3])\n"
             "print(os.path.join(os.path.realpath(os.path.dirname(sys.executable)), os.path.basename(sys.executable)))\n"
             "print(os.path.realpath(sys.prefix)); print(os.path.realpath(sys.base_prefix))\n"
             "print(os.path.realpath(os.path.dirname(os.path.dirname(os.path.abspath(sys.executable)))))"_s});
    if (!p.waitForFinished(10000)) {
        p.kill();
        p.waitForFinished(1000);
        return std::nullopt;
    }
    const QStringList out = QString::fromLocal8Bit(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    std::optional<Interpreter> found;
    if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 && out.size() >= 6 && QFileInfo(out.at(2).trimmed()).isExecutable()) {
        Interpreter py;
        py.minor = out.at(0).trimmed().toInt();
        py.version = out.at(1).trimmed();
        py.executable = out.at(2).trimmed();
        // Its prefixes, and the folder its executable is in (a virtual environment's, which -I -S
        // does not report as sys.prefix).
        for (const QString &root : {out.at(3).trimmed(), out.at(4).trimmed(), out.at(5).trimmed()})
            if (!root.isEmpty() && !py.roots.contains(root))
                py.roots << root;
        found = py;
    }
    known.insert(exe, found);
    return found;
}

namespace {
bool under(const QString &path, const QString &folder)
{
    return path == folder || path.startsWith(folder + u'/');
}
} // namespace

QStringList Sandbox::wrap(const Interpreter &python, const QList<Mount> &mounts, qint64 tmpBytes, const QStringList &hidden,
                          const QStringList &command)
{
    QStringList a{QStandardPaths::findExecutable(u"bwrap"_s),
                  // Every process of the sandbox dies with the emulator, and with the sandbox's first
                  // process (the PID namespace's); none can reach the emulator's terminal.
                  u"--die-with-parent"_s, u"--new-session"_s, u"--unshare-pid"_s, u"--unshare-ipc"_s, u"--unshare-uts"_s, u"--unshare-cgroup-try"_s,
                  // No capabilities, also when the emulator runs as root (no remount of what is read-only).
                  u"--cap-drop"_s, u"ALL"_s, u"--hostname"_s, u"function"_s};
    // /dev read-only but for /dev/shm, which is bounded like /tmp (both are memory, and both count
    // against the function's memory: EmulatorServer::checkMemory()).
    a << u"--proc"_s << u"/proc"_s << u"--dev"_s << u"/dev"_s;
    a << u"--perms"_s << u"1777"_s << u"--size"_s << QString::number(tmpBytes) << u"--tmpfs"_s << u"/dev/shm"_s << u"--remount-ro"_s << u"/dev"_s;
    a << u"--perms"_s << u"1777"_s << u"--size"_s << QString::number(tmpBytes) << u"--tmpfs"_s << u"/tmp"_s;
    // The system, read-only. Not the home folders, not /var, not the emulator's data dir.
    for (const QString &d : {u"/usr"_s, u"/etc"_s})
        a << u"--ro-bind"_s << d << d;
    for (const QString &d : {u"/bin"_s, u"/sbin"_s, u"/lib"_s, u"/lib32"_s, u"/lib64"_s, u"/libx32"_s}) {
        const QFileInfo fi(d);
        if (fi.isSymLink())
            a << u"--symlink"_s << fi.symLinkTarget() << d; // merged /usr: /bin -> usr/bin
        else if (fi.isDir())
            a << u"--ro-bind"_s << d << d;
    }
    // Name resolution where /etc/resolv.conf points into systemd-resolved's folder.
    a << u"--ro-bind-try"_s << u"/run/systemd/resolve"_s << u"/run/systemd/resolve"_s;
    QStringList bound{u"/usr"_s, u"/etc"_s};
    for (const QString &root : python.roots)
        if (!under(root, u"/usr"_s) && !under(root, u"/etc"_s) && root != u"/"_s) {
            a << u"--ro-bind"_s << root << root;
            bound << root;
        }
    // What must stay unseen although a mounted folder holds it: covered by an empty folder.
    for (const QString &h : hidden)
        if (std::any_of(bound.cbegin(), bound.cend(), [&h](const QString &b) { return under(h, b); }))
            a << u"--tmpfs"_s << h;
    bool hasCode = false;
    for (const Mount &m : mounts) {
        a << (m.writable ? u"--bind"_s : u"--ro-bind"_s) << m.host << m.inside;
        hasCode = hasCode || m.inside == codeDir();
    }
    a << u"--chdir"_s << (hasCode ? codeDir() : u"/tmp"_s);
    a << u"--setenv"_s << u"HOME"_s << u"/tmp"_s << u"--setenv"_s << u"TMPDIR"_s << u"/tmp"_s;
    a << u"--"_s;
    a << command;
    return a;
}

QString Sandbox::problem()
{
    static QMutex mutex;
    static std::optional<QString> answer;
    QMutexLocker lock(&mutex);
    if (answer)
        return *answer;
    if (QStandardPaths::findExecutable(u"bwrap"_s).isEmpty()) {
        answer = u"bubblewrap (bwrap) is not installed; install it (Debian: apt install bubblewrap)"_s;
        return *answer;
    }
    QProcess p;
    const QStringList command = wrap(Interpreter{}, {}, 1024 * 1024, {}, {u"/bin/sh"_s, u"-c"_s, u"test -d /usr/bin && test ! -e /root/.cache"_s});
    p.start(command.first(), command.mid(1));
    if (!p.waitForFinished(10000)) {
        p.kill();
        p.waitForFinished(1000);
        answer = u"bubblewrap did not start a sandbox within 10 s"_s;
    } else if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        const QString said = QString::fromLocal8Bit(p.readAllStandardError()).trimmed().left(300);
        answer = u"bubblewrap cannot make a sandbox here (%1); user namespaces may be turned off (sysctl kernel.unprivileged_userns_clone, "
                 "or a container that forbids them)"_s.arg(said.isEmpty() ? u"exit code %1"_s.arg(p.exitCode()) : said);
    } else {
        answer = QString();
    }
    return *answer;
}

int Sandbox::endOrphans(const QString &dataDir)
{
    const QByteArray dir = QDir(dataDir).absolutePath().toLocal8Bit() + '/';
    const uid_t me = ::getuid();
    int ended = 0;
    for (const QString &entry : QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool ok = false;
        const pid_t pid = pid_t(entry.toInt(&ok));
        if (!ok || pid <= 1 || pid == ::getpid())
            continue;
        struct stat st;
        if (::stat(QByteArray("/proc/" + entry.toLatin1()).constData(), &st) != 0 || st.st_uid != me)
            continue;
        QFile cmdline(u"/proc/%1/cmdline"_s.arg(entry));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QByteArray args = cmdline.read(64 * 1024);
        const QByteArray program = args.left(args.indexOf('\0'));
        if (!program.endsWith("bwrap") || !args.contains(dir))
            continue;
        if (::kill(pid, SIGKILL) == 0)
            ++ended;
    }
    return ended;
}

} // namespace fstudio::emulator
