// Files and Sessions endpoints (docs/cdf-api-notes.md §5, §6).
#include "emulator/emulatorfiles.h"
#include "emulator/requestbody.h"

#include "core/wire/filecreate.h"
#include "core/wire/filemetadata.h"
#include "core/wire/session.h"
#include "core/wire/sessioncreate.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSaveFile>

namespace fstudio::emulator {

using namespace Qt::StringLiterals;

namespace {
QString randomKey()
{
    return QString::number(QRandomGenerator::system()->generate64(), 36) + QString::number(QRandomGenerator::system()->generate64(), 36);
}
} // namespace

EmulatorFiles::EmulatorFiles(const EmulatorConfig &config, EmulatorStore &store, const EmulatorAuth &auth, Links links)
    : m_config(config)
    , m_store(store)
    , m_auth(auth)
    , m_links(std::move(links))
{
}

QString EmulatorFiles::pathOf(const QString &dataDir, qint64 fileId)
{
    return QDir(dataDir).filePath(u"files/%1.bin"_s.arg(fileId));
}

void EmulatorFiles::purgeExpired(qint64 now)
{
    for (auto it = m_downloadLinks.begin(); it != m_downloadLinks.end();)
        it = it->expires < now ? m_downloadLinks.erase(it) : std::next(it);
}

namespace {
// The first field of a file that holds a control character, as the functions API refuses them.
QString controlCharacterIn(const FileCreate &f)
{
    QList<std::pair<QString, QString>> fields{{u"name"_s, f.name}};
    for (const auto &[field, value] : {std::pair{u"externalId"_s, f.externalId}, std::pair{u"directory"_s, f.directory},
                                       std::pair{u"source"_s, f.source}, std::pair{u"mimeType"_s, f.mimeType}})
        if (value)
            fields.append({field, *value});
    if (f.metadata)
        for (auto it = f.metadata->cbegin(); it != f.metadata->cend(); ++it)
            fields << std::pair{u"metadata (a key)"_s, it.key()} << std::pair{u"metadata (a value)"_s, it.value()};
    for (const auto &[field, value] : std::as_const(fields))
        for (qsizetype i = 0; i < value.size(); ++i)
            if (const char16_t c = value.at(i).unicode(); c < 0x20 || (c >= 0x7f && c < 0xa0))
                return u"%1: contains a control character (U+%2) at position %3; remove it"_s.arg(field)
                    .arg(uint(c), 4, 16, QLatin1Char('0'))
                    .arg(i + 1);
    return {};
}
} // namespace

HttpResponse EmulatorFiles::createFile(const HttpRequest &req, const Principal &who)
{
    HttpResponse err;
    const auto body = parseBody(req, &err);
    if (!body)
        return err;
    const auto create = FileCreate::fromJson(*body);
    if (!create)
        return HttpResponse::error(400, create.error().toString());
    if (const QString problem = controlCharacterIn(*create); !problem.isEmpty())
        return HttpResponse::error(400, problem);
    // A data set must exist, and writing into it needs files:write for all files or for that set
    // (docs/cdf-api-notes.md §11: the emulator's answer for an unknown set).
    if (create->dataSetId) {
        const qint64 set = *create->dataSetId;
        if (std::none_of(m_config.dataSets.cbegin(), m_config.dataSets.cend(), [set](const EmulatorDataSet &d) { return d.id == set; }))
            return HttpResponse::error(400, u"dataSetId: data set %1 does not exist in this project"_s.arg(set), {Identifier::byId(set)});
        if (!who.capabilities.contains(u"files:write"_s) && !who.capabilities.contains(u"files:write@dataset:%1"_s.arg(set)))
            return HttpResponse::error(
                403, u"Forbidden: the principal %1 may not write files in data set %2 (files:write scoped to it)."_s.arg(who.subject).arg(set));
    } else if (!who.capabilities.contains(u"files:write"_s)) {
        return HttpResponse::error(
            403, u"Forbidden: the principal %1 may write files only in its data sets: give the file a dataSetId."_s.arg(who.subject));
    }
    const bool overwrite = req.query.queryItemValue(u"overwrite"_s).toLower() == u"true"_s;
    const qint64 now = m_links.now();
    FileMetadata f;
    std::optional<FileMetadata> existing;
    if (create->externalId)
        existing = m_store.fileByExternalId(*create->externalId);
    // Overwriting takes the right to write where the file is now, too: a writer scoped to one data
    // set must not pull another file into it.
    if (existing && overwrite && !who.capabilities.contains(u"files:write"_s)
        && !(existing->dataSetId && who.capabilities.contains(u"files:write@dataset:%1"_s.arg(*existing->dataSetId))))
        return HttpResponse::error(
            403, u"Forbidden: the principal %1 may not overwrite the file \"%2\" where it is now."_s.arg(who.subject, *create->externalId));
    if (existing && !overwrite)
        return HttpResponse::error(409,
                                   u"A file with external id \"%1\" already exists; pass overwrite=true to replace it"_s.arg(*create->externalId), {},
                                   {Identifier::byExternalId(*create->externalId)});
    if (existing) {
        f = *existing; // same id; content is replaced only when the new upload completes
    } else {
        f.id = m_store.nextId();
        f.createdTime = now;
        f.uploaded = false;
    }
    f.name = create->name;
    f.externalId = create->externalId;
    f.directory = create->directory;
    f.source = create->source;
    f.mimeType = create->mimeType;
    f.metadata = create->metadata;
    f.dataSetId = create->dataSetId;
    f.lastUpdatedTime = now;
    m_store.putFile(f);
    const QString key = randomKey();
    m_store.putUploadUrl(key, f.id, now + m_config.uploadUrlTtlSeconds * 1000);
    f.uploadUrl = m_links.urlFor(req) + u"/upload/"_s + key;
    return HttpResponse::json(201, f.toJson());
}

HttpResponse EmulatorFiles::uploadFile(const HttpRequest &req, const QString &key)
{
    const auto upload = m_store.uploadUrl(key);
    if (upload && upload->second < m_links.now())
        return HttpResponse::error(403, u"This upload URL has expired; create the file again (POST /files) for a new one"_s);
    const qint64 fileId = upload ? upload->first : 0;
    auto f = fileId ? m_store.file(fileId) : std::nullopt;
    if (!f)
        return HttpResponse::error(404, u"This upload URL is unknown or its file was deleted; create the file again (POST /files)"_s);
    QSaveFile out(filePath(fileId));
    if (!out.open(QIODevice::WriteOnly) || out.write(req.body) != req.body.size() || !out.commit())
        return HttpResponse::error(500, u"The emulator could not store the upload in %1"_s.arg(m_config.dataDir));
    f->uploaded = true;
    f->uploadedTime = m_links.now();
    f->lastUpdatedTime = f->uploadedTime.value();
    m_store.putFile(*f);
    return HttpResponse::json(200, QJsonObject());
}

std::optional<FileMetadata> EmulatorFiles::findFile(const Identifier &id) const
{
    return id.isId() ? m_store.file(id.id()) : m_store.fileByExternalId(id.externalId());
}

HttpResponse EmulatorFiles::filesByIds(const HttpRequest &req)
{
    HttpResponse err;
    const auto ids = parseIdList(req, &err);
    if (!ids)
        return err;
    QJsonArray out;
    const auto lookup = [this](const Identifier &i) -> std::optional<QJsonObject> {
        const auto f = findFile(i);
        return f ? std::optional<QJsonObject>(f->toJson()) : std::nullopt;
    };
    if (auto e = collectByIds(*ids, lookup, u"Files"_s, &out))
        return *e;
    return HttpResponse::json(200, QJsonObject{{"items"_L1, out}});
}

HttpResponse EmulatorFiles::dataSetsByIds(const HttpRequest &req)
{
    HttpResponse err;
    const auto ids = parseIdList(req, &err);
    if (!ids)
        return err;
    QJsonArray out;
    const auto lookup = [this](const Identifier &i) -> std::optional<QJsonObject> {
        for (const EmulatorDataSet &d : m_config.dataSets)
            if ((i.isId() && i.id() == d.id) || (i.isExternalId() && !d.externalId.isEmpty() && i.externalId() == d.externalId)) {
                QJsonObject o{{"id"_L1, d.id},
                              {"name"_L1, d.externalId.isEmpty() ? u"Data set %1"_s.arg(d.id) : d.externalId},
                              {"writeProtected"_L1, false},
                              {"metadata"_L1, QJsonObject()},
                              {"createdTime"_L1, 0},
                              {"lastUpdatedTime"_L1, 0}};
                if (!d.externalId.isEmpty())
                    o.insert("externalId"_L1, d.externalId);
                return o;
            }
        return std::nullopt;
    };
    if (auto e = collectByIds(*ids, lookup, u"Data sets"_s, &out))
        return *e;
    return HttpResponse::json(200, QJsonObject{{"items"_L1, out}});
}

HttpResponse EmulatorFiles::downloadLinks(const HttpRequest &req)
{
    HttpResponse err;
    const auto ids = parseIdList(req, &err);
    if (!ids)
        return err;
    if (ids->ids.isEmpty() || ids->ids.size() > 100)
        return HttpResponse::error(400, u"items: give 1 to 100 files, got %1"_s.arg(ids->ids.size()));
    const bool extended = req.query.queryItemValue(u"extendedExpiration"_s).toLower() == u"true"_s;
    QJsonArray out;
    QList<Identifier> missing;
    for (const Identifier &i : ids->ids) {
        const auto f = findFile(i);
        if (!f || !f->uploaded) {
            missing << i;
            continue;
        }
        const QString key = randomKey();
        m_downloadLinks.insert(key, Link{f->id, m_links.now() + (extended ? 3600 : 30) * 1000LL});
        QJsonObject item = i.toJson();
        item.insert("downloadUrl"_L1, QString(m_links.urlFor(req) + u"/download/"_s + key));
        out.append(item);
    }
    if (!missing.isEmpty())
        return HttpResponse::error(400, u"Files not found or not uploaded: %1"_s.arg(missing.first().toDisplayString()), missing);
    return HttpResponse::json(200, QJsonObject{{"items"_L1, out}});
}

HttpResponse EmulatorFiles::downloadFile(const QString &key)
{
    const auto it = m_downloadLinks.constFind(key);
    if (it == m_downloadLinks.constEnd() || it->expires < m_links.now())
        return HttpResponse::error(403, u"This download link is unknown or expired (links last 30 s); ask for a new one"_s);
    QFile f(filePath(it->fileId));
    if (!f.open(QIODevice::ReadOnly))
        return HttpResponse::error(404, u"The file's content is gone"_s);
    return HttpResponse{200, {}, f.readAll(), "application/octet-stream"};
}

HttpResponse EmulatorFiles::deleteFiles(const HttpRequest &req)
{
    HttpResponse err;
    const auto ids = parseIdList(req, &err);
    if (!ids)
        return err;
    QList<qint64> found;
    const auto lookup = [this](const Identifier &i) -> std::optional<qint64> {
        const auto f = findFile(i);
        return f ? std::optional<qint64>(f->id) : std::nullopt;
    };
    if (auto e = collectByIds(*ids, lookup, u"Files"_s, &found, u"; nothing was deleted"_s))
        return *e;
    for (qint64 id : std::as_const(found)) {
        m_store.deleteFile(id);
        m_links.afterStored([path = filePath(id)] { QFile::remove(path); }); // the bytes go only once the deletion is stored
    }
    return HttpResponse::json(200, QJsonObject());
}

HttpResponse EmulatorFiles::createSession(const HttpRequest &req, const Principal &who)
{
    HttpResponse err;
    const auto body = parseBody(req, &err);
    if (!body)
        return err;
    const auto create = SessionCreate::fromRequestBody(*body);
    if (!create)
        return HttpResponse::error(400, create.error().toString());
    Session s;
    s.id = m_store.nextId();
    s.status = u"READY"_s;
    s.creationTime = m_links.now();
    s.expirationTime = m_links.now() + 365LL * 24 * 3600 * 1000;
    QString subject = who.subject;
    QStringList capabilities = who.capabilities; // token exchange: what the caller may do
    switch (create->kind) {
    case SessionCreate::Kind::ClientCredentials: {
        const EmulatorClient *c = m_auth.findClient(create->clientId);
        if (!c || c->clientSecret != create->clientSecret)
            return HttpResponse::error(
                403, u"Could not create a session: the client credentials (clientId \"%1\") are not valid for this project"_s.arg(create->clientId));
        s.type = u"CLIENT_CREDENTIALS"_s;
        s.clientId = c->clientId;
        subject = u"client:"_s + c->clientId;
        capabilities = c->capabilities;
        break;
    }
    case SessionCreate::Kind::TokenExchange: s.type = u"TOKEN_EXCHANGE"_s; break;
    case SessionCreate::Kind::OneshotTokenExchange:
        // Not refreshed: it lasts as long as the token it exchanged would.
        s.type = u"ONESHOT_TOKEN_EXCHANGE"_s;
        s.expirationTime = m_links.now() + m_config.tokenTtlSeconds * 1000;
        break;
    }
    // Chained sessions go one level deep: a handler's token (from a session) may make a session,
    // a token of that one may not.
    if (create->kind != SessionCreate::Kind::ClientCredentials && who.subject.startsWith(u"session:"_s))
        if (const auto parent = m_store.session(who.subject.mid(8).toLongLong()); parent && parent->subject.startsWith(u"session:"_s))
            return HttpResponse::error(403,
                                       u"Could not create a session: the caller's token comes from a session that was itself made from a "
                                       "session; sessions chain one level deep."_s);
    s.nonce = u"emu_nonce_"_s + randomKey();
    m_store.putSession(s, subject, m_links.now() + m_config.nonceTtlSeconds * 1000, capabilities);
    Session reply = s;
    reply.creationTime.reset();
    reply.expirationTime.reset();
    return HttpResponse::json(200, QJsonObject{{"items"_L1, QJsonArray{reply.toJson()}}});
}

HttpResponse EmulatorFiles::listSessions(const HttpRequest &req)
{
    const QString status = req.query.queryItemValue(u"status"_s, QUrl::FullyDecoded);
    static const QStringList known{u"READY"_s, u"ACTIVE"_s, u"CANCELLED"_s, u"EXPIRED"_s, u"REVOKED"_s, u"ACCESS_LOST"_s};
    if (!status.isEmpty() && !known.contains(status.toUpper()))
        return HttpResponse::error(400, u"status: \"%1\" is not one of %2"_s.arg(status.left(50), known.join(u", "_s).toLower()));
    bool ok = true;
    const int limit = req.query.hasQueryItem(u"limit"_s) ? req.query.queryItemValue(u"limit"_s).toInt(&ok) : 25;
    if (!ok || limit < 1 || limit > 1000)
        return HttpResponse::error(400, u"limit: give a number from 1 to 1000"_s);
    const QString cursor = req.query.queryItemValue(u"cursor"_s);
    const qint64 after = cursor.isEmpty() ? 0 : QString::fromLatin1(QByteArray::fromBase64(cursor.toLatin1())).toLongLong(&ok);
    if (!ok)
        return HttpResponse::error(400, u"cursor: not a cursor this emulator gave out"_s);
    bool more = false;
    const QList<Session> page = m_store.sessions(status, after, limit, &more);
    QJsonArray items;
    for (const Session &s : page)
        items.append(s.toJson());
    QJsonObject out{{"items"_L1, items}};
    if (more)
        out.insert("nextCursor"_L1, QString::fromLatin1(QByteArray::number(page.last().id).toBase64()));
    return HttpResponse::json(200, out);
}

// Its handler tokens stop working at once, its schedules stop running, and so do the sessions a
// handler made with its token (chains are one level deep; the depth bound is a guard).
void EmulatorFiles::revokeSession(qint64 id, int depth)
{
    const auto stored = m_store.session(id);
    if (!stored || depth > 4)
        return;
    if (stored->session.status != u"REVOKED"_s)
        m_store.setSessionStatus(id, u"REVOKED"_s);
    const QString subject = u"session:%1"_s.arg(id);
    m_store.deleteTokensOf(subject);
    for (qint64 made : m_store.sessionsMadeBy(subject))
        revokeSession(made, depth + 1);
}

HttpResponse EmulatorFiles::sessionsByIds(const HttpRequest &req, bool revoke)
{
    HttpResponse err;
    const auto ids = parseIdList(req, &err, true, 1000);
    if (!ids)
        return err;
    QList<Session> found;
    const auto lookup = [this](const Identifier &i) -> std::optional<Session> {
        const auto s = m_store.session(i.id());
        return s ? std::optional<Session>(s->session) : std::nullopt;
    };
    if (auto e = collectByIds(*ids, lookup, u"Sessions"_s, &found, revoke ? u"; nothing was revoked"_s : QString()))
        return *e;
    QJsonArray items;
    for (Session s : std::as_const(found)) {
        if (revoke && s.status != u"REVOKED"_s) {
            revokeSession(s.id, 0);
            s.status = u"REVOKED"_s;
        }
        items.append(s.toJson());
    }
    return HttpResponse::json(200, QJsonObject{{"items"_L1, items}});
}

} // namespace fstudio::emulator
