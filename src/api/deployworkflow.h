#pragma once

#include "apierror.h"

#include "core/function.h"
#include "core/functionwrite.h"
#include "core/packageplan.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTemporaryDir>

#include <atomic>
#include <memory>

namespace fstudio::api {

class ApiJob;
class CdfClient;

// Deploys a function from a folder: package (off the GUI thread) -> create file -> upload with
// progress -> wait until the file is uploaded -> create function -> poll until Ready or Failed or
// a timeout. Cancel at any stage removes what this deploy created (function and code file).
class DeployWorkflow : public QObject
{
    Q_OBJECT

public:
    enum class Stage { Idle, Packaging, CreatingFile, Uploading, WaitingForFile, Uploaded, CreatingFunction, Deploying, Ready, Failed, Cancelled, TimedOut };
    Q_ENUM(Stage)

    struct Options
    {
        QString folder;
        FunctionWrite function;          // fileId is filled in
        int deployTimeoutMs = 20 * 60 * 1000;
        int pollIntervalMs = 2000;
        int fileWaitAttempts = 5;        // contract §4.4: 1, 2, 4, 8, 16 s
        int fileWaitFirstDelayMs = 1000;
        bool skipHandlerCheck = false;
        bool uploadOnly = false;              // stop at Uploaded (redeploy validates and uploads first)
        std::optional<qint64> existingFileId; // skip packaging and upload, use this code file
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
    void fail(const ApiError &e, const QString &summary);
    void finishWith(Stage outcome, const QString &summary);
    void cleanup(const QString &reason);
    bool track(ApiJob *job);

    CdfClient *m_client;
    Options m_options;
    Stage m_stage = Stage::Idle;
    QElapsedTimer m_elapsed;
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_zipPath;
    QByteArray m_zip;
    QString m_contentHash;
    QString m_uploadUrl;
    std::optional<qint64> m_fileId;
    bool m_fileCreatedByUs = false;
    std::optional<Function> m_function;
    std::optional<ApiError> m_error;
    QString m_summary;
    QPointer<ApiJob> m_current;
    std::shared_ptr<std::atomic_bool> m_cancelPackaging = std::make_shared<std::atomic_bool>(false);
    bool m_done = false;
};

} // namespace fstudio::api
