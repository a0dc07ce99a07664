#include "gui/logs/logpanel.h"

#include "ui_logpanel.h"

#include "gui/logs/logmodel.h"
#include "gui/logs/logview.h"
#include "gui/widgets/messageboxes.h"

#include <QFileDialog>
#include <QKeyEvent>
#include <QSettings>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

namespace {
const QString TimestampsKey = u"logView/timestamps"_s;
const QString WrapKey = u"logView/wrap"_s;

// Shift+Enter in the search box goes back; Enter goes forward.
class SearchKeys : public QObject
{
public:
    SearchKeys(LogPanel *panel, std::function<void(bool)> find)
        : QObject(panel)
        , m_find(std::move(find))
    {
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                m_find(key->modifiers() & Qt::ShiftModifier);
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void(bool)> m_find;
};
} // namespace

LogPanel::LogPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LogPanel>())
    , m_model(new LogModel(this))
{
    m_ui->setupUi(this);
    LogView *view = m_ui->logView;
    view->setModel(m_model);
    m_ui->timestamps->addItem(tr("Hidden"), u"hidden"_s);
    m_ui->timestamps->addItem(tr("Local time"), u"local"_s);
    m_ui->timestamps->addItem(tr("UTC"), u"utc"_s);
    const QSettings settings;
    const int stamp = m_ui->timestamps->findData(settings.value(TimestampsKey, u"local"_s).toString());
    m_ui->timestamps->setCurrentIndex(stamp >= 0 ? stamp : 1);
    const auto applyTimestamps = [this, view] {
        const QString v = m_ui->timestamps->currentData().toString();
        view->setTimestamps(v == u"hidden"_s ? LogView::Timestamps::Hidden : v == u"utc"_s ? LogView::Timestamps::Utc : LogView::Timestamps::Local);
    };
    applyTimestamps();
    connect(m_ui->timestamps, &QComboBox::currentIndexChanged, this, [this, applyTimestamps] {
        applyTimestamps();
        QSettings().setValue(TimestampsKey, m_ui->timestamps->currentData());
    });
    m_ui->wrap->setChecked(settings.value(WrapKey, false).toBool());
    view->setWrap(m_ui->wrap->isChecked());
    connect(m_ui->wrap, &QCheckBox::toggled, this, [view](bool on) {
        view->setWrap(on);
        QSettings().setValue(WrapKey, on);
    });
    connect(m_ui->follow, &QCheckBox::toggled, view, &LogView::setFollow);
    connect(view, &LogView::followChanged, this, [this](bool on) {
        const QSignalBlocker block(m_ui->follow);
        m_ui->follow->setChecked(on);
    });

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(150);
    connect(&m_searchDelay, &QTimer::timeout, this, &LogPanel::search);
    connect(m_ui->logSearch, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_ui->regex, &QCheckBox::toggled, this, &LogPanel::search);
    connect(m_ui->caseSensitive, &QCheckBox::toggled, this, &LogPanel::search);
    connect(m_ui->onlyMatching, &QCheckBox::toggled, view, &LogView::setFilter);
    const auto find = [this, view](bool backwards) {
        if (m_searchDelay.isActive())
            search();
        backwards ? view->findPrevious() : view->findNext();
    };
    m_ui->logSearch->installEventFilter(new SearchKeys(this, find));
    connect(m_ui->findNext, &QToolButton::clicked, this, [find] { find(false); });
    connect(m_ui->findPrevious, &QToolButton::clicked, this, [find] { find(true); });
    connect(view, &LogView::matchesChanged, this, [this](int count, int current) {
        if (m_ui->logSearch->text().isEmpty())
            m_ui->matchCount->clear();
        else if (count == 0)
            m_ui->matchCount->setText(tr("no match"));
        else if (current < 0)
            m_ui->matchCount->setText(tr("%n line(s)", nullptr, count));
        else
            m_ui->matchCount->setText(tr("%1 of %2").arg(current + 1).arg(count));
    });

    connect(m_ui->copyLog, &QToolButton::clicked, this, [view] {
        if (view->selectedText().isEmpty())
            view->selectAll();
        view->copy();
    });
    connect(m_ui->saveLog, &QToolButton::clicked, this, [this, view] {
        auto *dialog = new QFileDialog(this, tr("Save the log"), QString(), tr("Log files (*.log *.txt);;All files (*)"));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(u"log"_s);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, [this, view](const QString &path) {
            QString error;
            if (!view->save(path, &error))
                MessageBoxes::inform(this, tr("The log was not saved"), tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), error));
        });
        dialog->open();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LogPanel::updateCounts);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_pendingRow >= 0 && m_pendingRow < m_model->rowCount())
            m_ui->logView->goToRow(std::exchange(m_pendingRow, -1));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &LogPanel::updateCounts);
    updateCounts();
}

LogPanel::~LogPanel()
{
    m_ui->logView->setModel(nullptr); // the model goes with the children, after m_ui
}

LogView *LogPanel::view() const
{
    return m_ui->logView;
}

void LogPanel::append(const QList<LogEntry> &lines)
{
    m_model->append(lines);
}

void LogPanel::clear()
{
    m_model->clear();
}

void LogPanel::focusSearch()
{
    m_ui->logSearch->setFocus();
    m_ui->logSearch->selectAll();
}

void LogPanel::search()
{
    m_searchDelay.stop();
    const LogQuery query(m_ui->logSearch->text(), m_ui->regex->isChecked(), m_ui->caseSensitive->isChecked());
    if (!query.isValid()) {
        m_ui->logView->setQuery(LogQuery());
        m_ui->matchCount->setText(tr("Not a regular expression: %1").arg(query.errorString()));
        return;
    }
    m_ui->logView->setQuery(query);
}

void LogPanel::showLine(int row, const LogQuery &query)
{
    {
        const QSignalBlocker a(m_ui->regex);
        const QSignalBlocker b(m_ui->caseSensitive);
        const QSignalBlocker c(m_ui->logSearch);
        m_ui->regex->setChecked(query.isRegex());
        m_ui->caseSensitive->setChecked(query.isCaseSensitive());
        m_ui->logSearch->setText(query.text());
    }
    search();
    if (row < m_model->rowCount())
        m_ui->logView->goToRow(row);
    else
        m_pendingRow = row;
}

void LogPanel::setStatus(const QString &text)
{
    m_status = text;
    updateCounts();
}

QString LogPanel::status() const
{
    return m_status;
}

void LogPanel::updateCounts()
{
    QString text = tr("%n line(s)", nullptr, m_model->lineCount());
    if (m_model->droppedLines() > 0)
        text += u" · "_s + tr("%1 more not kept: the viewer keeps up to %2 lines and 2 GB").arg(m_model->droppedLines()).arg(LogModel::MaxLines);
    if (!m_status.isEmpty())
        text += u" · "_s + m_status;
    m_ui->logStatus->setText(text);
}

QString LogPanel::text() const
{
    QStringList lines;
    lines.reserve(m_model->lineCount());
    for (int r = 0; r < m_model->lineCount(); ++r)
        lines << m_ui->logView->textOf(r);
    return lines.join(u'\n');
}

} // namespace fstudio::gui
