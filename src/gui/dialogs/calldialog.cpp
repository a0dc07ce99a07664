#include "gui/dialogs/calldialog.h"

#include "ui_calldialog.h"

#include "gui/models/formatting.h"
#include "gui/widgets/tones.h"

#include "api/services/callsservice.h"
#include "api/workflows/logtail.h"

#include <QEvent>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPushButton>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

CallDialog::CallDialog(api::CdfClient *client, const FunctionCall &call, const QString &trigger, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CallDialog>())
    , m_client(client)
    , m_call(call)
    , m_trigger(trigger)
{
    setObjectName(u"callDialog"_s);
    m_ui->setupUi(this);
    setWindowTitle(tr("Call %1").arg(call.id));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->callResponse->setFont(mono);
    m_ui->callLogs->setFont(mono);
    m_ui->callLogs->setMaximumBlockCount(200000);
    QFont bold = m_ui->callHeader->font();
    bold.setBold(true);
    m_ui->callHeader->setFont(bold);
    applyErrorColour();
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showCall(call);

    if (!client)
        return;
    m_tail = new api::LogTail(client, call.functionId, call.id, this);
    connect(m_tail, &api::LogTail::lines, this, [this](const QList<LogEntry> &lines) {
        QStringList text;
        for (const LogEntry &l : lines)
            text << (l.timestamp ? QDateTime::fromMSecsSinceEpoch(*l.timestamp).toLocalTime().toString(u"HH:mm:ss.zzz  "_s) : QString()) + l.message;
        m_ui->callLogs->appendPlainText(text.join(QLatin1Char('\n')));
    });
    connect(m_tail, &api::LogTail::callUpdated, this, [this](const FunctionCall &c) {
        m_sawRunning |= c.status == CallStatus::Running;
        if (c.status != m_call.status) {
            m_call = c;
            showCall(c);
        }
        m_ui->logState->setText(isTerminal(c.status) ? tr("Logs") : tr("Logs (following live while the call runs)"));
    });
    connect(m_tail, &api::LogTail::finished, this, [this](const FunctionCall &c) {
        m_call = c;
        showCall(c);
        if (m_ui->callLogs->document()->isEmpty())
            m_ui->logState->setText(tr("Logs — the call printed nothing"));
        else if (m_tail->logsOnlyAtEnd() && m_sawRunning) // we watched it run and no line came until the end
            m_ui->logState->setText(tr("Logs (this project returns a call's logs only when it has ended)"));
        loadResponse();
    });
    connect(m_tail, &api::LogTail::failed, this, &CallDialog::tailFailed);
    m_tail->start();
}

CallDialog::~CallDialog() = default;

bool CallDialog::isFollowing() const
{
    return m_tail && m_tail->isRunning();
}

void CallDialog::tailFailed(const api::ApiError &e)
{
    if (e.isCancelled()) {
        detach(tr("the connection to the project was closed"));
        return;
    }
    m_ui->logState->setText(e.userMessage());
}

void CallDialog::detach(const QString &why)
{
    if (m_detached)
        return;
    m_detached = true;
    if (m_tail)
        m_tail->stop();
    m_client = nullptr;
    m_ui->logState->setText(tr("Stopped following: %1. The lines above are kept; reopen the call to follow it again.").arg(why));
}

void CallDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyErrorColour();
}

void CallDialog::applyErrorColour()
{
    QPalette p = m_ui->callError->palette();
    p.setColor(QPalette::WindowText, Tones::foreground(Tone::Negative, palette()));
    m_ui->callError->setPalette(p);
}

void CallDialog::showCall(const FunctionCall &c)
{
    QString h = tr("Call %1 — %2").arg(c.id).arg(toWire(c.status));
    h += u"\n"_s + tr("Trigger: %1").arg(m_trigger) + u" — "_s + tr("started %1").arg(formatTimestamp(c.startTime));
    if (c.endTime)
        h += u", "_s + tr("ended %1 (%2)").arg(formatTimestamp(*c.endTime), formatDuration(c.durationMs().value_or(0)));
    m_ui->callHeader->setText(h);
    m_ui->callError->setText(c.error ? c.error->message : QString());
    m_ui->callError->setVisible(c.error.has_value());
    m_ui->responseLabel->setText(c.error ? tr("Error and trace") : tr("Response"));
    if (c.status == CallStatus::Running)
        m_ui->callResponse->setPlainText(tr("(the call is still running)"));
    else if (c.error)
        m_ui->callResponse->setPlainText(c.error->trace.isEmpty() ? c.error->message : c.error->trace);
}

void CallDialog::loadResponse()
{
    if (m_call.status != CallStatus::Completed || !m_client)
        return;
    api::CallsService(m_client).response(m_call.functionId, m_call.id).then(this, [this](const api::Pending<CallResponse>::Result &r) {
        if (!r) {
            if (!r.error().isCancelled())
                m_ui->callResponse->setPlainText(r.error().userMessage());
            return;
        }
        const QJsonValue v = r->response;
        if (v.isObject())
            m_ui->callResponse->setPlainText(QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented)));
        else if (v.isArray())
            m_ui->callResponse->setPlainText(QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented)));
        else
            m_ui->callResponse->setPlainText(QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1));
    });
}

QString CallDialog::logText() const
{
    return m_ui->callLogs->toPlainText();
}

QString CallDialog::responseText() const
{
    return m_ui->callResponse->toPlainText();
}

QString CallDialog::logState() const
{
    return m_ui->logState->text();
}

} // namespace fstudio::gui
