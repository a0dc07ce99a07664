#include "gui/pages/callsearch.h"

#include "gui/appsettings.h"
#include "gui/logs/logcache.h"
#include "gui/models/formatting.h"
#include "gui/pages/tableview.h"
#include "gui/project/projectsession.h"
#include "gui/widgets/plaintext.h"

#include "api/workflows/callhistory.h"
#include "core/util/showntext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

namespace {
enum Column { FunctionColumn, CallColumn, TimeColumn, LineColumn, TextColumn, ColumnCount };
constexpr qint64 HourMs = 3600 * 1000LL;
} // namespace

CallSearchWindow::CallSearchWindow(ProjectSession *session, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
    , m_search(new LogSearch(this))
{
    setObjectName(u"callSearchWindow"_s);
    setWindowTitle(tr("Search Calls"));
    resize(1000, 620);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QGridLayout;
    m_pattern = new QLineEdit;
    m_pattern->setObjectName(u"searchPattern"_s);
    m_pattern->setPlaceholderText(tr("Text in the logs, e.g. Traceback"));
    m_regex = new QCheckBox(tr("Regular e&xpression"));
    m_regex->setObjectName(u"searchRegex"_s);
    m_case = new QCheckBox(tr("Match &case"));
    m_case->setObjectName(u"searchCase"_s);
    m_go = new QPushButton(tr("&Search"));
    m_go->setObjectName(u"searchGo"_s);
    m_go->setDefault(true);
    auto *find = new QLabel(tr("&Find:"));
    find->setBuddy(m_pattern);
    form->addWidget(find, 0, 0);
    form->addWidget(m_pattern, 0, 1, 1, 5);
    form->addWidget(m_regex, 0, 6);
    form->addWidget(m_case, 0, 7);
    form->addWidget(m_go, 0, 8);
    m_function = new QComboBox;
    m_function->setObjectName(u"searchFunction"_s);
    m_function->setMinimumContentsLength(20);
    m_window = new QComboBox;
    m_window->setObjectName(u"searchWindow"_s);
    m_window->addItem(tr("Last hour"), HourMs);
    m_window->addItem(tr("Last 24 hours"), 24 * HourMs);
    m_window->addItem(tr("Last 7 days"), 7 * 24 * HourMs);
    m_window->setCurrentIndex(1);
    m_status = new QComboBox;
    m_status->setObjectName(u"searchStatus"_s);
    m_status->addItem(tr("Any status"), QString());
    for (const char *s : {"Failed", "Timeout", "Completed", "Running"})
        m_status->addItem(statusLabel(QString::fromLatin1(s)), QString::fromLatin1(s));
    m_max = new QSpinBox;
    m_max->setObjectName(u"searchMax"_s);
    m_max->setRange(1, 10'000);
    m_max->setValue(500);
    m_max->setSuffix(tr(" calls"));
    const QList<std::pair<QString, QWidget *>> filters{
        {tr("F&unction:"), m_function}, {tr("&Window:"), m_window}, {tr("S&tatus:"), m_status}, {tr("At &most:"), m_max}};
    int column = 0;
    for (const auto &[text, widget] : filters) {
        auto *label = new QLabel(text);
        label->setBuddy(widget);
        form->addWidget(label, 1, column++);
        form->addWidget(widget, 1, column++);
    }
    form->setColumnStretch(1, 1);
    layout->addLayout(form);
    m_state = new QLabel;
    m_state->setObjectName(u"searchState"_s);
    m_state->setTextFormat(Qt::PlainText);
    layout->addWidget(m_state);
    m_hits = new QStandardItemModel(0, ColumnCount, this);
    m_hits->setHorizontalHeaderLabels({tr("Function"), tr("Call"), tr("Started"), tr("Line"), tr("Text")});
    m_table = makeResourceTable(u"searchHits"_s);
    m_table->setModel(m_hits);
    m_table->setSortingEnabled(false); // hits stay in the order found: newest call first
    m_table->setColumnWidth(FunctionColumn, 180);
    m_table->setColumnWidth(CallColumn, 130);
    m_table->setColumnWidth(TimeColumn, 150);
    m_table->setColumnWidth(LineColumn, 60);
    m_table->horizontalHeader()->setStretchLastSection(true);
    fitColumnsToTitles(m_table);
    layout->addWidget(m_table, 1);

    connect(m_go, &QPushButton::clicked, this, [this] { m_search->isRunning() || m_waitForRead ? cancel() : search(); });
    connect(m_pattern, &QLineEdit::returnPressed, this, &CallSearchWindow::search);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid() && index.row() < m_found.size())
            Q_EMIT openCallRequested(m_found[index.row()].call, m_found[index.row()].line, m_query);
    });
    connect(m_search, &LogSearch::hitsFound, this, &CallSearchWindow::addHits);
    connect(m_search, &LogSearch::progress, this, &CallSearchWindow::updateStatus);
    connect(m_search, &LogSearch::finished, this, &CallSearchWindow::updateStatus);
    connect(m_search, &LogSearch::callFailed, this, [this](const FunctionCall &call, const api::ApiError &e) {
        m_problem = tr("The logs of call %1 could not be read: %2").arg(call.id).arg(e.userMessage());
        updateStatus();
    });
    if (session) {
        connect(session, &ProjectSession::functionsChanged, this, &CallSearchWindow::fillFunctions);
        // The connection goes (another profile, the emulator again): the search stops and says so.
        connect(session, &ProjectSession::closing, this, [this](const QString &why) {
            if (!m_search->isRunning() && !m_waitForRead)
                return;
            cancel();
            m_problem = tr("Stopped: %1.").arg(why);
            updateStatus();
        });
        connect(session, &ProjectSession::profileChanged, this, [this] {
            cancel();
            m_hits->removeRows(0, m_hits->rowCount());
            m_found.clear();
            m_cache.reset(); // another project: another folder
            fillFunctions();
            updateStatus();
        });
        fillFunctions();
    }
    connect(AppSettings::instance(), &AppSettings::changed, this, [this] {
        const qint64 bound = qint64(AppSettings::instance()->logCacheMb()) * 1024 * 1024;
        if (m_cache && bound != m_cache->maxBytes())
            m_cache->setMaxBytes(bound);
    });
    updateStatus();
}

