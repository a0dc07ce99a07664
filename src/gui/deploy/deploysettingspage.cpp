#include "gui/deploy/deploysettingspage.h"

#include "ui_deploysettingspage.h"

#include "gui/deploy/deploychecks.h"
#include "gui/deploy/deploymemory.h"
#include "gui/widgets/plaintext.h"
#include "gui/widgets/tones.h"

#include "api/transport/cdfclient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QStyledItemDelegate>
#include <QWizard>
#include <QtConcurrent/QtConcurrentRun>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

namespace {
// Secret values are typed into a password field and kept in SecretRole; the cell's text is only
// dots, so neither copy (Ctrl+C copies the display text) nor accessibility tools see the value.
class MaskedDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *line = new QLineEdit(parent);
        line->setEchoMode(QLineEdit::Password);
        return line;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        static_cast<QLineEdit *>(editor)->setText(index.data(DeploySettingsPage::SecretRole).toString());
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        DeploySettingsPage::setSecretValue(model, index, static_cast<QLineEdit *>(editor)->text());
    }
};

std::optional<QString> optionalText(const QLineEdit *e)
{
    const QString t = e->text().trimmed();
    return t.isEmpty() ? std::nullopt : std::optional<QString>(t);
}
} // namespace

DeploySettingsPage::DeploySettingsPage(DeployState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::DeploySettingsPage>())
    , m_state(state)
{
    m_ui->setupUi(this);
    m_ui->secrets->setItemDelegateForColumn(1, new MaskedDelegate(m_ui->secrets));
    for (QTableWidget *t : {m_ui->secrets, m_ui->envVars, m_ui->metadata}) {
        t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
        t->setColumnWidth(0, 220);
        connect(t, &QTableWidget::itemChanged, this, &DeploySettingsPage::revalidate);
    }
    const auto addRow = [this](QTableWidget *t) {
        t->insertRow(t->rowCount());
        t->setItem(t->rowCount() - 1, 0, new QTableWidgetItem());
        t->setItem(t->rowCount() - 1, 1, new QTableWidgetItem());
        t->setCurrentCell(t->rowCount() - 1, 0);
        t->editItem(t->item(t->rowCount() - 1, 0));
    };
    const auto removeRow = [this](QTableWidget *t) {
        if (t->currentRow() >= 0)
            t->removeRow(t->currentRow());
        revalidate();
    };
    connect(m_ui->secretsAdd, &QPushButton::clicked, this, [=, this] { addRow(m_ui->secrets); });
    connect(m_ui->envVarsAdd, &QPushButton::clicked, this, [=, this] { addRow(m_ui->envVars); });
    connect(m_ui->metadataAdd, &QPushButton::clicked, this, [=, this] { addRow(m_ui->metadata); });
    connect(m_ui->secretsRemove, &QPushButton::clicked, this, [=, this] { removeRow(m_ui->secrets); });
    connect(m_ui->envVarsRemove, &QPushButton::clicked, this, [=, this] { removeRow(m_ui->envVars); });
    connect(m_ui->metadataRemove, &QPushButton::clicked, this, [=, this] { removeRow(m_ui->metadata); });
    for (QLineEdit *e : {m_ui->name, m_ui->externalId, m_ui->description, m_ui->owner, m_ui->indexUrl, m_ui->extraIndexUrls})
        connect(e, &QLineEdit::textChanged, this, &DeploySettingsPage::revalidate);
    connect(m_ui->functionPath, &QComboBox::currentTextChanged, this, &DeploySettingsPage::revalidate);
    connect(m_ui->runtime, &QComboBox::currentTextChanged, this, &DeploySettingsPage::revalidate);
    connect(m_ui->cpu, &QDoubleSpinBox::valueChanged, this, &DeploySettingsPage::revalidate);
    connect(m_ui->memory, &QDoubleSpinBox::valueChanged, this, &DeploySettingsPage::revalidate);
    connect(m_ui->codeDataSet, &QLineEdit::textChanged, this, &DeploySettingsPage::revalidate);
    connect(m_ui->toolkitEnvironment, &QComboBox::currentTextChanged, this, &DeploySettingsPage::readToolkit);
    for (QRadioButton *b : {m_ui->schedulesProfile, m_ui->schedulesTokenExchange, m_ui->schedulesOther})
        connect(b, &QRadioButton::toggled, this, &DeploySettingsPage::revalidate);
    for (QLineEdit *e : {m_ui->schedulesClientId, m_ui->schedulesClientSecret})
        connect(e, &QLineEdit::textChanged, this, &DeploySettingsPage::revalidate);
}

