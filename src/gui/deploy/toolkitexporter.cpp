#include "gui/deploy/toolkitexporter.h"

#include "api/services/datasetsservice.h"
#include "api/services/filesservice.h"
#include "api/transport/cdfclient.h"
#include "api/workflows/schedulesnapshots.h"

#include "core/packaging/deploysource.h"
#include "core/toolkit/toolkitexport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QSaveFile>
#include <QScopeGuard>
#include <QtConcurrent/QtConcurrentRun>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

ToolkitExporter::ToolkitExporter(api::CdfClient *client, const Function &function, const QString &folder, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_function(function)
    , m_folder(folder)
{
}

QStringList ToolkitExporter::targetsFor(const Function &function, const QString &folder)
{
    const QString name = ToolkitExport::fileNameFor(function);
    const QDir dir(folder);
    return {dir.filePath(name + u".Function.yaml"_s), dir.filePath(name + u".Schedule.yaml"_s), dir.filePath(name)};
}

void ToolkitExporter::start()
{
    readDataSet();
}

void ToolkitExporter::finish(bool ok, const QString &text)
{
    Q_EMIT finished(ok, text);
    deleteLater();
}

// The Toolkit names the code file's data set by external id: the file's set, if it has one.
void ToolkitExporter::readDataSet()
{
    if (!m_client)
        return finish(false, tr("The connection closed before %1 was exported.").arg(m_function.name));
    api::FilesService(m_client).byIds({Identifier::byId(m_function.fileId)}, true).then(this, [this](const auto &files) {
        const std::optional<qint64> set = files && !files->isEmpty() ? files->first().dataSetId : std::nullopt;
        if (!set || !m_client) {
            readSchedules();
            return;
        }
        api::DataSetsService(m_client).externalIdOf(*set).then(this, [this](const api::Pending<QString>::Result &xid) {
            if (xid && !xid->isEmpty())
                m_dataSetExternalId = *xid;
            readSchedules(); // without it the file says the Toolkit needs one
        });
    });
}

void ToolkitExporter::readSchedules()
{
    if (!m_client)
        return finish(false, tr("The connection closed before %1 was exported.").arg(m_function.name));
    api::readScheduleSnapshots(m_client, m_function.id, this, [this](const api::ScheduleSnapshotsRead &read) {
        if (read.error && read.failedSchedule.isEmpty())
            return finish(false, tr("%1 was not exported: its schedules could not be read: %2").arg(m_function.name, read.error->userMessage()));
        if (read.error)
            return finish(false,
                          tr("%1 was not exported: the input data of its schedule %2 could not be read: %3")
                              .arg(m_function.name, read.failedSchedule, read.error->userMessage()));
        for (const auto &s : read.snapshots)
            m_schedules << std::pair{s.schedule, s.dataText};
        download();
    });
}

void ToolkitExporter::download()
{
    if (!m_client)
        return finish(false, tr("The connection closed before %1 was exported.").arg(m_function.name));
    api::FilesService(m_client).downloadLink(m_function.fileId).then(this, [this](const api::Pending<QUrl>::Result &link) {
        if (!link || !m_client)
            return finish(false,
                          tr("%1 was not exported: its code (file %2) could not be read: %3")
                              .arg(m_function.name)
                              .arg(m_function.fileId)
                              .arg(link ? tr("the connection closed") : link.error().userMessage()));
        api::FilesService(m_client).download(*link).then(this, [this](const api::Pending<QByteArray>::Result &bytes) {
            if (!bytes)
                return finish(false,
                              tr("%1 was not exported: its code could not be downloaded: %2").arg(m_function.name, bytes.error().userMessage()));
            write(*bytes);
        });
    });
}

namespace {
struct Written
{
    QString error;
    QStringList files;
    QStringList kept; // what was there before and where it went (the trash, or a folder beside it)
};

// What was there before goes to the trash (or, where there is none, beside it under another
// name): an export never deletes anything.
bool putAside(const QString &path, QStringList *kept)
{
    if (!QFileInfo::exists(path))
        return true;
    QString where;
    if (QFile::moveToTrash(path, &where)) {
        *kept << QCoreApplication::translate("ToolkitExporter", "%1 (in the trash)").arg(QDir::toNativeSeparators(path));
        return true;
    }
    const QFileInfo info(path);
    const QString aside = info.dir().filePath(u".%1.replaced-%2"_s.arg(info.fileName(), QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s)));
    if (!QDir().rename(path, aside))
        return false;
    *kept << QCoreApplication::translate("ToolkitExporter", "%1 (moved to %2)").arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(aside));
    return true;
}

