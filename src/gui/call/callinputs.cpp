#include "gui/call/callinputs.h"

#include "core/wire/function.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

namespace {
// CallInputsText::tr() in the context the catalogues use: lupdate reads Q_DECLARE_TR_FUNCTIONS, and the
// context matches at run time.
struct CallInputsText
{
    Q_DECLARE_TR_FUNCTIONS(CallInputs)
};
} // namespace

QString CallInputs::folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/call-inputs"_s;
}

CallInputs::CallInputs(const QUrl &server, const QString &project, const Function &function)
{
    const QString id = server.host() + u'\n' + project + u'\n' + function.externalId.value_or(u"name:"_s + function.name);
    m_path = folder() + u'/' + QString::fromLatin1(QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha1).toHex()) + u".json"_s;
    load();
}

CallInputs::CallInputs(const QString &filePath)
    : m_path(filePath)
{
    load();
}

bool CallInputs::load()
{
    m_history.clear();
    m_saved.clear();
    QFile f(m_path);
    if (m_path.isEmpty() || !f.exists())
        return true;
    QJsonParseError error{};
    QJsonDocument doc;
    if (f.size() <= MaxFileBytes && f.open(QIODevice::ReadOnly))
        doc = QJsonDocument::fromJson(f.read(MaxFileBytes), &error);
    if (!doc.isObject()) {
        // Not ours to throw away: keep it beside, start afresh.
        f.close();
        QFile::rename(m_path, m_path + u".unreadable-"_s + QString::number(QDateTime::currentMSecsSinceEpoch()));
        return false;
    }
    const QJsonObject o = doc.object();
    for (const QJsonValue &v : o.value("history"_L1).toArray()) {
        const QJsonObject e = v.toObject();
        if (e.value("json"_L1).isString() && m_history.size() < MaxHistory)
            m_history << Entry{e.value("json"_L1).toString(), e.value("at"_L1).toInteger()};
    }
    const QJsonObject saved = o.value("saved"_L1).toObject();
    for (auto it = saved.begin(); it != saved.end() && m_saved.size() < MaxSaved; ++it)
        if (it.value().isString())
            m_saved.insert(it.key(), it.value().toString());
    return true;
}

bool CallInputs::change(const std::function<bool(QString *why)> &apply, QString *why)
{
    if (m_path.isEmpty())
        return false;
    QDir().mkpath(QFileInfo(m_path).path());
    QLockFile lock(m_path + u".lock"_s);
    lock.setStaleLockTime(10000);
    if (!lock.tryLock(2000)) {
        if (why)
            *why = CallInputsText::tr("Another Functions Studio window is writing the inputs of this function; try again.");
        return false;
    }
    load(); // what another window saved meanwhile stays
    return apply(why) && write(why);
}

bool CallInputs::write(QString *why)
{
    if (m_path.isEmpty())
        return false;
    QDir().mkpath(QFileInfo(m_path).path());
    QJsonArray history;
    for (const Entry &e : std::as_const(m_history))
        history.append(QJsonObject{{"json"_L1, e.json}, {"at"_L1, e.at}});
    QJsonObject saved;
    for (auto it = m_saved.begin(); it != m_saved.end(); ++it)
        saved.insert(it.key(), it.value());
    QSaveFile f(m_path);
    if (f.open(QIODevice::WriteOnly))
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // inputs may hold data others should not read
    if (!f.isOpen() || f.write(QJsonDocument(QJsonObject{{"history"_L1, history}, {"saved"_L1, saved}}).toJson()) < 0 || !f.commit()) {
        if (why)
            *why = CallInputsText::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(m_path), f.errorString());
        return false;
    }
    return true;
}

bool CallInputs::addToHistory(const QString &compactJson, QString *why)
{
    if (compactJson.toUtf8().size() > MaxInputBytes) {
        if (why)
            *why = CallInputsText::tr("The input is larger than %1 kB, so it is not kept in the history.").arg(MaxInputBytes / 1024);
        return false;
    }
    return change(
        [&](QString *) {
            m_history.removeIf([&](const Entry &e) { return e.json == compactJson; });
            m_history.prepend(Entry{compactJson, QDateTime::currentMSecsSinceEpoch()});
            while (m_history.size() > MaxHistory)
                m_history.removeLast();
            return true;
        },
        why);
}

bool CallInputs::save(const QString &name, const QString &compactJson, QString *why)
{
    if (compactJson.toUtf8().size() > MaxInputBytes) {
        if (why)
            *why = CallInputsText::tr("The input is larger than %1 kB: save it to a file instead.").arg(MaxInputBytes / 1024);
        return false;
    }
    return change(
        [&](QString *whyNot) {
            if (!m_saved.contains(name) && m_saved.size() >= MaxSaved) {
                if (whyNot)
                    *whyNot = CallInputsText::tr("There are %1 saved inputs already: delete one first.").arg(MaxSaved);
                return false;
            }
            m_saved.insert(name, compactJson);
            return true;
        },
        why);
}

void CallInputs::remove(const QString &name)
{
    change([&](QString *) { return m_saved.remove(name) > 0; }, nullptr);
}

} // namespace fstudio::gui
