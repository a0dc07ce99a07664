#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fstudio::emulator {

// A Python interpreter as the emulator runs handlers with it.
struct Interpreter
{
    QString executable; // its real path (a pyenv shim or a symlink resolved)
    QString version; // "3.11.7"
    int minor = 0;
    QStringList roots; // the folders it runs from (sys.prefix, sys.base_prefix), real paths
};

// Asks exe which Python it is; nullopt when it cannot be run or is not Python 3. Asked once per
// program and exe (a probe that timed out is asked again).
std::optional<Interpreter> probeInterpreter(const QString &exe);

// The bubblewrap sandbox every handler process runs in: the calls, the deploy's import check and
// its requirement install (docs/ARCHITECTURE.md, "The emulator's sandbox"). Inside, a handler sees
// the system read-only (/usr, /etc and the interpreter's own folders), its code read-only in
// /function, its Python environment read-only, the runner read-only, a private /tmp of bounded
// size, and nothing of the emulator's data dir; it runs in a PID namespace of its own, so every
// process it starts ends when the sandbox's first process does.
class Sandbox
{
public:
    struct Mount
    {
        QString host;
        QString inside;
        bool writable = false;
    };

    // Where things are inside the sandbox.
    static QString codeDir() { return QStringLiteral("/function"); }
    static QString runnerPath() { return QStringLiteral("/opt/functions-emulator/runner.py"); }
    static QString envDir() { return QStringLiteral("/opt/functions-emulator/env"); }
    static QString sdkDir() { return QStringLiteral("/opt/functions-emulator/sdk"); }
    static QString buildDir() { return QStringLiteral("/opt/functions-emulator/build"); }
    static QString sdkBuildDir() { return QStringLiteral("/opt/functions-emulator/sdk-build"); }
    static QString wheelhouseDir() { return QStringLiteral("/opt/functions-emulator/wheelhouse"); }

    // Empty when a sandbox can be made on this machine; otherwise why not, in words for the user.
    // Tried once per program (it starts bwrap).
    static QString problem();
    // Ends the sandboxes an emulator on this data dir left behind: bwrap processes of this user
    // whose command line names the data dir. Called at start, with the data dir locked (no other
    // emulator can be running on it). bwrap's --die-with-parent takes effect a moment after the
    // sandbox starts; an emulator killed in that moment leaves a sandbox that never ends. Returns
    // how many were ended.
    static int endOrphans(const QString &dataDir);

    // The command line that runs `command` in a sandbox: bwrap, its options, then command.
    // hidden: folders that must not be seen even when they lie inside a mounted one (the data dir
    // inside a Python's prefix).
    static QStringList wrap(const Interpreter &python, const QList<Mount> &mounts, qint64 tmpBytes, const QStringList &hidden,
                            const QStringList &command);
};

} // namespace fstudio::emulator
