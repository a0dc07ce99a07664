#include "gui/project/codedrift.h"

#include "gui/appsettings.h"

#include "core/packaging/packageplan.h"
#include "core/packaging/packagewriter.h"
#include "core/toolkit/toolkithash.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QSettings>
#include <QtConcurrent>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

namespace {
const QString Group = u"deployedFrom"_s;

QString keyOf(const QUrl &server, const QString &project, const Function &function)
{
    // The host, not the port: the local emulator listens on a new port each start.
    const QString id = server.host() + u'\n' + project + u'\n' + function.externalId.value_or(u"name:"_s + function.name);
    return QString::fromLatin1(QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha1).toHex());
}

// Size and modification time of every file; empty when a file changed in the last two seconds: a
// file system stamps times at a coarse tick, so two writes of the same size within it look alike
// (as git's "racy" files), and such a folder is hashed again rather than trusted to the cache.
QByteArray signatureOf(const PackagePlan &plan)
{
    const QDateTime recent = QDateTime::currentDateTimeUtc().addSecs(-2);
    QCryptographicHash h(QCryptographicHash::Sha1);
    for (const PackagePlan::Entry &e : plan.files) {
        if (e.modified.isValid() && e.modified >= recent)
            return {};
        h.addData(e.path.toUtf8());
        h.addData(QByteArray(QByteArray::number(e.size) + ':' + QByteArray::number(e.modified.toMSecsSinceEpoch()) + '\n'));
    }
    return h.result();
}

struct Job
{
    qint64 functionId;
    QString folder;
    QString deployedHash;
    std::optional<QByteArray> cachedSignature;
    QString cachedHash;
    bool toolkit = false; // the deployed hash is the Toolkit's (cognite-toolkit-hash)
};
struct Done
{
    qint64 functionId;
    CodeDrift::Result result;
    QByteArray signature;
    QString hash;
    bool toolkit = false;
};
const QString ToolkitCacheSuffix = QStringLiteral("\ntoolkit"); // a folder's Toolkit hash is cached apart from its own
} // namespace

CodeDrift::CodeDrift(QObject *parent)
    : QObject(parent)
{
}

CodeDrift::~CodeDrift()
{
    cancel();
}

void CodeDrift::record(const QUrl &server, const QString &project, const Function &function, const QString &folder)
{
    QSettings s;
    s.beginGroup(Group);
    const QString key = keyOf(server, project, function);
    s.setValue(key + u"/folder"_s, QFileInfo(folder).absoluteFilePath());
    s.setValue(key + u"/used"_s, QDateTime::currentMSecsSinceEpoch());
    AppSettings::forgetOldest(s, MaxRecorded);
}

QString CodeDrift::folderFor(const QUrl &server, const QString &project, const Function &function)
{
    return QSettings().value(Group + u'/' + keyOf(server, project, function) + u"/folder"_s).toString();
}

void CodeDrift::cancel()
{
    m_next = nullptr;
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
    ++m_generation;
}

void CodeDrift::check(const QUrl &server, const QString &project, const QList<Function> &functions)
{
    if (m_running) { // one scan at a time: the latest request runs when this one ends
        m_next = [this, server, project, functions] { check(server, project, functions); };
        if (m_cancel)
            m_cancel->store(true); // stop the running scan between folders
        return;
    }
    cancel();
    QList<Job> jobs;
    for (const Function &f : functions) {
        const QString folder = folderFor(server, project, f);
        if (folder.isEmpty())
            continue;
        const StringMap metadata = f.metadata.value_or(StringMap());
        Job j{f.id, folder, metadata.value(QLatin1StringView(HashKey)), std::nullopt, {}};
        // Deployed with the Toolkit's hash (by `cdf deploy`, or by the app from a Toolkit module):
        // the folder is hashed as the Toolkit hashes it (every file counts: its own signature and cache entry).
        if (j.deployedHash.isEmpty() && metadata.contains(QLatin1StringView(ToolkitHash::CodeKey))) {
            j.deployedHash = metadata.value(QLatin1StringView(ToolkitHash::CodeKey));
            j.toolkit = true;
        }
        if (const auto it = m_cache.constFind(j.toolkit ? folder + ToolkitCacheSuffix : folder); it != m_cache.constEnd()) {
            j.cachedSignature = it->signature;
            j.cachedHash = it->hash;
        }
        jobs << j;
    }
    if (jobs.isEmpty())
        return;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const int generation = m_generation;
    auto *watcher = new QFutureWatcher<QList<Done>>(this);
    m_running = true;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        m_running = false;
        if (auto next = std::exchange(m_next, nullptr)) {
            next();
            return; // newer functions: these results are stale
        }
        if (generation != m_generation)
            return;
        const QList<Done> results = watcher->result();
        for (const Done &d : results) {
            if (!d.hash.isEmpty())
                m_cache.insert(d.toolkit ? d.result.folder + ToolkitCacheSuffix : d.result.folder, Cached{d.signature, d.hash});
            Q_EMIT checked(d.functionId, d.result);
        }
    });
    // One task for all folders, one after the other: a refresh never fills the thread pool.
    watcher->setFuture(QtConcurrent::run([jobs, cancel = m_cancel] {
        QList<Done> out;
        QHash<QString, std::pair<QByteArray, QString>> hashed; // a folder shared by functions is read once
        for (const Job &j : jobs) {
            if (cancel->load())
                break;
            Done d{j.functionId, Result{State::Unknown, j.folder, {}}, {}, {}};
            if (!QFileInfo(j.folder).isDir()) {
                d.result.state = State::FolderGone;
            } else if (j.toolkit) {
                d.toolkit = true;
                d.signature = ToolkitHash::signature(j.folder);
                if (j.cachedSignature && !d.signature.isEmpty() && *j.cachedSignature == d.signature) {
                    d.hash = j.cachedHash;
                } else if (const auto h = ToolkitHash::codeHash(j.folder, cancel.get())) {
                    d.hash = *h;
                } else {
                    d.result.state = State::Unreadable;
                    d.result.detail = h.error().message;
                    out << d;
                    continue;
                }
                d.result.state = d.hash == j.deployedHash ? State::Same : State::Changed;
                out << d;
                continue;
            } else if (const auto it = hashed.constFind(j.folder); it != hashed.constEnd()) {
                d.signature = it->first;
                d.hash = it->second;
            } else {
                const PackagePlan plan = PackagePlanner::plan(j.folder, cancel.get());
                if (plan.cancelled)
                    break;
                if (!plan.ok()) {
                    d.result.state = State::Unreadable;
                    d.result.detail = plan.errors.first().message;
                } else {
                    d.signature = signatureOf(plan);
                    if (j.cachedSignature && !d.signature.isEmpty() && *j.cachedSignature == d.signature) {
                        d.hash = j.cachedHash;
                    } else if (const auto h = PackageWriter::contentHash(plan, cancel.get())) {
                        d.hash = *h;
                    } else {
                        d.result.state = State::Unreadable;
                        d.result.detail = h.error().message;
                    }
                }
                if (!d.hash.isEmpty())
                    hashed.insert(j.folder, {d.signature, d.hash});
            }
            if (!d.hash.isEmpty())
                d.result.state = j.deployedHash.isEmpty() ? State::NoHash : d.hash == j.deployedHash ? State::Same : State::Changed;
            out << d;
        }
        return out;
    }));
}

} // namespace fstudio::gui
