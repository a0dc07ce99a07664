// The checks that run a local Python (DeployChecks): every .py file parsed and requirements.txt
// read and resolved (resources/deploy/codecheck.py), the imports CDF would not find, and importing
// the handler. Each runs in a child process that never blocks the GUI thread.
#include "gui/deploy/deploychecks.h"

#include "gui/appsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

#include <memory>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

namespace {
// Imports the handler module as CDF will: from the folder's top, by its dotted module name.
const char *ImportScript = R"(
import importlib, os, sys
sys.path.insert(0, os.getcwd())
path = sys.argv[1]
module = path[:-3] if path.endswith(".py") else path
importlib.import_module(module.replace("/", "."))
)";
constexpr int MaxParsedFiles = 5000; // beyond that, the rest is left to CDF
constexpr int CodeCheckTimeoutMs = 90 * 1000; // parsing, and pip's dry run (time-boxed to 60 s inside)

QString codeCheckScript()
{
    QFile f(u":/deploy/codecheck.py"_s);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// "handler.py:4:24: expected ':'" and the line, with a caret under the column.
QString syntaxProblem(const QJsonObject &p)
{
    const QString path = p.value("path"_L1).toString();
    const int line = p.value("line"_L1).toInt();
    const int column = p.value("column"_L1).toInt();
    QString out = line > 0 ? u"%1:%2:%3: %4"_s.arg(path).arg(line).arg(column).arg(p.value("message"_L1).toString())
                           : u"%1: %2"_s.arg(path, p.value("message"_L1).toString());
    const QString text = p.value("text"_L1).toString().left(300);
    if (!text.trimmed().isEmpty()) {
        out += u"\n    "_s + text;
        if (column > 0 && column <= text.size() + 1)
            out += u"\n    "_s + QString(column - 1, QLatin1Char(' ')) + QLatin1Char('^');
    }
    return out;
}

// "py311" -> "3.11" (pip's --python-version); "" when the runtime is not one of those.
QString runtimeVersion(const QString &runtime)
{
    static const QRegularExpression re(u"\\Apy3(\\d{1,2})\\z"_s);
    const auto m = re.match(runtime);
    return m.hasMatch() ? u"3."_s + m.captured(1) : QString();
}

bool isLoopbackServer(const QUrl &server)
{
    const QHostAddress a(server.host());
    return server.host() == u"localhost"_s || (!a.isNull() && a.isLoopback());
}
} // namespace

// Ends the import check without waiting for it on the GUI thread: killed, it lives on (a child of
// the application, its handlers, which read the state, cut off) until it has finished.
void DeployChecks::endImport(QProcess *process)
{
    process->disconnect(this);
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    process->setParent(QCoreApplication::instance());
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
    connect(process, &QProcess::errorOccurred, process, &QObject::deleteLater); // killed while it started: no finished()
    process->kill();
}

QString DeployChecks::pythonFound() const
{
    return QStandardPaths::findExecutable(m_python).isEmpty() && !QFileInfo(m_python).isExecutable() ? QString() : m_python;
}

