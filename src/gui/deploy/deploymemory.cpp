#include "gui/deploy/deploymemory.h"

#include "gui/appsettings.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

namespace {
const QString Group = u"deployInputs"_s;

QString keyOf(const QString &sourcePath)
{
    const QString absolute = QFileInfo(sourcePath).absoluteFilePath();
    return QString::fromLatin1(QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha1).toHex());
}
} // namespace

void DeployMemory::remember(const QString &sourcePath, const FunctionWrite &settings)
{
    FunctionWrite kept = settings;
    if (kept.secrets) { // the keys only, so the table shows what to type again
        StringMap keys;
        for (const QString &k : kept.secrets->keys())
            keys.insert(k, QString());
        kept.secrets = keys;
    }
    kept.fileId = 0;
    QSettings s;
    s.beginGroup(Group);
    s.setValue(keyOf(sourcePath) + u"/settings"_s, QString::fromUtf8(QJsonDocument(kept.toJson()).toJson(QJsonDocument::Compact)));
    s.setValue(keyOf(sourcePath) + u"/used"_s, QDateTime::currentMSecsSinceEpoch());
    AppSettings::forgetOldest(s, MaxSources);
}

std::optional<FunctionWrite> DeployMemory::recall(const QString &sourcePath)
{
    QSettings s;
    const QString text = s.value(Group + u"/"_s + keyOf(sourcePath) + u"/settings"_s).toString();
    if (text.isEmpty())
        return std::nullopt;
    QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    o.insert(u"fileId"_s, 1); // the file is made by each deploy; the decoder wants one
    const auto parsed = FunctionWrite::fromJson(o);
    return parsed ? std::optional<FunctionWrite>(*parsed) : std::nullopt;
}

} // namespace fstudio::gui
