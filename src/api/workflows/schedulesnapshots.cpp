#include "api/workflows/schedulesnapshots.h"

#include "api/services/schedulesservice.h"

#include "core/wire/schedulefilter.h"

#include <memory>

namespace fstudio::api {

namespace {
struct Reading
{
    QPointer<CdfClient> client;
    QPointer<QObject> context;
    QList<RedeployWorkflow::ScheduleSnapshot> snapshots;
    std::function<void(const ScheduleSnapshotsRead &)> done;
};

void readInputData(const std::shared_ptr<Reading> &r, int index)
{
    if (index >= r->snapshots.size()) {
        r->done(ScheduleSnapshotsRead{r->snapshots, std::nullopt, {}});
        return;
    }
    if (!r->context)
        return; // nobody to tell
    if (!r->client) { // the connection closed meanwhile
        ApiError gone;
        gone.kind = ApiError::Kind::Cancelled;
        gone.message = QStringLiteral("the connection closed");
        r->done(ScheduleSnapshotsRead{{}, gone, r->snapshots[index].schedule.name});
        return;
    }
    SchedulesService(r->client).inputData(r->snapshots[index].schedule.id).then(r->context, [r, index](const Pending<ScheduleInputData>::Result &d) {
        if (!d) {
            r->done(ScheduleSnapshotsRead{{}, d.error(), r->snapshots[index].schedule.name});
            return;
        }
        r->snapshots[index].data = d->data;
        r->snapshots[index].dataText = d->dataText;
        readInputData(r, index + 1);
    });
}
} // namespace

void readScheduleSnapshots(CdfClient *client, qint64 functionId, QObject *context, std::function<void(const ScheduleSnapshotsRead &)> done)
{
    auto r = std::make_shared<Reading>(Reading{client, context, {}, std::move(done)});
    ScheduleFilter filter;
    filter.functionId = functionId;
    SchedulesService(client).list(filter).then(context, [r](const Pending<QList<FunctionSchedule>>::Result &list) {
        if (!list) {
            r->done(ScheduleSnapshotsRead{{}, list.error(), {}});
            return;
        }
        for (const FunctionSchedule &s : *list)
            r->snapshots << RedeployWorkflow::ScheduleSnapshot{s, std::nullopt};
        readInputData(r, 0);
    });
}

} // namespace fstudio::api
