// The main window against an emulator with 100 functions and 100,000 calls on one of them:
//   - the window is on screen before the network answers (the network starts first);
//   - loading all 100,000 calls into the calls table (pages of 10,000 via fetchMore), with the
//     calls page and its chart on screen, and the longest stall of the GUI thread meanwhile;
//   - sorting and filtering 100,000 rows.
//   bench_gui BASE_URL        (run with QT_QPA_PLATFORM=offscreen)
#include "gui/actions.h"
#include "gui/mainwindow.h"
#include "gui/models/callsmodel.h"
#include "gui/models/callsproxy.h"
#include "gui/models/functionsmodel.h"
#include "gui/profiles/keychainsecretstore.h"
#include "gui/profiles/profilestore.h"
#include "gui/profiles/projectconnection.h"
#include "gui/profiles/secretvault.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>

#include <cstdio>

using namespace fstudio;
using namespace fstudio::gui;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"functions-studio-bench"_s);
    QSettings().clear();
    const QString base = app.arguments().value(1);
    api::MemorySecretStore memory;
    SecretVault vault(&memory);
    ProfileStore profiles;
    Profile p;
    p.id = u"bench"_s;
    p.name = u"bench"_s;
    p.cluster = base;
    p.project = u"playground"_s;
    p.method = Profile::Method::ClientCredentials;
    p.idp = Profile::IdentityProvider::GenericOidc;
    p.tokenUrl = base + u"/oauth2/token"_s;
    p.clientId = u"functions-studio"_s;
    p.scopes = {u"x"_s};

    QElapsedTimer total;
    total.start();
    MainWindow w(&profiles, &vault);
    w.setAutoRefreshInterval(0);
    w.saveProfile(p, u"emulator-secret"_s);
    w.reloadProfiles();
    qint64 firstAnswerAt = -1;
    QObject::connect(&w, &MainWindow::refreshed, [&] {
        if (firstAnswerAt < 0)
            firstAnswerAt = total.elapsed();
    });
    // The network starts before the window is shown, as at a start-up that reopens the last
    // profile: "shown first" is only true if showing the window never waits for an answer.
    w.openProfile(p.id);
    // The calls page is the one on screen, so the 100,000-row table and its chart are painted
    // while the stalls are measured.
    w.actions()->showCalls->trigger();
    w.show();
    QCoreApplication::processEvents();
    const qint64 shownAt = total.elapsed();

    // GUI-thread stalls: a 5 ms heartbeat records the longest gap.
    QElapsedTimer tick;
    qint64 maxGap = 0;
    QTimer heartbeat;
    heartbeat.setInterval(5);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] { maxGap = std::max(maxGap, tick.restart()); });

    QElapsedTimer loadTimer;
    auto *calls = w.callsModel();
    QObject::connect(calls, &CallsModel::pageLoaded, [&](int rows, bool more) {
        if (more) {
            calls->fetchMore({}); // what scrolling to the bottom does
            return;
        }
        const qint64 loadMs = loadTimer.elapsed();
        heartbeat.stop();
        std::printf("window shown after %lld ms; first answer after %lld ms (shown first: %s)\n", static_cast<long long>(shownAt),
                    static_cast<long long>(firstAnswerAt), shownAt < firstAnswerAt ? "yes" : "no");
        std::printf("functions: %d rows\n", w.functionsModel()->rowCount());
        std::printf("calls: %d rows loaded in %lld ms; longest GUI-thread stall while loading %lld ms\n", rows, static_cast<long long>(loadMs),
                    static_cast<long long>(maxGap));
        auto *table = w.findChild<QTableView *>(u"callsTable"_s);
        auto *proxy = qobject_cast<CallsProxy *>(table->model());
        qint64 worstSort = 0;
        for (int col = 0; col < CallsModel::ColumnCount; ++col) {
            for (auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                QElapsedTimer t;
                t.start();
                proxy->sort(col, order);
                worstSort = std::max(worstSort, t.elapsed());
            }
        }
        QElapsedTimer f;
        f.start();
        proxy->setStatusFilter(u"Failed"_s);
        const qint64 filterMs = f.elapsed();
        const int failed = proxy->rowCount();
        f.restart();
        proxy->setStatusFilter(QString());
        proxy->setSearchText(u"bad input"_s);
        const qint64 searchMs = f.elapsed();
        std::printf("sort 100k rows: worst column %lld ms; status filter %lld ms (%d rows); text search %lld ms (%d rows)\n",
                    static_cast<long long>(worstSort), static_cast<long long>(filterMs), failed, static_cast<long long>(searchMs), proxy->rowCount());
        app.quit();
    });
    QObject::connect(&w, &MainWindow::refreshed, [&] {
        static bool started = false;
        if (started || w.functionsModel()->rowCount() == 0)
            return;
        started = true;
        // Select the function with the calls ("bench") and page through them 10,000 at a time.
        const int row = w.functionsModel()->rowOf(w.functionsModel()->functions().first().id);
        Q_UNUSED(row);
        loadTimer.start();
        tick.start();
        heartbeat.start();
        calls->setSource(w.connection()->client(), w.functionsModel()->functions().first().id, CallFilter{}, 10000);
    });
    QTimer::singleShot(120000, &app, [&] {
        std::fprintf(stderr, "timed out: %s\n", qPrintable(w.errorText()));
        app.exit(1);
    });
    return app.exec();
}
