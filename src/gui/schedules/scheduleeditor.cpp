#include "gui/schedules/scheduleeditor.h"

#include "ui_scheduleeditor.h"

#include "gui/appsettings.h"
#include "gui/project/projectsession.h"
#include "gui/widgets/jsoneditor.h"
#include "gui/widgets/tones.h"

#include "api/services/schedulesservice.h"
#include "api/workflows/scheduleworkflows.h"

#include "core/cron/cronexpression.h"
#include "core/cron/localtimecron.h"
#include "core/cron/scheduleintent.h"
#include "core/cron/simpleschedule.h"
#include "core/rules/validator.h"

#include <QCheckBox>
#include <QCompleter>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QSettings>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

namespace {
enum KindIndex { EveryMinutes, Hourly, Daily, Weekly, Monthly, WeekdaysPreset };
// Monday first, as cron's weekdays are laid out in the form.
const char *const WeekdayShort[] = {
    QT_TRANSLATE_NOOP("fstudio::gui::ScheduleEditor", "Mon"), QT_TRANSLATE_NOOP("fstudio::gui::ScheduleEditor", "Tue"),
    QT_TRANSLATE_NOOP("fstudio::gui::ScheduleEditor", "Wed"), QT_TRANSLATE_NOOP("fstudio::gui::ScheduleEditor", "Thu"),
    QT_TRANSLATE_NOOP("fstudio::gui::ScheduleEditor", "Fri"), QT_TRANSLATE_NOOP("fstudio::gui::ScheduleEditor", "Sat"),
    QT_TRANSLATE_NOOP("fstudio::gui::ScheduleEditor", "Sun")};
} // namespace

