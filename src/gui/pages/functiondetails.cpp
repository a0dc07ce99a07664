#include "gui/pages/functiondetails.h"

#include "core/util/showntext.h"

#include "ui_functiondetails.h"

#include "gui/models/formatting.h"
#include "gui/models/modelroles.h"
#include "gui/widgets/tones.h"

#include "api/services/filesservice.h"
#include "core/packaging/codezip.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

namespace {
void fill(QTableWidget *t, const std::optional<StringMap> &map)
{
    t->setRowCount(0);
    if (!map)
        return;
    t->setRowCount(int(map->size()));
    int row = 0;
    for (auto it = map->begin(); it != map->end(); ++it, ++row) {
        t->setItem(row, 0, new QTableWidgetItem(it.key()));
        t->setItem(row, 1, new QTableWidgetItem(it.value()));
    }
}
} // namespace

FunctionDetails::FunctionDetails(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FunctionDetails>())
{
    setObjectName(u"functionDetails"_s); // before setupUi, which names an unnamed widget after the form
    m_ui->setupUi(this);
    QFont tf = m_ui->detailsTitle->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.3);
    tf.setBold(true);
    m_ui->detailsTitle->setFont(tf);
    m_ui->deployErrorTrace->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QFont bold = m_ui->deployErrorMessage->font();
    bold.setBold(true);
    m_ui->deployErrorMessage->setFont(bold);
    connect(m_ui->copyTrace, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_ui->deployErrorMessage->text() + u"\n\n"_s + m_ui->deployErrorTrace->toPlainText()); });
    connect(m_ui->loadCodeFiles, &QPushButton::clicked, this, &FunctionDetails::loadCodeFiles);
    applyStatusColour();
    setFunction(std::nullopt);
}

FunctionDetails::~FunctionDetails() = default;

void FunctionDetails::setClient(api::CdfClient *client)
{
    m_client = client;
    ++m_generation; // a download of the old connection is dropped: let the user start again
    if (!m_ui->loadCodeFiles->isEnabled()) {
        m_ui->codeFiles->clear();
        m_ui->codeFiles->hide();
        m_ui->loadCodeFiles->setEnabled(m_function.has_value());
    }
}

void FunctionDetails::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyStatusColour();
}

void FunctionDetails::applyStatusColour()
{
    QPalette p = m_ui->deployErrorMessage->palette();
    p.setColor(QPalette::WindowText, Tones::foreground(Tone::Negative, palette()));
    m_ui->deployErrorMessage->setPalette(p);
    if (m_function) {
        QPalette sp = m_ui->detail_status->palette();
        sp.setColor(QPalette::WindowText, Tones::foreground(Tones::forStatus(toWire(m_function->status)), palette()));
        m_ui->detail_status->setPalette(sp);
    }
}

