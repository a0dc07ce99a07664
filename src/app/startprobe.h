#pragma once
// The start benchmark's probe (benchmarks/run-benchmarks.sh, "start"): with FS_BENCH_START_NS set
// to the wall-clock time the process was launched (ns since the epoch), the app prints how long
// it took until the functions table had painted rows, and quits. Rows from the last-known state
// say "start: last-known functions visible in N ms"; with none kept yet, it waits for the first
// refresh (which keeps them for the next start) and says so.
#include "gui/mainwindow.h"
#include "gui/models/functionsmodel.h"
#include "gui/pages/functionspage.h"
#include "gui/project/projectsession.h"

#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace fstudio::app {

// With FS_BENCH_START_NS set, where the start's time goes, on stderr ("start stage: NAME N ms"),
// for whoever makes the start faster (run-benchmarks.sh keeps only stdout).
inline void startStage(const char *name)
{
    static const qint64 launched = qgetenv("FS_BENCH_START_NS").toLongLong();
    if (launched <= 0)
        return;
    const qint64 ms = (QDateTime::currentMSecsSinceEpoch() * 1'000'000 - launched) / 1'000'000;
    std::fprintf(stderr, "start stage: %s %lld ms\n", name, static_cast<long long>(ms));
}

class StartProbe : public QObject
{
public:
    StartProbe(gui::MainWindow *window, qint64 launchedNs)
        : QObject(window)
        , m_window(window)
        , m_launchedNs(launchedNs)
        , m_stale(window->session()->isStale())
    {
        window->findChild<gui::FunctionsPage *>()->view()->viewport()->installEventFilter(this);
        if (!m_stale) // nothing kept yet: the rows come with the refresh, which keeps them
            connect(window->session(), &gui::ProjectSession::refreshed, this, [this] { m_refreshed = true; });
        QTimer::singleShot(60'000, this, [] {
            std::printf("start: no functions painted within 60 s\n");
            QApplication::exit(1);
        });
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done && m_window->functionsModel()->rowCount() > 0 && (m_stale || m_refreshed)) {
            m_done = true;
            // Printed once this paint is done.
            QTimer::singleShot(0, this, [this] {
                const qint64 ms = (QDateTime::currentMSecsSinceEpoch() * 1'000'000 - m_launchedNs) / 1'000'000;
                if (m_stale)
                    std::printf("start: last-known functions visible in %lld ms\n", static_cast<long long>(ms));
                else
                    std::printf("start: no last-known state yet; functions visible after the first refresh in %lld ms\n", static_cast<long long>(ms));
                std::fflush(stdout);
                QApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    gui::MainWindow *m_window;
    qint64 m_launchedNs;
    bool m_stale;
    bool m_refreshed = false;
    bool m_done = false;
};

} // namespace fstudio::app
