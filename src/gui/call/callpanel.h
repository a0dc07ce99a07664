#pragma once

#include "gui/call/callhints.h"
#include "gui/call/callinputs.h"
#include "gui/project/projectcontext.h"
#include "gui/widgets/jsoneditor.h"

#include "api/auth/noncesource.h"

#include "core/rules/validator.h"
#include "core/wire/function.h"
#include "core/wire/functioncall.h"
#include "core/wire/functionschedule.h"

#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class CallPanel;
}

namespace fstudio::api {
class CdfClient;
}

namespace fstudio::gui {

class ProjectSession;

class CallSignIn;
class CallView;

// Calling one function (ui/call/callpanel.ui): a JSON editor checked as you type (the line and column
// of the first error, the size against the project's input limit, keys that look like secrets),
// the last inputs (searchable) and inputs saved by name, the input of one of its schedules, and
// Call (Ctrl+Enter) / Call again (Ctrl+R). Each call opens a CallView tab of its own that follows
// it live; several can run at once. Invalid input never starts a call and never loses the text.
class CallPanel : public QWidget
{
    Q_OBJECT

public:
    struct Setup
    {
        ProjectContext project; // client, project, server (for the input history's file), credentials, input limit
        Function function;
        CallContext context;
    };
    static constexpr int MaxOpenCalls = 20; // older finished tabs close

    explicit CallPanel(const Setup &setup, QWidget *parent = nullptr);
    ~CallPanel() override;

    const Function &function() const { return m_setup.function; }
    // The function's schedules follow the session's; closing its connection detaches the panel.
    void follow(ProjectSession *session);
    void setSchedules(const QList<FunctionSchedule> &schedules);
    // Calls with the editor's input; false when the input is not valid (the editor shows where).
    bool call();
    // Schedules ▸ Run Now: the schedule's input data into the editor, then a call with it.
    void callWithScheduleInput(qint64 scheduleId);
    bool callAgain(); // Ctrl+R, after a first call: calls with what the editor shows (as call() does)
    // The connection went away: stop following, keep what is shown, call no more.
    void detach(const QString &why);
    bool isDetached() const { return m_detached; }
    QList<CallView *> callViews() const;
    QString inputProblem() const;
    CallInputs &inputs() { return m_inputs; }
    void setInput(const QString &json);
    QString input() const;

Q_SIGNALS:
    void callFinished(const fstudio::FunctionCall &call, const QString &functionName);
    void callStarted(const fstudio::FunctionCall &call);

private:
    void loadScheduleInput(qint64 scheduleId, bool thenCall);
    void recheck();
    void startCall(const QJsonObject &data);
    CallView *addCallView(const FunctionCall &call);
    void reloadInputs();
    std::unique_ptr<Ui::CallPanel> m_ui;
    CallSignIn *m_signIn;
    Setup m_setup;
    CallInputs m_inputs;
    std::optional<QJsonObject> m_lastInput;
    QList<FunctionSchedule> m_schedules;
    QTimer m_recheck;
    JsonEditor::Check m_lastCheck;
    bool m_detached = false;
    int m_starting = 0; // calls asked for, not yet made
};

} // namespace fstudio::gui