// Every .py file of the package through Python's own parser (compile(), nothing imported or run),
// and requirements.txt line by line as pip reads it, then resolved with pip's dry run: a syntax
// error, a merge-conflict marker or a requirement pip cannot install is named here, not after the
// upload.
void DeployChecks::checkCode(int generation, bool handlerProblem)
{
    const PackagePlan &plan = m_state->plan;
    QStringList files;
    for (const auto &e : plan.files)
        if (e.path.endsWith(u".py"_s) && files.size() < MaxParsedFiles)
            files << e.path;
    const bool requirements = plan.contains(u"requirements.txt"_s);
    const QString python = pythonFound();
    const QString script = codeCheckScript();
    if (python.isEmpty() || script.isEmpty() || (files.isEmpty() && !requirements)) {
        if (python.isEmpty())
            add(u"syntax"_s, Result::Pass, tr("Python files"), tr("No local Python found, so the files were not parsed here; CDF will parse them."));
        if (!handlerProblem)
            checkImport(generation);
        return;
    }
    const int syntaxRow = add(u"syntax"_s, Result::Pending, tr("Python files"), tr("Parsing %n Python file(s)…", nullptr, int(files.size())));
    const int requirementsRow =
        requirements ? add(u"requirements"_s, Result::Pending, tr("Requirements"), tr("Reading requirements.txt and resolving it with pip…")) : -1;
    const int importsRow = add(u"imports"_s, Result::Pending, tr("Modules"), tr("Looking for imports CDF's Python would not find…"));
    const bool local = isLoopbackServer(m_state->project.server);
    const QString wheelhouse = local ? AppSettings::instance()->emulatorWheelhouse() : QString();
    const QString proxy = AppSettings::instance()->proxy();
    const QJsonObject request{{"folder"_L1, m_state->folder},
                              {"files"_L1, QJsonArray::fromStringList(files)},
                              {"requirements"_L1, requirements ? u"requirements.txt"_s : QString()},
                              {"resolve"_L1, true},
                              {"resolveTimeout"_L1, 60},
                              {"wheelhouse"_L1, wheelhouse},
                              {"proxy"_L1, proxy.contains(u"://"_s) ? proxy : QString()},
                              // pip resolves for the function's Python ("py311" -> "3.11").
                              {"pythonVersion"_L1, runtimeVersion(m_state->function.runtime.value_or(QString()))}};
    m_codeCheck = new QProcess(this);
    auto *proc = m_codeCheck;
    proc->setWorkingDirectory(m_state->folder);
    auto output = std::make_shared<QByteArray>();
    connect(proc, &QProcess::readyReadStandardOutput, proc, [proc, output] {
        output->append(proc->readAllStandardOutput());
        if (output->size() > 4 * 1024 * 1024) // a JSON answer is small: anything this large is not ours
            proc->kill();
    });
    auto *timer = new QTimer(proc);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, proc, [proc] { proc->kill(); });
    const int fileCount = int(files.size());
    auto finish = [this, proc, syntaxRow, requirementsRow, importsRow, generation, handlerProblem, output, wheelhouse, local, fileCount](bool ran) {
        proc->deleteLater();
        if (m_codeCheck == proc)
            m_codeCheck = nullptr;
        if (generation != m_generation)
            return;
        output->append(proc->readAllStandardOutput());
        const QJsonObject answer = QJsonDocument::fromJson(*output).object();
        if (!ran || answer.isEmpty()) {
            // Never the script's own error output: it may quote what it was given (an index URL).
            const QString why = ran                        ? tr("the check stopped with an error")
                : proc->error() == QProcess::FailedToStart ? proc->errorString()
                                                           : tr("it did not finish within %n second(s)", nullptr, CodeCheckTimeoutMs / 1000);
            set(syntaxRow, Result::Pass,
                tr("The files could not be parsed here (%1); CDF will parse them.").arg(why.isEmpty() ? tr("no answer") : why));
            if (requirementsRow >= 0)
                set(requirementsRow, Result::Pass, tr("requirements.txt was not checked here; CDF installs it when it deploys."));
            set(importsRow, Result::Pass, tr("The imports were not checked here."));
            if (!handlerProblem)
                checkImport(generation);
            Q_EMIT finishedChecking();
            return;
        }
        showImports(importsRow, answer.value("imports"_L1));
        const QString pythonVersion = answer.value("python"_L1).toString();
        const QJsonArray syntax = answer.value("syntax"_L1).toArray();
        if (syntax.isEmpty()) {
            set(syntaxRow, Result::Pass, tr("All %n Python file(s) parse (Python %1).", nullptr, fileCount).arg(pythonVersion));
        } else {
            // One row for them all (rows keep their places: other checks answer into theirs); when the
            // handler is among them, the row is the Handler check, as CDF would fail it.
            QStringList lines;
            bool handler = false;
            for (const auto &v : syntax) {
                const QJsonObject o = v.toObject();
                const bool isHandler = o.value("path"_L1).toString() == m_state->function.functionPath;
                handler |= isHandler;
                (isHandler ? lines.prepend(syntaxProblem(o)) : lines.append(syntaxProblem(o)));
            }
            Check &c = m_checks[syntaxRow];
            const QJsonObject first = syntax.first().toObject();
            c.file = QDir(m_state->folder).filePath(first.value("path"_L1).toString());
            c.line = first.value("line"_L1).toInt();
            c.code = u"syntax"_s;
            c.id = handler ? u"handler"_s : u"syntax"_s;
            c.title = handler ? tr("Handler") : tr("Python files");
            set(syntaxRow, Result::Error,
                tr("%n file(s) do not parse, so importing them fails in CDF:", nullptr, int(lines.size())) + u"\n"_s + lines.join(u"\n"_s));
        }
        if (requirementsRow >= 0) {
            const int at = requirementsRow;
            const QJsonObject req = answer.value("requirements"_L1).toObject();
            const QJsonArray problems = req.value("problems"_L1).toArray();
            const QJsonObject resolved = answer.value("resolve"_L1).toObject();
            const QString status = resolved.value("status"_L1).toString();
            if (!problems.isEmpty()) {
                QStringList lines;
                for (const auto &v : problems) {
                    const QJsonObject o = v.toObject();
                    const int line = o.value("line"_L1).toInt();
                    lines << (line > 0 ? tr("requirements.txt, line %1 (%2): %3")
                                             .arg(line)
                                             .arg(o.value("text"_L1).toString().left(200), o.value("message"_L1).toString())
                                       : tr("requirements.txt: %1").arg(o.value("message"_L1).toString()));
                }
                m_checks[at].file = QDir(m_state->folder).filePath(u"requirements.txt"_s);
                m_checks[at].line = problems.first().toObject().value("line"_L1).toInt();
                set(at, Result::Error, lines.join(u"\n"_s) + u"\n"_s + tr("pip would refuse this file, so the deploy would fail in CDF."));
            } else if (status == u"ok"_s) {
                const QStringList installs = resolved.value("installs"_L1).toVariant().toStringList();
                set(at, Result::Pass,
                    tr("%n requirement(s) resolve with pip (Python %1%2): %3", nullptr, req.value("count"_L1).toInt())
                        .arg(pythonVersion, wheelhouse.isEmpty() ? QString() : tr(", wheelhouse %1").arg(QDir::toNativeSeparators(wheelhouse)),
                             installs.isEmpty() ? tr("nothing to install") : installs.join(u", "_s)));
            } else if (status == u"failed"_s) {
                // A warning, not an error: pip resolves from wheels only here (building a source
                // package runs its code), so a package published only as source fails here and not in CDF.
                const QStringList errors = resolved.value("errors"_L1).toVariant().toStringList();
                QString text = tr("pip cannot install requirements.txt from wheels%1: %2")
                                   .arg(wheelhouse.isEmpty() ? QString() : tr(" from the wheelhouse %1").arg(QDir::toNativeSeparators(wheelhouse)),
                                        errors.join(u" "_s));
                text += u" "_s + tr("A package published only as source is built by CDF; that is not tried here, since building runs its code.");
                if (local && wheelhouse.isEmpty())
                    text += u" "_s + tr("Without network access, set a wheelhouse for the local emulator in File ▸ Settings.");
                set(at, Result::Warning, text);
            } else if (status == u"unreachable"_s) {
                set(at, Result::Pass,
                    tr("%n requirement(s) read as pip reads them. Not resolved: %1 cannot be reached from this computer (check the proxy setting); "
                       "CDF resolves them when it deploys.",
                       nullptr, req.value("count"_L1).toInt())
                        .arg(resolved.value("index"_L1).toString()));
            } else if (status == u"timeout"_s) {
                set(at, Result::Warning, tr("pip did not finish resolving requirements.txt within 60 s; CDF resolves it when it deploys."));
            } else {
                set(at, Result::Pass,
                    tr("%n requirement(s) read as pip reads them; pip is not available here (%1), so they were not resolved.", nullptr,
                       req.value("count"_L1).toInt())
                        .arg(resolved.value("detail"_L1).toString()));
            }
        }
        if (!handlerProblem && syntax.isEmpty())
            checkImport(generation);
        else if (!handlerProblem)
            add(u"import"_s, Result::Pass, tr("Import"), tr("Not imported here: fix the files that do not parse first."));
        Q_EMIT changed();
        Q_EMIT finishedChecking();
    };
    connect(proc, &QProcess::finished, this, [finish](int, QProcess::ExitStatus status) { finish(status == QProcess::NormalExit); });
    connect(proc, &QProcess::errorOccurred, this, [finish](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            finish(false);
    });
    proc->start(python, {u"-I"_s, u"-c"_s, script});
    proc->write(QJsonDocument(request).toJson(QJsonDocument::Compact));
    proc->closeWriteChannel();
    timer->start(CodeCheckTimeoutMs);
}