// Off the GUI thread: the code unpacked beside the target, then what was there put aside, then
// the code moved into place and the files written.
Written writeModule(const QString &folder, const Function &function, const std::optional<QString> &dataSet,
                    const QList<ToolkitExport::Schedule> &schedules, const QByteArray &zip)
{
    Written out;
    const QString name = ToolkitExport::fileNameFor(function);
    const QString xid = ToolkitExport::externalIdFor(function);
    const QDir dir(QFileInfo(folder).absoluteFilePath());
    if (!dir.exists() && !QDir().mkpath(dir.path())) {
        out.error = QCoreApplication::translate("ToolkitExporter", "%1 cannot be created.").arg(QDir::toNativeSeparators(folder));
        return out;
    }
    const QString target = dir.filePath(name);
    if (QFileInfo(target).absolutePath() != dir.absolutePath()) { // fileNameFor promises this; checked before anything moves
        out.error =
            QCoreApplication::translate("ToolkitExporter", "%1 is not a name for a folder in %2.").arg(name, QDir::toNativeSeparators(folder));
        return out;
    }
    const QString staging = dir.filePath(u".%1.exporting"_s.arg(name));
    QDir(staging).removeRecursively(); // our own, from an export that stopped
    QDir().mkpath(staging);
    const auto cleanup = qScopeGuard([&] { QDir(staging).removeRecursively(); });
    const QString zipPath = QDir(staging).filePath(u"code.zip"_s);
    {
        QFile f(zipPath);
        if (!f.open(QIODevice::WriteOnly) || f.write(zip) != zip.size() || !f.flush()) {
            out.error = QCoreApplication::translate("ToolkitExporter", "The code cannot be written in %1: %2")
                            .arg(QDir::toNativeSeparators(folder), f.errorString());
            return out;
        }
    }
    const auto code = DeploySource::extractZip(zipPath, QDir(staging).filePath(u"code"_s));
    if (!code) {
        out.error = QCoreApplication::translate("ToolkitExporter", "The code file cannot be unpacked: %1").arg(code.error().message);
        return out;
    }
    const QStringList yamlNames{name + u".Function.yaml"_s, name + u".Schedule.yaml"_s};
    for (const QString &path : QStringList{target, dir.filePath(yamlNames[0]), dir.filePath(yamlNames[1])})
        if (!putAside(path, &out.kept)) {
            out.error = QCoreApplication::translate("ToolkitExporter", "%1 cannot be replaced.").arg(QDir::toNativeSeparators(path));
            return out;
        }
    if (!QDir().rename(*code, target)) {
        out.error = QCoreApplication::translate("ToolkitExporter", "The code cannot be moved to %1.").arg(QDir::toNativeSeparators(target));
        return out;
    }
    out.files << target + QLatin1Char('/');
    const auto save = [&](const QString &file, const QByteArray &text) {
        QSaveFile f(dir.filePath(file));
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size() || !f.commit()) {
            out.error = QCoreApplication::translate("ToolkitExporter", "%1 cannot be written: %2")
                            .arg(QDir::toNativeSeparators(dir.filePath(file)), f.errorString());
            return false;
        }
        out.files << dir.filePath(file);
        return true;
    };
    if (!save(yamlNames[0], ToolkitExport::functionYaml(function, dataSet)))
        return out;
    if (!schedules.isEmpty() && !save(yamlNames[1], ToolkitExport::scheduleYaml(xid, schedules)))
        return out;
    return out;
}
} // namespace

void ToolkitExporter::write(const QByteArray &zip)
{
    QList<ToolkitExport::Schedule> schedules;
    for (const auto &[s, data] : std::as_const(m_schedules))
        schedules << ToolkitExport::Schedule{s, data};
    auto *watcher = new QFutureWatcher<Written>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const Written w = watcher->result();
        watcher->deleteLater();
        if (!w.error.isEmpty())
            return finish(false, tr("%1 was not exported: %2").arg(m_function.name, w.error));
        QString text = tr("%1 was exported as a Toolkit module: %2.").arg(m_function.name, QDir::toNativeSeparators(w.files.join(u", "_s)));
        if (!w.kept.isEmpty())
            text += u" "_s + tr("What was there before: %1.").arg(w.kept.join(u", "_s));
        if (ToolkitExport::fileNameFor(m_function) != ToolkitExport::externalIdFor(m_function))
            text += u" "_s
                + tr("Its external id is not a plain folder name, so the files are named %1; cdf build looks for the code in a folder named "
                     "after the external id: give the function a plain external id before you build.")
                      .arg(ToolkitExport::fileNameFor(m_function));
        if (!m_schedules.isEmpty())
            text += u" "_s + tr("The schedules' input data is written as it is: check it holds no credentials before you commit it.");
        if (m_function.secrets && !m_function.secrets->isEmpty())
            text += u" "_s + tr("Its secrets are ${VARIABLES} in the file: set them in the environment of cdf deploy.");
        if (!m_dataSetExternalId)
            text += u" "_s + tr("Its code file is in no data set with an external id: give dataSetExternalId in the file before cdf build.");
        finish(true, text);
    });
    watcher->setFuture(QtConcurrent::run(writeModule, m_folder, m_function, m_dataSetExternalId, schedules, zip));
}

} // namespace fstudio::gui
