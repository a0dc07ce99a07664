#pragma once

#include "apijob.h"

#include "core/session.h"
#include "core/sessioncreate.h"

#include <QStringList>

namespace fstudio::api {

class CdfClient;

// POST /sessions (contract §6.1): a nonce for one call or schedule.
class SessionsService
{
public:
    explicit SessionsService(CdfClient *client) : m_client(client) {}
    Pending<Session> create(const SessionCreate &how);

private:
    CdfClient *m_client;
};

// GET /api/v1/token/inspect: who the token is and what it may do.
struct TokenInspection
{
    QString subject;
    QStringList projects;
    QStringList capabilities; // "functions:read", "files:write", ... for this project (or all projects)

    // Of functions:read/write, files:read/write, sessions:create: those the principal lacks.
    QStringList missingFor(const QString &project) const;
    static QString explain(const QString &capability);
    static Decoded<TokenInspection> fromJson(const QJsonValue &v, const QString &project);
};

class TokenService
{
public:
    explicit TokenService(CdfClient *client) : m_client(client) {}
    Pending<TokenInspection> inspect();

private:
    CdfClient *m_client;
};

} // namespace fstudio::api
