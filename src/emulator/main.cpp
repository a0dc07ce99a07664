// functions-emulator: a local CDF Functions server that really runs Python handlers.
#include "emulator/emulatorserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

#include "fs_version.h"

using namespace fstudio;
using namespace fstudio::emulator;
using namespace Qt::StringLiterals;

namespace {
int signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(signalFds[0], &c, 1);
}

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "functions-emulator: %s\n", message.toLocal8Bit().constData());
    std::exit(2);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"functions-emulator"_s);
    QCoreApplication::setOrganizationName(u"functions-studio"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(FS_VERSION));

    QString problem;
    const std::optional<EmulatorConfig> parsed = EmulatorConfig::fromCommandLine(QCoreApplication::arguments(), &problem);
    if (!parsed)
        die(problem);
    const EmulatorConfig &cfg = *parsed;
    if (cfg.allowRemote && !cfg.host.isLoopback())
        std::fprintf(stderr,
                     "functions-emulator: WARNING: listening on %s. Anyone who can reach this address and get a token "
                     "can run arbitrary Python code on this machine.\n",
                     cfg.host.toString().toLocal8Bit().constData());

    EmulatorServer server(cfg);
    QString error;
    if (!server.start(&error))
        die(error);

    ::socketpair(AF_UNIX, SOCK_STREAM, 0, signalFds);
    QSocketNotifier notifier(signalFds[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&] {
        char c;
        [[maybe_unused]] const auto n = ::read(signalFds[1], &c, 1);
        std::fprintf(stderr, "functions-emulator: shutting down\n");
        server.shutdown();
        QCoreApplication::quit();
    });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);

    // Nothing the emulator does is relative to where it was started from.
    if (!QDir::setCurrent(server.config().dataDir))
        die(u"cannot work in the data dir %1"_s.arg(server.config().dataDir));
    if (const QString warning = server.handlerWarning(); !warning.isEmpty())
        std::fprintf(stderr, "functions-emulator: %s\n", warning.toLocal8Bit().constData());
    std::fprintf(stderr, "functions-emulator: data dir %s\n", server.config().dataDir.toLocal8Bit().constData());
    if (cfg.clientSecretFromDataDir)
        std::fprintf(stderr, "functions-emulator: client credentials: client id \"%s\", client secret in %s; token URL %s/oauth2/token\n",
                     cfg.clients.first().clientId.toLocal8Bit().constData(),
                     EmulatorServer::clientSecretFileOf(server.config().dataDir).toLocal8Bit().constData(),
                     server.baseUrl().toLocal8Bit().constData());
    else
        std::fprintf(stderr, "functions-emulator: client credentials: client id \"%s\" and the secret given; token URL %s/oauth2/token\n",
                     cfg.clients.first().clientId.toLocal8Bit().constData(), server.baseUrl().toLocal8Bit().constData());
    std::fprintf(stdout, "listening on %s project=%s\n", server.baseUrl().toLocal8Bit().constData(), cfg.project.toLocal8Bit().constData());
    std::fflush(stdout);
    return app.exec();
}