ScheduleEditor::ScheduleEditor(const Setup &setup, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ScheduleEditor>())
    , m_setup(setup)
{
    m_ui->setupUi(this);
    setObjectName(u"scheduleEditor"_s);
    for (const Function &f : setup.functions)
        m_ui->function->addItem(f.externalId ? tr("%1 (%2)").arg(f.name, *f.externalId) : f.name, f.id);
    if (setup.functionId)
        m_ui->function->setCurrentIndex(m_ui->function->findData(*setup.functionId));
    m_ui->kind->addItems({tr("Every N minutes"), tr("Every hour"), tr("Every day"), tr("Every week"), tr("Every month")});
    // A preset, not a kind of its own: it becomes "Every week" on Monday to Friday.
    m_ui->kind->addItem(tr("Every weekday (Mon–Fri)"));
    m_ui->kind->setCurrentIndex(Daily);
    for (int d = 0; d < 7; ++d) {
        auto *box = new QCheckBox(tr(WeekdayShort[d]));
        box->setObjectName(u"weekday%1"_s.arg(d + 1));
        box->setChecked(d < 5);
        m_ui->weekdays->layout()->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &ScheduleEditor::simpleChanged);
    }
    // Time zones: the system's first, any IANA id by typing.
    QStringList zones;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        zones << QString::fromUtf8(id);
    m_ui->zone->addItems(zones);
    // "oslo" finds Europe/Oslo: matches anywhere in the id, offered in a list. (Inline completion
    // would append the rest of a match that does not start with what was typed, garbling it.)
    m_ui->zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_ui->zone->completer()->setFilterMode(Qt::MatchContains);
    m_ui->zone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_ui->zone->setCurrentText(QString::fromUtf8(setup.zone.id()));
    m_ui->time->setTime(QTime(9, 0));
    m_ui->nextRuns->setRowCount(10);
    m_ui->nextRuns->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    for (QLabel *l : {m_ui->cronProblem, m_ui->saveProblem}) {
        QPalette p = l->palette();
        p.setColor(QPalette::WindowText, Tones::foreground(Tone::Negative, palette()));
        l->setPalette(p);
    }
    QPalette notePalette = m_ui->cronNote->palette();
    notePalette.setColor(QPalette::WindowText, Tones::foreground(Tone::Warning, palette()));
    m_ui->cronNote->setPalette(notePalette);

    const QString profileClient = setup.project.credentials.clientId;
    m_ui->signInProfile->setEnabled(!profileClient.isEmpty());
    if (!profileClient.isEmpty())
        m_ui->signInProfile->setText(tr("The client credentials of this profile (client %1)").arg(profileClient));
    (profileClient.isEmpty() ? m_ui->signInExchange : m_ui->signInProfile)->setChecked(true);

    connect(m_ui->kind, &QComboBox::currentIndexChanged, this, &ScheduleEditor::simpleChanged);
    connect(m_ui->everyMinutes, &QSpinBox::valueChanged, this, &ScheduleEditor::simpleChanged);
    connect(m_ui->minute, &QSpinBox::valueChanged, this, &ScheduleEditor::simpleChanged);
    connect(m_ui->dayOfMonth, &QSpinBox::valueChanged, this, &ScheduleEditor::simpleChanged);
    connect(m_ui->time, &QTimeEdit::timeChanged, this, &ScheduleEditor::simpleChanged);
    connect(m_ui->zone, &QComboBox::currentTextChanged, this, &ScheduleEditor::simpleChanged);
    for (QLineEdit *e : {m_ui->cronMinute, m_ui->cronHour, m_ui->cronDom, m_ui->cronMonth, m_ui->cronDow})
        connect(e, &QLineEdit::textEdited, this, &ScheduleEditor::fieldsChanged);
    connect(m_ui->rawExpression, &QLineEdit::textEdited, this, &ScheduleEditor::rawChanged);
    for (QLineEdit *e : {m_ui->name, m_ui->description, m_ui->otherClientId, m_ui->otherClientSecret, m_ui->nonce})
        connect(e, &QLineEdit::textChanged, this, &ScheduleEditor::revalidate);
    for (QRadioButton *b : {m_ui->signInProfile, m_ui->signInExchange, m_ui->signInOther, m_ui->signInNonce})
        connect(b, &QRadioButton::toggled, this, &ScheduleEditor::revalidate);
    connect(m_ui->function, &QComboBox::currentIndexChanged, this, &ScheduleEditor::revalidate);
    // Picking stored credentials fills the fields from the keychain; saving is offered when there is one.
    m_ui->storedClients->addItem(tr("Type them, or pick stored ones"));
    for (const Setup::StoredClient &c : setup.storedClients)
        m_ui->storedClients->addItem(c.label, c.secretKey);
    m_ui->storedClients->setVisible(setup.project.secrets && !setup.storedClients.isEmpty());
    m_ui->saveCredentials->setVisible(setup.project.secrets != nullptr);
    connect(m_ui->storedClients, &QComboBox::activated, this, [this](int i) {
        if (i <= 0 || !m_setup.project.secrets)
            return;
        const Setup::StoredClient c = m_setup.storedClients.value(i - 1);
        m_ui->signInOther->setChecked(true);
        m_ui->otherClientId->setText(c.clientId);
        m_ui->otherClientSecret->clear();
        m_setup.project.secrets->read(c.secretKey, this, [this, c](const api::SecretStore::Result &r) {
            if (r.status == api::SecretStore::Status::Ok && m_ui->otherClientId->text() == c.clientId)
                m_ui->otherClientSecret->setText(r.value);
            else if (r.status != api::SecretStore::Status::Ok)
                m_ui->saveProblem->setText(tr("The secret of %1 is not in the keychain: type it.").arg(c.clientId));
        });
    });
    connect(m_ui->inputEditor, &QPlainTextEdit::textChanged, this, &ScheduleEditor::revalidate);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ScheduleEditor::save);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->keepLocalTime, &QCheckBox::toggled, this, &ScheduleEditor::updatePairOffer);
    connect(m_ui->signInNonce, &QRadioButton::toggled, this, &ScheduleEditor::updatePairOffer);
    connect(m_ui->modes, &QTabWidget::currentChanged, this, &ScheduleEditor::updatePairOffer);
    simpleChanged();
    if (setup.original)
        prefillFrom(*setup.original);
}

