#pragma once

#include "api/auth/noncesource.h"
#include "api/auth/secretstore.h"
#include "gui/profiles/profile.h"
#include "gui/project/projectcontext.h"

#include "core/cron/seasonalpair.h"
#include "core/cron/simpleschedule.h"
#include "core/rules/validator.h"
#include "core/wire/function.h"
#include "core/wire/functionschedule.h"
#include "core/wire/schedulewrite.h"

#include <QDialog>
#include <QPointer>
#include <QTimeZone>

#include <memory>
#include <optional>

namespace Ui {
class ScheduleEditor;
}

namespace fstudio::api {
class CdfClient;
}

namespace fstudio::gui {

class ProjectSession;

// A new schedule (ui/schedules/scheduleeditor.ui). Simple mode: every N minutes, hourly, daily, weekly or
// monthly at a time in a chosen time zone, turned into the UTC cron CDF runs; advanced mode: the
// five fields and the raw expression, each kept in step with the others. Always shown: the
// expression, its English text, the next 10 runs in UTC and local time, a note when
// daylight-saving time moves the runs in local time or when cron dialects read the expression
// differently. Invalid input names the field and keeps Save disabled. The input data uses the
// call panel's JSON editor; the schedule signs in with the profile's client, the current sign-in,
// other client credentials or a nonce the user has.
class ScheduleEditor : public QDialog
{
    Q_OBJECT

public:
    struct Setup
    {
        ProjectContext project; // client, credentials (the profile's own), input limit, secrets (keychain)
        QList<Function> functions;
        std::optional<qint64> functionId; // preselected
        QTimeZone zone = QTimeZone::systemTimeZone();
        QDateTime now; // default: the current time (tests pin it)
        // Editing (or duplicating) an existing schedule. CDF cannot change a schedule, so Save
        // creates the new one and only then deletes the original (briefly two beat zero).
        std::optional<FunctionSchedule> original;
        bool duplicate = false; // keep the original
        // Client credentials in the keychain the user may pick: shown label, client id, key.
        struct StoredClient
        {
            QString label;
            QString clientId;
            QString secretKey;
        };
        QList<StoredClient> storedClients;
        // project.secrets: where they are (none: no picking, no saving)
    };
    static QString savedClientKey(const QString &clientId) { return QStringLiteral("schedule-credentials/") + clientId; }
    // Client ids saved for schedules (QSettings keeps the ids only; the secrets are in the keychain).
    static QStringList savedClientIds();
    // What the user may pick: the client-credentials profiles' clients, and the clients saved for schedules.
    static QList<Setup::StoredClient> storedClients(const QList<Profile> &profiles);
    // For the session's project, in the zone of File ▸ Settings, with the stored clients of `profiles`.
    static Setup setupFor(const ProjectSession &session, const QList<Profile> &profiles, const std::optional<Function> &function,
                          const std::optional<FunctionSchedule> &original, bool duplicate);

    explicit ScheduleEditor(const Setup &setup, QWidget *parent = nullptr);
    ~ScheduleEditor() override;

    QString expression() const { return m_expression; } // the UTC cron; empty while invalid
    QTimeZone zone() const { return m_setup.zone; } // the default zone of the simple mode
    QString problem() const; // what keeps Save disabled, empty when none
    QString note() const; // daylight-saving time and dialect notes
    QStringList nextRunsUtc() const; // "yyyy-MM-dd HH:mm"
    bool canSave() const;
    void save();
    void reject() override; // not while saving

    QString changes() const; // what an edit changes, one line per field
    bool offersPair() const { return m_pair.has_value(); } // tests
    bool inputLoaded() const { return m_inputLoaded; }

Q_SIGNALS:
    // A schedule was made (for an edit: once the original was deleted, or could not be).
    void created(const fstudio::FunctionSchedule &schedule);
    // An edit: the original was deleted after its replacement was created.
    void replaced(const fstudio::FunctionSchedule &original, const fstudio::FunctionSchedule &replacement);

private:
    void simpleChanged();
    SimpleSchedule simpleFromFields() const;
    // Fills the Simple tab with `s` (its zone too) without recomputing the expression.
    void showSimple(const SimpleSchedule &s);
    void fieldsChanged();
    void rawChanged();
    // Shows cron on every side but the one it was typed in (source).
    void showExpression(const QString &cron, const QObject *source = nullptr);
    void showSimpleFormOf(const QString &cron);
    void showKindFields();
    void revalidate();
    QDateTime now() const;
    std::unique_ptr<Ui::ScheduleEditor> m_ui;
    Setup m_setup;
    QString m_expression;
    QString m_cronProblem;
    bool m_updating = false;
    bool m_saving = false;
    bool m_replaceIncomplete = false; // an edit made the new schedule but could not delete the original
    bool m_inputLoaded = true;
    QString m_loadProblem;
    std::optional<QJsonObject> m_originalData;
    void prefillFrom(const FunctionSchedule &s);
    void replace(const ScheduleWrite &w, const api::NonceSource &source, const std::function<void()> &keepCredentials);
    // Daylight-saving time: the offer to keep the local time all year with a summer and a winter
    // schedule (core/cron/seasonalpair.h), for a new schedule made on the Simple tab.
    void updatePairOffer();
    void createPair(QList<ScheduleWrite> writes, int index, const api::NonceSource &source, const std::function<void()> &keepCredentials);
    std::optional<SeasonalPair> m_pair;
    void showSaveProblem(const QString &text);
};

} // namespace fstudio::gui
