#include "gui/deploy/headlesscheck.h"

#include "gui/deploy/deploychecks.h"
#include "gui/profiles/keychainsecretstore.h"
#include "gui/profiles/profilestore.h"
#include "gui/profiles/secretvault.h"
#include "gui/project/projectsession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

namespace {
// HeadlessCheckText::tr(): what `functions-studio check` prints, under the context "HeadlessCheck".
struct HeadlessCheckText
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessCheck)
};

void print(FILE *to, const QString &text)
{
    std::fputs(text.toUtf8().constData(), to);
    std::fflush(to);
}

QString severityOf(DeployChecks::Result r)
{
    switch (r) {
    case DeployChecks::Result::Error: return u"error"_s;
    case DeployChecks::Result::Warning: return u"warning"_s;
    case DeployChecks::Result::Pending: return u"unfinished"_s;
    case DeployChecks::Result::Pass: break;
    }
    return u"ok"_s;
}

// Opens the profile as the app would, and waits for the project's first answer.
bool openProfile(const QString &name, ProjectSession &session, QString *problem)
{
    ProfileStore profiles;
    std::optional<Profile> found;
    QStringList names;
    QList<Profile> all = profiles.load();
    if (std::none_of(all.cbegin(), all.cend(), [](const Profile &p) { return p.isLocalEmulator(); }))
        all.prepend(Profile::localEmulator()); // always there, as in the app
    for (const Profile &p : std::as_const(all)) {
        names << p.name;
        if (p.id == name || p.name == name)
            found = p;
    }
    if (!found) {
        *problem = HeadlessCheckText::tr("no profile is named \"%1\"; the profiles are: %2").arg(name, names.join(u", "_s));
        return false;
    }
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&session, &ProjectSession::refreshed, &loop, [&] {
        ok = session.limits().has_value() || !session.functions().isEmpty();
        if (!ok && problem->isEmpty())
            *problem = HeadlessCheckText::tr("the project %1 did not answer").arg(found->project);
        loop.quit();
    });
    QObject::connect(&session, &ProjectSession::problem, &loop, [&](ProjectSession::Part part, const api::ApiError &e) {
        if (part == ProjectSession::Part::Connection || part == ProjectSession::Part::SignIn) {
            *problem = e.userMessage();
            loop.quit();
        }
    });
    QObject::connect(&session, &ProjectSession::signInNeeded, &loop, [&](const api::ApiError &e) {
        *problem = HeadlessCheckText::tr("%1 (sign in with the profile in the app first)").arg(e.userMessage());
        loop.quit();
    });
    QObject::connect(&session, &ProjectSession::message, &loop, [&](const QString &text, bool error) {
        if (error) {
            *problem = text;
            loop.quit();
        }
    });
    QTimer::singleShot(120 * 1000, &loop, [&] {
        *problem = HeadlessCheckText::tr("the project %1 did not answer within 120 s").arg(found->project);
        loop.quit();
    });
    session.setAutoRefreshInterval(0);
    session.open(*found);
    loop.exec();
    return ok;
}

QJsonObject settingsJson(const DeployState &state)
{
    QJsonObject f = state.function.toJson();
    f.remove("fileId"_L1); // made by the deploy
    if (f.contains("secrets"_L1)) { // never a value: "***" for one that is given, "" for one that is not
        QJsonObject masked;
        const QJsonObject secrets = f.value("secrets"_L1).toObject();
        for (auto it = secrets.begin(); it != secrets.end(); ++it)
            masked.insert(it.key(), it.value().toString().isEmpty() ? QString() : u"***"_s);
        f.insert("secrets"_L1, masked);
    }
    return f;
}
} // namespace

