#include "gui/call/callpanel.h"
#include "gui/call/callsignin.h"

#include "gui/project/projectsession.h"

#include "ui_callpanel.h"

#include "gui/call/callview.h"
#include "gui/models/formatting.h"
#include "gui/widgets/jsoneditor.h"
#include "gui/widgets/messageboxes.h"
#include "gui/widgets/tones.h"

#include "api/services/schedulesservice.h"
#include "api/workflows/callworkflow.h"

#include "core/rules/validator.h"

#include <QCompleter>
#include <QDateTime>
#include <QInputDialog>
#include <QJsonDocument>
#include <QMenu>
#include <QShortcut>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

CallPanel::CallPanel(const Setup &setup, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CallPanel>())
    , m_setup(setup)
    , m_inputs(setup.project.server, setup.project.name, setup.function)
{
    m_ui->setupUi(this);
    setObjectName(u"callPanel"_s);
    m_ui->inputEditor->setMinimumHeight(m_ui->inputEditor->fontMetrics().lineSpacing() * 3 + 10); // drag the splitter for more
    m_ui->panelSplitter->setStretchFactor(0, 0);
    m_ui->panelSplitter->setStretchFactor(1, 1);
    m_ui->panelSplitter->setSizes({100, 600}); // the input above (a few lines), the calls below get the room
    m_signIn = new CallSignIn;
    m_ui->callRow->insertWidget(1, m_signIn, 1); // on the Call row, after the input's size: the log keeps its room
    for (QLabel *l : {m_ui->inputProblem, m_ui->secretWarning}) {
        QPalette p = l->palette();
        p.setColor(QPalette::WindowText, Tones::foreground(l == m_ui->inputProblem ? Tone::Negative : Tone::Warning, palette()));
        l->setPalette(p);
    }
    m_ui->history->lineEdit()->setPlaceholderText(tr("Recent inputs (type to search)"));
    m_ui->history->completer()->setFilterMode(Qt::MatchContains);
    m_ui->history->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_ui->history->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    connect(m_ui->history, &QComboBox::activated, this, [this](int i) {
        if (const QString json = m_ui->history->itemData(i).toString(); !json.isEmpty())
            setInput(json);
    });
    connect(m_ui->savedInputs, &QComboBox::activated, this, [this](int i) {
        if (const QString json = m_ui->savedInputs->itemData(i).toString(); !json.isEmpty())
            setInput(json);
    });
    connect(m_ui->saveInput, &QToolButton::clicked, this, [this] {
        const JsonEditor::Check c = m_ui->inputEditor->check();
        if (!c.ok) {
            recheck();
            return;
        }
        auto *ask = new QInputDialog(this);
        ask->setAttribute(Qt::WA_DeleteOnClose);
        ask->setObjectName(u"saveInputDialog"_s);
        ask->setWindowTitle(tr("Save the input"));
        ask->setLabelText(tr("Name:"));
        const QString json = c.compact; // keys in the order they were written
        connect(ask, &QInputDialog::textValueSelected, this, [this, json](const QString &name) {
            const QString n = name.trimmed().left(100);
            QString why;
            if (n.isEmpty())
                return;
            if (!m_inputs.save(n, json, &why))
                m_ui->inputProblem->setText(why);
            reloadInputs();
            m_ui->savedInputs->setCurrentIndex(m_ui->savedInputs->findText(n));
        });
        ask->open();
    });
    connect(m_ui->deleteInput, &QToolButton::clicked, this, [this] {
        const QString name = m_ui->savedInputs->currentIndex() > 0 ? m_ui->savedInputs->currentText() : QString();
        if (name.isEmpty())
            return;
        MessageBoxes::ask(this, tr("Delete the saved input?"), tr("Delete the saved input \"%1\"?").arg(name), QMessageBox::Yes | QMessageBox::No,
                          QMessageBox::No, {{QMessageBox::Yes, tr("Delete")}}, [this, name](QMessageBox::StandardButton b) {
                              if (b != QMessageBox::Yes)
                                  return;
                              m_inputs.remove(name);
                              reloadInputs();
                          });
    });
    m_ui->fromSchedule->setMenu(new QMenu(m_ui->fromSchedule));
    setSchedules({});
    connect(m_ui->prettyPrint, &QToolButton::clicked, this, [this] {
        if (!m_ui->inputEditor->prettyPrint())
            recheck();
    });
    m_recheck.setSingleShot(true);
    m_recheck.setInterval(150);
    connect(&m_recheck, &QTimer::timeout, this, &CallPanel::recheck);
    connect(m_ui->inputEditor, &QPlainTextEdit::textChanged, this, [this] { m_recheck.start(); });
    connect(m_ui->callButton, &QPushButton::clicked, this, &CallPanel::call);
    connect(m_ui->rerunButton, &QPushButton::clicked, this, &CallPanel::callAgain);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *s = new QShortcut(keys, this, this, [this] { call(); });
        s->setContext(Qt::WidgetWithChildrenShortcut);
    }
    auto *again = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this, this, [this] { callAgain(); });
    again->setContext(Qt::WidgetWithChildrenShortcut);
    connect(m_ui->calls, &QTabWidget::tabCloseRequested, this, [this](int i) {
        QWidget *w = m_ui->calls->widget(i);
        m_ui->calls->removeTab(i);
        w->deleteLater(); // the call goes on in CDF; only this view of it closes
    });
    m_ui->rerunButton->setEnabled(false);
    reloadInputs();
    // Start from the last input used (an empty object the first time).
    if (const auto history = m_inputs.history(); !history.isEmpty())
        setInput(history.first().json);
    recheck();
}