// Imports of modules CDF's Python would not have: not the standard library, not cognite-sdk and
// its dependencies, not the package's own files, not in requirements.txt (resources/deploy/codecheck.py).
// A warning, not an error: a package may provide a module under a name the check does not know.
void DeployChecks::showImports(int row, const QJsonValue &imports)
{
    if (!imports.isArray()) {
        set(row, Result::Pass, tr("The imports were not checked here."));
        return;
    }
    const QJsonArray found = imports.toArray();
    if (found.isEmpty()) {
        set(row, Result::Pass,
            tr("Every import is the standard library, cognite-sdk or one of its dependencies, the package's own code, or in requirements.txt."));
        return;
    }
    QStringList lines;
    for (const auto &v : found) {
        const QJsonObject o = v.toObject();
        //: %1 file, %2 line, %3 the module imported.
        lines << tr("%1:%2 imports %3").arg(o.value("path"_L1).toString()).arg(o.value("line"_L1).toInt()).arg(o.value("module"_L1).toString());
    }
    set(row, Result::Warning,
        tr("%n import(s) name modules CDF's Python does not have: it holds the standard library, cognite-sdk and its dependencies, and "
           "what requirements.txt lists. In CDF these fail with ModuleNotFoundError (here they may work, because this computer has them): "
           "add the package that provides each to requirements.txt.",
           nullptr, int(lines.size()))
            + u"\n"_s + lines.join(u"\n"_s));
}

