#pragma once

#include "core/wire/functioncall.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class CallDialog;
}

namespace fstudio::api {
class CdfClient;
class LogTail;
struct ApiError;
} // namespace fstudio::api

namespace fstudio::gui {

// A call's response and logs (ui/calldialog.ui). Follows the logs live while the call runs. When
// the connection it uses goes away (the user switched or edited the profile), it detaches: it
// stops following, keeps every line and the response it has, and says so.
class CallDialog : public QDialog
{
    Q_OBJECT

public:
    CallDialog(api::CdfClient *client, const FunctionCall &call, const QString &trigger, QWidget *parent = nullptr);
    ~CallDialog() override;
    QString logText() const;
    QString responseText() const;
    QString logState() const;
    qint64 callId() const { return m_call.id; }
    bool isFollowing() const;
    // Stop following; the text says why. Safe to call more than once.
    void detach(const QString &why);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showCall(const FunctionCall &c);
    void loadResponse();
    void tailFailed(const api::ApiError &e);
    void applyErrorColour();
    std::unique_ptr<Ui::CallDialog> m_ui;
    QPointer<api::CdfClient> m_client;
    FunctionCall m_call;
    QString m_trigger;
    bool m_sawRunning = false;
    bool m_detached = false;
    api::LogTail *m_tail = nullptr;
};

} // namespace fstudio::gui