CallSearchWindow::~CallSearchWindow()
{
    m_search->cancel();
}

std::shared_ptr<LogCache> CallSearchWindow::cache()
{
    if (!m_session)
        return nullptr;
    const QString scope = LogCache::scopeFor(m_session->profile());
    if (!m_cache || scope != m_cacheScope) {
        m_cache = std::make_shared<LogCache>(LogCache::defaultRoot(), scope, qint64(AppSettings::instance()->logCacheMb()) * 1024 * 1024);
        m_cacheScope = scope;
    }
    return m_cache;
}

void CallSearchWindow::fillFunctions()
{
    const qint64 current = m_function->currentData().toLongLong();
    const QSignalBlocker block(m_function);
    m_function->clear();
    m_function->addItem(tr("All functions"), qint64(0));
    if (!m_session)
        return;
    QList<Function> functions = m_session->functions();
    std::sort(functions.begin(), functions.end(), [](const Function &a, const Function &b) { return a.name.localeAwareCompare(b.name) < 0; });
    for (const Function &f : std::as_const(functions))
        m_function->addItem(shownText(f.name), f.id);
    const int again = m_function->findData(current);
    m_function->setCurrentIndex(again >= 0 ? again : 0);
}

void CallSearchWindow::setPattern(const QString &text, bool regex, bool caseSensitive)
{
    m_pattern->setText(text);
    m_regex->setChecked(regex);
    m_case->setChecked(caseSensitive);
}

void CallSearchWindow::setFunction(qint64 functionId)
{
    const int i = m_function->findData(functionId);
    m_function->setCurrentIndex(i >= 0 ? i : 0);
}

void CallSearchWindow::bringForward(qint64 functionId)
{
    if (functionId)
        setFunction(functionId);
    show();
    raise();
    activateWindow();
}

void CallSearchWindow::setMaxCalls(int n)
{
    m_max->setValue(n);
}

void CallSearchWindow::search()
{
    cancel();
    m_problem.clear();
    m_hits->removeRows(0, m_hits->rowCount());
    m_found.clear();
    m_query = LogQuery(m_pattern->text(), m_regex->isChecked(), m_case->isChecked());
    if (m_query.isEmpty() || !m_query.isValid()) {
        m_problem = m_query.isEmpty() ? tr("Type what to look for in the logs.") : tr("Not a regular expression: %1").arg(m_query.errorString());
        updateStatus();
        return;
    }
    if (!m_session || !m_session->isOpen()) {
        m_problem = tr("No project is open.");
        updateStatus();
        return;
    }
    const qint64 from = m_session->serverNowMs() - m_window->currentData().toLongLong();
    startWhenRead(from);
}