// An existing schedule: its fields in the advanced mode, its input data read from CDF (Save waits
// for it: a replacement without the input would lose it).
void ScheduleEditor::prefillFrom(const FunctionSchedule &s)
{
    setWindowTitle(m_setup.duplicate ? tr("Duplicate schedule %1").arg(s.name) : tr("Edit schedule %1").arg(s.name));
    m_ui->name->setText(m_setup.duplicate ? tr("Copy of %1").arg(s.name).left(Validator::MaxNameLength) : s.name);
    m_ui->description->setText(ScheduleIntent::withoutTag(s.description.value_or(QString())));
    if (s.functionId)
        m_ui->function->setCurrentIndex(m_ui->function->findData(*s.functionId));
    m_ui->modes->setCurrentWidget(m_ui->advancedTab);
    showExpression(s.cronExpression);
    // Made on the Simple tab (here or in a teammate's app): it reopens as it was meant, in its own
    // zone, whatever this machine's zone is; the cron stays as it is until a field changes.
    if (const auto intent = ScheduleIntent::fromDescription(s.description.value_or(QString()));
        intent && ScheduleIntent::matches(*intent, s.cronExpression, now().date())) {
        showSimple(*intent);
        m_ui->modes->setCurrentWidget(m_ui->simpleTab);
    } else {
        showSimpleFormOf(m_expression);
    }
    m_inputLoaded = false;
    m_ui->saveProblem->setText(tr("Reading the schedule's input data…"));
    if (!m_setup.project.client) {
        revalidate();
        return;
    }
    api::SchedulesService(m_setup.project.client).inputData(s.id).then(this, [this](const api::Pending<ScheduleInputData>::Result &r) {
        if (!r) {
            m_loadProblem = tr("The schedule's input data could not be read (%1): reopen the editor to try again.").arg(r.error().userMessage());
            revalidate();
            return;
        }
        m_originalData = r->data.value_or(QJsonObject());
        if (!m_originalData->isEmpty()) {
            if (!r->dataText.isEmpty())
                m_ui->inputEditor->setJsonText(QString::fromUtf8(r->dataText)); // keys in the order they were written
            else
                m_ui->inputEditor->setJson(*m_originalData);
        }
        m_inputLoaded = true;
        revalidate();
    });
    revalidate();
}

QString ScheduleEditor::changes() const
{
    if (!m_setup.original || m_setup.duplicate)
        return {};
    const FunctionSchedule &o = *m_setup.original;
    QStringList lines;
    if (m_ui->name->text().trimmed() != o.name)
        lines << tr("Name: %1 → %2").arg(o.name, m_ui->name->text().trimmed());
    if (!m_expression.isEmpty() && m_expression != o.cronExpression)
        lines << tr("Cron: %1 → %2").arg(o.cronExpression, m_expression);
    if (o.functionId && m_ui->function->currentData().toLongLong() != *o.functionId)
        lines << tr("Function: %1 → %2").arg(*o.functionId).arg(m_ui->function->currentText());
    if (m_ui->description->text().trimmed() != ScheduleIntent::withoutTag(o.description.value_or(QString())).trimmed())
        lines << tr("Description changed");
    if (m_inputLoaded && m_originalData)
        if (const JsonEditor::Check c = m_ui->inputEditor->check(); c.ok && c.object != *m_originalData)
            lines << tr("Input data changed");
    return lines.join(u"\n"_s);
}

ScheduleEditor::~ScheduleEditor() = default;

QStringList ScheduleEditor::savedClientIds()
{
    return QSettings().value(u"scheduleCredentials/clientIds"_s).toStringList();
}

QList<ScheduleEditor::Setup::StoredClient> ScheduleEditor::storedClients(const QList<Profile> &profiles)
{
    QList<Setup::StoredClient> out;
    for (const Profile &p : profiles)
        if (p.method == Profile::Method::ClientCredentials && !p.clientId.isEmpty())
            out << Setup::StoredClient{tr("Profile %1 (client %2)").arg(p.name, p.clientId), p.clientId, p.secretKey("client-secret")};
    for (const QString &id : savedClientIds())
        out << Setup::StoredClient{tr("Saved for schedules: client %1").arg(id), id, savedClientKey(id)};
    return out;
}

ScheduleEditor::Setup ScheduleEditor::setupFor(const ProjectSession &session, const QList<Profile> &profiles, const std::optional<Function> &function,
                                               const std::optional<FunctionSchedule> &original, bool duplicate)
{
    Setup setup;
    setup.project = session.context();
    setup.functions = session.functions();
    if (function)
        setup.functionId = function->id;
    setup.original = original;
    setup.duplicate = duplicate;
    setup.zone = AppSettings::instance()->scheduleTimeZone();
    setup.storedClients = storedClients(profiles);
    return setup;
}

QDateTime ScheduleEditor::now() const
{
    return m_setup.now.isValid() ? m_setup.now : QDateTime::currentDateTimeUtc();
}

