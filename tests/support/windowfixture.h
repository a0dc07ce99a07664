#pragma once

#include "emulatorfixture.h"
#include "profilefixture.h"

#include "api/auth/secretstore.h"
#include "gui/mainwindow.h"
#include "gui/pages/functionspage.h"
#include "gui/profiles/profilestore.h"
#include "gui/profiles/secretvault.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace fstudio::test {

// A project as a user has it after a while, in the in-process emulator: a function "hello" with two
// schedules and a finished call; and the main window open on it, the function selected. For tests
// that look at every window (the translations, the screen tour).
struct WindowFixture
{
    static inline const QByteArray Hello = "def handle(data):\n    print('hello from the handler')\n    return {'greeting': 'hello', 'n': 1}\n";

    EmulatorFixture fx;
    api::MemorySecretStore keychain;
    gui::SecretVault vault{&keychain};
    gui::ProfileStore profiles;
    std::unique_ptr<gui::MainWindow> window;
    qint64 functionId = 0;

    // False (with a test failure recorded) when the project or the window could not be set up.
    bool open(const QSize &size = {})
    {
        if (!fx.http->signIn())
            return false;
        functionId = fx.readyFunction(QStringLiteral("hello"), Hello, QJsonObject{{QStringLiteral("externalId"), QStringLiteral("hello")}});
        if (!functionId || fx.createSchedule(functionId, QStringLiteral("nightly"), QStringLiteral("0 3 * * *")) != 201
            || fx.createSchedule(functionId, QStringLiteral("weekdays"), QStringLiteral("30 6 * * 1-5")) != 201)
            return false;
        const qint64 callId = fx.call(functionId).json.value(QStringLiteral("id")).toInteger();
        if (!callId)
            return false;
        fx.waitForCall(functionId, callId);
        window = std::make_unique<gui::MainWindow>(&profiles, &vault);
        window->setAutoRefreshInterval(0);
        const gui::Profile p = emulatorProfile(fx);
        window->saveProfile(p, QStringLiteral("emulator-secret"));
        if (!QTest::qWaitFor([&] { return keychain.contains(p.secretKey("client-secret")); }, 5000))
            return false;
        window->reloadProfiles();
        if (size.isValid())
            window->resize(size);
        window->show();
        QSignalSpy refreshed(window.get(), &gui::MainWindow::refreshed);
        window->openProfile(p.id);
        if (!refreshed.wait(20000)) {
            qWarning("the window did not load the project: %s", qPrintable(window->errorText()));
            return false;
        }
        if (!window->findChild<gui::FunctionsPage *>()->selectFunction(functionId))
            return false;
        QTest::qWait(200);
        return true;
    }
};

} // namespace fstudio::test
