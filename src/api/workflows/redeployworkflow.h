#pragma once

#include "api/auth/noncesource.h"
#include "api/transport/apierror.h"
#include "api/workflows/deployworkflow.h"

#include "core/wire/function.h"
#include "core/wire/functionschedule.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace fstudio::api {

class CdfClient;

// Redeploys a function without losing anything (CDF has no update: a function is replaced by
// delete + create, and its schedules die with it). Snapshots the schedules and their input data,
// validates and uploads the new code as a file of its own, then deletes the old function (its
// code file stays), creates the new one and waits for Ready. If the new version does not become
// Ready (build error, Failed, timeout, lost connection), it removes it and restores the previous
// version from the old code file, with the same external id and settings. Either way every
// schedule is recreated on the function that ends up Ready, with a session from the given
// credentials (or a token exchange). The old code file is removed only once the new version is
// Ready and no other function uses it. The report says exactly what state the project is left in.
class RedeployWorkflow : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        qint64 functionId = 0; // the function to replace
        QString folder; // the new code
        StringMap secrets; // CDF never returns secret values: give them again
        std::optional<FunctionWrite> settings; // default: the old function's settings
        NonceSource scheduleCredentials;
        std::optional<qint64> codeDataSetId; // the data set of the new code file
        bool toolkitHashes = false; // the Toolkit's hashes in the metadata (DeployWorkflow::Options)
        int deployTimeoutMs = 20 * 60 * 1000;
        int pollIntervalMs = 2000;
        bool removeOldCodeFile = true; // after success, when no other function uses it
    };
    struct ScheduleSnapshot
    {
        FunctionSchedule schedule;
        std::optional<QJsonObject> data;
        QByteArray dataText = {}; // the data as CDF gave it, keys in their order: made again as it was
    };
    struct ScheduleOutcome
    {
        QString name;
        std::optional<FunctionSchedule> created;
        QString error;
    };
    enum class Outcome {
        Running,
        Done, // the new version is Ready with every schedule
        SchedulesIncomplete, // a version is Ready, some schedules could not be recreated (listed)
        FailedBeforeChanges, // nothing in the project changed
        RolledBack, // the new version failed; the previous one is Ready again with its schedules
        NewVersionFailed, // the new version failed and the previous one could not be restored (all saved in the report)
    };

    RedeployWorkflow(CdfClient *client, Options options, QObject *parent = nullptr);
    void start();

    Outcome outcome() const { return m_outcome; }
    QString report() const { return m_report; }
    QList<ScheduleSnapshot> snapshot() const { return m_snapshot; }
    QList<ScheduleOutcome> scheduleOutcomes() const { return m_outcomes; }
    std::optional<Function> newFunction() const { return m_new; }
    // After RolledBack: the restored previous version (a new id, the old external id and code).
    std::optional<Function> restoredFunction() const { return m_restored; }
    // Why the new version failed (its deployment error and trace, when CDF gave one).
    std::optional<ErrorDetail> newVersionError() const { return m_newError; }

Q_SIGNALS:
    void step(const QString &description);
    void finished(fstudio::api::RedeployWorkflow::Outcome outcome);

private:
    void snapshotSchedules();
    void readInputData(int index);
    void uploadNewCode();
    void deleteOld();
    void createNew();
    void newVersionFailed(const QString &why);
    void restoreOld();
    void recreateSchedule(int index);
    void schedulesDone();
    void removeOldCodeFile(std::function<void(const QString &)> done);
    void removeFile(qint64 fileId, std::function<void(const QString &)> done);
    void finish(Outcome o, const QString &report);
    QString snapshotText() const;
    FunctionWrite previousSettings() const;

    QPointer<CdfClient> m_client; // the connection owns the client: it may go away first
    Options m_options;
    std::optional<Function> m_old;
    FunctionWrite m_write;
    QList<ScheduleSnapshot> m_snapshot;
    QList<ScheduleOutcome> m_outcomes;
    std::optional<qint64> m_newFileId;
    std::optional<Function> m_new;
    std::optional<Function> m_restored;
    std::optional<ErrorDetail> m_newError;
    QString m_failureText; // set when the new version failed
    qint64 m_targetId = 0; // the Ready function the schedules go to
    Outcome m_outcome = Outcome::Running;
    QString m_report;
    QPointer<DeployWorkflow> m_deploy;
};

} // namespace fstudio::api
