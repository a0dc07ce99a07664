#pragma once

#include "gui/profiles/profile.h"

#include <QList>
#include <QString>

#include <optional>

namespace fstudio::gui {

// Profiles in QSettings (non-secret fields only), plus the last one used.
class ProfileStore
{
public:
    QList<Profile> load() const;
    std::optional<Profile> find(const QString &id) const; // the stored profile with this id
    void save(const Profile &p);
    void remove(const QString &id);
    QString lastProfileId() const;
    void setLastProfileId(const QString &id);
    static QString newId();
};

// A Cognite Toolkit style .env file: CDF_CLUSTER, CDF_PROJECT, CDF_URL, LOGIN_FLOW, IDP_TENANT_ID,
// IDP_CLIENT_ID, IDP_CLIENT_SECRET, IDP_TOKEN_URL, IDP_AUTHORITY_URL, IDP_SCOPES, IDP_AUDIENCE, CDF_TOKEN.
struct EnvImport
{
    Profile profile;
    QString secret; // client secret or token; goes to the keychain only
    QStringList warnings; // lines or values that were ignored, and why
    static EnvImport parse(const QString &text, const QString &fileName = {});
};

} // namespace fstudio::gui