void ScheduleEditor::simpleChanged()
{
    if (m_updating)
        return;
    m_ui->simpleNote->clear();
    if (m_ui->kind->currentIndex() == WeekdaysPreset) {
        m_updating = true;
        for (int d = 1; d <= 7; ++d)
            if (auto *box = m_ui->weekdays->findChild<QCheckBox *>(u"weekday%1"_s.arg(d)))
                box->setChecked(d <= 5);
        m_ui->kind->setCurrentIndex(Weekly);
        m_updating = false;
    }
    showKindFields();
    const SimpleSchedule s = simpleFromFields();
    const auto cron = s.toCron(now().date());
    if (!cron) {
        m_expression.clear();
        m_cronProblem = tr("Simple mode: %1.").arg(cron.error().message);
        revalidate();
        updatePairOffer();
        return;
    }
    showExpression(*cron);
    updatePairOffer();
}

void ScheduleEditor::updatePairOffer()
{
    const bool isNew = !m_setup.original || m_setup.duplicate; // an edit replaces one schedule with one
    const SimpleSchedule simple = simpleFromFields();
    m_pair = isNew && m_ui->modes->currentWidget() == m_ui->simpleTab ? SeasonalPair::make(simple, now().date()) : std::nullopt;
    m_ui->keepLocalTime->setVisible(m_pair.has_value());
    if (!m_pair) {
        m_ui->pairNote->setVisible(false);
        return;
    }
    const QString at = QLocale().toString(simple.time, QLocale::ShortFormat);
    const QString zone = QString::fromUtf8(simple.zone.id());
    m_ui->keepLocalTime->setText(tr("Keep %1 %2 all year: two schedules, one for summer time and one for winter time").arg(at, zone));
    // A nonce signs in one schedule only.
    m_ui->keepLocalTime->setEnabled(!m_ui->signInNonce->isChecked());
    m_ui->keepLocalTime->setToolTip(m_ui->signInNonce->isChecked() ? tr("A nonce signs in one schedule: choose another way to sign in for two.")
                                                                   : QString());
    const bool on = m_ui->keepLocalTime->isChecked() && m_ui->keepLocalTime->isEnabled();
    QString text = tr("Summer time (months %1): %2 UTC. Winter time (months %3): %4 UTC.")
                       .arg(SeasonalPair::monthList(m_pair->summer.months), m_pair->summer.cron, SeasonalPair::monthList(m_pair->winter.months),
                            m_pair->winter.cron);
    if (m_pair->offDayCount > 0)
        text += u' '
            + tr("Clocks change inside a month, so in the coming year %n run(s) are an hour off: %1.", nullptr, m_pair->offDayCount)
                  .arg(m_pair->offDaysText(QLocale()));
    m_ui->pairNote->setText(text);
    m_ui->pairNote->setVisible(on);
}

SimpleSchedule ScheduleEditor::simpleFromFields() const
{
    SimpleSchedule s;
    s.kind = SimpleSchedule::Kind(m_ui->kind->currentIndex());
    s.everyMinutes = m_ui->everyMinutes->value();
    s.minute = m_ui->minute->value();
    s.time = m_ui->time->time();
    s.dayOfMonth = m_ui->dayOfMonth->value();
    s.zone = QTimeZone(m_ui->zone->currentText().trimmed().toUtf8());
    for (int d = 1; d <= 7; ++d)
        if (auto *box = m_ui->weekdays->findChild<QCheckBox *>(u"weekday%1"_s.arg(d)); box && box->isChecked())
            s.weekdays << d;
    return s;
}

void ScheduleEditor::showSimple(const SimpleSchedule &s)
{
    m_updating = true;
    m_ui->zone->setCurrentText(QString::fromUtf8(s.zone.id()));
    m_ui->kind->setCurrentIndex(int(s.kind));
    m_ui->everyMinutes->setValue(s.everyMinutes);
    m_ui->minute->setValue(s.minute);
    m_ui->time->setTime(s.time);
    m_ui->dayOfMonth->setValue(s.dayOfMonth);
    for (int d = 1; d <= 7; ++d)
        if (auto *box = m_ui->weekdays->findChild<QCheckBox *>(u"weekday%1"_s.arg(d)))
            box->setChecked(s.weekdays.contains(d));
    m_updating = false;
    m_ui->simpleNote->clear();
    m_ui->simpleTab->setEnabled(true);
    showKindFields(); // without recomputing the expression
}

