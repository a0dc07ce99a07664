#pragma once

#include "api/services/service.h"

#include <QStringList>

namespace fstudio::api {

// GET /api/v1/token/inspect: who the token is and what it may do.
struct TokenInspection
{
    QString subject;
    QStringList projects;
    QStringList capabilities; // "functions:read", "files:write", ... for this project (or all projects)

    // Of functions:read/write/run, files:read/write, sessions:create: those the principal lacks.
    QStringList missingFor(const QString &project) const;
    static QString explain(const QString &capability);
    static Decoded<TokenInspection> fromJson(const QJsonValue &v, const QString &project);
};

class TokenService : public Service
{
public:
    using Service::Service;
    Pending<TokenInspection> inspect();
};

} // namespace fstudio::api