// The calls come from the session's history: read the window first when it is not yet.
void CallSearchWindow::startWhenRead(qint64 fromMs)
{
    api::CallHistory *history = m_session->callHistory();
    m_session->readCallsSince(fromMs);
    if (!history->isReading()) {
        run(fromMs);
        return;
    }
    m_waitForRead = connect(history, &api::CallHistory::idle, this, [this, fromMs] {
        disconnect(std::exchange(m_waitForRead, {}));
        run(fromMs);
    });
    m_go->setText(tr("&Cancel"));
    updateStatus();
}

void CallSearchWindow::run(qint64 fromMs)
{
    if (!m_session)
        return;
    const api::CallHistory *history = m_session->callHistory();
    const qint64 only = m_function->currentData().toLongLong();
    const QString status = m_status->currentData().toString();
    QList<FunctionCall> calls;
    m_partial = 0;
    for (qint64 id : history->functionIds()) {
        if (only && id != only)
            continue;
        // Its read failed, or only its newest calls are kept: the search covers part of the window.
        if (history->coveredFrom(id) > fromMs || history->isTruncated(id))
            ++m_partial;
        for (const FunctionCall &c : history->calls(id))
            if (c.startTime >= fromMs && (status.isEmpty() || toWire(c.status) == status))
                calls << c;
    }
    // The newest first, at most N.
    std::sort(calls.begin(), calls.end(),
              [](const FunctionCall &a, const FunctionCall &b) { return a.startTime != b.startTime ? a.startTime > b.startTime : a.id > b.id; });
    if (calls.size() > m_max->value())
        calls.resize(m_max->value());
    m_go->setText(tr("&Cancel"));
    m_search->start(m_session->client(), cache(), calls, m_query);
}

void CallSearchWindow::cancel()
{
    if (m_waitForRead)
        disconnect(std::exchange(m_waitForRead, {}));
    m_search->cancel();
    m_go->setText(tr("&Search"));
    updateStatus();
}

void CallSearchWindow::addHits(const QList<LogSearch::Hit> &hits)
{
    for (const LogSearch::Hit &h : hits) {
        const QString name = m_session ? m_session->functionNames().value(h.call.functionId, QString::number(h.call.functionId)) : QString();
        QList<QStandardItem *> row;
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QStandardItem;
            item->setEditable(false);
            row << item;
        }
        row[FunctionColumn]->setText(shownText(name));
        row[CallColumn]->setText(QString::number(h.call.id));
        row[TimeColumn]->setText(formatTimestamp(h.timestamp.value_or(h.call.startTime)));
        row[LineColumn]->setText(QString::number(h.line + 1));
        row[LineColumn]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row[TextColumn]->setText(shownText(h.text));
        // The lines around it, on hover (the function's own output: plain text, never markup).
        QStringList context;
        for (const QString &l : h.before)
            context << u"  "_s + shownText(l);
        context << u"▶ "_s + shownText(h.text);
        for (const QString &l : h.after)
            context << u"  "_s + shownText(l);
        const QString tip =
            plainToolTip(tr("%1, call %2, line %3").arg(shownText(name)).arg(h.call.id).arg(h.line + 1) + u"\n\n"_s + context.join(u'\n'));
        for (QStandardItem *item : row)
            item->setToolTip(tip);
        m_hits->appendRow(row);
        m_found << h;
    }
}

QString CallSearchWindow::statusText() const
{
    return m_state->text();
}

void CallSearchWindow::updateStatus()
{
    if (!m_search->isRunning() && !m_waitForRead)
        m_go->setText(tr("&Search"));
    QString text;
    if (m_waitForRead)
        text = tr("Reading the calls of the window…");
    else if (m_search->total() > 0 || m_search->isRunning())
        text = tr("%1 of %n call(s) searched (%2 from the cache): %3 hit(s)", nullptr, m_search->total())
                   .arg(m_search->searched())
                   .arg(m_search->fromCache())
                   .arg(m_search->hitCount());
    if (m_search->failedCalls() > 0)
        text += tr(" — the logs of %n call(s) could not be read", nullptr, m_search->failedCalls());
    if (m_partial > 0 && !m_waitForRead)
        text += tr(" — the calls of %n function(s) were read for only part of the window", nullptr, m_partial);
    if (!m_search->isRunning() && m_search->hitLimit())
        text += tr(" — stopped at the first %1 hits").arg(LogSearch::MaxHits);
    if (!m_problem.isEmpty())
        text = text.isEmpty() ? m_problem : text + u" — "_s + m_problem;
    m_state->setText(text);
}

} // namespace fstudio::gui