void ScheduleEditor::showSimpleFormOf(const QString &cron)
{
    const QTimeZone zone(m_ui->zone->currentText().trimmed().toUtf8());
    const auto simple = SimpleSchedule::fromCron(cron, zone.isValid() ? zone : m_setup.zone, now().date());
    m_ui->simpleNote->setText(simple ? QString() : tr("This expression has no simple form: it is edited on the Advanced tab."));
    m_ui->simpleTab->setEnabled(true);
    if (!simple)
        return;
    m_updating = true;
    m_ui->kind->setCurrentIndex(int(simple->kind));
    m_ui->everyMinutes->setValue(simple->everyMinutes);
    m_ui->minute->setValue(simple->minute);
    m_ui->time->setTime(simple->time);
    m_ui->dayOfMonth->setValue(simple->dayOfMonth);
    for (int d = 1; d <= 7; ++d)
        if (auto *box = m_ui->weekdays->findChild<QCheckBox *>(u"weekday%1"_s.arg(d)))
            box->setChecked(simple->weekdays.contains(d));
    m_updating = false;
    showKindFields(); // without recomputing the expression
}

// Only the fields the chosen kind uses are shown.
void ScheduleEditor::showKindFields()
{
    const int kind = m_ui->kind->currentIndex();
    const auto show = [](QWidget *label, QWidget *field, bool on) {
        label->setVisible(on);
        field->setVisible(on);
    };
    show(m_ui->everyLabel, m_ui->everyMinutes, kind == EveryMinutes);
    show(m_ui->minuteLabel, m_ui->minute, kind == Hourly);
    show(m_ui->timeLabel, m_ui->time, kind >= Daily);
    show(m_ui->weekdaysLabel, m_ui->weekdays, kind == Weekly);
    show(m_ui->dayLabel, m_ui->dayOfMonth, kind == Monthly);
    show(m_ui->zoneLabel, m_ui->zone, kind != EveryMinutes);
}

void ScheduleEditor::fieldsChanged()
{
    const QStringList parts{m_ui->cronMinute->text().trimmed(), m_ui->cronHour->text().trimmed(), m_ui->cronDom->text().trimmed(),
                            m_ui->cronMonth->text().trimmed(), m_ui->cronDow->text().trimmed()};
    showExpression(parts.join(u' '), sender());
}

void ScheduleEditor::rawChanged()
{
    showExpression(m_ui->rawExpression->text().simplified(), m_ui->rawExpression);
}

void ScheduleEditor::showExpression(const QString &cron, const QObject *source)
{
    m_updating = true;
    // Every side shows the same expression (the one being typed in is left as it is).
    const QStringList parts = cron.split(u' ', Qt::SkipEmptyParts);
    QLineEdit *fields[] = {m_ui->cronMinute, m_ui->cronHour, m_ui->cronDom, m_ui->cronMonth, m_ui->cronDow};
    if (parts.size() == 5)
        for (int i = 0; i < 5; ++i)
            if (fields[i] != source)
                fields[i]->setText(parts[i]);
    if (m_ui->rawExpression != source)
        m_ui->rawExpression->setText(cron);
    m_updating = false;

    for (QLineEdit *f : fields)
        f->setPalette(palette());
    const auto parsed = CronExpression::parse(cron);
    m_ui->nextRuns->clearContents();
    if (!parsed) {
        m_expression.clear();
        const CronParseError &e = parsed.error();
        m_cronProblem = tr("%1: %2").arg(e.field, e.message);
        // The field at fault is marked.
        for (int i = 0; i < CronExpression::FieldCount; ++i)
            if (CronExpression::fieldName(CronExpression::Field(i)) == e.field) {
                QPalette p = fields[i]->palette();
                p.setColor(QPalette::Base, Tones::background(Tone::Negative, palette()));
                fields[i]->setPalette(p);
            }
        m_ui->cronText->setText(cron);
        m_ui->cronNote->clear();
        revalidate();
        return;
    }
    m_expression = parsed->expression();
    m_cronProblem.clear();
    if (source) // typed on the Advanced tab: the simple form follows when there is one
        showSimpleFormOf(m_expression);
    m_ui->cronText->setText(tr("%1 — %2 (UTC)").arg(m_expression, parsed->describe()));
    const QTimeZone zone(m_ui->zone->currentText().trimmed().toUtf8());
    const QTimeZone shown = zone.isValid() ? zone : m_setup.zone;
    const QList<QDateTime> runs = parsed->nextRuns(now(), 10);
    for (int i = 0; i < runs.size(); ++i) {
        const QDateTime local = runs[i].toTimeZone(shown);
        m_ui->nextRuns->setItem(i, 0, new QTableWidgetItem(runs[i].toString(u"yyyy-MM-dd HH:mm"_s)));
        m_ui->nextRuns->setItem(i, 1,
                                new QTableWidgetItem(tr("%1 (%2, %3)")
                                                         .arg(local.toString(u"ddd yyyy-MM-dd HH:mm"_s), QString::fromUtf8(shown.id()),
                                                              LocalTimeCron::offsetText(local.offsetFromUtc()))));
    }
    QStringList notes;
    // Daylight-saving time moves runs at fixed hours; a schedule every few minutes just keeps going.
    const QString hourField = m_expression.section(u' ', 1, 1);
    if (hourField != u"*"_s && !hourField.startsWith(u"*/"_s)) {
        const auto drift = LocalTimeCron::analyzeDrift(*parsed, shown, now(), 366);
        if (drift.drifts)
            notes << drift.summary;
    }
    const QStringList f = m_expression.split(u' ');
    const auto any = [](const QString &field, const QStringList &all) { return field == u"*"_s || field == u"*/1"_s || all.contains(field); };
    if (f.size() == 5 && !any(f[2], {u"1-31"_s}) && !any(f[4], {u"0-6"_s, u"0-7"_s, u"1-7"_s})) {
        const bool starStep = (f[2].startsWith(u'*') && f[2] != u"*/1"_s) || (f[4].startsWith(u'*') && f[4] != u"*/1"_s);
        notes << (starStep ? tr("Both day fields are set: CDF runs it on days that match either one. Classic (Vixie) cron reads a field "
                                "starting with * as any day and would run it only on days that match both.")
                           : tr("Both day fields are set: it runs on days that match either one (day of month or day of week)."));
    }
    m_ui->cronNote->setText(notes.join(u"\n"_s));
    m_ui->cronNote->setVisible(!notes.isEmpty());
    revalidate();
}

