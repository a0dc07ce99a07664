#pragma once

#include "api/transport/apierror.h"

#include "core/packaging/packageplan.h"
#include "core/wire/function.h"
#include "core/wire/functionwrite.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTemporaryDir>

#include <atomic>
#include <functional>
#include <memory>

namespace fstudio::api {

class ApiJob;
class CdfClient;

// Deploys a function from a folder: check that the external id is free -> package (off the GUI
// thread) -> create a code file of its own -> upload with progress -> wait until the file is
// uploaded -> create function -> poll until Ready or Failed or a timeout.
// It never destroys what it did not create: the code file has a unique external id and is never
// overwritten; on cancel or failure it removes exactly the objects this run created (found again
// by the file's id or external id when a reply was lost), and summary() says what was removed.
// Destroying a running deploy stops it and leaves what it created: cancel() and wait for
// finished() to have that removed.
class DeployWorkflow : public QObject
{
    Q_OBJECT

public:
    enum class Stage {
        Idle,
        CheckingExternalId,
        Packaging,
        CreatingFile,
        Uploading,
        WaitingForFile,
        Uploaded,
        CreatingFunction,
        Deploying,
        Ready,
        Failed,
        Cancelled,
        TimedOut
    };
    Q_ENUM(Stage)

    struct Options
    {
        QString folder;
        FunctionWrite function; // fileId is filled in
        int deployTimeoutMs = 20 * 60 * 1000;
        int pollIntervalMs = 2000;
        int fileWaitAttempts = 5; // docs/cdf-api-notes.md §4.4: 1, 2, 4, 8, 16 s
        int fileWaitFirstDelayMs = 1000;
        bool skipHandlerCheck = false;
        bool checkExternalIdFree = true; // a redeploy replaces the function that holds it
        bool keepFailedFunction = false; // leave a Failed function in CDF (its error is in deployError() either way)
        bool uploadOnly = false; // stop at Uploaded (redeploy validates and uploads first); the file is then the caller's
        std::optional<qint64> existingFileId; // skip packaging and upload, use this code file (never removed by this run)
        std::optional<qint64> codeDataSetId; // the data set of the code file (projects that scope files by data set)
        // A function from a Toolkit module: the Toolkit's code hash of the folder (and its secret
        // hash) go into the metadata instead of the app's (DeployPreflight::stampToolkitHashes).
        bool toolkitHashes = false;
    };

    DeployWorkflow(CdfClient *client, Options options, QObject *parent = nullptr);
    ~DeployWorkflow() override;

    void start();
    void cancel();

    Stage stage() const { return m_stage; }
    static QString stageName(Stage s);
    std::optional<Function> function() const { return m_function; }
    std::optional<qint64> fileId() const { return m_fileId; }
    QString contentHash() const { return m_contentHash; }
    std::optional<ApiError> error() const { return m_error; }
    // The deployment's own failure (function status Failed): message and trace from CDF.
    std::optional<ErrorDetail> deployError() const { return m_function ? m_function->error : std::nullopt; }
    QString summary() const { return m_summary; }
    // What this run created and removed again (e.g. "function 12", "code file 34"), and what it
    // created but could not remove.
    QStringList removed() const { return m_removed; }
    QStringList leftBehind() const { return m_leftBehind; }
    QString fileExternalId() const { return m_fileExternalId; }
    qint64 elapsedMs() const { return m_elapsed.isValid() ? m_elapsed.elapsed() : 0; }

Q_SIGNALS:
    void stageChanged(fstudio::api::DeployWorkflow::Stage stage);
    void progress(fstudio::api::DeployWorkflow::Stage stage, qint64 bytesDone, qint64 bytesTotal, qint64 elapsedMs);
    // Stage is Ready, Uploaded (uploadOnly), Failed, Cancelled or TimedOut; summary() says what happened and what is left.
    void finished(fstudio::api::DeployWorkflow::Stage outcome);

private:
    void begin();
    void setStage(Stage s);
    void package();
    void createFile();
    void upload();
    void waitForFile(int attempt);
    void createFunction();
    void reconcileCreate(const ApiError &e);
    void poll();
    void checkExternalId();
    void fail(const ApiError &e, const QString &summary);
    void finishWith(Stage outcome, const QString &summary);
    // Removes what this run created, then finishes with outcome; the summary starts with head.
    void cleanupThenFinish(Stage outcome, const QString &head);
    void removeFunctions(const QList<qint64> &ids, std::function<void()> next);
    void removeFile(std::function<void()> next);
    bool createdAnything() const;
    bool isOurs(const Function &fn) const;
    static bool mayHaveHappened(const ApiError &e);
    bool cancelledDuringCreate();
    bool track(ApiJob *job);

    QPointer<CdfClient> m_client; // the connection owns the client: it may go away first
    Options m_options;
    Stage m_stage = Stage::Idle;
    QElapsedTimer m_elapsed;
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_zipPath;
    QByteArray m_zip;
    QString m_contentHash;
    QString m_uploadUrl;
    std::optional<qint64> m_fileId;
    QString m_fileExternalId;
    bool m_fileCreateSent = false; // the create was sent: the file may exist even without an answer
    bool m_functionCreateSent = false; // likewise for the function
    qint64 m_functionCreateSentAtMs = 0;
    bool m_functionRemovalFailed = false;
    int m_pollFailures = 0;
    static constexpr int MaxPollFailures = 5; // in a row, after the transport's own retries
    QString m_cancelHead; // set by cancel()
    QStringList m_removed;
    QStringList m_leftBehind;
    std::optional<Function> m_function;
    std::optional<ApiError> m_error;
    QString m_summary;
    QPointer<ApiJob> m_current;
    std::shared_ptr<std::atomic_bool> m_cancelPackaging = std::make_shared<std::atomic_bool>(false);
    bool m_done = false;
};

} // namespace fstudio::api
