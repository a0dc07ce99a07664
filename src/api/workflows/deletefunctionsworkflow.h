#pragma once

#include "api/transport/apierror.h"

#include <QObject>
#include <QPointer>

namespace fstudio::api {

class CdfClient;

// Deletes functions (their schedules go with them in CDF) and, when asked, their code files,
// but never a code file that another function still uses: it says which function keeps it.
// Functions are deleted one by one so each gets its own result; files come after all functions.
class DeleteFunctionsWorkflow : public QObject
{
    Q_OBJECT

public:
    struct Target
    {
        qint64 id = 0;
        QString name;
        qint64 fileId = 0;
    };
    enum class FileOutcome { NotRequested, Deleted, KeptInUse, Failed, NotReached };
    struct Result
    {
        Target target;
        std::optional<ApiError> error; // the function could not be deleted
        FileOutcome file = FileOutcome::NotRequested;
        QList<qint64> fileUsers; // KeptInUse: the functions that use the file
        std::optional<ApiError> fileError;
    };

    DeleteFunctionsWorkflow(CdfClient *client, QList<Target> targets, bool withCodeFiles, QObject *parent = nullptr);
    void start();
    QList<Result> results() const { return m_results; }

Q_SIGNALS:
    void finished();

private:
    void deleteFunction(int index);
    void deleteFile(int index);
    QPointer<CdfClient> m_client;
    bool m_withFiles;
    QList<Result> m_results;
};

} // namespace fstudio::api
