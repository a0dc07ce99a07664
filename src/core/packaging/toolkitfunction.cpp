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

// The lines that say something (no blank lines, comments or document markers, no CRs); nullopt
// for a file too long to be a function definition.
std::optional<QStringList> meaningfulLines(const QByteArray &yaml)
{
    const QStringList lines = QString::fromUtf8(yaml).split(QLatin1Char('\n'));
    if (lines.size() > 5000)
        return std::nullopt;
    QStringList out;
    for (QString line : lines) {
        line.remove(QLatin1Char('\r'));
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith(QLatin1Char('#')) && trimmed != u"---"_s)
            out << line;
    }
    return out;
}

int indentOf(const QString &line)
{
    int n = 0;
    while (n < line.size() && line.at(n) == QLatin1Char(' '))
        ++n;
    return n;
}
} // namespace

std::optional<ToolkitFunction::Found> ToolkitFunction::find(const QString &folder)
{
    const QFileInfo info(folder);
    const QString name = info.fileName();
    const auto matching = [&](const QList<FunctionWrite> &all, bool alone) -> std::optional<FunctionWrite> {
        for (const FunctionWrite &f : all)
            if (f.externalId.value_or(QString()) == name)
                return f;
        if (alone && all.size() == 1) // <folder>.Function.yaml with one function is that folder's
            return all.first();
        return std::nullopt;
    };
    QStringList others;
    const QStringList candidates = info.dir().entryList({u"*.Function.yaml"_s, u"*.Function.yml"_s}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &file : candidates) {
        const bool own = file == name + u".Function.yaml"_s || file == name + u".Function.yml"_s;
        if (!own) {
            others << file;
            continue;
        }
        if (const auto f = matching(read(info.dir().filePath(file)), true))
            return Found{info.dir().filePath(file), *f};
    }
    for (const QString &file : others.mid(0, MaxFilesLookedAt))
        if (const auto f = matching(read(info.dir().filePath(file)), false))
            return Found{info.dir().filePath(file), *f};
    return std::nullopt;
}

QList<FunctionWrite> ToolkitFunction::read(const QString &path)
{
    QFile f(path);
    if (f.size() > MaxFileBytes || !f.open(QIODevice::ReadOnly))
        return {};
    return parseAll(f.read(MaxFileBytes));
}

QList<FunctionWrite> ToolkitFunction::parseAll(const QByteArray &yaml)
{
    const auto lines = meaningfulLines(yaml);
    if (!lines)
        return {};
    // A list at the top: each "- key: value" starts an entry; its lines, two spaces less
    // indented, are one mapping.
    QList<QStringList> items;
    bool list = false;
    for (const QString &line : *lines) {
        const QString trimmed = line.trimmed();
        if (indentOf(line) == 0) {
            if (!trimmed.startsWith(u"- "_s))
                break; // a mapping, not a list
            list = true;
            items << QStringList{line.mid(2)};
            continue;
        }
        if (!items.isEmpty())
            items.last() << (indentOf(line) >= 2 ? line.mid(2) : line);
    }
    if (!list) {
        const auto one = parse(yaml);
        return one ? QList<FunctionWrite>{*one} : QList<FunctionWrite>{};
    }
    QList<FunctionWrite> out;
    for (const QStringList &item : std::as_const(items))
        if (const auto f = parse(item.join(QLatin1Char('\n')).toUtf8()))
            out << *f;
    return out;
}

std::optional<FunctionWrite> ToolkitFunction::parse(const QByteArray &yaml)
{
    QMap<QString, QString> scalars;
    QMap<QString, StringMap> maps;
    QMap<QString, QStringList> lists;
    QString block; // the key whose indented lines follow
    const auto lines = meaningfulLines(yaml);
    if (!lines)
        return std::nullopt;
    for (const QString &line : *lines) {
        const QString trimmed = line.trimmed();
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