DeploySettingsPage::~DeploySettingsPage() = default;

void DeploySettingsPage::initializePage()
{
    // Python files of the package, for the function path.
    const QString current = m_ui->functionPath->currentText();
    m_ui->functionPath->clear();
    for (const auto &e : m_state->plan.files)
        if (e.path.endsWith(u".py"_s))
            m_ui->functionPath->addItem(e.path);
    // The same source read again (Back, a retry) keeps everything the user typed.
    if (!current.isEmpty() && m_prefilledFor == m_state->sourcePath)
        m_ui->functionPath->setCurrentText(current);
    if (m_prefilledFor != m_state->sourcePath)
        prefill();
    // A new version keeps its function's external id: that is what ties the versions together.
    m_ui->externalId->setReadOnly(bool(m_state->redeployOf));
    if (m_state->redeployOf) {
        m_ui->externalId->setProperty(
            "fsBaseToolTip", tr("A new version keeps the external id of %1: it is what ties the versions together.").arg(m_state->redeployOf->name));
        revalidate();
    }
    revalidate();
}

void DeploySettingsPage::prefill()
{
    m_prefilledFor = m_state->sourcePath;
    const FunctionsLimits limits = m_state->project.limits.value_or(FunctionsLimits());
    m_ui->runtime->clear();
    m_ui->runtime->addItems(limits.runtimes);
    m_ui->cpu->setRange(limits.cpuCores.min, limits.cpuCores.max);
    m_ui->memory->setRange(limits.memoryGb.min, limits.memoryGb.max);
    m_ui->cpu->setToolTip(tr("%1 to %2 cores; %3 when not set").arg(limits.cpuCores.min).arg(limits.cpuCores.max).arg(limits.cpuCores.defaultValue));
    m_ui->memory->setToolTip(tr("%1 to %2 GB; %3 when not set").arg(limits.memoryGb.min).arg(limits.memoryGb.max).arg(limits.memoryGb.defaultValue));
    prefillSchedules();
    if (const Function *from = m_state->settingsSource()) {
        const Function &f = *from;
        // A new version from a Toolkit module's folder: its files are the settings, as for `cdf
        // deploy` (the external id stays the function's). CDF never returns secret values: the
        // keys are listed, the values typed again.
        if (m_state->toolkitDefinition && !m_state->promotion) {
            applyToolkit();
            m_ui->externalId->setText(f.externalId.value_or(QString()));
        } else {
            apply(FunctionWrite::from(f), true);
        }
        showToolkit();
        if (!f.secrets.value_or(StringMap()).isEmpty())
            m_ui->secretsHint->setText(tr("Passed to handle() as secrets. CDF does not give secret values back: type each value again, or the "
                                          "new version gets an empty one."));
        recallSecretValues();
        return;
    }
    // The folder's name and the project's defaults; a Toolkit definition next to the folder over
    // them (DeployChecks::settingsFor, which the headless check uses too); else what was used last
    // time for this source. Neither brings secret values: those are typed again.
    applyToolkit();
    if (const auto last = DeployMemory::recall(m_state->sourcePath); last && !m_state->toolkitDefinition)
        apply(*last);
    showToolkit();
    recallSecretValues();
}

QString DeploySettingsPage::secretsKey() const
{
    // A promotion's source is a temporary download: nothing to remember it by.
    if (!m_state->project.secrets || !m_state->project.client || m_state->promotion)
        return {};
    const QString id =
        m_state->project.client->config().baseUrl.host() + u'\n' + m_state->project.name + u'\n' + QFileInfo(m_state->sourcePath).absoluteFilePath();
    return u"deploy-secrets/"_s + QString::fromLatin1(QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha1).toHex());
}