int HeadlessCheck::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        HeadlessCheckText::tr("Checks a function folder, code zip or Python file as the deploy wizard does, without a window."));
    parser.addHelpOption();
    const QCommandLineOption json(u"json"_s, HeadlessCheckText::tr("Print one JSON document: the settings and every finding."));
    const QCommandLineOption env(u"env"_s, HeadlessCheckText::tr("The Toolkit environment whose config.<env>.yaml fills the variables."), u"ENV"_s);
    const QCommandLineOption profile(u"profile"_s, HeadlessCheckText::tr("Check against this profile's project too (its name or id)."), u"NAME"_s);
    const QCommandLineOption import(u"import"_s, HeadlessCheckText::tr("Import the handler with a local Python (this runs the code's top level)."));
    const QCommandLineOption python(u"python"_s, HeadlessCheckText::tr("The Python that parses the files (default: python3)."), u"PYTHON"_s);
    parser.addOptions({json, env, profile, import, python});
    parser.addPositionalArgument(u"check"_s, HeadlessCheckText::tr("The command."), u"check"_s);
    parser.addPositionalArgument(u"path"_s, HeadlessCheckText::tr("A function folder, code zip or Python file."), u"PATH"_s);
    const auto usage = [](const QString &problem) {
        print(
            stderr,
            HeadlessCheckText::tr("functions-studio check: %1\nUsage: functions-studio check PATH [--json] [--env ENV] [--profile NAME] [--import]\n")
                .arg(problem));
        return 2;
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        print(stdout, parser.helpText());
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.first() != u"check"_s)
        return usage(HeadlessCheckText::tr("give exactly one PATH"));
    const QString path = QFileInfo(positional.at(1)).absoluteFilePath();
    if (!QFileInfo::exists(path))
        return usage(HeadlessCheckText::tr("%1 does not exist").arg(QDir::toNativeSeparators(path)));

    // The source, as the wizard's first page reads it.
    DeployState state;
    state.sourcePath = path;
    state.kind = DeploySource::kindOf(path);
    state.toolkitEnvironment = parser.value(env);
    const auto prepared = DeployChecks::prepareSource(path, state.toolkitEnvironment, std::make_shared<std::atomic_bool>(false));
    if (parser.isSet(env)
        && (!prepared.toolkit || !prepared.toolkit->project || !prepared.toolkit->project->environments.contains(parser.value(env))))
        return usage(
            prepared.toolkit && prepared.toolkit->project
                ? HeadlessCheckText::tr("the Toolkit project has no environment \"%1\"; it has: %2")
                      .arg(parser.value(env), prepared.toolkit->project->environments.join(u", "_s))
                : HeadlessCheckText::tr("--env needs a Toolkit module: no config.<env>.yaml was found above %1").arg(QDir::toNativeSeparators(path)));
    state.folder = prepared.error.isEmpty() ? prepared.folder : QString();
    state.prepared = prepared.tmp;
    state.plan = prepared.plan;
    state.toolkitDefinition = prepared.toolkit;

    // The project, when asked for.
    KeychainSecretStore keychain;
    SecretVault vault(&keychain);
    ProjectSession session(&vault);
    if (parser.isSet(profile)) {
        QString problem;
        if (!openProfile(parser.value(profile), session, &problem)) {
            print(stderr,
                  HeadlessCheckText::tr("functions-studio check: cannot check against the profile \"%1\": %2\n").arg(parser.value(profile), problem));
            return 2;
        }
        state.project = session.context();
        state.knownFunctions = session.functions();
    }

    // The settings the wizard would start from; a Toolkit secret's value from the environment
    // variable its file names (as cdf deploy reads it), only to tell whether it has one.
    state.function = DeployChecks::settingsFor(state);
    if (state.toolkitDefinition) {
        StringMap secrets = state.function.secrets.value_or(StringMap());
        for (auto it = secrets.begin(); it != secrets.end(); ++it) {
            const QString reference = state.toolkitDefinition->secretReferences.value(it.key());
            if (reference.startsWith(u"${"_s) && reference.endsWith(u"}"_s))
                it.value() = qEnvironmentVariable(reference.mid(2).chopped(1).toLocal8Bit().constData());
        }
        if (state.function.secrets)
            state.function.secrets = secrets;
        state.codeDataSetExternalId = state.toolkitDefinition->dataSetExternalId;
    }

    QList<DeployChecks::Check> checks;
    if (!prepared.error.isEmpty()) {
        checks << DeployChecks::Check{u"source"_s, DeployChecks::Result::Error, HeadlessCheckText::tr("Source"), prepared.error, path};
    } else {
        DeployChecks run(&state);
        run.setProjectChecks(parser.isSet(profile));
        run.setImportLocally(parser.isSet(import));
        run.setHeadless(true);
        if (parser.isSet(python))
            run.setPython(parser.value(python));
        QEventLoop loop;
        const auto done = [&] {
            if (!run.isRunning())
                loop.quit();
        };
        QObject::connect(&run, &DeployChecks::changed, &loop, done, Qt::QueuedConnection);
        QObject::connect(&run, &DeployChecks::finishedChecking, &loop, done, Qt::QueuedConnection);
        QTimer::singleShot(TimeoutMs, &loop, &QEventLoop::quit);
        run.run();
        if (run.isRunning())
            loop.exec();
        checks = run.checks();
    }

    int errors = 0, warnings = 0;
    for (const auto &c : checks) {
        errors += c.result == DeployChecks::Result::Error || c.result == DeployChecks::Result::Pending;
        warnings += c.result == DeployChecks::Result::Warning;
    }
    const auto &defined = state.toolkitDefinition;
    if (parser.isSet(json)) {
        QJsonObject out{{"path"_L1, path}, {"ok"_L1, errors == 0}, {"errors"_L1, errors}, {"warnings"_L1, warnings}};
        if (!state.folder.isEmpty())
            out.insert("settings"_L1, settingsJson(state));
        if (defined) {
            QJsonObject toolkit{{"file"_L1, defined->path}, {"module"_L1, defined->moduleDir}};
            if (defined->project) {
                toolkit.insert("root"_L1, defined->project->root);
                toolkit.insert("environment"_L1, defined->environment);
                toolkit.insert("environments"_L1, QJsonArray::fromStringList(defined->project->environments));
            }
            if (!defined->cdfProject.isEmpty())
                toolkit.insert("cdfProject"_L1, defined->cdfProject);
            if (defined->dataSetExternalId)
                toolkit.insert("dataSetExternalId"_L1, *defined->dataSetExternalId);
            QJsonArray schedules;
            for (const ToolkitSchedule &s : defined->schedules) {
                QJsonObject o = s.schedule.toJson();
                if (!s.schedule.dataText.isEmpty())
                    o.insert("data"_L1, QJsonDocument::fromJson(s.schedule.dataText).object());
                if (s.clientId)
                    o.insert("clientId"_L1, *s.clientId);
                o.insert("file"_L1, s.file);
                o.insert("line"_L1, s.line);
                schedules.append(o);
            }
            toolkit.insert("schedules"_L1, schedules);
            out.insert("toolkit"_L1, toolkit);
        }
        QJsonArray findings;
        for (const auto &c : checks) {
            QJsonObject f{{"check"_L1, c.id},
                          {"code"_L1, c.code.isEmpty() ? c.id : c.code},
                          {"severity"_L1, severityOf(c.result)},
                          {"title"_L1, c.title},
                          {"message"_L1, c.detail}};
            if (!c.file.isEmpty())
                f.insert("file"_L1, c.file);
            if (c.line > 0)
                f.insert("line"_L1, c.line);
            findings.append(f);
        }
        out.insert("findings"_L1, findings);
        print(stdout, QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)));
    } else {
        QString text = HeadlessCheckText::tr("Checking %1").arg(QDir::toNativeSeparators(path)) + u"\n"_s;
        if (defined)
            text += (defined->environment.isEmpty()
                         ? HeadlessCheckText::tr("  Toolkit: %1").arg(QDir::toNativeSeparators(defined->path))
                         : HeadlessCheckText::tr("  Toolkit: %1, environment %2").arg(QDir::toNativeSeparators(defined->path), defined->environment))
                + u"\n"_s;
        if (!state.folder.isEmpty()) {
            const FunctionWrite &f = state.function;
            text += HeadlessCheckText::tr("  Settings: name \"%1\", external id %2, %3, runtime %4, %5 CPU, %6 GB")
                        .arg(f.name, f.externalId.value_or(HeadlessCheckText::tr("(none)")), f.functionPath,
                             f.runtime.value_or(HeadlessCheckText::tr("default")))
                        .arg(f.cpu.value_or(0))
                        .arg(f.memory.value_or(0))
                + u"\n"_s;
            if (defined)
                for (const ToolkitSchedule &s : defined->schedules)
                    text += HeadlessCheckText::tr("  Schedule: %1 (%2)").arg(s.schedule.name, s.schedule.cronExpression) + u"\n"_s;
        }
        for (const auto &c : checks) // each detail names its file and line itself
            text += u"%1 %2: %3\n"_s.arg(severityOf(c.result).leftJustified(8), c.title, QString(c.detail).replace(u"\n"_s, u"\n      "_s));
        text += (errors ? HeadlessCheckText::tr("%n error(s)", nullptr, errors) : HeadlessCheckText::tr("No errors")) + u", "_s
            + HeadlessCheckText::tr("%n warning(s).", nullptr, warnings) + u"\n"_s;
        print(stdout, text);
    }
    return errors ? 1 : 0;
}

} // namespace fstudio::gui
