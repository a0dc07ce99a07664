#pragma once

#include "gui/pages/resourcepage.h"

#include "gui/project/callarchive.h"

#include "core/monitor/callstats.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QTimer>

#include <limits>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QSortFilterProxyModel;

namespace fstudio::gui {

class MonitorChart;
class MonitorModel;

// View ▸ Monitor: every function of the project over a window (the last hour, day, week, or one
// the user picks) with its calls, failures, timeouts, error rate, p50/p95/max duration, a
// sparkline of its calls by status and its last call, worst first; above them the project's calls
// per bucket by status. The figures come from the session's CallHistory and are updated as each
// page of calls lands, never waiting for the whole project. Double-click a row (or Enter) for
// that function's calls.
class MonitorPage : public ResourcePage
{
    Q_OBJECT

public:
    enum class Window { Hour, Day, Week, Custom };

    explicit MonitorPage(QWidget *parent = nullptr);
    void follow(ProjectSession *session);

    MonitorModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    MonitorChart *chart() const { return m_chart; }
    void setWindow(Window window);
    Window window() const;
    void setCustomWindow(const QDateTime &from, const QDateTime &to);
    // The window now, on the server's clock: [from, to).
    std::pair<qint64, qint64> windowMs() const;
    QString statusText() const;
    // Recomputes every row now (tests; the page itself batches updates every UpdateMs).
    void recomputeAll();
    static constexpr int UpdateMs = 100;

Q_SIGNALS:
    // Show the calls of a function from fromMs on (the Calls page).
    void openCallsRequested(qint64 functionId, qint64 fromMs);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void windowChanged();
    void markDirty(qint64 functionId);
    void recompute();
    void updateStatus();
    void loadLineage(qint64 fromMs);
    QPointer<ProjectSession> m_session;
    MonitorModel *m_model;
    QSortFilterProxyModel *m_proxy;
    MonitorChart *m_chart;
    QComboBox *m_window;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QLabel *m_status;
    QTimer m_batch; // dirty rows are recomputed together
    QTimer m_slide; // the window moves with the clock
    QSet<qint64> m_dirty;
    QString m_lastFailure;
    std::pair<qint64, qint64> m_computed; // the window the rows were last figured over
    // Per function on screen: every version of its external id and the kept calls of the earlier
    // ones from m_lineageFrom on (CallArchive; they never change: those versions are gone).
    struct Lineage
    {
        QList<FunctionVersion> versions;
        QList<FunctionCall> earlierCalls;
    };
    QHash<qint64, Lineage> m_lineage;
    QSet<qint64> m_lineageIds; // the functions the lineage was read for
    static constexpr int MaxVersionsShown = 10;
    qint64 m_lineageFrom = std::numeric_limits<qint64>::max();
};

} // namespace fstudio::gui
