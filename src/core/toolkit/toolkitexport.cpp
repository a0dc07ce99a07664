#include "core/toolkit/toolkitexport.h"

#include "core/toolkit/toolkithash.h"
#include "core/yaml/yamlnode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

namespace fstudio {

using namespace Qt::StringLiterals;

namespace {
// Double-quoted YAML that PyYAML reads back: escapes for what its reader refuses raw (C0 and C1
// controls, DEL, line and paragraph separators, BOM, non-characters) and for " and \.
QString doubleQuoted(const QString &text)
{
    QString out = u"\""_s;
    for (const char32_t c : text.toUcs4()) {
        switch (c) {
        case '"': out += u"\\\""_s; continue;
        case '\\': out += u"\\\\"_s; continue;
        case '\n': out += u"\\n"_s; continue;
        case '\t': out += u"\\t"_s; continue;
        case '\r': out += u"\\r"_s; continue;
        default: break;
        }
        const bool special = c < 0x20 || (c >= 0x7f && c <= 0xa0) || c == 0x2028 || c == 0x2029 || c == 0xfeff || c == 0xfffe || c == 0xffff
            || (c >= 0xd800 && c <= 0xdfff);
        if (special)
            out += u"\\u"_s + QString::number(uint(c), 16).rightJustified(4, QLatin1Char('0'));
        else
            out += QString::fromUcs4(&c, 1);
    }
    return out + u"\""_s;
}

// A JSON number as PyYAML reads a float: a dot and a signed exponent (1e5 -> 1.0e+5).
QString yamlNumber(const QString &json)
{
    const qsizetype e = json.indexOf(QLatin1Char('e'), 0, Qt::CaseInsensitive);
    if (e < 0)
        return json;
    QString mantissa = json.left(e);
    QString exponent = json.mid(e + 1);
    if (!mantissa.contains(QLatin1Char('.')))
        mantissa += u".0"_s;
    if (!exponent.startsWith(QLatin1Char('+')) && !exponent.startsWith(QLatin1Char('-')))
        exponent.prepend(QLatin1Char('+'));
    return mantissa + u"e"_s + exponent;
}

// JSON text (already valid) as a YAML flow collection PyYAML reads as the same values, in the same
// order: every string double-quoted, numbers as YAML 1.1 floats where they have an exponent.
QString flowOf(const QByteArray &json)
{
    QString out;
    const QString text = QString::fromUtf8(json);
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            qsizetype j = i + 1;
            while (j < text.size() && text.at(j) != QLatin1Char('"'))
                j += text.at(j) == QLatin1Char('\\') ? 2 : 1;
            const QString token = text.mid(i, j + 1 - i);
            const QJsonArray decoded = QJsonDocument::fromJson((u"["_s + token + u"]"_s).toUtf8()).array();
            out += doubleQuoted(decoded.at(0).toString());
            i = j + 1;
        } else if (c == QLatin1Char(',')) {
            out += u", "_s;
            ++i;
        } else if (c == QLatin1Char(':')) {
            out += u": "_s;
            ++i;
        } else if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('-') || c.isDigit()) {
            qsizetype j = i;
            while (j < text.size() && (text.at(j).isDigit() || QStringView(u"+-.eE").contains(text.at(j))))
                ++j;
            out += yamlNumber(text.mid(i, j - i));
            i = j;
        } else {
            out += c; // { } [ ] and the letters of true, false, null
            ++i;
        }
    }
    return out;
}

// The Toolkit's build and the app write these themselves: an export leaves them out.
bool isHashKey(const QString &key)
{
    return key == QLatin1StringView(ToolkitHash::CodeKey) || key == QLatin1StringView(ToolkitHash::SecretKey) || key == u"fs-code-hash"_s;
}

void mapping(QString &out, const QString &key, const StringMap &values, int indent = 0)
{
    if (values.isEmpty())
        return;
    out += QString(indent, QLatin1Char(' ')) + key + u":\n"_s;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        out += QString(indent + 2, QLatin1Char(' ')) + ToolkitExport::scalar(it.key()) + u": "_s + ToolkitExport::scalar(it.value()) + u"\n"_s;
}

QString number(double d)
{
    return yamlNumber(QString::number(d, 'g', QLocale::FloatingPointShortest));
}
} // namespace

QString ToolkitExport::scalar(const QString &text)
{
    // Plain when it is plainly text: letters, digits and a few marks, and PyYAML reads it as this
    // same string (not a number, boolean, null or date).
    static const QRegularExpression plain(u"\\A[\\p{L}\\p{N}_][\\p{L}\\p{N}_ .,/@+()=-]*\\z"_s);
    if (!text.isEmpty() && text.trimmed() == text && plain.match(text).hasMatch()) {
        const auto read = Yaml::parse((u"v: "_s + text).toUtf8());
        if (read && !read->isEmpty()) {
            const YamlNode *v = read->first()->member(u"v");
            if (v && v->kind == YamlNode::Kind::String && v->text == text)
                return text;
        }
    }
    return doubleQuoted(text);
}

