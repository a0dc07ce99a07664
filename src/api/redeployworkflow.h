#pragma once

#include "apierror.h"
#include "deployworkflow.h"
#include "noncesource.h"

#include "core/function.h"
#include "core/functionschedule.h"

#include <QObject>
#include <QPointer>

namespace fstudio::api {

class CdfClient;

// Redeploys a function without losing its schedules (CDF has no update: a function is replaced by
// delete + create, and its schedules die with it). Snapshots the schedules and their input data,
// validates and uploads the new code first, then deletes the old function, creates the new one,
// waits for Ready, and recreates every schedule with a session from the given credentials (or a
// token exchange). The report says exactly what state the project is left in.
class RedeployWorkflow : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        qint64 functionId = 0;       // the function to replace
        QString folder;              // the new code
        StringMap secrets;           // CDF never returns secret values: give them again
        std::optional<FunctionWrite> settings; // default: the old function's settings
        NonceSource scheduleCredentials;
        int deployTimeoutMs = 20 * 60 * 1000;
        int pollIntervalMs = 2000;
    };
    struct ScheduleSnapshot
    {
        FunctionSchedule schedule;
        std::optional<QJsonObject> data;
    };
    struct ScheduleOutcome
    {
        QString name;
        std::optional<FunctionSchedule> created;
        QString error;
    };
    enum class Outcome { Running, Done, FailedBeforeChanges, NewVersionFailed, SchedulesIncomplete, Cancelled };

    RedeployWorkflow(CdfClient *client, Options options, QObject *parent = nullptr);
    void start();

    Outcome outcome() const { return m_outcome; }
    QString report() const { return m_report; }
    QList<ScheduleSnapshot> snapshot() const { return m_snapshot; }
    QList<ScheduleOutcome> scheduleOutcomes() const { return m_outcomes; }
    std::optional<Function> newFunction() const { return m_new; }

Q_SIGNALS:
    void step(const QString &description);
    void finished(fstudio::api::RedeployWorkflow::Outcome outcome);

private:
    void snapshotSchedules();
    void readInputData(int index);
    void uploadNewCode();
    void deleteOld();
    void createNew();
    void recreateSchedule(int index);
    void finish(Outcome o, const QString &report);
    QString snapshotText() const;

    CdfClient *m_client;
    Options m_options;
    std::optional<Function> m_old;
    FunctionWrite m_write;
    QList<ScheduleSnapshot> m_snapshot;
    QList<ScheduleOutcome> m_outcomes;
    std::optional<qint64> m_newFileId;
    std::optional<Function> m_new;
    Outcome m_outcome = Outcome::Running;
    QString m_report;
    QPointer<DeployWorkflow> m_deploy;
};

} // namespace fstudio::api
