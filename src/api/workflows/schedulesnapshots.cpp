#include "api/workflows/schedulesnapshots.h"

#include "api/services/schedulesservice.h"

#include "core/wire/schedulefilter.h"

#include <QCoreApplication>

#include <memory>

namespace fstudio::api {

namespace {
// ScheduleSnapshotsText::tr(): under the context "ScheduleSnapshots".
struct ScheduleSnapshotsText
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleSnapshots)
};

struct Reading
{
    QPointer<CdfClient> client;
    QPointer<QObject> context;
    QList<RedeployWorkflow::ScheduleSnapshot> snapshots;
    std::function<void(const QList<RedeployWorkflow::ScheduleSnapshot> &, const QString &)> done;
};

void readInputData(const std::shared_ptr<Reading> &r, int index)
{
    if (index >= r->snapshots.size()) {
        r->done(r->snapshots, {});
        return;
    }
    if (!r->client || !r->context)
        return;
    SchedulesService(r->client).inputData(r->snapshots[index].schedule.id).then(r->context, [r, index](const Pending<ScheduleInputData>::Result &d) {
        if (!d) {
            //: %1 is a schedule's name, %2 why.
            r->done({},
                    ScheduleSnapshotsText::tr("Could not read the input data of schedule %1: %2")
                        .arg(r->snapshots[index].schedule.name, d.error().userMessage()));
            return;
        }
        r->snapshots[index].data = d->data;
        r->snapshots[index].dataText = d->dataText;
        readInputData(r, index + 1);
    });
}
} // namespace

void readScheduleSnapshots(CdfClient *client, qint64 functionId, QObject *context,
                           std::function<void(const QList<RedeployWorkflow::ScheduleSnapshot> &, const QString &)> done)
{
    auto r = std::make_shared<Reading>(Reading{client, context, {}, std::move(done)});
    ScheduleFilter filter;
    filter.functionId = functionId;
    SchedulesService(client).list(filter).then(context, [r](const Pending<QList<FunctionSchedule>>::Result &list) {
        if (!list) {
            r->done({}, ScheduleSnapshotsText::tr("Could not read the schedules: %1").arg(list.error().userMessage()));
            return;
        }
        for (const FunctionSchedule &s : *list)
            r->snapshots << RedeployWorkflow::ScheduleSnapshot{s, std::nullopt};
        readInputData(r, 0);
    });
}

} // namespace fstudio::api
