#pragma once

#include "gui/call/callhints.h"

#include "core/wire/functioncall.h"
#include "core/wire/logentry.h"

#include <QJsonValue>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class CallView;
}

namespace fstudio::api {
class CdfClient;
class LogTail;
struct ApiError;
} // namespace fstudio::api

namespace fstudio::gui {

class LogPanel;

// One call, live (ui/call/callview.ui): a status strip (id, status, start, elapsed or duration, what
// triggered it), the log following the call as it runs (LogPanel), and the response as text and
// as a collapsible tree; a failed call shows its error, its trace and the hints that apply. When
// the connection goes away it detaches: it stops following and keeps every line it has.
class CallView : public QWidget
{
    Q_OBJECT

public:
    CallView(api::CdfClient *client, const FunctionCall &call, const QString &trigger, const CallContext &context, QWidget *parent = nullptr);
    ~CallView() override;

    FunctionCall call() const { return m_call; }
    bool isFollowing() const;
    bool isFinished() const { return m_finished; }
    void detach(const QString &why);
    // A call the server no longer has (its function was replaced by a redeploy): the log lines
    // kept on this machine, if any, and why there is nothing more. Built without a client.
    void showKept(const QList<LogEntry> &lines, const QString &why);
    LogPanel *logPanel() const;
    QString logText() const;
    QString responseText() const;
    QString logState() const;
    QStringList hints() const { return m_hints; }
    QString statusText() const;
    static constexpr int MaxTreeItems = 20000;

Q_SIGNALS:
    void statusChanged(const fstudio::FunctionCall &call);
    void finished(const fstudio::FunctionCall &call);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showCall(const FunctionCall &c);
    void updateStrip();
    void loadResponse();
    void showResponse(const QJsonValue &v, const QByteArray &asWritten = {});
    void tailFailed(const api::ApiError &e);
    void applyErrorColour();
    std::unique_ptr<Ui::CallView> m_ui;
    QPointer<api::CdfClient> m_client;
    FunctionCall m_call;
    QString m_trigger;
    CallContext m_context;
    QStringList m_hints;
    QTimer m_elapsed;
    bool m_sawRunning = false;
    bool m_detached = false;
    bool m_finished = false;
    api::LogTail *m_tail = nullptr;
};

} // namespace fstudio::gui
