#pragma once

#include "api/workflows/redeployworkflow.h"

#include <QObject>

#include <functional>

namespace fstudio::api {

class CdfClient;

// A function's schedules with their input data, read one after the other: a promotion makes them
// again in another project, an export writes them to a Toolkit file. `done` runs once, with the
// snapshots, or with the error and the schedule whose input data could not be read (empty: the
// list could not be read); never after `context` is gone.
struct ScheduleSnapshotsRead
{
    QList<RedeployWorkflow::ScheduleSnapshot> snapshots;
    std::optional<ApiError> error;
    QString failedSchedule;
};
void readScheduleSnapshots(CdfClient *client, qint64 functionId, QObject *context, std::function<void(const ScheduleSnapshotsRead &read)> done);

} // namespace fstudio::api
