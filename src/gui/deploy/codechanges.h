#pragma once

#include "core/packaging/packageplan.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace fstudio::api {
class CdfClient;
}

namespace fstudio::gui {

// What a new version changes against the deployed one: the deployed code file is downloaded and
// unpacked (bounded as every zip the app opens), and compared file by file with the folder's
// package plan. Shown by the deploy checks for "Deploy new version", with a line diff per file.
struct CodeChanges
{
    struct File
    {
        QString path;
        qint64 before = -1; // size deployed (-1: not there)
        qint64 after = -1; // size now (-1: not there)
    };
    QList<File> added, removed, changed;
    int unchanged = 0;
    QString folder; // the local folder
    QHash<QString, QString> sources; // the package's paths -> the files on disk
    std::shared_ptr<QTemporaryDir> deployed; // the deployed code, unpacked
    QString error; // why the comparison could not be made ("" when it was)

    bool isEmpty() const { return added.isEmpty() && removed.isEmpty() && changed.isEmpty(); }
    QString summary() const;
    // A line diff of one file (changed, added or removed) between the deployed code and the
    // folder; "" for binary files or when there is nothing to compare.
    QString diff(const QString &path) const;

    static QString listed(const QList<File> &files);
};

// The deployed code file, downloaded once per wizard (Check again, Back and Next compare the folder
// with it again without another download; a request while it downloads waits for that download).
class DeployedCode : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    // Compares the package of `plan` with the code file `fileId`; `done` runs on the GUI thread
    // (never after this object is gone).
    void compare(api::CdfClient *client, qint64 fileId, const PackagePlan &plan, std::function<void(const CodeChanges &)> done);

private:
    qint64 m_fileId = 0;
    QByteArray m_zip; // bounded by FilesService::MaxDownloadBytes
    bool m_downloading = false;
    QList<std::function<void(const QByteArray &zip, const QString &error)>> m_waiting;
};

} // namespace fstudio::gui
