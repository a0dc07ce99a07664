#include "gui/project/laststate.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

namespace {
constexpr int Version = 1;

QByteArray keyOf(const Profile &p)
{
    return (p.id + u'\n' + p.cluster + u'\n' + p.project).toUtf8();
}
} // namespace

QString LastState::fileFor(const Profile &profile)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/last-state"_s;
    return dir + u'/' + QString::fromLatin1(QCryptographicHash::hash(keyOf(profile), QCryptographicHash::Sha256).toHex().left(32)) + u".json"_s;
}

QByteArray LastState::toBytes(const Profile &profile) const
{
    QJsonArray fs;
    for (Function f : functions) {
        f.envVars.reset(); // not secrets to CDF, but often treated as such: read again at the refresh
        if (f.secrets) // the server sends "***"; whatever came, no value is kept
            for (auto it = f.secrets->begin(); it != f.secrets->end(); ++it)
                it.value() = u"***"_s;
        fs.append(f.toJson());
    }
    QJsonArray ss;
    for (const FunctionSchedule &s : schedules)
        ss.append(s.toJson());
    QJsonObject o{{"version"_L1, Version},
                  {"profile"_L1, profile.id},
                  {"cluster"_L1, profile.cluster},
                  {"project"_L1, profile.project},
                  {"savedAt"_L1, savedAtMs},
                  {"functions"_L1, fs},
                  {"schedules"_L1, ss}};
    if (limits)
        o.insert("limits"_L1, limits->toJson());
    if (activation)
        o.insert("activation"_L1, activation->toJson());
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool LastState::save(const Profile &profile) const
{
    const QString path = fileFor(profile);
    if (!QDir().mkpath(QFileInfo(path).path()))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(toBytes(profile));
    return file.commit();
}

std::optional<LastState> LastState::load(const Profile &profile)
{
    QFile file(fileFor(profile));
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxFileBytes)
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    const QJsonObject o = doc.object();
    // Only this profile's project, written by this version's format.
    if (o.value("version"_L1).toInt() != Version || o.value("profile"_L1).toString() != profile.id
        || o.value("cluster"_L1).toString() != profile.cluster || o.value("project"_L1).toString() != profile.project)
        return std::nullopt;
    LastState s;
    s.savedAtMs = o.value("savedAt"_L1).toInteger();
    for (const QJsonValue &v : o.value("functions"_L1).toArray()) {
        auto f = Function::fromJson(v);
        if (!f)
            return std::nullopt; // a damaged file is not half shown
        s.functions << *f;
    }
    for (const QJsonValue &v : o.value("schedules"_L1).toArray()) {
        auto sc = FunctionSchedule::fromJson(v);
        if (!sc)
            return std::nullopt;
        s.schedules << *sc;
    }
    if (o.contains("limits"_L1))
        if (auto l = FunctionsLimits::fromJson(o.value("limits"_L1)))
            s.limits = *l;
    if (o.contains("activation"_L1))
        if (auto a = ActivationStatus::fromJson(o.value("activation"_L1)))
            s.activation = *a;
    return s;
}

void LastState::forget(const Profile &profile)
{
    QFile::remove(fileFor(profile));
}

} // namespace fstudio::gui
