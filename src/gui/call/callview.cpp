#include "gui/call/callview.h"

#include "core/util/showntext.h"

#include "ui_callview.h"

#include "gui/logs/logmodel.h"
#include "gui/logs/logpanel.h"
#include "gui/models/formatting.h"
#include "gui/widgets/messageboxes.h"
#include "gui/widgets/tones.h"

#include "api/services/callsservice.h"
#include "api/workflows/logtail.h"

#include "core/json/jsontext.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

namespace fstudio::gui {

namespace {
constexpr qint64 MinRunForLogsNote = 5000; // ms
}

using namespace Qt::StringLiterals;

namespace {
QString jsonText(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented));
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

// The tree of a JSON value, at most `budget` items (the rest is summed up in one item).
void addJson(QTreeWidgetItem *parent, const QString &key, const QJsonValue &v, int &budget)
{
    if (budget <= 0)
        return;
    --budget;
    auto *item = new QTreeWidgetItem(parent, {key});
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        item->setText(1, QCoreApplication::translate("CallView", "{%n key(s)}", nullptr, int(o.size())));
        for (auto it = o.begin(); it != o.end() && budget > 0; ++it)
            addJson(item, it.key(), it.value(), budget);
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        item->setText(1, QCoreApplication::translate("CallView", "[%n item(s)]", nullptr, int(a.size())));
        for (int i = 0; i < a.size() && budget > 0; ++i)
            addJson(item, QString::number(i), a.at(i), budget);
    } else {
        QString text = jsonText(v);
        if (text.size() > 500) { // the whole value is on the Text tab
            item->setToolTip(
                1, QCoreApplication::translate("CallView", "%n character(s); the whole value is on the Text tab", nullptr, int(text.size())));
            text = text.left(500) + u'…';
        }
        item->setText(1, text);
    }
    if (budget <= 0 && parent && !parent->data(0, Qt::UserRole).toBool()) {
        parent->setData(0, Qt::UserRole, true);
        new QTreeWidgetItem(parent, {QCoreApplication::translate("CallView", "…"), QCoreApplication::translate("CallView", "(more: see Text)")});
    }
}
} // namespace

CallView::CallView(api::CdfClient *client, const FunctionCall &call, const QString &trigger, const CallContext &context, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CallView>())
    , m_client(client)
    , m_call(call)
    , m_trigger(trigger)
    , m_context(context)
{
    m_ui->setupUi(this);
    m_ui->callResponse->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QFont bold = m_ui->callStatus->font();
    bold.setBold(true);
    m_ui->callStatus->setFont(bold);
    m_ui->callError->setFont(bold);
    m_ui->responseTree->header()->setStretchLastSection(true);
    m_ui->responseTree->setColumnWidth(0, 220);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({700, 350}); // the log on the left, the response beside it
    m_ui->layout->setStretchFactor(m_ui->splitter, 1); // the status lines above take their height, no more
    applyErrorColour();
    connect(m_ui->copyResponse, &QToolButton::clicked, this, [this] { QApplication::clipboard()->setText(m_ui->callResponse->toPlainText()); });
    connect(m_ui->saveResponse, &QToolButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Save the response"), u"call-%1-response.json"_s.arg(m_call.id), tr("JSON (*.json);;All files (*)"));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
            QSaveFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(m_ui->callResponse->toPlainText().toUtf8()) < 0 || !f.commit())
                MessageBoxes::inform(this, tr("The response was not saved"),
                                     tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
        });
        dialog->open();
    });
    m_elapsed.setInterval(250);
    connect(&m_elapsed, &QTimer::timeout, this, &CallView::updateStrip);
    showCall(call);

    if (!client)
        return;
    m_tail = new api::LogTail(client, call.functionId, call.id, this);
    connect(m_tail, &api::LogTail::lines, this, [this](const QList<LogEntry> &lines) { m_ui->logPanel->append(lines); });
    connect(m_tail, &api::LogTail::callUpdated, this, [this](const FunctionCall &c) {
        m_sawRunning |= c.status == CallStatus::Running;
        if (c.status != m_call.status || c.endTime != m_call.endTime) {
            m_call = c;
            showCall(c);
            Q_EMIT statusChanged(c);
        }
        m_ui->logState->setText(isTerminal(c.status) ? tr("Logs") : tr("Logs (following live while the call runs)"));
    });
    connect(m_tail, &api::LogTail::finished, this, [this](const FunctionCall &c) {
        m_call = c;
        m_finished = true;
        showCall(c);
        if (m_ui->logPanel->model()->lineCount() == 0)
            m_ui->logState->setText(tr("Logs — the call printed nothing"));
        // Said only when we watched it run a while and no line came until the end (a short call
        // says nothing about how the project returns logs).
        else if (m_tail->logsOnlyAtEnd() && m_sawRunning && c.durationMs().value_or(0) >= MinRunForLogsNote)
            m_ui->logState->setText(tr("Logs (this project returns a call's logs only when it has ended)"));
        else
            m_ui->logState->setText(tr("Logs"));
        m_hints = callHints(c, m_ui->logPanel->model()->lineCount(), m_context);
        m_ui->callHints->setText(m_hints.join(u"\n"_s));
        m_ui->callHints->setVisible(!m_hints.isEmpty());
        loadResponse();
        Q_EMIT statusChanged(c);
        Q_EMIT finished(c);
    });
    connect(m_tail, &api::LogTail::failed, this, &CallView::tailFailed);
    m_tail->start();
}

CallView::~CallView() = default;

LogPanel *CallView::logPanel() const
{
    return m_ui->logPanel;
}

bool CallView::isFollowing() const
{
    return m_tail && m_tail->isRunning();
}

