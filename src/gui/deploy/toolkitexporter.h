#pragma once

#include "core/wire/function.h"
#include "core/wire/functionschedule.h"

#include <QObject>
#include <QPointer>

namespace fstudio::api {
class CdfClient;
}

namespace fstudio::gui {

// Function ▸ Export as Toolkit Module…: writes a function as the files of a Cognite Toolkit
// module's functions/ folder (core/toolkit/toolkitexport.h): `<xid>.Function.yaml`, its schedules
// with their input data in `<xid>.Schedule.yaml`, and its code unpacked into `<xid>/` (named by
// ToolkitExport::fileNameFor: only ever inside the folder chosen). Reads the code file's data set,
// the schedules and the code first, and unpacks the code beside the target; only then is what was
// there put in the trash (or beside it, renamed) and the new files put in place: nothing is
// deleted. Deletes itself after finished().
class ToolkitExporter : public QObject
{
    Q_OBJECT

public:
    ToolkitExporter(api::CdfClient *client, const Function &function, const QString &folder, QObject *parent = nullptr);
    void start();
    // The files it writes in folder (for the question whether to replace them).
    static QStringList targetsFor(const Function &function, const QString &folder);

Q_SIGNALS:
    void finished(bool ok, const QString &text);

private:
    void readDataSet();
    void readSchedules();
    void download();
    void write(const QByteArray &zip);
    void finish(bool ok, const QString &text);

    QPointer<api::CdfClient> m_client;
    Function m_function;
    QString m_folder;
    std::optional<QString> m_dataSetExternalId;
    QList<std::pair<FunctionSchedule, QByteArray>> m_schedules;
};

} // namespace fstudio::gui
