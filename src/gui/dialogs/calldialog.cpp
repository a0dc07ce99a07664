#include "gui/dialogs/calldialog.h"

#include "gui/models/modelroles.h"

#include "api/services/callsservice.h"
#include "api/workflows/callworkflow.h"
#include "api/workflows/logtail.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QVBoxLayout>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

CallDialog::CallDialog(api::CdfClient *client, const FunctionCall &call, const QString &trigger, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_call(call)
    , m_trigger(trigger)
{
    setObjectName(u"callDialog"_s);
    setWindowTitle(tr("Call %1").arg(call.id));
    resize(820, 620);
    auto *layout = new QVBoxLayout(this);
    m_header = new QLabel;
    m_header->setObjectName(u"callHeader"_s);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_header);
    auto *split = new QSplitter(Qt::Vertical);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    auto *respBox = new QWidget;
    auto *rl = new QVBoxLayout(respBox);
    rl->setContentsMargins(0, 0, 0, 0);
    m_responseLabel = new QLabel(tr("Response"));
    rl->addWidget(m_responseLabel);
    m_response = new QPlainTextEdit;
    m_response->setObjectName(u"callResponse"_s);
    m_response->setReadOnly(true);
    m_response->setFont(mono);
    rl->addWidget(m_response);
    split->addWidget(respBox);
    auto *logBox = new QWidget;
    auto *ll = new QVBoxLayout(logBox);
    ll->setContentsMargins(0, 0, 0, 0);
    m_logState = new QLabel(tr("Logs"));
    m_logState->setObjectName(u"logState"_s);
    ll->addWidget(m_logState);
    m_logs = new QPlainTextEdit;
    m_logs->setObjectName(u"callLogs"_s);
    m_logs->setReadOnly(true);
    m_logs->setFont(mono);
    m_logs->setMaximumBlockCount(200000);
    ll->addWidget(m_logs);
    split->addWidget(logBox);
    layout->addWidget(split, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    showCall(call);

    if (!client)
        return;
    m_tail = new api::LogTail(client, call.functionId, call.id, this);
    connect(m_tail, &api::LogTail::lines, this, [this](const QList<LogEntry> &lines) {
        QStringList text;
        for (const LogEntry &l : lines)
            text << (l.timestamp ? QDateTime::fromMSecsSinceEpoch(*l.timestamp).toLocalTime().toString(u"HH:mm:ss.zzz  "_s) : QString()) + l.message;
        m_logs->appendPlainText(text.join(QLatin1Char('\n')));
    });
    connect(m_tail, &api::LogTail::callUpdated, this, [this](const FunctionCall &c) {
        m_sawRunning |= c.status == CallStatus::Running;
        if (c.status != m_call.status) {
            m_call = c;
            showCall(c);
        }
        m_logState->setText(isTerminal(c.status) ? tr("Logs") : tr("Logs (following live while the call runs)"));
    });
    connect(m_tail, &api::LogTail::finished, this, [this](const FunctionCall &c) {
        m_call = c;
        showCall(c);
        if (m_logs->document()->isEmpty())
            m_logState->setText(tr("Logs — the call printed nothing"));
        else if (m_tail->logsOnlyAtEnd() && m_sawRunning) // we watched it run and no line came until the end
            m_logState->setText(tr("Logs (this project returns a call's logs only when it has ended)"));
        loadResponse();
    });
    connect(m_tail, &api::LogTail::failed, this, [this](const api::ApiError &e) { m_logState->setText(e.userMessage()); });
    m_tail->start();
}

void CallDialog::showCall(const FunctionCall &c)
{
    QString h = u"<b>%1</b> — %2"_s.arg(tr("Call %1").arg(c.id), toWire(c.status));
    h += u"<br>"_s + tr("Trigger: %1").arg(m_trigger.toHtmlEscaped()) + u" — "_s + tr("started %1").arg(formatTimestamp(c.startTime));
    if (c.endTime)
        h += u", "_s + tr("ended %1 (%2)").arg(formatTimestamp(*c.endTime), formatDuration(c.durationMs().value_or(0)));
    if (c.error)
        h += u"<br><span style='color:#c62828'>%1</span>"_s.arg(c.error->message.toHtmlEscaped());
    m_header->setText(h);
    m_responseLabel->setText(c.error ? tr("Error and trace") : tr("Response"));
    if (c.status == CallStatus::Running)
        m_response->setPlainText(tr("(the call is still running)"));
    else if (c.error)
        m_response->setPlainText(c.error->trace.isEmpty() ? c.error->message : c.error->trace);
}

void CallDialog::loadResponse()
{
    if (m_call.status != CallStatus::Completed || !m_client)
        return;
    api::CallsService(m_client).response(m_call.functionId, m_call.id).then(this, [this](const api::Pending<CallResponse>::Result &r) {
        if (!r) {
            m_response->setPlainText(r.error().userMessage());
            return;
        }
        const QJsonValue v = r->response;
        if (v.isObject())
            m_response->setPlainText(QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented)));
        else if (v.isArray())
            m_response->setPlainText(QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented)));
        else
            m_response->setPlainText(QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1));
    });
}

QString CallDialog::logText() const
{
    return m_logs->toPlainText();
}

QString CallDialog::responseText() const
{
    return m_response->toPlainText();
}

} // namespace fstudio::gui