namespace {
QString safeFileName(const QString &text, qint64 id)
{
    static const QRegularExpression plain(u"\\A[A-Za-z0-9_][A-Za-z0-9_.-]{0,199}\\z"_s);
    if (plain.match(text).hasMatch())
        return text;
    QString made = text;
    made.replace(QRegularExpression(u"[^A-Za-z0-9_.-]+"_s), u"_"_s);
    while (!made.isEmpty() && (made.at(0) == QLatin1Char('.') || made.at(0) == QLatin1Char('-')))
        made.remove(0, 1);
    made = made.left(200);
    return made.isEmpty() ? u"function_%1"_s.arg(id) : made;
}
} // namespace

QString ToolkitExport::externalIdFor(const Function &function)
{
    if (function.externalId && !function.externalId->isEmpty())
        return *function.externalId;
    return safeFileName(function.name, function.id);
}

QString ToolkitExport::fileNameFor(const Function &function)
{
    return safeFileName(externalIdFor(function), function.id);
}

QString ToolkitExport::variableFor(const QString &externalId, const QString &key)
{
    QString v = (externalId + QLatin1Char('_') + key).toUpper();
    v.replace(QRegularExpression(u"[^A-Z0-9_]"_s), u"_"_s);
    if (!v.isEmpty() && v.at(0).isDigit())
        v.prepend(QLatin1Char('_'));
    return v;
}

QByteArray ToolkitExport::functionYaml(const Function &f, const std::optional<QString> &dataSetExternalId)
{
    const QString xid = externalIdFor(f);
    // (No names in the comments: a comment holds no escapes.)
    QString out = u"# Exported by Functions Studio from function %1. Secrets are ${VARIABLES}: set them in the environment of\n"
                  u"# `cdf deploy`. The code is in the folder named after the external id, beside this file.\n"_s.arg(f.id);
    out += u"name: "_s + scalar(f.name) + u"\n"_s;
    out += u"externalId: "_s + scalar(xid) + u"\n"_s;
    if (f.description && !f.description->isEmpty())
        out += u"description: "_s + scalar(*f.description) + u"\n"_s;
    if (f.owner && !f.owner->isEmpty())
        out += u"owner: "_s + scalar(*f.owner) + u"\n"_s;
    out += u"functionPath: "_s + scalar(f.functionPath.isEmpty() ? u"handler.py"_s : f.functionPath) + u"\n"_s;
    if (f.runtime && !f.runtime->isEmpty())
        out += u"runtime: "_s + scalar(*f.runtime) + u"\n"_s;
    if (f.cpu)
        out += u"cpu: "_s + number(*f.cpu) + u"\n"_s;
    if (f.memory)
        out += u"memory: "_s + number(*f.memory) + u"\n"_s;
    if (dataSetExternalId)
        out += u"dataSetExternalId: "_s + scalar(*dataSetExternalId) + u"\n"_s;
    else
        out += u"# dataSetExternalId: the Toolkit needs the data set the code file goes into; the code file had none with an external id.\n"_s;
    mapping(out, u"envVars"_s, f.envVars.value_or(StringMap()));
    StringMap metadata = f.metadata.value_or(StringMap());
    metadata.removeIf([](const auto &it) { return isHashKey(it.key()); });
    mapping(out, u"metadata"_s, metadata);
    StringMap secrets;
    for (const QString &key : f.secrets.value_or(StringMap()).keys())
        secrets.insert(key, u"${"_s + variableFor(xid, key) + u"}"_s);
    mapping(out, u"secrets"_s, secrets);
    return out.toUtf8();
}

QByteArray ToolkitExport::scheduleYaml(const QString &functionExternalId, const QList<Schedule> &schedules)
{
    QString out = u"# Exported by Functions Studio: the schedules of the function. Their client credentials are ${VARIABLES}: set\n"
                  u"# them in the environment of `cdf deploy`.\n"_s;
    static const QRegularExpression authMark(u" ?cdf-auth: [0-9a-f]{8}\\z"_s); // the Toolkit's, which its deploy writes again
    for (const Schedule &s : schedules) {
        out += u"- name: "_s + scalar(s.schedule.name) + u"\n"_s;
        out += u"  functionExternalId: "_s + scalar(functionExternalId) + u"\n"_s;
        out += u"  cronExpression: "_s + scalar(s.schedule.cronExpression) + u"\n"_s;
        const QString description = s.schedule.description.value_or(QString()).remove(authMark);
        if (!description.isEmpty())
            out += u"  description: "_s + scalar(description) + u"\n"_s;
        if (!s.dataText.trimmed().isEmpty() && s.dataText.trimmed() != "{}")
            out += u"  data: "_s + flowOf(s.dataText) + u"\n"_s;
        out += u"  authentication:\n    clientId: ${%1}\n    clientSecret: ${%2}\n"_s.arg(
            variableFor(functionExternalId, u"schedule_client_id"_s), variableFor(functionExternalId, u"schedule_client_secret"_s));
    }
    return out.toUtf8();
}

} // namespace fstudio