CallPanel::~CallPanel() = default;

void CallPanel::reloadInputs()
{
    m_ui->history->clear();
    for (const CallInputs::Entry &e : m_inputs.history()) {
        const QString shown = e.json.size() > 120 ? e.json.left(119) + u'…' : e.json;
        m_ui->history->addItem(shown, e.json);
        m_ui->history->setItemData(m_ui->history->count() - 1, tr("Used %1").arg(formatTimestamp(e.at)), Qt::ToolTipRole);
    }
    m_ui->history->setCurrentIndex(-1);
    m_ui->history->setEnabled(m_ui->history->count() > 0);
    m_ui->savedInputs->clear();
    m_ui->savedInputs->addItem(tr("Saved inputs"));
    const QMap<QString, QString> saved = m_inputs.saved();
    for (auto it = saved.begin(); it != saved.end(); ++it)
        m_ui->savedInputs->addItem(it.key(), it.value());
    m_ui->savedInputs->setEnabled(!saved.isEmpty());
    m_ui->deleteInput->setEnabled(!saved.isEmpty());
}

void CallPanel::follow(ProjectSession *session)
{
    connect(session, &ProjectSession::schedulesChanged, this, [this, session] {
        if (!m_detached)
            setSchedules(session->schedulesOf(m_setup.function.id));
    });
    connect(session, &ProjectSession::closing, this, &CallPanel::detach);
    setSchedules(session->schedulesOf(m_setup.function.id));
}

void CallPanel::setSchedules(const QList<FunctionSchedule> &schedules)
{
    m_schedules = schedules;
    QMenu *menu = m_ui->fromSchedule->menu();
    menu->clear();
    for (const FunctionSchedule &s : schedules) {
        QAction *a = menu->addAction(tr("%1 (%2)").arg(s.name, s.cronExpression));
        const qint64 id = s.id;
        connect(a, &QAction::triggered, this, [this, id] { loadScheduleInput(id, false); });
    }
    m_ui->fromSchedule->setEnabled(!schedules.isEmpty());
}

void CallPanel::callWithScheduleInput(qint64 scheduleId)
{
    loadScheduleInput(scheduleId, true);
}

