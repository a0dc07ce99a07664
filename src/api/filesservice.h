#pragma once

#include "apijob.h"

#include "core/filemetadata.h"
#include "core/filecreate.h"
#include "core/identifier.h"

#include <QUrl>

namespace fstudio::api {

class CdfClient;

// Files endpoints as function code needs them (contract §5).
class FilesService
{
public:
    explicit FilesService(CdfClient *client) : m_client(client) {}

    // Metadata first; the answer carries uploadUrl.
    Pending<FileMetadata> create(const FileCreate &file, bool overwrite);
    // PUT the bytes; progress through job()->uploadProgress. 600 s transfer timeout.
    Pending<Empty> upload(const QString &uploadUrl, const QByteArray &content);
    Pending<QList<FileMetadata>> byIds(const QList<Identifier> &ids, bool ignoreUnknownIds = false);
    Pending<QUrl> downloadLink(qint64 fileId);
    Pending<QByteArray> download(const QUrl &url);
    Pending<Empty> remove(const QList<Identifier> &ids, bool ignoreUnknownIds = false);

    static constexpr int TransferTimeoutMs = 600 * 1000;

private:
    CdfClient *m_client;
};

} // namespace fstudio::api