QString ScheduleEditor::problem() const
{
    return m_ui->saveProblem->text();
}

QString ScheduleEditor::note() const
{
    return m_ui->cronNote->text();
}

QStringList ScheduleEditor::nextRunsUtc() const
{
    QStringList out;
    for (int i = 0; i < m_ui->nextRuns->rowCount(); ++i)
        if (const QTableWidgetItem *item = m_ui->nextRuns->item(i, 0))
            out << item->text();
    return out;
}

bool ScheduleEditor::canSave() const
{
    const QPushButton *save = m_ui->buttons->button(QDialogButtonBox::Save);
    return save && save->isEnabled();
}

void ScheduleEditor::reject()
{
    if (m_saving) {
        // Closing now would leave the outcome unknown (for an edit: two schedules).
        m_ui->saveProblem->setText(tr("The schedule is being saved: wait a moment before closing."));
        m_ui->saveProblem->setVisible(true);
        return;
    }
    QDialog::reject();
}

void ScheduleEditor::revalidate()
{
    QString problem = m_cronProblem;
    if (problem.isEmpty() && !m_loadProblem.isEmpty())
        problem = m_loadProblem;
    if (problem.isEmpty() && !m_inputLoaded)
        problem = tr("Reading the schedule's input data…");
    if (problem.isEmpty())
        if (const ValidationProblems p = Validator::checkScheduleName(m_ui->name->text().trimmed()); Validator::hasErrors(p))
            problem = tr("Name: %1").arg(p.first().message);
    if (problem.isEmpty() && m_ui->function->currentIndex() < 0)
        problem = tr("Function: choose the function the schedule calls.");
    if (problem.isEmpty()) {
        const JsonEditor::Check c = m_ui->inputEditor->check();
        if (!c.ok)
            problem = tr("Input data, line %1, column %2: %3.").arg(c.line).arg(c.column).arg(c.message);
        else if (const ValidationProblems p = Validator::validateCallInput(c.object, m_setup.project.callInputLimit); !p.isEmpty())
            problem = tr("Input data: %1").arg(p.first().message);
    }
    if (problem.isEmpty() && m_ui->signInOther->isChecked()
        && (m_ui->otherClientId->text().trimmed().isEmpty() || m_ui->otherClientSecret->text().isEmpty()))
        problem = tr("Sign-in: give the client id and the client secret, or choose another way to sign in.");
    if (problem.isEmpty() && m_ui->signInNonce->isChecked() && m_ui->nonce->text().trimmed().isEmpty())
        problem = tr("Sign-in: paste the nonce, or choose another way to sign in.");
    m_ui->otherClientId->setEnabled(m_ui->signInOther->isChecked());
    m_ui->otherClientSecret->setEnabled(m_ui->signInOther->isChecked());
    m_ui->nonce->setEnabled(m_ui->signInNonce->isChecked());
    QString how;
    if (m_ui->signInProfile->isChecked())
        how = tr("client %1").arg(m_setup.project.credentials.clientId);
    else if (m_ui->signInExchange->isChecked())
        how = tr("your own sign-in");
    else if (m_ui->signInOther->isChecked())
        how = tr("client %1").arg(m_ui->otherClientId->text().trimmed());
    else
        how = tr("the session of the nonce");
    m_ui->signInText->setText(tr("The schedule keeps running with %1, with what it may do, until the schedule is deleted or the session is "
                                 "revoked.")
                                  .arg(how));
    m_ui->cronProblem->setText(m_cronProblem);
    m_ui->cronProblem->setVisible(!m_cronProblem.isEmpty());
    if (m_replaceIncomplete)
        return; // the outcome stays on screen, whatever is typed now; only Close is left
    m_ui->saveProblem->setText(problem);
    m_ui->saveProblem->setVisible(!problem.isEmpty() && problem != m_cronProblem);
    if (QPushButton *save = m_ui->buttons->button(QDialogButtonBox::Save))
        save->setEnabled(problem.isEmpty() && !m_saving && m_setup.project.client);
    if (m_setup.original && !m_setup.duplicate) {
        const QString what = changes();
        m_ui->changes->setText(what.isEmpty() ? tr("Nothing changed yet.")
                                              : tr("Save creates a new schedule with these changes, then deletes the original:\n%1").arg(what));
    }
    m_ui->changes->setVisible(m_setup.original && !m_setup.duplicate);
}