void DeploySettingsPage::recallSecretValues()
{
    const QString key = secretsKey();
    m_ui->rememberSecrets->setVisible(!key.isEmpty());
    if (key.isEmpty())
        return;
    const QString source = m_prefilledFor;
    m_state->project.secrets->read(key, this, [this, source](const api::SecretStore::Result &r) {
        if (r.status != api::SecretStore::Status::Ok || source != m_prefilledFor)
            return;
        const QJsonObject values = QJsonDocument::fromJson(r.value.toUtf8()).object();
        bool filled = false;
        for (int row = 0; row < m_ui->secrets->rowCount(); ++row) {
            QTableWidgetItem *k = m_ui->secrets->item(row, 0);
            QTableWidgetItem *v = m_ui->secrets->item(row, 1);
            if (!k || !v || !v->data(SecretRole).toString().isEmpty() || !values.value(k->text()).isString())
                continue;
            setSecretValue(m_ui->secrets->model(), m_ui->secrets->model()->index(row, 1), values.value(k->text()).toString());
            filled = true;
        }
        if (filled)
            m_ui->secretsHint->setText(tr("Passed to handle() as secrets. The values you gave last time were filled in from the keychain."));
        revalidate();
    });
}

void DeploySettingsPage::rememberSecretValues()
{
    const QString key = secretsKey();
    if (key.isEmpty())
        return;
    QJsonObject values;
    const StringMap secrets = m_state->function.secrets.value_or(StringMap());
    for (auto it = secrets.begin(); it != secrets.end(); ++it)
        if (!it.value().isEmpty())
            values.insert(it.key(), it.value());
    // What the keychain refuses is said on the Secrets tab, not dropped (the deploy goes on: the
    // values are in this deploy either way).
    const auto said = [this](const api::SecretStore::Result &r) {
        if (r.status == api::SecretStore::Status::Error || r.status == api::SecretStore::Status::Unavailable)
            m_ui->secretsHint->setText(tr("Passed to handle() as secrets. The keychain did not keep the values for next time: %1").arg(r.message));
    };
    if (m_ui->rememberSecrets->isChecked() && !values.isEmpty())
        m_state->project.secrets->write(key, QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact)), this, said);
    else
        m_state->project.secrets->remove(key, this, said);
}

void DeploySettingsPage::applyToolkit()
{
    apply(DeployChecks::settingsFor(*m_state));
    if (const auto &defined = m_state->toolkitDefinition)
        m_ui->codeDataSet->setText(defined->dataSetExternalId.value_or(QString()));
}

void DeploySettingsPage::showToolkit()
{
    const auto &defined = m_state->toolkitDefinition;
    const QStringList environments = defined && defined->project ? defined->project->environments : QStringList();
    {
        const QSignalBlocker block(m_ui->toolkitEnvironment);
        m_ui->toolkitEnvironment->clear();
        m_ui->toolkitEnvironment->addItems(environments);
        m_ui->toolkitEnvironment->setCurrentText(defined ? defined->environment : QString());
    }
    m_ui->toolkitEnvironment->setVisible(environments.size() > 1);
    m_ui->toolkitEnvironmentLabel->setVisible(environments.size() > 1);
    if (!defined) {
        m_ui->fromToolkit->clear();
        m_ui->fromToolkit->setVisible(false);
        return;
    }
    QString text = defined->environment.isEmpty()
        ? tr("Filled in from %1.").arg(QDir::toNativeSeparators(defined->path))
        : tr("Filled in from %1, with the variables of config.%2.yaml.").arg(QDir::toNativeSeparators(defined->path), defined->environment);
    // What reading the Toolkit files found: at most a few lines here; the checks page lists every one.
    QStringList lines;
    for (const Finding &f : defined->findings) {
        if (f.severity == Finding::Severity::Info)
            continue;
        const QString where = f.line > 0 ? u"%1:%2"_s.arg(QFileInfo(f.file).fileName()).arg(f.line) : QFileInfo(f.file).fileName();
        lines << (f.isError() ? tr("Error: %1: %2") : tr("Warning: %1: %2")).arg(where, f.message);
    }
    if (!lines.isEmpty())
        text += u"\n"_s + lines.mid(0, 4).join(u"\n"_s)
            + (lines.size() > 4 ? u"\n"_s + tr("… and %n more on the checks page.", nullptr, int(lines.size() - 4)) : QString());
    m_ui->fromToolkit->setText(text);
    m_ui->fromToolkit->setVisible(true);
}

