#pragma once

#include "gui/models/driftresult.h"

#include "api/workflows/deploypreflight.h"

#include "core/wire/function.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>

namespace fstudio::gui {

// Whether the folder a function was deployed from still holds the code that runs in CDF. A
// deploy from a folder records the folder (QSettings, per server host and project: no secrets);
// check() hashes each recorded folder off the GUI thread, the same way the deploy did, and
// compares it with the hash the deploy stored in the function's metadata (fs-code-hash, or the
// Toolkit's cognite-toolkit-hash, computed as the Toolkit computes it). A
// folder whose files (paths, sizes, times) did not change is not read again.
class CodeDrift : public QObject
{
    Q_OBJECT

public:
    using State = DriftState; // models/driftresult.h: what the tables show
    using Result = DriftResult;
    static constexpr const char *HashKey = api::DeployPreflight::CodeHashKey;
    static constexpr int MaxRecorded = 500; // functions remembered, most recent first out

    explicit CodeDrift(QObject *parent = nullptr);
    ~CodeDrift() override;

    // After a deploy from a folder (server, project and the function's external id or name).
    static void record(const QUrl &server, const QString &project, const Function &function, const QString &folder);
    static QString folderFor(const QUrl &server, const QString &project, const Function &function);

    // Checks every function with a recorded folder; results come in checked(), per function.
    // A new check (or destroying this) makes the one before stop between folders and drop its results.
    void check(const QUrl &server, const QString &project, const QList<Function> &functions);
    void cancel();

    static QString text(const Result &r) { return driftText(r); }

Q_SIGNALS:
    void checked(qint64 functionId, const fstudio::gui::DriftResult &result);

private:
    struct Cached
    {
        QByteArray signature; // paths, sizes and times of the files
        QString hash;
    };
    std::shared_ptr<std::atomic_bool> m_cancel;
    int m_generation = 0;
    bool m_running = false;
    std::function<void()> m_next; // a check asked for while one ran
    QHash<QString, Cached> m_cache; // by folder; only touched on the GUI thread
};

} // namespace fstudio::gui
