#pragma once

#include "core/rules/validator.h"
#include "core/wire/functionslimits.h"

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fstudio::emulator {

class Clock;

// An OAuth client the emulator accepts (client credentials), with the capabilities its tokens get.
struct EmulatorClient
{
    QString clientId;
    QString clientSecret;
    // Any of: functions:read, functions:write, functions:run, files:read, files:write, sessions:create, sessions:list, sessions:delete.
    QStringList capabilities{QStringLiteral("functions:read"), QStringLiteral("functions:write"), QStringLiteral("functions:run"),
                             QStringLiteral("files:read"),     QStringLiteral("files:write"),     QStringLiteral("sessions:create"),
                             QStringLiteral("sessions:list"),  QStringLiteral("sessions:delete")};
};

// A data set of the project (files may be written into one; capabilities may be scoped to one).
struct EmulatorDataSet
{
    qint64 id = 0;
    QString externalId;
};

struct EmulatorConfig
{
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 0; // 0 = any free port
    bool allowRemote = false; // required to bind anything but loopback
    // How clients reach the emulator when that is not the address it listens on (a proxy, a
    // container port): upload and download links use it, and its host is accepted in Host headers.
    QString publicUrl;
    QString dataDir; // SQLite database, uploaded files, unpacked functions
    QString project = QStringLiteral("playground");
    QList<EmulatorClient> clients{EmulatorClient{QStringLiteral("functions-studio"), QStringLiteral("emulator-secret")}};
    // The first client's secret is the data dir's own (<data dir>/client-secret, made at random on
    // first start, readable only by the user) instead of the one above. functions-emulator does
    // this unless a secret is given.
    bool clientSecretFromDataDir = false;
    // Approves interactive and device-code sign-ins; empty = a random one, printed on stderr at start
    // (functions-emulator always uses a random one; tests set their own).
    QString approvalCode;
    bool demo = false; // seed demo functions, a schedule and call history on first start
    QString faultsFile; // JSON fault plan (see FaultInjector)
    // Wheels to install requirements from, offline (pip --no-index --find-links); empty = the
    // function's index URLs, or PyPI.
    QString wheelhouse;
    // Runs every handler when set; empty = python3.X for a function's runtime pyX when installed, else python3.
    QString python;
    // Handlers run in a bubblewrap sandbox (Sandbox); --no-sandbox runs them as the user, with
    // access to everything the user has, and says so in every call's log.
    bool noSandbox = false;
    // A function's environment holds the standard library, cognite-sdk and its requirements.txt;
    // --use-host-packages lets it also see the Python's own site-packages (named in every call's log).
    bool useHostPackages = false;
    qint64 sandboxTmpBytes = 512LL * 1024 * 1024; // a handler's private /tmp (memory-backed)
    bool startInactive = false; // Functions starts "inactive" for the project
    qint64 activationDelayMs = 3000; // "requested" -> "activated"
    qint64 tokenTtlSeconds = 3600;
    qint64 nonceTtlSeconds = 60; // CDF's nonces are short-lived (about a minute; docs/cdf-api-notes.md §6)
    qint64 uploadUrlTtlSeconds = 7LL * 24 * 3600; // as CDF's upload URLs
    // Request bodies: refused with 413 as soon as the headers show more (Qt's server holds a body in memory).
    qint64 maxUploadBytes = 512LL * 1024 * 1024; // PUT of a file's content (a code zip)
    qint64 maxApiRequestBytes = 32LL * 1024 * 1024; // every other request (a call's input is at most 9 MB)
    FunctionsLimits limits;
    int maxRunningCallsPerFunction = 100;
    int maxRunningCalls = 250; // handler processes at once, all functions (CDF: running calls per project)
    qint64 maxInflatedBodyBytes = 64LL * 1024 * 1024; // a gzip request body inflates to at most this
    qint64 maxCallInputBytes = DefaultCallInputBytes; // a call's input and a schedule's data (--cloud)
    QList<EmulatorDataSet> dataSets; // --data-set ID[:EXTERNAL_ID]
    int maxSchedulesPerFunction = 100; // CDF's documented quotas, the same on every cloud
    int maxSchedulesPerProject = 1000;
    qint64 maxCodeBytes = 512LL * 1024 * 1024; // a function's code, unpacked
    int maxCodeEntries = 20000; // files and folders in a code zip
    qint64 maxHandlerBytes = 10LL * 1024 * 1024; // the file that defines handle()
    qint64 maxLogLineBytes = 64 * 1024; // a longer printed line is cut, with a marker
    qint64 maxCallLogBytes = 10LL * 1024 * 1024; // a call's whole log; then one marker
    int maxFunctions = 100;
    qint64 deployQueuedMs = 200; // time spent in Queued before Deploying starts
    qint64 callTimeoutMs = 0; // 0 = limits.timeoutMinutes; tests set a few seconds
    Clock *clock = nullptr; // not owned; nullptr = system clock
    bool logRequests = true; // one line per request on stderr

    // The configuration functions-emulator's command line asks for (--help and --version print
    // and exit); nullopt, with what is wrong ("--port: ..."), when an option is not valid.
    static std::optional<EmulatorConfig> fromCommandLine(const QStringList &arguments, QString *error);
};

} // namespace fstudio::emulator