void DeploySettingsPage::readToolkit(const QString &environment)
{
    const int generation = ++m_toolkitGeneration;
    auto *watcher = new QFutureWatcher<std::optional<ToolkitDefinition>>(this);
    m_readingToolkit = true;
    Q_EMIT completeChanged(); // Next waits for the files of the environment chosen
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, environment] {
        watcher->deleteLater();
        if (generation != m_toolkitGeneration)
            return;
        m_readingToolkit = false;
        if (wizard() && wizard()->currentPage() != this) { // the user went on (or back): nothing changes under them
            Q_EMIT completeChanged();
            return;
        }
        // What the user typed that the files do not give stays: secret values, a new version's external id.
        const StringMap typedSecrets = tableValues(m_ui->secrets, true);
        const QString externalId = m_ui->externalId->text();
        m_state->toolkitEnvironment = environment;
        m_state->toolkitDefinition = watcher->result();
        applyToolkit();
        for (int row = 0; row < m_ui->secrets->rowCount(); ++row)
            if (QTableWidgetItem *key = m_ui->secrets->item(row, 0); key && !typedSecrets.value(key->text()).isEmpty())
                setSecretValue(m_ui->secrets->model(), m_ui->secrets->model()->index(row, 1), typedSecrets.value(key->text()));
        if (m_state->redeployOf)
            m_ui->externalId->setText(externalId);
        prefillSchedules();
        showToolkit();
        revalidate();
    });
    watcher->setFuture(QtConcurrent::run([path = m_state->sourcePath, environment] { return ToolkitFunction::find(path, environment); }));
}

// A new version makes the function's schedules again, a promotion its source's, a Toolkit module
// those its files define: the user picks how they sign in. Otherwise the tab is hidden.
void DeploySettingsPage::prefillSchedules()
{
    const bool hasSchedules = m_state->redeployOf || !m_state->newSchedules().isEmpty();
    m_ui->tabs->setTabVisible(m_ui->tabs->indexOf(m_ui->schedulesTab), hasSchedules);
    if (m_state->promotion && !m_state->redeployOf) {
        QStringList names;
        for (const auto &s : std::as_const(m_state->promotion->schedules))
            names << tr("%1 (%2)").arg(s.schedule.name, s.schedule.cronExpression);
        m_ui->schedulesHint->setText(
            tr("These schedules of %1 in %2 are made in %3 with their input data once the function is Ready: %4. Each gets "
               "a session in %3 from the credentials chosen here and keeps running with them.")
                .arg(m_state->promotion->source.name, m_state->promotion->fromProject, m_state->project.name, names.join(u", "_s)));
    }
    const QString profileClient = m_state->project.credentials.clientId;
    m_ui->schedulesProfile->setEnabled(!profileClient.isEmpty());
    m_ui->schedulesProfile->setText(profileClient.isEmpty() ? tr("The client credentials of this profile (it signs in as a user)")
                                                            : tr("The client credentials of this profile (client %1)").arg(profileClient));
    (profileClient.isEmpty() ? m_ui->schedulesTokenExchange : m_ui->schedulesProfile)->setChecked(true);
    if (m_state->schedulesFromToolkit()) {
        QStringList names;
        std::optional<QString> fileClient;
        QString secretReference;
        for (const ToolkitSchedule &s : m_state->toolkitDefinition->schedules) {
            names << tr("%1 (%2)").arg(s.schedule.name, s.schedule.cronExpression);
            if (s.clientId && !fileClient) {
                fileClient = s.clientId;
                secretReference = s.clientSecretReference;
            }
        }
        QString hint = tr("These schedules from the Toolkit files are made once the function is Ready: %1. Each gets a session from the "
                          "credentials chosen here and keeps running with them.")
                           .arg(names.join(u", "_s));
        // The file's own client: chosen here too (its secret typed: the file only names where it comes from).
        if (fileClient && *fileClient != profileClient) {
            m_ui->schedulesOther->setChecked(true);
            m_ui->schedulesClientId->setText(*fileClient);
            hint += u" "_s
                + tr("The files sign them in as client %1, its secret from %2: type that secret below.")
                      .arg(*fileClient, secretReference.isEmpty() ? tr("(not given)") : secretReference);
        }
        m_ui->schedulesHint->setText(hint);
    }
}

