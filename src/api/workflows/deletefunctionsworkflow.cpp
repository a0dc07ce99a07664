#include "api/workflows/deletefunctionsworkflow.h"

#include "api/services/filesservice.h"
#include "api/services/functionsservice.h"
#include "api/transport/cdfclient.h"

#include <QTimer>

namespace fstudio::api {

DeleteFunctionsWorkflow::DeleteFunctionsWorkflow(CdfClient *client, QList<Target> targets, bool withCodeFiles, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_withFiles(withCodeFiles)
{
    for (const Target &t : targets)
        m_results << Result{t, std::nullopt, withCodeFiles ? FileOutcome::NotReached : FileOutcome::NotRequested, {}, std::nullopt};
}

void DeleteFunctionsWorkflow::start()
{
    QTimer::singleShot(0, this, [this] { deleteFunction(0); });
}

void DeleteFunctionsWorkflow::deleteFunction(int index)
{
    if (index >= m_results.size()) {
        deleteFile(0);
        return;
    }
    FunctionsService(m_client)
        .remove({Identifier::byId(m_results[index].target.id)}, true)
        .then(this, [this, index](const Pending<Empty>::Result &r) {
            if (!r)
                m_results[index].error = r.error();
            deleteFunction(index + 1);
        });
}

// After every function is gone: a file goes only when no function (left) uses it.
void DeleteFunctionsWorkflow::deleteFile(int index)
{
    while (index < m_results.size() && (!m_withFiles || m_results[index].error || !m_results[index].target.fileId))
        ++index;
    if (index >= m_results.size()) {
        Q_EMIT finished();
        return;
    }
    const qint64 fileId = m_results[index].target.fileId;
    for (int i = 0; i < index; ++i) // a file shared by two deleted functions was handled with the first
        if (m_results[i].target.fileId == fileId && m_results[i].file != FileOutcome::NotReached) {
            m_results[index].file = m_results[i].file;
            m_results[index].fileUsers = m_results[i].fileUsers;
            m_results[index].fileError = m_results[i].fileError;
            deleteFile(index + 1);
            return;
        }
    FunctionFilter f;
    f.fileId = fileId;
    f.limit = 10;
    FunctionsService(m_client).list(f).then(this, [this, index, fileId](const Pending<QList<Function>>::Result &users) {
        if (!users) {
            m_results[index].file = FileOutcome::Failed;
            m_results[index].fileError = users.error();
            deleteFile(index + 1);
            return;
        }
        if (!users->isEmpty()) {
            m_results[index].file = FileOutcome::KeptInUse;
            for (const Function &u : *users)
                m_results[index].fileUsers << u.id;
            deleteFile(index + 1);
            return;
        }
        FilesService(m_client).remove({Identifier::byId(fileId)}, true).then(this, [this, index](const Pending<Empty>::Result &r) {
            m_results[index].file = r ? FileOutcome::Deleted : FileOutcome::Failed;
            if (!r)
                m_results[index].fileError = r.error();
            deleteFile(index + 1);
        });
    });
}

} // namespace fstudio::api
