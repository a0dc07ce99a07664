#pragma once

#include "core/wire/functioncall.h"

#include <QDialog>
#include "api/transport/cdfclient.h"

#include <QPointer>

class QLabel;
class QPlainTextEdit;

namespace fstudio::api {
class CdfClient;
class LogTail;
} // namespace fstudio::api

namespace fstudio::gui {

// A call's response and logs. Follows the logs live while the call runs.
class CallDialog : public QDialog
{
    Q_OBJECT

public:
    CallDialog(api::CdfClient *client, const FunctionCall &call, const QString &trigger, QWidget *parent = nullptr);
    QString logText() const;
    QString responseText() const;

private:
    void showCall(const FunctionCall &c);
    void loadResponse();
    QPointer<api::CdfClient> m_client;
    FunctionCall m_call;
    QString m_trigger;
    bool m_sawRunning = false;
    QLabel *m_header;
    QLabel *m_responseLabel;
    QPlainTextEdit *m_response;
    QPlainTextEdit *m_logs;
    QLabel *m_logState;
    api::LogTail *m_tail = nullptr;
};

} // namespace fstudio::gui