void ScheduleEditor::save()
{
    revalidate();
    if (!canSave() || m_replaceIncomplete)
        return;
    ScheduleWrite w;
    w.name = m_ui->name->text().trimmed();
    w.cronExpression = m_expression;
    w.functionId = m_ui->function->currentData().toLongLong();
    // Made on the Simple tab: the tag keeps what it means (core/cron/scheduleintent.h).
    QString description = m_ui->description->text().trimmed();
    if (m_ui->modes->currentWidget() == m_ui->simpleTab) {
        const SimpleSchedule simple = simpleFromFields();
        // Only when it fits: the description's limit is CDF's, and the text the user wrote wins.
        if (const QString tagged = ScheduleIntent::withTag(description, simple); simple.toCron(now().date())
            && ScheduleIntent::matches(simple, m_expression, now().date()) && tagged.size() <= Validator::MaxDescriptionLength)
            description = tagged;
    }
    if (!description.isEmpty())
        w.description = description;
    if (const JsonEditor::Check c = m_ui->inputEditor->check(); !c.object.isEmpty()) {
        w.data = c.object;
        w.dataText = c.compact.toUtf8(); // sent as written: the keys keep their order
    }
    api::NonceSource source = m_setup.project.credentials;
    if (m_ui->signInNonce->isChecked())
        w.nonce = m_ui->nonce->text().trimmed(); // used as it is (createScheduleWithNonce)
    else if (m_ui->signInExchange->isChecked())
        source = api::NonceSource::tokenExchange();
    else if (m_ui->signInOther->isChecked())
        source = api::NonceSource::credentials(m_ui->otherClientId->text().trimmed(), m_ui->otherClientSecret->text());
    // Credentials that worked are kept when asked (the secret in the keychain, the id in QSettings).
    const bool keep = m_ui->signInOther->isChecked() && m_ui->saveCredentials->isChecked() && m_setup.project.secrets;
    const auto keepCredentials = [this, keep, source] {
        if (!keep)
            return;
        m_setup.project.secrets->write(savedClientKey(source.clientId), source.clientSecret, this, [this](const api::SecretStore::Result &r) {
            if (r.status != api::SecretStore::Status::Ok)
                showSaveProblem(tr("The schedule is saved, but its client secret could not be kept in the keychain: %1").arg(r.message));
        });
        QStringList ids = savedClientIds();
        if (!ids.contains(source.clientId) && ids.size() < 50) {
            ids << source.clientId;
            QSettings().setValue(u"scheduleCredentials/clientIds"_s, ids);
        }
    };
    m_saving = true;
    revalidate();
    if (m_pair && m_ui->keepLocalTime->isChecked() && m_ui->keepLocalTime->isEnabled()) {
        QList<ScheduleWrite> writes;
        for (const SeasonalPair::Part *part : {&m_pair->summer, &m_pair->winter}) {
            ScheduleWrite half = w;
            const QString suffix = part->summer ? tr(" (summer time)") : tr(" (winter time)");
            half.name = w.name.left(Validator::MaxNameLength - int(suffix.size())) + suffix;
            half.cronExpression = part->cron;
            if (half.description) { // the tag describes one schedule; each half is only part of it
                half.description = ScheduleIntent::withoutTag(*half.description).trimmed();
                if (half.description->isEmpty())
                    half.description.reset();
            }
            writes << half;
        }
        createPair(writes, 0, source, keepCredentials);
        return;
    }
    if (m_setup.original && !m_setup.duplicate) {
        replace(w, source, keepCredentials);
        return;
    }
    api::createScheduleWithNonce(m_setup.project.client, w, source, this, [this, keepCredentials](const api::ScheduleResult &r) {
        m_saving = false;
        if (!r) {
            revalidate();
            showSaveProblem(tr("The schedule was not created: %1").arg(r.error().userMessage())); // nothing typed is lost
            return;
        }
        keepCredentials();
        Q_EMIT created(*r);
        accept();
    });
}