void DeployChecks::checkImport(int generation)
{
    const QString python = pythonFound();
    if (!m_importLocally && m_headless) {
        add(u"import"_s, Result::Pass, tr("Import"),
            tr("Not imported: give --import to import the handler with a local Python (that runs its top level)."));
        return;
    }
    if (!m_importLocally) {
        add(u"import"_s, Result::Pass, tr("Import"),
            tr("Not imported here: importing runs the code on this computer, and this code comes from %1. Tick \"Import the handler here\" to "
               "check it first; CDF imports it either way.")
                .arg(m_state->promotion ? tr("project %1").arg(m_state->promotion->fromProject) : tr("a zip")));
        return;
    }
    if (python.isEmpty()) {
        add(u"import"_s, Result::Pass, tr("Import"), tr("No local Python found, so the handler was not imported here; CDF will import it."));
        return;
    }
    const int index = add(u"import"_s, Result::Pending, tr("Import"), tr("Importing %1 with %2…").arg(m_state->function.functionPath, python));
    m_import = new QProcess(this);
    m_import->setWorkingDirectory(m_state->folder);
    m_import->setProcessChannelMode(QProcess::MergedChannels);
    auto *proc = m_import;
    // Only the last 8 kB of what the import prints is kept (a module may print in a loop).
    auto output = std::make_shared<QByteArray>();
    connect(proc, &QProcess::readyRead, proc, [proc, output] { *output = QByteArray(*output + proc->readAll()).right(8000); });
    auto *timer = new QTimer(proc);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, proc, [proc] { proc->kill(); });
    connect(proc, &QProcess::finished, this, [this, proc, index, generation, output](int code, QProcess::ExitStatus status) {
        proc->deleteLater();
        if (m_import == proc)
            m_import = nullptr;
        if (generation != m_generation)
            return;
        const QString text = QString::fromUtf8(QByteArray(*output + proc->readAll()).right(8000)).trimmed();
        const QString last = text.section(QLatin1Char('\n'), -1);
        if (status == QProcess::NormalExit && code == 0)
            set(index, Result::Pass, tr("%1 imports cleanly.").arg(m_state->function.functionPath));
        else if (last.startsWith(u"ModuleNotFoundError"_s) || last.startsWith(u"ImportError"_s))
            set(index, Result::Warning,
                tr("Importing it here failed: %1. If that package is in requirements.txt, CDF installs it; otherwise add it there.").arg(last));
        else if (status != QProcess::NormalExit)
            set(index, Result::Warning, tr("Importing it here did not finish within 30 s (it may do work at import time)."));
        else
            set(index, Result::Error, tr("Importing it here failed, and will fail in CDF too:\n%1").arg(text));
        Q_EMIT finishedChecking();
    });
    connect(proc, &QProcess::errorOccurred, this, [this, proc, index, generation](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart || generation != m_generation)
            return;
        proc->deleteLater();
        m_import = nullptr;
        set(index, Result::Pass, tr("No local Python could be started, so the handler was not imported here; CDF will import it."));
        Q_EMIT finishedChecking();
    });
    proc->start(python, {u"-c"_s, QString::fromLatin1(ImportScript), m_state->function.functionPath});
    timer->start(30000);
}

} // namespace fstudio::gui
