// functions-studio: the desktop app.
#include "gui/appsettings.h"
#include "gui/deploy/headlesscheck.h"
#include "gui/language.h"
#include "gui/mainwindow.h"
#include "gui/profiles/keychainsecretstore.h"
#include "gui/profiles/profilestore.h"
#include "gui/profiles/secretvault.h"
#include "gui/widgets/theme.h"

#include "api/transport/proxysetting.h"
#include "startprobe.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

#include <cstdio>

#include "fs_version.h"

using namespace fstudio::gui;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // `functions-studio check PATH …`: the deploy checks without a window (no display needed).
    if (argc > 1 && qstrcmp(argv[1], "check") == 0) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setOrganizationName(u"functions-studio"_s);
        QCoreApplication::setApplicationName(u"Functions Studio"_s);
        QCoreApplication::setApplicationVersion(QStringLiteral(FS_VERSION));
        installTranslators(effectiveLanguage(AppSettings::instance()->language()));
        return HeadlessCheck::run(QCoreApplication::arguments());
    }
    fstudio::app::startStage("main");
    QApplication app(argc, argv);
    fstudio::app::startStage("QApplication");
    QApplication::setOrganizationName(u"functions-studio"_s);
    QApplication::setApplicationName(u"Functions Studio"_s);
    QApplication::setApplicationVersion(QStringLiteral(FS_VERSION));
    QApplication::setDesktopFileName(u"dev.functionsstudio.FunctionsStudio"_s); // packaging/*.desktop

    // Before anything is worded: File ▸ Settings ▸ Language, else the system's language.
    installTranslators(effectiveLanguage(AppSettings::instance()->language()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "A native desktop tool for Cognite Data Fusion Functions."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profile(u"profile"_s, QCoreApplication::translate("main", "Open this profile (its name or id)."), u"NAME"_s);
    parser.addOption(profile);
    const QCommandLineOption emulator(
        u"emulator"_s, QCoreApplication::translate("main", "Open the local emulator (the built-in offline playground), whatever was open last."));
    parser.addOption(emulator);
    const QCommandLineOption deploy(
        u"deploy"_s, QCoreApplication::translate("main", "Open the deploy wizard on PATH: a function folder, a code zip or a Python file."),
        u"PATH"_s);
    parser.addOption(deploy);
    const QCommandLineOption call(u"call"_s, QCoreApplication::translate("main", "Open the call panel of the function with this external id."),
                                  u"EXTERNAL_ID"_s);
    parser.addOption(call);
    parser.addPositionalArgument(
        u"path"_s, QCoreApplication::translate("main", "Like --deploy: a folder, zip or Python file to deploy (what a file manager passes)."),
        u"[PATH]"_s);
    parser.process(app);

    fstudio::app::startStage("translators and arguments");
    KeychainSecretStore keychain;
    SecretVault secrets(&keychain);
    ProfileStore profiles;
    // The built-in local emulator profile is always there.
    bool hasLocal = false;
    for (const Profile &p : profiles.load())
        hasLocal |= p.isLocalEmulator();
    if (!hasLocal)
        profiles.save(Profile::localEmulator());

    applyTheme(AppSettings::instance()->theme()); // File ▸ Settings ▸ Theme
    // File ▸ Settings ▸ Proxy, for sign-in and CDF alike, from the first request on.
    fstudio::api::ProxySetting::install(AppSettings::instance()->proxy());
    QObject::connect(AppSettings::instance(), &AppSettings::changed, &app,
                     [] { fstudio::api::ProxySetting::install(AppSettings::instance()->proxy()); });
    QApplication::setWindowIcon(MainWindow::appIcon());
    fstudio::app::startStage("profiles and theme");
    MainWindow window(&profiles, &secrets);
    fstudio::app::startStage("main window built");
    window.show(); // before any network answer
    fstudio::app::startStage("main window shown");
    QString open = profiles.lastProfileId();
    if (parser.isSet(profile)) {
        bool found = false;
        for (const Profile &p : profiles.load())
            if (p.id == parser.value(profile) || p.name == parser.value(profile)) {
                open = p.id;
                found = true;
            }
        if (!found) {
            QStringList names;
            for (const Profile &p : profiles.load())
                names << p.name;
            const QString message = QCoreApplication::translate("main", "functions-studio: no profile is named \"%1\"; the profiles are: %2")
                                        .arg(parser.value(profile), names.join(u", "_s));
            std::fprintf(stderr, "%s\n", qPrintable(message));
            return 2;
        }
    }
    if (parser.isSet(emulator))
        open = Profile::localEmulator().id;
    if (open.isEmpty())
        open = Profile::localEmulator().id;
    window.openProfile(open);
    fstudio::app::startStage("profile opened");
    if (const QByteArray launched = qgetenv("FS_BENCH_START_NS"); !launched.isEmpty()) // benchmarks/run-benchmarks.sh
        new fstudio::app::StartProbe(&window, launched.toLongLong());
    if (!AppSettings::instance()->gettingStartedShown()) { // the first start (or "show at start" ticked again)
        window.showGettingStarted();
        AppSettings::instance()->setGettingStartedShown(true);
    }
    const QString deployPath = parser.isSet(deploy) ? parser.value(deploy) : parser.positionalArguments().value(0);
    if (!deployPath.isEmpty()) // opens once the project is connected
        window.openDeployWizard(QFileInfo(deployPath).absoluteFilePath());
    if (parser.isSet(call)) // opens once the project's functions are in
        window.openCallPanelFor(parser.value(call));
    return app.exec();
}