void FunctionDetails::setFunction(const std::optional<Function> &f)
{
    const bool sameFunction = f && m_function && f->id == m_function->id;
    m_function = f;
    setEnabled(f.has_value());
    const QList<QLabel *> values{m_ui->detail_id,     m_ui->detail_externalId,   m_ui->detail_status,      m_ui->detail_description,
                                 m_ui->detail_owner,  m_ui->detail_functionPath, m_ui->detail_runtime,     m_ui->detail_cpu,
                                 m_ui->detail_memory, m_ui->detail_fileId,       m_ui->detail_createdTime, m_ui->detail_lastCalled};
    if (!sameFunction) {
        ++m_generation;
        m_ui->codeFiles->clear();
        m_ui->codeFiles->hide();
        m_ui->loadCodeFiles->setEnabled(true);
    }
    if (!f) {
        m_ui->detailsTitle->setText(tr("Select a function to see its details."));
        for (QLabel *l : values)
            l->clear();
        m_ui->detail_secrets->clear();
        fill(m_ui->detail_envVars, std::nullopt);
        fill(m_ui->detail_metadata, std::nullopt);
        m_ui->deployError->hide();
        return;
    }
    m_ui->detailsTitle->setText(shownText(f->name));
    const QStringList texts{QString::number(f->id),
                            shownText(f->externalId.value_or(QString())),
                            statusLabel(f->statusText.isEmpty() ? toWire(f->status) : f->statusText),
                            shownText(f->description.value_or(QString())),
                            shownText(f->owner.value_or(QString())),
                            shownText(f->functionPath),
                            f->runtimeVersion ? u"%1 (%2)"_s.arg(f->runtime.value_or(QString()), *f->runtimeVersion) : f->runtime.value_or(QString()),
                            f->cpu ? QLocale().toString(*f->cpu) : QString(), // the user's decimal separator, as everywhere
                            f->memory ? QLocale().toString(*f->memory) : QString(),
                            QString::number(f->fileId),
                            formatTimestamp(f->createdTime),
                            f->lastCalled ? formatTimestamp(*f->lastCalled) : tr("never")};
    for (int i = 0; i < values.size(); ++i)
        values[i]->setText(texts.value(i));
    QFont bold = m_ui->detail_status->font();
    bold.setBold(true);
    m_ui->detail_status->setFont(bold);
    applyStatusColour();
    if (f->secrets && !f->secrets->isEmpty()) {
        QStringList keys;
        for (const QString &k : f->secrets->keys())
            keys << k + u" = ••••"_s;
        m_ui->detail_secrets->setText(keys.join(u"\n"_s) + u"\n"_s + tr("(CDF never returns secret values.)"));
    } else {
        m_ui->detail_secrets->setText(tr("none"));
    }
    fill(m_ui->detail_envVars, f->envVars);
    fill(m_ui->detail_metadata, f->metadata);
    if (f->error && f->status == FunctionStatus::Failed) {
        m_ui->deployErrorMessage->setText(shownText(f->error->message));
        m_ui->deployErrorTrace->setPlainText(f->error->trace.isEmpty() ? tr("(no trace)") : f->error->trace);
        m_ui->deployError->show();
    } else {
        m_ui->deployError->hide();
    }
}

void FunctionDetails::loadCodeFiles()
{
    if (!m_function || !m_client)
        return;
    m_ui->loadCodeFiles->setEnabled(false);
    m_ui->codeFiles->clear();
    m_ui->codeFiles->addItem(tr("Downloading…"));
    m_ui->codeFiles->show();
    const qint64 fileId = m_function->fileId;
    const int generation = m_generation;
    auto stale = [this, generation] { return generation != m_generation; };
    api::FilesService(m_client).downloadLink(fileId).then(this, [this, fileId, stale](const api::Pending<QUrl>::Result &link) {
        if (stale())
            return;
        if (!link) {
            m_ui->codeFiles->clear();
            m_ui->codeFiles->addItem(link.error().userMessage());
            m_ui->loadCodeFiles->setEnabled(true);
            return;
        }
        api::FilesService(m_client).download(*link).then(this, [this, fileId, stale](const api::Pending<QByteArray>::Result &bytes) {
            if (stale())
                return;
            if (!bytes) {
                m_ui->codeFiles->clear();
                m_ui->codeFiles->addItem(bytes.error().userMessage());
                m_ui->loadCodeFiles->setEnabled(true);
                return;
            }
            showZip(fileId, *bytes);
        });
    });
}

// Reading the zip's directory runs on a worker thread; the answer is dropped if the selection
// moved on meanwhile (or this panel is gone: the watcher is its child).
void FunctionDetails::showZip(qint64 fileId, const QByteArray &bytes)
{
    m_ui->codeFiles->clear();
    m_ui->codeFiles->addItem(tr("Reading the zip…"));
    const int generation = m_generation;
    auto *watcher = new QFutureWatcher<Expected<CodeZipListing, QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, fileId] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const auto listing = watcher->result();
        m_ui->codeFiles->clear();
        m_ui->loadCodeFiles->setEnabled(true);
        if (!listing) {
            m_ui->codeFiles->addItem(tr("The code file %1 cannot be read: %2.").arg(fileId).arg(listing.error()));
            return;
        }
        for (const CodeZipEntry &e : listing->entries)
            m_ui->codeFiles->addItem(tr("%1   (%2 bytes)").arg(e.name, QString::number(e.uncompressedSize)));
        if (listing->truncated)
            m_ui->codeFiles->addItem(tr("… and %1 more entries").arg(listing->totalEntries - listing->entries.size()));
    });
    watcher->setFuture(QtConcurrent::run([bytes] { return CodeZip::list(bytes); }));
}

} // namespace fstudio::gui