void CallView::tailFailed(const api::ApiError &e)
{
    if (e.isCancelled()) {
        detach(tr("the connection to the project was closed"));
        return;
    }
    m_ui->logState->setText(e.userMessage());
}

void CallView::showKept(const QList<LogEntry> &lines, const QString &why)
{
    if (!lines.isEmpty())
        m_ui->logPanel->append(lines);
    m_ui->logState->setText(why);
    m_ui->callResponse->setPlainText(why);
}

void CallView::detach(const QString &why)
{
    if (m_detached)
        return;
    m_detached = true;
    if (m_tail)
        m_tail->stop();
    m_client = nullptr;
    m_elapsed.stop();
    m_ui->logState->setText(tr("Stopped following: %1. The lines above are kept; reopen the call to follow it again.").arg(why));
}

void CallView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyErrorColour();
}

void CallView::applyErrorColour()
{
    QPalette p = m_ui->callError->palette();
    p.setColor(QPalette::WindowText, Tones::foreground(Tone::Negative, palette()));
    m_ui->callError->setPalette(p);
}

QString CallView::statusText() const
{
    return m_ui->callStatus->text();
}

void CallView::updateStrip()
{
    const FunctionCall &c = m_call;
    QStringList parts{tr("Call %1").arg(c.id), statusLabel(toWire(c.status)), tr("started %1").arg(formatTimestamp(c.startTime))};
    if (c.endTime)
        parts << tr("took %1").arg(formatDuration(c.durationMs().value_or(0)));
    else if (!isTerminal(c.status) && c.startTime > 0) {
        // Time so far, and what is left of the project's limit (the call is stopped there).
        // On the server's clock, as startTime and the final duration are: the two agree.
        const qint64 now = m_client ? m_client->serverNowMs() : QDateTime::currentMSecsSinceEpoch();
        const qint64 soFar = std::max<qint64>(0, now - c.startTime);
        const qint64 limit = qint64(m_context.timeoutMinutes) * 60 * 1000;
        parts << tr("%1 so far, %2 left of the %3-minute limit")
                     .arg(formatDuration(soFar), formatDuration(std::max<qint64>(0, limit - soFar)))
                     .arg(m_context.timeoutMinutes);
    }
    // Where the server says how it ran (the local emulator does; CDF does not).
    if (c.runInfo && c.runInfo->maxMemoryBytes) {
        if (m_context.memoryGb)
            //: %1 is the peak memory ("41.2 MB"), %2 the function's memory setting in GB ("1.5").
            parts << tr("%1 of %2 GB memory used").arg(formatBytes(*c.runInfo->maxMemoryBytes), QLocale().toString(*m_context.memoryGb));
        else
            parts << tr("%1 memory used").arg(formatBytes(*c.runInfo->maxMemoryBytes));
    }
    if (c.runInfo && c.runInfo->coldStart)
        parts << (*c.runInfo->coldStart ? tr("cold start (a new process imported the handler)") : tr("warm start"));
    if (!m_trigger.isEmpty())
        parts << m_trigger;
    m_ui->callStatus->setText(parts.join(u" · "_s));
}

void CallView::showCall(const FunctionCall &c)
{
    updateStrip();
    if (isTerminal(c.status) || m_detached)
        m_elapsed.stop();
    else if (!m_elapsed.isActive())
        m_elapsed.start();
    m_ui->callError->setText(c.error ? shownText(c.error->message) : c.status == CallStatus::Timeout ? tr("The call timed out.") : QString());
    m_ui->callError->setVisible(!m_ui->callError->text().isEmpty());
    m_ui->callHints->setVisible(!m_hints.isEmpty());
    m_ui->responseLabel->setText(c.error ? tr("Error and trace") : tr("Response"));
    if (c.status == CallStatus::Running) {
        m_ui->callResponse->setPlainText(tr("(the call is still running)"));
    } else if (c.error) {
        m_ui->callResponse->setPlainText(c.error->trace.isEmpty() ? c.error->message : c.error->trace);
        m_ui->responseTabs->setCurrentWidget(m_ui->responseTextTab);
    }
}

void CallView::loadResponse()
{
    if (m_call.status != CallStatus::Completed || !m_client)
        return;
    api::CallsService(m_client).response(m_call.functionId, m_call.id).then(this, [this](const api::Pending<CallResponse>::Result &r) {
        if (!r) {
            if (!r.error().isCancelled())
                m_ui->callResponse->setPlainText(r.error().userMessage());
            return;
        }
        showResponse(r->response, r->responseText);
    });
}

void CallView::showResponse(const QJsonValue &v, const QByteArray &asWritten)
{
    // As the function returned it, keys in its order (the tree may sort; the text does not).
    m_ui->callResponse->setPlainText(asWritten.isEmpty() ? jsonText(v) : JsonText::indented(asWritten));
    m_ui->responseTree->clear();
    int budget = MaxTreeItems;
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end() && budget > 0; ++it)
            addJson(m_ui->responseTree->invisibleRootItem(), it.key(), it.value(), budget);
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size() && budget > 0; ++i)
            addJson(m_ui->responseTree->invisibleRootItem(), QString::number(i), a.at(i), budget);
    } else {
        addJson(m_ui->responseTree->invisibleRootItem(), tr("value"), v, budget);
    }
    // Large responses start collapsed below the first level; small ones open fully.
    if (budget > MaxTreeItems - 200)
        m_ui->responseTree->expandAll();
}

QString CallView::logText() const
{
    return m_ui->logPanel->text();
}

QString CallView::responseText() const
{
    return m_ui->callResponse->toPlainText();
}

QString CallView::logState() const
{
    return m_ui->logState->text();
}

} // namespace fstudio::gui
