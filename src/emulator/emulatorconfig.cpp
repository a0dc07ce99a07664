#include "emulator/emulatorconfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QUrl>

namespace fstudio::emulator {

using namespace Qt::StringLiterals;

std::optional<EmulatorConfig> EmulatorConfig::fromCommandLine(const QStringList &arguments, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<EmulatorConfig> {
        *error = why;
        return std::nullopt;
    };
    QCommandLineParser p;
    p.setApplicationDescription(u"A local server that speaks the CDF Functions API and runs Python handlers."_s);
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption host(u"host"_s, u"Address to listen on (default 127.0.0.1)."_s, u"ADDRESS"_s, u"127.0.0.1"_s);
    const QCommandLineOption port(u"port"_s, u"Port; 0 picks a free one (default 0)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption dataDir(u"data-dir"_s, u"Where state, uploads and functions live (default: the user's data dir)."_s, u"DIR"_s);
    const QCommandLineOption project(u"project"_s, u"Project name (default playground)."_s, u"NAME"_s, u"playground"_s);
    const QCommandLineOption clientId(u"client-id"_s, u"Client id accepted for client credentials (default functions-studio)."_s, u"ID"_s);
    const QCommandLineOption clientSecret(
        u"client-secret"_s,
        u"Its secret (default: a random one kept in <data dir>/client-secret). Other local users can see command lines: prefer the default."_s,
        u"SECRET"_s);
    const QCommandLineOption demo(u"demo"_s, u"Seed demo functions, a schedule and call history on first start."_s);
    const QCommandLineOption faults(u"faults"_s, u"JSON fault-injection plan (for reliability tests)."_s, u"FILE"_s);
    const QCommandLineOption python(u"python"_s,
                                    u"Python interpreter that runs every handler (default: python3.X for a function's runtime pyX when "
                                    "installed, else python3)."_s,
                                    u"PATH"_s);
    const QCommandLineOption wheelhouse(u"wheelhouse"_s,
                                        u"Install functions' requirements offline from the wheels in DIR (default: from their index URLs, "
                                        "or PyPI)."_s,
                                        u"DIR"_s);
    const QCommandLineOption noSandbox(u"no-sandbox"_s,
                                       u"Run handlers without the bubblewrap sandbox: they can then read and change everything your "
                                       "user can, the emulator's data included. Only where a sandbox cannot be made."_s);
    const QCommandLineOption hostPackages(u"use-host-packages"_s,
                                          u"Let handlers import the packages installed in the Python that runs them, not only the "
                                          "standard library, cognite-sdk and their requirements.txt (code that works here may then "
                                          "fail in CDF)."_s);
    const QCommandLineOption tmpMb(u"tmp-mb"_s, u"Size of a handler's private /tmp, in MB (default 512)."_s, u"MB"_s, u"512"_s);
    const QCommandLineOption inactive(u"inactive"_s, u"Start with Functions not activated for the project."_s);
    const QCommandLineOption tokenTtl(u"token-ttl"_s, u"Lifetime of access tokens in seconds (default 3600)."_s, u"SECONDS"_s, u"3600"_s);
    const QCommandLineOption cloud(u"cloud"_s,
                                   u"The cloud whose limits to apply: gcp, azure or aws (call input 9 MB, 36 kB, 240 kB; CPU, memory and "
                                   "timeout as CDF's documentation lists them). Default: the limits of the SDK's tests, with 9 MB."_s,
                                   u"CLOUD"_s);
    const QCommandLineOption dataSet(u"data-set"_s, u"A data set of the project, for code files (repeat the option for more)."_s,
                                     u"ID[:EXTERNAL_ID]"_s);
    const QCommandLineOption nonceTtl(u"nonce-ttl"_s, u"Lifetime of a session's nonce in seconds (default 60, as CDF's are short-lived)."_s,
                                      u"SECONDS"_s, u"60"_s);
    const QCommandLineOption limits(u"limits"_s, u"JSON file with the project's limits (GET /functions/limits format)."_s, u"FILE"_s);
    const QCommandLineOption publicUrl(u"public-url"_s,
                                       u"How clients reach the emulator if not at --host (e.g. through a proxy); used in upload links."_s, u"URL"_s);
    const QCommandLineOption allowRemote(u"allow-remote"_s, u"Allow a non-loopback --host. Handlers run arbitrary code!"_s);
    const QCommandLineOption quiet(u"quiet"_s, u"Do not log requests to stderr."_s);
    const QCommandLineOption maxCodeMb(u"max-code-mb"_s, u"Largest unpacked size of a function's code, in MB (default 512)."_s, u"MB"_s, u"512"_s);
    const QCommandLineOption maxCodeEntries(u"max-code-entries"_s, u"Most files and folders in a code zip (default 20000)."_s, u"N"_s, u"20000"_s);
    const QCommandLineOption maxUploadMb(u"max-upload-mb"_s, u"Largest file upload (a code zip), in MB (default 512)."_s, u"MB"_s, u"512"_s);
    const QCommandLineOption maxHandlerMb(u"max-handler-mb"_s, u"Largest handler file, in MB (default 10)."_s, u"MB"_s, u"10"_s);
    p.addOptions({dataSet, cloud,     nonceTtl,       host,         port,        dataDir,   project,      clientId,    clientSecret,
                  demo,    faults,    python,         wheelhouse,   inactive,    tokenTtl,  limits,       allowRemote, publicUrl,
                  quiet,   maxCodeMb, maxCodeEntries, maxHandlerMb, maxUploadMb, noSandbox, hostPackages, tmpMb});
    if (!p.parse(arguments)) {
        *error = p.errorText();
        return std::nullopt;
    }
    if (p.isSet(u"help"_s) || p.isSet(u"help-all"_s))
        p.showHelp(); // exits
    if (p.isSet(u"version"_s))
        p.showVersion(); // exits

    EmulatorConfig cfg;
    if (!cfg.host.setAddress(p.value(host)))
        return fail(u"--host: \"%1\" is not an IP address"_s.arg(p.value(host)));
    bool ok = false;
    const uint portValue = p.value(port).toUInt(&ok);
    if (!ok || portValue > 65535)
        return fail(u"--port: \"%1\" is not a port number (0-65535)"_s.arg(p.value(port)));
    cfg.port = quint16(portValue);
    cfg.allowRemote = p.isSet(allowRemote);
    if (p.isSet(publicUrl)) {
        const QUrl u(p.value(publicUrl), QUrl::StrictMode);
        if (!u.isValid() || (u.scheme() != u"http"_s && u.scheme() != u"https"_s) || u.host().isEmpty() || !u.path(QUrl::FullyEncoded).isEmpty()
            || u.hasQuery())
            return fail(u"--public-url: give an http(s) URL without a path, e.g. http://emulator.local:8080"_s);
        cfg.publicUrl = u.toString(QUrl::FullyEncoded);
    }
    // Absolute: the emulator works in its data dir once it runs.
    cfg.dataDir = p.isSet(dataDir) ? QFileInfo(p.value(dataDir)).absoluteFilePath() : QString();
    cfg.project = p.value(project);
    if (p.isSet(clientId) != p.isSet(clientSecret))
        return fail(u"--client-id and --client-secret go together"_s);
    if (p.isSet(clientId))
        cfg.clients = {EmulatorClient{p.value(clientId), p.value(clientSecret)}};
    else
        cfg.clientSecretFromDataDir = true;
    cfg.demo = p.isSet(demo);
    cfg.faultsFile = p.value(faults);
    cfg.python = p.value(python);
    if (cfg.python.contains(u'/'))
        cfg.python = QFileInfo(cfg.python).absoluteFilePath(); // a path, not a name looked up on PATH
    if (p.isSet(wheelhouse)) {
        if (!QFileInfo(p.value(wheelhouse)).isDir())
            return fail(u"--wheelhouse: %1 is not a folder"_s.arg(p.value(wheelhouse)));
        cfg.wheelhouse = QFileInfo(p.value(wheelhouse)).absoluteFilePath();
    }
    cfg.noSandbox = p.isSet(noSandbox);
    cfg.useHostPackages = p.isSet(hostPackages);
    cfg.startInactive = p.isSet(inactive);
    cfg.tokenTtlSeconds = p.value(tokenTtl).toLongLong(&ok);
    if (!ok || cfg.tokenTtlSeconds < 1 || cfg.tokenTtlSeconds > 366LL * 24 * 3600) // never multiplied out of range
        return fail(u"--token-ttl: give a number of seconds from 1 to 31622400 (a year)"_s);
    cfg.logRequests = !p.isSet(quiet);
    QString wrong;
    const auto positive = [&](const QCommandLineOption &o, qint64 max) -> qint64 {
        bool good = false;
        const qint64 v = p.value(o).toLongLong(&good);
        if (!good || v < 1 || v > max) {
            if (wrong.isEmpty())
                wrong = u"--%1: give a whole number from 1 to %2"_s.arg(o.names().constFirst()).arg(max);
            return 1; // never multiplied out of range; the error is returned below
        }
        return v;
    };
    cfg.maxCodeBytes = positive(maxCodeMb, 1024 * 1024) * 1024 * 1024;
    cfg.maxCodeEntries = int(positive(maxCodeEntries, 10'000'000));
    cfg.maxHandlerBytes = positive(maxHandlerMb, 1024) * 1024 * 1024;
    cfg.maxUploadBytes = positive(maxUploadMb, 16 * 1024) * 1024 * 1024;
    cfg.nonceTtlSeconds = positive(nonceTtl, 24 * 3600);
    cfg.sandboxTmpBytes = positive(tmpMb, 64 * 1024) * 1024 * 1024;
    if (!wrong.isEmpty())
        return fail(wrong);
    for (const QString &v : p.values(dataSet)) {
        bool idOk = false;
        const qint64 id = v.section(QLatin1Char(':'), 0, 0).toLongLong(&idOk);
        if (!idOk || id <= 0)
            return fail(u"--data-set: \"%1\" does not start with a data set id (a positive number)"_s.arg(v));
        cfg.dataSets << EmulatorDataSet{id, v.section(QLatin1Char(':'), 1)};
    }
    if (p.isSet(cloud)) {
        // docs/cdf-api-notes.md §8 (CDF's "technical" page, per cloud); --limits still overrides.
        const QString c = p.value(cloud).toLower();
        FunctionsLimits l;
        if (c == u"gcp"_s || c == u"google"_s) {
            l.timeoutMinutes = 9;
            l.cpuCores = {0.1, 3.0, 1.0};
            l.memoryGb = {0.1, 5.0, 1.5};
            l.responseSizeMb = 1;
            cfg.maxCallInputBytes = 9 * 1000 * 1000;
        } else if (c == u"azure"_s || c == u"aws"_s) {
            l.timeoutMinutes = 10;
            l.cpuCores = {1.0, 1.0, 1.0};
            l.memoryGb = {1.5, 1.5, 1.5};
            l.responseSizeMb.reset(); // "currently only returned on Google Cloud projects"
            cfg.maxCallInputBytes = c == u"azure"_s ? 36 * 1000 : 240 * 1000;
        } else {
            return fail(u"--cloud: \"%1\" is not one of gcp, azure, aws"_s.arg(p.value(cloud)));
        }
        cfg.limits = l;
    }
    if (p.isSet(limits)) {
        QFile f(p.value(limits));
        if (!f.open(QIODevice::ReadOnly))
            return fail(u"--limits: cannot read %1"_s.arg(p.value(limits)));
        const auto l = FunctionsLimits::fromJson(QJsonDocument::fromJson(f.readAll()).object());
        if (!l)
            return fail(u"--limits: %1"_s.arg(l.error().toString()));
        cfg.limits = *l;
    }
    return cfg;
}

} // namespace fstudio::emulator
