#include "gui/dialogs/functiondetails.h"

#include "gui/models/modelroles.h"
#include "gui/models/statusdelegate.h"

#include "api/services/filesservice.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

#include <quazip.h>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

namespace {
QTableWidget *makeTable(const QString &objectName, const QStringList &headers)
{
    auto *t = new QTableWidget(0, 2);
    t->setObjectName(objectName);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setMaximumHeight(140);
    return t;
}

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
{
    setObjectName(u"functionDetails"_s);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget;
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);

    m_title = new QLabel(tr("Select a function to see its details."));
    m_title->setObjectName(u"detailsTitle"_s);
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.3);
    tf.setBold(true);
    m_title->setFont(tf);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    m_errorBox = new QGroupBox(tr("Deployment failed"));
    m_errorBox->setObjectName(u"deployError"_s);
    auto *el = new QVBoxLayout(m_errorBox);
    m_errorMessage = new QLabel;
    m_errorMessage->setObjectName(u"deployErrorMessage"_s);
    m_errorMessage->setWordWrap(true);
    m_errorMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorMessage->setStyleSheet(u"color: #c62828; font-weight: bold;"_s);
    el->addWidget(m_errorMessage);
    m_trace = new QPlainTextEdit;
    m_trace->setObjectName(u"deployErrorTrace"_s);
    m_trace->setReadOnly(true);
    m_trace->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_trace->setMinimumHeight(120);
    el->addWidget(m_trace);
    auto *copy = new QPushButton(tr("Copy message and trace"));
    copy->setObjectName(u"copyTrace"_s);
    connect(copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_errorMessage->text() + u"\n\n"_s + m_trace->toPlainText());
    });
    el->addWidget(copy, 0, Qt::AlignLeft);
    m_errorBox->hide();
    layout->addWidget(m_errorBox);

    auto *fields = new QGroupBox(tr("Function"));
    m_form = new QFormLayout(fields);
    const QList<std::pair<QString, QString>> rows{
        {u"id"_s, tr("Id")},           {u"externalId"_s, tr("External id")}, {u"status"_s, tr("Status")},
        {u"description"_s, tr("Description")}, {u"owner"_s, tr("Owner")}, {u"functionPath"_s, tr("Function path")},
        {u"runtime"_s, tr("Runtime")}, {u"cpu"_s, tr("CPU")},            {u"memory"_s, tr("Memory (GB)")},
        {u"fileId"_s, tr("Code file id")}, {u"createdTime"_s, tr("Created")}, {u"lastCalled"_s, tr("Last called")},
    };
    for (const auto &[key, label] : rows) {
        auto *v = new QLabel;
        v->setObjectName(u"detail_"_s + key);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        v->setWordWrap(true);
        m_form->addRow(label, v);
        m_values << v;
    }
    layout->addWidget(fields);

    auto *secretsBox = new QGroupBox(tr("Secrets"));
    auto *sl = new QVBoxLayout(secretsBox);
    m_secrets = new QLabel;
    m_secrets->setObjectName(u"detail_secrets"_s);
    m_secrets->setWordWrap(true);
    sl->addWidget(m_secrets);
    layout->addWidget(secretsBox);

    auto *envBox = new QGroupBox(tr("Environment variables"));
    auto *envl = new QVBoxLayout(envBox);
    m_env = makeTable(u"detail_envVars"_s, {tr("Name"), tr("Value")});
    envl->addWidget(m_env);
    layout->addWidget(envBox);

    auto *metaBox = new QGroupBox(tr("Metadata"));
    auto *ml = new QVBoxLayout(metaBox);
    m_metadata = makeTable(u"detail_metadata"_s, {tr("Key"), tr("Value")});
    ml->addWidget(m_metadata);
    layout->addWidget(metaBox);

    auto *codeBox = new QGroupBox(tr("Code"));
    auto *cl = new QVBoxLayout(codeBox);
    m_loadFiles = new QPushButton(tr("Show the files in the code zip"));
    m_loadFiles->setObjectName(u"loadCodeFiles"_s);
    connect(m_loadFiles, &QPushButton::clicked, this, &FunctionDetails::loadCodeFiles);
    cl->addWidget(m_loadFiles, 0, Qt::AlignLeft);
    m_files = new QListWidget;
    m_files->setObjectName(u"codeFiles"_s);
    m_files->setMaximumHeight(160);
    m_files->hide();
    cl->addWidget(m_files);
    layout->addWidget(codeBox);
    layout->addStretch();
    setFunction(std::nullopt);
}