void CallPanel::loadScheduleInput(qint64 scheduleId, bool thenCall)
{
    if (!m_setup.project.client)
        return;
    api::SchedulesService(m_setup.project.client)
        .inputData(scheduleId)
        .then(this, [this, thenCall](const api::Pending<ScheduleInputData>::Result &r) {
            if (!r) {
                if (!r.error().isCancelled()) {
                    m_ui->inputProblem->setText(tr("Could not read the schedule's input data: %1").arg(r.error().userMessage()));
                    m_ui->inputProblem->setVisible(true);
                }
                return;
            }
            if (!r->dataText.isEmpty())
                m_ui->inputEditor->setJsonText(QString::fromUtf8(r->dataText)); // keys in the schedule's order
            else
                m_ui->inputEditor->setJson(r->data.value_or(QJsonObject()));
            recheck();
            if (thenCall)
                call(); // what the schedule would send, now (shown in the editor first)
        });
}

void CallPanel::setInput(const QString &json)
{
    if (QJsonDocument::fromJson(json.toUtf8()).isObject())
        m_ui->inputEditor->setJsonText(json); // keys in the order they were written
    else
        m_ui->inputEditor->setPlainText(json);
    recheck();
}

QString CallPanel::input() const
{
    return m_ui->inputEditor->toPlainText();
}

QString CallPanel::inputProblem() const
{
    return m_ui->inputProblem->text();
}

void CallPanel::recheck()
{
    m_recheck.stop();
    // Far over the limit is said without parsing it (a pasted 100 MB text would freeze the window).
    const QString text = m_ui->inputEditor->toPlainText();
    JsonEditor::Check c;
    if (text.size() > 4 * m_setup.project.callInputLimit + 1024) {
        c.message = tr("the input is far larger than this project's limit of %1").arg(formatBytes(m_setup.project.callInputLimit));
        c.line = 1;
        c.column = 1;
    } else {
        c = JsonEditor::check(text);
    }
    m_lastCheck = c;
    m_ui->inputEditor->markProblem(c);
    QString problem;
    if (!c.ok) {
        problem = tr("Line %1, column %2: %3.").arg(c.line).arg(c.column).arg(c.message);
        m_ui->inputSize->clear();
    } else {
        m_ui->inputSize->setText(tr("%1 of at most %2").arg(formatBytes(c.bytes), formatBytes(m_setup.project.callInputLimit)));
        const ValidationProblems problems = Validator::validateCallInput(c.object, m_setup.project.callInputLimit);
        if (!problems.isEmpty())
            problem = problems.first().message;
    }
    if (m_detached)
        problem = problem.isEmpty() ? m_ui->inputProblem->text() : problem;
    m_ui->inputProblem->setText(problem);
    m_ui->inputProblem->setVisible(!problem.isEmpty());
    m_ui->secretWarning->setText(c.ok && !c.secretPaths.isEmpty()
                                     ? tr("%1 looks like a secret. A call's input is stored with the call, and anyone who can read the "
                                          "function's calls can read it: pass secrets to the function as secrets instead. This input "
                                          "is not kept in the recent inputs on this computer.")
                                           .arg(c.secretPaths.join(u", "_s))
                                     : QString());
    m_ui->secretWarning->setVisible(!m_ui->secretWarning->text().isEmpty());
    m_ui->callButton->setEnabled(problem.isEmpty() && !m_detached);
}

bool CallPanel::call()
{
    recheck();
    const JsonEditor::Check c = m_lastCheck;
    if (!c.ok) {
        m_ui->inputEditor->goTo(c.line, c.column);
        m_ui->inputEditor->setFocus();
        return false;
    }
    if (!m_ui->callButton->isEnabled())
        return false;
    // An input with secret-looking values is not kept on this computer.
    QString why;
    if (c.secretPaths.isEmpty() && !m_inputs.addToHistory(c.compact, &why) && !why.isEmpty()) {
        m_ui->secretWarning->setText(why);
        m_ui->secretWarning->setVisible(true);
    }
    reloadInputs();
    startCall(c.object);
    return true;
}

// Sends what the editor shows, as Call does: a button that sent an earlier input the editor no
// longer shows would run something the user cannot see.
bool CallPanel::callAgain()
{
    if (!m_lastInput || m_detached || !m_setup.project.client)
        return false;
    return call();
}

