#include "core/packaging/toolkitfunction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace fstudio {

using namespace Qt::StringLiterals;

namespace {
QString unquoted(QString v)
{
    v = v.trimmed();
    if (const qsizetype hash = v.indexOf(u" #"_s); hash >= 0 && !v.startsWith(QLatin1Char('\'')) && !v.startsWith(QLatin1Char('"')))
        v = v.left(hash).trimmed(); // a comment after a plain scalar
    if (v.size() >= 2
        && ((v.startsWith(QLatin1Char('\'')) && v.endsWith(QLatin1Char('\''))) || (v.startsWith(QLatin1Char('"')) && v.endsWith(QLatin1Char('"')))))
        v = v.mid(1, v.size() - 2);
    return v;
}

int indentOf(const QString &line)
{
    int n = 0;
    while (n < line.size() && line.at(n) == QLatin1Char(' '))
        ++n;
    return n;
}
} // namespace

QString ToolkitFunction::fileFor(const QString &folder)
{
    const QFileInfo info(folder);
    for (const char *suffix : {".Function.yaml", ".Function.yml"}) {
        const QString candidate = info.dir().filePath(info.fileName() + QLatin1StringView(suffix));
        if (QFileInfo(candidate).isFile())
            return candidate;
    }
    return {};
}

std::optional<FunctionWrite> ToolkitFunction::read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > 256 * 1024)
        return std::nullopt;
    return parse(f.readAll());
}

std::optional<FunctionWrite> ToolkitFunction::parse(const QByteArray &yaml)
{
    QMap<QString, QString> scalars;
    QMap<QString, StringMap> maps;
    QMap<QString, QStringList> lists;
    QString block; // the key whose indented lines follow
    const QStringList lines = QString::fromUtf8(yaml).split(QLatin1Char('\n'));
    if (lines.size() > 5000)
        return std::nullopt;
    for (QString line : lines) {
        line.remove(QLatin1Char('\r'));
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')) || trimmed == u"---"_s)
            continue;
        if (indentOf(line) == 0) {
            const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
            if (colon <= 0)
                return std::nullopt; // not a mapping of settings (a list of functions, say)
            const QString key = trimmed.left(colon).trimmed();
            const QString value = trimmed.mid(colon + 1).trimmed();
            block = value.isEmpty() ? key : QString();
            if (!value.isEmpty())
                scalars.insert(key, unquoted(value));
            continue;
        }
        if (block.isEmpty())
            continue;
        if (trimmed.startsWith(u"- "_s)) {
            lists[block] << unquoted(trimmed.mid(2));
            continue;
        }
        const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
        if (colon > 0)
            maps[block].insert(unquoted(trimmed.left(colon)), unquoted(trimmed.mid(colon + 1)));
    }
    if (!scalars.contains(u"name"_s) && !scalars.contains(u"externalId"_s))
        return std::nullopt;
    FunctionWrite f;
    f.name = scalars.value(u"name"_s, scalars.value(u"externalId"_s));
    const auto optional = [&](const char *key) -> std::optional<QString> {
        const QString v = scalars.value(QLatin1StringView(key));
        return v.isEmpty() ? std::nullopt : std::optional<QString>(v);
    };
    f.externalId = optional("externalId");
    f.description = optional("description");
    f.owner = optional("owner");
    if (const auto path = optional("functionPath")) {
        QString p = *path;
        while (p.startsWith(u"./"_s))
            p = p.mid(2);
        f.functionPath = p;
    }
    f.runtime = optional("runtime");
    bool ok = false;
    if (const double cpu = scalars.value(u"cpu"_s).toDouble(&ok); ok)
        f.cpu = cpu;
    if (const double memory = scalars.value(u"memory"_s).toDouble(&ok); ok)
        f.memory = memory;
    f.indexUrl = optional("indexUrl");
    if (lists.contains(u"extraIndexUrls"_s))
        f.extraIndexUrls = lists.value(u"extraIndexUrls"_s);
    if (maps.contains(u"envVars"_s))
        f.envVars = maps.value(u"envVars"_s);
    if (maps.contains(u"metadata"_s))
        f.metadata = maps.value(u"metadata"_s);
    if (maps.contains(u"secrets"_s)) {
        StringMap keys;
        for (const QString &k : maps.value(u"secrets"_s).keys())
            keys.insert(k, QString());
        f.secrets = keys;
    }
    f.fileId = 1; // made by the deploy
    return f;
}

} // namespace fstudio