void FunctionDetails::setFunction(const std::optional<Function> &f)
{
    const bool sameFunction = f && m_function && f->id == m_function->id;
    m_function = f;
    setEnabled(f.has_value());
    if (!f) {
        m_title->setText(tr("Select a function to see its details."));
        for (QLabel *l : std::as_const(m_values))
            l->clear();
        m_secrets->clear();
        fill(m_env, std::nullopt);
        fill(m_metadata, std::nullopt);
        m_errorBox->hide();
        m_files->hide();
        return;
    }
    m_title->setText(f->name);
    const QStringList values{QString::number(f->id),
                             f->externalId.value_or(QString()),
                             f->statusText.isEmpty() ? toWire(f->status) : f->statusText,
                             f->description.value_or(QString()),
                             f->owner.value_or(QString()),
                             f->functionPath,
                             f->runtimeVersion ? u"%1 (%2)"_s.arg(f->runtime.value_or(QString()), *f->runtimeVersion) : f->runtime.value_or(QString()),
                             f->cpu ? QString::number(*f->cpu) : QString(),
                             f->memory ? QString::number(*f->memory) : QString(),
                             QString::number(f->fileId),
                             formatTimestamp(f->createdTime),
                             f->lastCalled ? formatTimestamp(*f->lastCalled) : tr("never")};
    for (int i = 0; i < m_values.size(); ++i)
        m_values[i]->setText(values.value(i));
    m_values[2]->setStyleSheet(u"color: %1; font-weight: bold;"_s.arg(StatusDelegate::colorFor(values[2]).name()));
    if (f->secrets && !f->secrets->isEmpty()) {
        QStringList keys;
        for (const QString &k : f->secrets->keys())
            keys << k + u" = ••••"_s;
        m_secrets->setText(keys.join(u"\n"_s) + u"\n"_s + tr("(CDF never returns secret values.)"));
    } else {
        m_secrets->setText(tr("none"));
    }
    fill(m_env, f->envVars);
    fill(m_metadata, f->metadata);
    if (f->error && f->status == FunctionStatus::Failed) {
        m_errorMessage->setText(f->error->message);
        m_trace->setPlainText(f->error->trace.isEmpty() ? tr("(no trace)") : f->error->trace);
        m_errorBox->show();
    } else {
        m_errorBox->hide();
    }
    if (!sameFunction) {
        m_files->clear();
        m_files->hide();
        m_loadFiles->setEnabled(true);
    }
}

void FunctionDetails::loadCodeFiles()
{
    if (!m_function || !m_client)
        return;
    m_loadFiles->setEnabled(false);
    m_files->clear();
    m_files->addItem(tr("Downloading…"));
    m_files->show();
    const qint64 fileId = m_function->fileId;
    const qint64 functionId = m_function->id;
    api::FilesService files(m_client);
    files.downloadLink(fileId).then(this, [this, fileId, functionId](const api::Pending<QUrl>::Result &link) {
        if (!m_function || m_function->id != functionId)
            return;
        if (!link) {
            m_files->clear();
            m_files->addItem(link.error().userMessage());
            m_loadFiles->setEnabled(true);
            return;
        }
        api::FilesService(m_client).download(*link).then(this, [this, functionId, fileId](const api::Pending<QByteArray>::Result &bytes) {
            if (!m_function || m_function->id != functionId)
                return;
            m_files->clear();
            m_loadFiles->setEnabled(true);
            if (!bytes) {
                m_files->addItem(bytes.error().userMessage());
                return;
            }
            QByteArray data = *bytes;
            QBuffer buffer(&data);
            QuaZip zip(&buffer);
            if (!zip.open(QuaZip::mdUnzip)) {
                m_files->addItem(tr("The code file %1 is not a readable zip.").arg(fileId));
                return;
            }
            const auto infos = zip.getFileInfoList64();
            for (const auto &info : infos)
                m_files->addItem(u"%1   (%2 bytes)"_s.arg(info.name).arg(info.uncompressedSize));
            zip.close();
        });
    });
}

} // namespace fstudio::gui
