#pragma once

#include "gui/pages/resourcepage.h"

#include "core/wire/functioncall.h"
#include "core/wire/functionschedule.h"

#include <QPointer>

class QAction;
class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QPlainTextEdit;
class QToolBar;

namespace fstudio::api {
class CdfClient;
}

namespace fstudio::gui {

class LastRuns;
class SchedulesModel;
class SchedulesProxy;

// The schedules of the project with their next runs, optionally only those of the selected
// function, and the input data of the selected schedule on demand.
class SchedulesPage : public ResourcePage
{
    Q_OBJECT

public:
    explicit SchedulesPage(QWidget *parent = nullptr);

    SchedulesModel *model() const { return m_model; }
    SchedulesProxy *proxy() const { return m_proxy; }
    // The page's own toolbar shows these shared actions.
    void addPageActions(const QList<QAction *> &actions);

    // Shows the session's schedules (named after its functions) and the problems listing them.
    void follow(ProjectSession *session);
    void setSchedules(const QList<FunctionSchedule> &schedules);
    void setSelectedFunction(qint64 functionId); // used when "Only the selected function" is on
    void setSearchText(const QString &text);
    void clear();
    QList<FunctionSchedule> selectedSchedules() const;
    // Edit ▸ Delete Schedules…: asks, deletes, refreshes the session.
    void deleteSelected();
    std::optional<FunctionSchedule> currentSchedule() const;
    // Refreshes the project, then selects schedule `id` (one just made or edited).
    void selectAfterRefresh(qint64 id);
    void showInputData(api::CdfClient *client);
    // The selected schedule's recent scheduled calls, with a failure-streak badge and, when they
    // fail the way calls do after a credential change, an offer to recreate the schedule.
    void showRecentRuns(api::CdfClient *client);
    QString healthText() const;
    LastRuns *lastRuns() const { return m_lastRuns; }
    int recentRunCount() const;

Q_SIGNALS:
    void activated();
    void recreateRequested(const fstudio::FunctionSchedule &schedule);
    void openCallRequested(const fstudio::FunctionCall &call);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateRecentRuns();
    void applyFunctionFilter();
    void refreshLastRuns(); // the Last run column, while the page is shown
    SchedulesModel *m_model;
    SchedulesProxy *m_proxy;
    LastRuns *m_lastRuns;
    QToolBar *m_tools;
    QCheckBox *m_onlySelected;
    QPlainTextEdit *m_inputData;
    QLabel *m_health;
    ProjectSession *m_session = nullptr;
    QListWidget *m_runs;
    QPushButton *m_recreate;
    std::optional<FunctionSchedule> m_runsOf;
    QList<FunctionCall> m_recentCalls;
    int m_runsGeneration = 0;
    qint64 m_selectedFunction = 0;
    int m_inputGeneration = 0;
};

} // namespace fstudio::gui