api::NonceSource DeploySettingsPage::chosenScheduleSignIn() const
{
    if (m_ui->schedulesOther->isChecked())
        return api::NonceSource::credentials(m_ui->schedulesClientId->text().trimmed(), m_ui->schedulesClientSecret->text());
    if (m_ui->schedulesTokenExchange->isChecked())
        return api::NonceSource::tokenExchange();
    return m_state->project.credentials;
}

std::optional<qint64> DeploySettingsPage::codeDataSetId() const
{
    bool ok = false;
    const qint64 id = m_ui->codeDataSet->text().trimmed().toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

void DeploySettingsPage::apply(const FunctionWrite &f, bool asIs)
{
    const FunctionsLimits limits = m_state->project.limits.value_or(FunctionsLimits());
    m_ui->name->setText(f.name);
    m_ui->externalId->setText(f.externalId.value_or(QString()));
    m_ui->description->setText(f.description.value_or(QString()));
    m_ui->owner->setText(f.owner.value_or(QString()));
    if (asIs || m_state->plan.contains(f.functionPath))
        m_ui->functionPath->setCurrentText(f.functionPath);
    if (asIs || (f.runtime && limits.runtimes.contains(*f.runtime)))
        m_ui->runtime->setCurrentText(f.runtime.value_or(QString()));
    m_ui->cpu->setValue(f.cpu.value_or(limits.cpuCores.defaultValue));
    m_ui->memory->setValue(f.memory.value_or(limits.memoryGb.defaultValue));
    StringMap secretKeys; // values are never filled in from anywhere: they are typed
    const QStringList keys = f.secrets.value_or(StringMap()).keys();
    for (const QString &key : keys)
        secretKeys.insert(key, QString());
    fillTable(m_ui->secrets, secretKeys);
    fillTable(m_ui->envVars, f.envVars.value_or(StringMap()));
    fillTable(m_ui->metadata, f.metadata.value_or(StringMap()));
    m_ui->indexUrl->setText(f.indexUrl.value_or(QString()));
    m_ui->extraIndexUrls->setText(f.extraIndexUrls.value_or(QStringList()).join(QLatin1Char(' ')));
}

void DeploySettingsPage::setSecretValue(QAbstractItemModel *model, const QModelIndex &index, const QString &value)
{
    model->setData(index, value, SecretRole);
    model->setData(index, value.isEmpty() ? QString() : QString(8, QChar(0x2022)), Qt::DisplayRole);
}

StringMap DeploySettingsPage::tableValues(const QTableWidget *table, bool secret)
{
    StringMap out;
    for (int r = 0; r < table->rowCount(); ++r) {
        const QString key = table->item(r, 0) ? table->item(r, 0)->text().trimmed() : QString();
        const QString value = !table->item(r, 1) ? QString() : secret ? table->item(r, 1)->data(SecretRole).toString() : table->item(r, 1)->text();
        if (!key.isEmpty() || !value.isEmpty())
            out.insert(key, value);
    }
    return out;
}

void DeploySettingsPage::fillTable(QTableWidget *table, const StringMap &values)
{
    const QSignalBlocker block(table);
    table->setRowCount(0);
    for (auto it = values.begin(); it != values.end(); ++it) {
        table->insertRow(table->rowCount());
        table->setItem(table->rowCount() - 1, 0, new QTableWidgetItem(it.key()));
        table->setItem(table->rowCount() - 1, 1, new QTableWidgetItem(it.value()));
    }
}

FunctionWrite DeploySettingsPage::collect() const
{
    FunctionWrite f;
    f.name = m_ui->name->text().trimmed();
    f.externalId = optionalText(m_ui->externalId);
    f.description = optionalText(m_ui->description);
    f.owner = optionalText(m_ui->owner);
    f.functionPath = m_ui->functionPath->currentText().trimmed();
    if (!m_ui->runtime->currentText().isEmpty())
        f.runtime = m_ui->runtime->currentText();
    f.cpu = m_ui->cpu->value();
    f.memory = m_ui->memory->value();
    if (const StringMap s = tableValues(m_ui->secrets, true); !s.isEmpty())
        f.secrets = s;
    if (const StringMap e = tableValues(m_ui->envVars); !e.isEmpty())
        f.envVars = e;
    if (const StringMap m = tableValues(m_ui->metadata); !m.isEmpty())
        f.metadata = m;
    f.indexUrl = optionalText(m_ui->indexUrl);
    if (const QStringList extra = m_ui->extraIndexUrls->text().split(QLatin1Char(' '), Qt::SkipEmptyParts); !extra.isEmpty())
        f.extraIndexUrls = extra;
    return f;
}

void DeploySettingsPage::revalidate()
{
    const FunctionWrite f = collect();
    Validator::Options options;
    options.limits = m_state->project.limits;
    m_problems = Validator::validateFunction(f, options);
    // The code file does not exist yet: the deploy makes it.
    m_problems.removeIf([](const ValidationProblem &p) { return p.field == u"fileId"_s; });
    // A taken external id, named as it is typed (the deploy checks the project again before it uploads).
    if (const QString xid = f.externalId.value_or(QString()); !xid.isEmpty() && !m_state->redeployOf)
        for (const Function &other : std::as_const(m_state->knownFunctions))
            if (other.externalId.value_or(QString()) == xid) {
                ValidationProblem p;
                p.field = u"externalId"_s;
                p.value = xid;
                p.rule = u"free in the project"_s;
                p.message = tr("Function %1 (\"%2\") already has the external id \"%3\": choose another, or use Deploy New Version on that function.")
                                .arg(other.id)
                                .arg(other.name, xid);
                m_problems << p;
                break;
            }
    if (!f.functionPath.isEmpty() && !m_state->plan.contains(f.functionPath) && !m_state->folder.isEmpty()) {
        ValidationProblem p;
        p.field = u"functionPath"_s;
        p.value = f.functionPath;
        p.rule = u"a file of the package"_s;
        p.message = tr("The function path \"%1\" is not a file of the package. Pick one of its Python files.").arg(f.functionPath);
        m_problems << p;
    }
    for (const QString &url : f.extraIndexUrls.value_or(QStringList()) + QStringList{f.indexUrl.value_or(QString())}) {
        if (url.isEmpty())
            continue;
        const QUrl u(url, QUrl::StrictMode);
        if (!u.isValid() || (u.scheme() != u"https"_s && u.scheme() != u"http"_s) || u.host().isEmpty()) {
            ValidationProblem p;
            p.field = u"indexUrl"_s;
            p.value = url;
            p.rule = u"an http(s) URL"_s;
            p.message = tr("\"%1\" is not a package index URL; give one like https://pypi.example.com/simple.").arg(url);
            m_problems << p;
        }
    }
    // A data set's id, or its external id (as a Toolkit file names it; the checks page resolves it).
    bool numeric = false;
    if (const QString dataSet = m_ui->codeDataSet->text().trimmed();
        !dataSet.isEmpty() && !codeDataSetId() && (dataSet.toLongLong(&numeric), numeric || dataSet.size() > Validator::MaxExternalIdLength)) {
        ValidationProblem p;
        p.field = u"dataSetId"_s;
        p.value = dataSet;
        p.rule = u"a data set id or external id"_s;
        p.message = tr("\"%1\" is not a data set. Give the data set's numeric id or its external id (shown in Data sets in CDF), or leave the "
                       "field empty.")
                        .arg(dataSet.left(80));
        m_problems << p;
    }
    const bool otherCredentials = m_ui->schedulesOther->isChecked();
    m_ui->schedulesClientId->setEnabled(otherCredentials);
    m_ui->schedulesClientSecret->setEnabled(otherCredentials);
    if (otherCredentials && m_ui->tabs->isTabVisible(m_ui->tabs->indexOf(m_ui->schedulesTab))
        && (m_ui->schedulesClientId->text().trimmed().isEmpty() || m_ui->schedulesClientSecret->text().isEmpty())) {
        ValidationProblem p;
        p.field = u"scheduleCredentials"_s;
        p.rule = u"client id and secret"_s;
        p.message = tr("Schedules: give the client id and the client secret the schedules sign in with, or choose another way on the Schedules tab.");
        m_problems << p;
    }
    QHash<QString, QStringList> byField;
    for (const ValidationProblem &p : std::as_const(m_problems))
        if (p.isError())
            byField[p.field == u"dataSetId"_s ? u"codeDataSet"_s : p.field] << p.message;
    // The field with an error is marked, and the message stands right under it; the list under
    // the form keeps warnings and errors that have no field of their own.
    QSet<QString> shownAtField;
    const QColor negative = Tones::foreground(Tone::Negative, palette());
    for (QWidget *field : {static_cast<QWidget *>(m_ui->name), static_cast<QWidget *>(m_ui->externalId), static_cast<QWidget *>(m_ui->description),
                           static_cast<QWidget *>(m_ui->owner), static_cast<QWidget *>(m_ui->functionPath), static_cast<QWidget *>(m_ui->indexUrl),
                           static_cast<QWidget *>(m_ui->extraIndexUrls), static_cast<QWidget *>(m_ui->codeDataSet)}) {
        const QStringList messages = byField.value(field->objectName());
        if (!field->property("fsBaseToolTip").isValid())
            field->setProperty("fsBaseToolTip", field->toolTip());
        field->setStyleSheet(messages.isEmpty()
                                 ? QString()
                                 : u"%1 { border: 1px solid %2; }"_s.arg(QString::fromLatin1(field->metaObject()->className()), negative.name()));
        field->setToolTip(messages.isEmpty() ? field->property("fsBaseToolTip").toString() : plainToolTip(messages.join(u"\n"_s)));
        if (QLabel *below = fieldMessage(field)) {
            below->setText(messages.join(u"\n"_s));
            QPalette pal = below->palette();
            pal.setColor(QPalette::WindowText, negative);
            below->setPalette(pal);
            below->setVisible(!messages.isEmpty());
            if (!messages.isEmpty())
                shownAtField << field->objectName();
        }
    }
    QStringList lines;
    for (const ValidationProblem &p : std::as_const(m_problems))
        if (!p.isError() || !shownAtField.contains(p.field == u"dataSetId"_s ? u"codeDataSet"_s : p.field))
            lines << (p.isError() ? tr("Error: %1") : tr("Warning: %1")).arg(p.message);
    m_ui->problems->setText(lines.join(u"\n"_s));
    Q_EMIT completeChanged();
}

QLabel *DeploySettingsPage::fieldMessage(QWidget *field)
{
    if (const auto it = m_fieldMessages.constFind(field); it != m_fieldMessages.constEnd())
        return *it;
    // A row of its own right under the field, in whichever form holds it.
    for (QFormLayout *form : findChildren<QFormLayout *>()) {
        int row = -1;
        QFormLayout::ItemRole role;
        form->getWidgetPosition(field, &row, &role);
        if (row < 0)
            continue;
        auto *label = new QLabel;
        label->setObjectName(field->objectName() + u"Problem"_s);
        label->setTextFormat(Qt::PlainText); // names and ids the user typed
        label->setWordWrap(true);
        label->setVisible(false);
        form->insertRow(row + 1, QString(), label);
        m_fieldMessages.insert(field, label);
        return label;
    }
    m_fieldMessages.insert(field, nullptr);
    return nullptr;
}

bool DeploySettingsPage::isComplete() const
{
    return !m_readingToolkit && !Validator::hasErrors(m_problems);
}

bool DeploySettingsPage::validatePage()
{
    revalidate();
    if (Validator::hasErrors(m_problems))
        return false;
    m_state->function = collect();
    m_state->codeDataSetId = codeDataSetId();
    const QString dataSet = m_ui->codeDataSet->text().trimmed();
    m_state->codeDataSetExternalId = dataSet.isEmpty() || m_state->codeDataSetId ? std::nullopt : std::optional<QString>(dataSet);
    m_state->scheduleSignIn = chosenScheduleSignIn();
    rememberSecretValues();
    if (!m_state->redeployOf && !m_state->promotion) // a promotion's source is a downloaded temporary zip
        DeployMemory::remember(m_state->sourcePath, m_state->function);
    return true;
}

} // namespace fstudio::gui
