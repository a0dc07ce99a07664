#pragma once

#include "emulator/emulatorauth.h"
#include "emulator/emulatorconfig.h"
#include "emulator/emulatorstore.h"
#include "emulator/httpmessage.h"

#include "core/wire/filemetadata.h"
#include "core/wire/identifier.h"

#include <QHash>

#include <functional>
#include <optional>

namespace fstudio::emulator {

// The Files and Sessions endpoints (docs/cdf-api-notes.md §5, §6), one of the classes around
// EmulatorStore: code files (create, upload through a one-time link, by ids, download links,
// delete) and sessions (create from client credentials or token exchange, list, by ids, revoke).
// Its download links live here; files are under <data dir>/files.
class EmulatorFiles
{
public:
    struct Links
    {
        std::function<qint64()> now; // the emulator's clock
        std::function<QString(const HttpRequest &)> urlFor; // the address this client used, for links
        std::function<void(std::function<void()>)> afterStored; // runs an action once the request's writes are stored
    };
    EmulatorFiles(const EmulatorConfig &config, EmulatorStore &store, const EmulatorAuth &auth, Links links);

    HttpResponse createFile(const HttpRequest &req, const Principal &who);
    HttpResponse uploadFile(const HttpRequest &req, const QString &token);
    HttpResponse filesByIds(const HttpRequest &req);
    // POST /datasets/byids: the project's data sets (--data-set), so a dataSetExternalId resolves.
    HttpResponse dataSetsByIds(const HttpRequest &req);
    HttpResponse downloadLinks(const HttpRequest &req);
    HttpResponse downloadFile(const QString &token);
    HttpResponse deleteFiles(const HttpRequest &req);
    HttpResponse createSession(const HttpRequest &req, const Principal &who);
    HttpResponse listSessions(const HttpRequest &req);
    HttpResponse sessionsByIds(const HttpRequest &req, bool revoke);

    // <data dir>/files/<id>.bin: where a file's bytes are.
    static QString pathOf(const QString &dataDir, qint64 fileId);
    void purgeExpired(qint64 now); // download links

private:
    void revokeSession(qint64 id, int depth);
    std::optional<FileMetadata> findFile(const Identifier &id) const;
    QString filePath(qint64 fileId) const { return pathOf(m_config.dataDir, fileId); }

    const EmulatorConfig &m_config;
    EmulatorStore &m_store;
    const EmulatorAuth &m_auth;
    Links m_links;
    struct Link
    {
        qint64 fileId;
        qint64 expires;
    };
    QHash<QString, Link> m_downloadLinks;
};

} // namespace fstudio::emulator
