#pragma once

#include "api/services/service.h"

#include "core/wire/filecreate.h"
#include "core/wire/filemetadata.h"
#include "core/wire/identifier.h"

#include <QUrl>

namespace fstudio::api {

// Files endpoints as function code needs them (docs/cdf-api-notes.md §5).
class FilesService : public Service
{
public:
    using Service::Service;

    // Metadata first; the answer carries uploadUrl.
    Pending<FileMetadata> create(const FileCreate &file, bool overwrite);
    // PUT the bytes; progress through job()->uploadProgress. 600 s transfer timeout.
    Pending<Empty> upload(const QString &uploadUrl, const QByteArray &content);
    Pending<QList<FileMetadata>> byIds(const QList<Identifier> &ids, bool ignoreUnknownIds = false);
    Pending<QUrl> downloadLink(qint64 fileId);
    Pending<QByteArray> download(const QUrl &url);
    Pending<Empty> remove(const QList<Identifier> &ids, bool ignoreUnknownIds = false);

    static constexpr int TransferTimeoutMs = 600 * 1000;
    static constexpr qint64 MaxDownloadBytes = 512LL * 1024 * 1024; // larger code files are not downloaded
};

} // namespace fstudio::api