void ScheduleEditor::createPair(QList<ScheduleWrite> writes, int index, const api::NonceSource &source, const std::function<void()> &keepCredentials)
{
    api::createScheduleWithNonce(
        m_setup.project.client, writes.at(index), source, this, [this, writes, index, source, keepCredentials](const api::ScheduleResult &r) {
            if (!r) {
                m_saving = false;
                if (index == 0) {
                    revalidate();
                    showSaveProblem(tr("The schedules were not created: %1").arg(r.error().userMessage()));
                    return;
                }
                // One of two exists: a second Save would make a third.
                m_replaceIncomplete = true;
                m_ui->buttons->setStandardButtons(QDialogButtonBox::Close);
                showSaveProblem(tr("\"%1\" was created, but \"%2\" was not: %3 Create it on its own (its cron is %4), or "
                                   "delete the first on the Schedules page.")
                                    .arg(writes.at(0).name, writes.at(1).name, r.error().userMessage(), writes.at(1).cronExpression));
                return;
            }
            Q_EMIT created(*r);
            if (index + 1 < writes.size()) {
                createPair(writes, index + 1, source, keepCredentials);
                return;
            }
            m_saving = false;
            keepCredentials();
            accept();
        });
}

void ScheduleEditor::showSaveProblem(const QString &text)
{
    m_ui->saveProblem->setText(text);
    m_ui->saveProblem->setVisible(true);
}

// Editing: api::ReplaceScheduleWorkflow creates the new schedule, then deletes the original.
// If the delete fails, both stay and the user is told; only Close is left.
void ScheduleEditor::replace(const ScheduleWrite &w, const api::NonceSource &source, const std::function<void()> &keepCredentials)
{
    auto *workflow = new api::ReplaceScheduleWorkflow(m_setup.project.client, *m_setup.original, w, source, this);
    connect(workflow, &api::ReplaceScheduleWorkflow::created, this, keepCredentials);
    connect(workflow, &api::ReplaceScheduleWorkflow::finished, this, [this, workflow](api::ReplaceScheduleWorkflow::Outcome outcome) {
        workflow->deleteLater();
        m_saving = false;
        const FunctionSchedule original = workflow->original();
        QString why = workflow->error() ? workflow->error()->userMessage() : QString();
        switch (outcome) {
        case api::ReplaceScheduleWorkflow::Outcome::NotCreated:
            revalidate();
            showSaveProblem(tr("The schedule was not created: %1").arg(why)); // the original is untouched, nothing typed is lost
            return;
        case api::ReplaceScheduleWorkflow::Outcome::NotDeleted: {
            m_replaceIncomplete = true; // no second Save: it would make a third schedule
            m_ui->buttons->setStandardButtons(QDialogButtonBox::Close);
            if (why.endsWith(u'.'))
                why.chop(1); // the sentence below ends it
            const FunctionSchedule replacement = *workflow->replacement();
            showSaveProblem(tr("The new schedule %1 was created, but the original (%2) could not be deleted: %3. Both exist now: "
                               "delete the original on the Schedules page.")
                                .arg(replacement.id)
                                .arg(original.id)
                                .arg(why));
            Q_EMIT created(replacement);
            return;
        }
        case api::ReplaceScheduleWorkflow::Outcome::Replaced:
            Q_EMIT created(*workflow->replacement());
            Q_EMIT replaced(original, *workflow->replacement());
            accept();
            return;
        }
    });
    workflow->start();
}

} // namespace fstudio::gui
