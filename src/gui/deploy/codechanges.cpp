#include "gui/deploy/codechanges.h"

#include "gui/deploy/tempfolder.h"
#include "gui/models/formatting.h"

#include "api/services/filesservice.h"

#include "core/packaging/deploysource.h"
#include "core/util/textdiff.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFutureWatcher>
#include <QHash>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

namespace {
struct ChangesText
{
    Q_DECLARE_TR_FUNCTIONS(CodeChanges)
};

constexpr qint64 MaxDiffBytes = 1024 * 1024; // larger files are named, not diffed

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!f.open(QIODevice::ReadOnly) || !h.addData(&f))
        return {};
    return h.result();
}

QString textOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > MaxDiffBytes)
        return {};
    const QByteArray bytes = f.readAll();
    if (bytes.contains('\0'))
        return {}; // binary
    return QString::fromUtf8(bytes);
}

CodeChanges compareWith(const QByteArray &zipBytes, const PackagePlan &plan)
{
    CodeChanges out;
    out.folder = plan.root;
    out.deployed = makeTemporaryFolder();
    if (!out.deployed->isValid()) {
        out.error = ChangesText::tr("no temporary folder for the deployed code");
        return out;
    }
    const QString zipPath = out.deployed->filePath(u"deployed.zip"_s);
    QFile zip(zipPath);
    if (!zip.open(QIODevice::WriteOnly) || zip.write(zipBytes) != zipBytes.size()) {
        out.error = zip.errorString();
        return out;
    }
    zip.close();
    const QString unpacked = out.deployed->filePath(u"code"_s);
    if (const auto made = DeploySource::extractZip(zipPath, unpacked); !made) {
        out.error = made.error().message;
        return out;
    }
    QFile::remove(zipPath);
    QHash<QString, qint64> deployed;
    QDirIterator it(unpacked, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        deployed.insert(QDir(unpacked).relativeFilePath(path), QFileInfo(path).size());
    }
    for (const PackagePlan::Entry &e : plan.files) {
        out.sources.insert(e.path, e.sourcePath);
        const auto was = deployed.find(e.path);
        if (was == deployed.end()) {
            out.added << CodeChanges::File{e.path, -1, e.size};
            continue;
        }
        if (*was != e.size || hashOf(QDir(unpacked).filePath(e.path)) != hashOf(e.sourcePath))
            out.changed << CodeChanges::File{e.path, *was, e.size};
        else
            ++out.unchanged;
        deployed.erase(was);
    }
    for (auto r = deployed.begin(); r != deployed.end(); ++r)
        out.removed << CodeChanges::File{r.key(), r.value(), -1};
    std::sort(out.removed.begin(), out.removed.end(), [](const auto &a, const auto &b) { return a.path < b.path; });
    return out;
}
} // namespace

// "a.py (1.2 kB → 1.4 kB), b.py (300 B), 3 more": at most five named.
QString CodeChanges::listed(const QList<File> &files)
{
    QStringList names;
    for (qsizetype i = 0; i < files.size() && i < 5; ++i) {
        const File &f = files[i];
        if (f.before >= 0 && f.after >= 0)
            names << u"%1 (%2 → %3)"_s.arg(f.path, formatBytes(f.before), formatBytes(f.after));
        else
            names << u"%1 (%2)"_s.arg(f.path, formatBytes(f.after >= 0 ? f.after : f.before));
    }
    if (files.size() > 5)
        names << ChangesText::tr("%n more", nullptr, int(files.size() - 5));
    return names.join(u", "_s);
}

QString CodeChanges::summary() const
{
    if (!error.isEmpty())
        return ChangesText::tr("The deployed code could not be compared: %1").arg(error);
    if (isEmpty())
        return ChangesText::tr("No file differs from the deployed version.");
    QStringList parts;
    if (!changed.isEmpty())
        parts << ChangesText::tr("changed: %1").arg(listed(changed));
    if (!added.isEmpty())
        parts << ChangesText::tr("added: %1").arg(listed(added));
    if (!removed.isEmpty())
        parts << ChangesText::tr("removed: %1").arg(listed(removed));
    return parts.join(u"; "_s) + u'.';
}

QString CodeChanges::diff(const QString &path) const
{
    if (!deployed)
        return {};
    // Each side only where the file is in that version: a removed file is compared with nothing
    // (not with a file of the same name the package leaves out), an added one likewise.
    auto in = [&path](const QList<File> &files) {
        return std::any_of(files.begin(), files.end(), [&path](const File &f) { return f.path == path; });
    };
    const QString a = in(added) ? QString() : textOf(QDir(deployed->filePath(u"code"_s)).filePath(path));
    const QString b = in(removed) ? QString() : textOf(sources.value(path));
    return TextDiff::unified(a, b);
}

void DeployedCode::compare(api::CdfClient *client, qint64 fileId, const PackagePlan &plan, std::function<void(const CodeChanges &)> done)
{
    auto compareWithZip = [this, plan, done](const QByteArray &zip, const QString &error) {
        if (!error.isEmpty()) {
            CodeChanges c;
            c.error = error;
            done(c);
            return;
        }
        auto *watcher = new QFutureWatcher<CodeChanges>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [watcher, done] {
            watcher->deleteLater();
            done(watcher->result());
        });
        watcher->setFuture(QtConcurrent::run(compareWith, zip, plan));
    };
    if (fileId == m_fileId && !m_zip.isEmpty()) {
        compareWithZip(m_zip, {});
        return;
    }
    m_waiting << compareWithZip;
    if (m_downloading && fileId == m_fileId)
        return; // it comes with the download under way
    m_fileId = fileId;
    m_zip.clear();
    m_downloading = true;
    auto deliver = [this](const QByteArray &zip, const QString &error) {
        m_downloading = false;
        m_zip = zip;
        const auto waiting = std::exchange(m_waiting, {});
        for (const auto &w : waiting)
            w(zip, error);
    };
    api::FilesService(client).downloadLink(fileId).then(this, [this, client, deliver](const api::Pending<QUrl>::Result &link) {
        if (!link) {
            deliver({}, link.error().userMessage());
            return;
        }
        api::FilesService(client).download(*link).then(this, [deliver](const api::Pending<QByteArray>::Result &bytes) {
            if (!bytes)
                deliver({}, bytes.error().userMessage());
            else
                deliver(*bytes, {});
        });
    });
}

} // namespace fstudio::gui