void CallPanel::startCall(const QJsonObject &data)
{
    if (!m_setup.project.client) {
        m_ui->inputProblem->setText(tr("Not connected to the project: choose its profile in the main window."));
        m_ui->inputProblem->setVisible(true);
        return;
    }
    QString problem;
    const auto source = m_signIn->takeSource(m_setup.project.credentials, &problem);
    if (!source) {
        m_ui->inputProblem->setText(problem);
        m_ui->inputProblem->setVisible(true);
        return;
    }
    m_lastInput = data;
    m_ui->rerunButton->setEnabled(true);
    api::CallWorkflow::Options o;
    o.functionId = m_setup.function.id;
    o.data = data;
    o.nonce = *source;
    o.waitForResult = false;
    auto *w = new api::CallWorkflow(m_setup.project.client, o, this);
    ++m_starting;
    connect(w, &api::CallWorkflow::started, this, [this](const FunctionCall &c) {
        addCallView(c);
        Q_EMIT callStarted(c);
    });
    connect(w, &api::CallWorkflow::finished, this, [this, w] {
        --m_starting;
        w->deleteLater();
        if (const auto e = w->error(); e && !e->isCancelled()) {
            m_ui->inputProblem->setText(tr("The call was not made: %1").arg(e->userMessage()));
            m_ui->inputProblem->setVisible(true);
        }
    });
    w->start();
}

CallView *CallPanel::addCallView(const FunctionCall &call)
{
    auto *view = new CallView(m_setup.project.client, call, tr("called from Functions Studio"), m_setup.context, m_ui->calls);
    view->setObjectName(u"callView%1"_s.arg(call.id));
    // "14:02:37 · Completed": when it started (local time) and how it ended; the id in the tip.
    const auto title = [](const FunctionCall &c) {
        const QString at =
            c.startTime > 0 ? QDateTime::fromMSecsSinceEpoch(c.startTime).toLocalTime().toString(u"HH:mm:ss"_s) : QString::number(c.id);
        return tr("%1 · %2").arg(at, statusLabel(toWire(c.status)));
    };
    const int index = m_ui->calls->addTab(view, title(call));
    m_ui->calls->setTabToolTip(index, tr("Call %1").arg(call.id));
    m_ui->calls->setCurrentIndex(index);
    connect(view, &CallView::statusChanged, this, [this, view, title](const FunctionCall &c) {
        if (const int i = m_ui->calls->indexOf(view); i >= 0)
            m_ui->calls->setTabText(i, title(c));
    });
    connect(view, &CallView::finished, this, [this](const FunctionCall &c) { Q_EMIT callFinished(c, m_setup.function.name); });
    // Bounded: the oldest finished views go first.
    for (int i = 0; i < m_ui->calls->count() && m_ui->calls->count() > MaxOpenCalls; ++i) {
        auto *old = qobject_cast<CallView *>(m_ui->calls->widget(i));
        if (old && old->isFinished()) {
            m_ui->calls->removeTab(i);
            old->deleteLater();
            --i;
        }
    }
    return view;
}

QList<CallView *> CallPanel::callViews() const
{
    QList<CallView *> out;
    for (int i = 0; i < m_ui->calls->count(); ++i)
        if (auto *v = qobject_cast<CallView *>(m_ui->calls->widget(i)))
            out << v;
    return out;
}

void CallPanel::detach(const QString &why)
{
    if (m_detached)
        return;
    m_detached = true;
    m_setup.project.client = nullptr;
    for (CallView *v : callViews())
        v->detach(why);
    m_ui->callButton->setEnabled(false);
    m_ui->rerunButton->setEnabled(false);
    m_ui->fromSchedule->setEnabled(false);
    m_ui->saveInput->setEnabled(false); // a newer panel of the function owns its inputs now
    m_ui->deleteInput->setEnabled(false);
    m_ui->inputProblem->setText(tr("Calling is off: %1. The input and the calls above are kept.").arg(why));
    m_ui->inputProblem->setVisible(true);
}

} // namespace fstudio::gui
