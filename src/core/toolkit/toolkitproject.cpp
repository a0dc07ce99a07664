#include "core/toolkit/toolkitproject.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>

namespace fstudio {

using namespace Qt::StringLiterals;

namespace {
YamlLimits configLimits()
{
    YamlLimits l;
    l.maxBytes = ToolkitProject::MaxConfigBytes;
    return l;
}

QStringList configEnvironments(const QDir &dir)
{
    QStringList out;
    for (const QString &f : dir.entryList({u"config.*.yaml"_s}, QDir::Files | QDir::Readable, QDir::Name)) {
        const QString env = f.mid(7, f.size() - 7 - 5);
        if (!env.isEmpty())
            out << env;
    }
    return out;
}

// cdf.toml's [cdf] default_organization_dir: the one key read from it (a line `key = "value"`).
QString organizationDirOf(const QString &toml)
{
    QFile f(toml);
    if (f.size() > 64 * 1024 || !f.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression re(u"^\\s*default_organization_dir\\s*=\\s*[\"']([^\"']*)[\"']"_s, QRegularExpression::MultilineOption);
    return re.match(QString::fromUtf8(f.readAll())).captured(1);
}

Finding finding(Finding::Severity severity, const QString &code, const QString &message, const QString &file, int line = 0)
{
    return Finding{severity, code, message, file, line};
}

// The variables of one level of the `variables:` tree (what is not a folder below it), in file
// order, before those of the levels above (the deepest level's are applied first).
void collect(const YamlNode &scope, const QString &path, QList<ToolkitProject::Variable> &into, const QString &next)
{
    QList<ToolkitProject::Variable> level;
    for (const auto &[key, value] : scope.members) {
        if (value->isMapping())
            continue; // a folder
        if (key == next && value->isSequence() && !value->items.isEmpty() && value->items.first()->isMapping())
            continue; // a repeated module: handled by the caller
        level << ToolkitProject::Variable{key, value, path};
    }
    into = level + into;
}

// Python's repr() of a str.
QString pythonRepr(const QString &s)
{
    const QChar quote = s.contains(QLatin1Char('\'')) && !s.contains(QLatin1Char('"')) ? QLatin1Char('"') : QLatin1Char('\'');
    QString out = quote;
    for (const QChar c : s) {
        if (c == QLatin1Char('\\') || c == quote)
            out += QLatin1Char('\\') + c;
        else if (c == QLatin1Char('\n'))
            out += u"\\n"_s;
        else if (c == QLatin1Char('\r'))
            out += u"\\r"_s;
        else if (c == QLatin1Char('\t'))
            out += u"\\t"_s;
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += u"\\x"_s + QString::number(c.unicode(), 16).rightJustified(2, QLatin1Char('0'));
        else
            out += c;
    }
    return out + quote;
}

QString pythonRepr(const YamlNode &n)
{
    switch (n.kind) {
    case YamlNode::Kind::String: return pythonRepr(n.text);
    case YamlNode::Kind::Sequence: {
        QStringList items;
        for (const auto &i : n.items)
            items << pythonRepr(*i);
        return u"["_s + items.join(u", "_s) + u"]"_s;
    }
    case YamlNode::Kind::Mapping: {
        QStringList items;
        for (const auto &[k, v] : n.members)
            items << pythonRepr(k) + u": "_s + pythonRepr(*v);
        return u"{"_s + items.join(u", "_s) + u"}"_s;
    }
    default: return n.text;
    }
}

bool isPythonDigits(const QString &s)
{
    return !s.isEmpty() && std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.isDigit(); });
}

// A list item alone on its line, as the build writes it.
QString blockItem(const YamlNode &n)
{
    if (n.kind == YamlNode::Kind::Bool)
        return n.boolean ? u"true"_s : u"false"_s;
    if (n.kind == YamlNode::Kind::Int || n.kind == YamlNode::Kind::Float)
        return n.text;
    static const QRegularExpression plain(u"\\A[A-Za-z_][A-Za-z0-9_.-]*\\z"_s);
    static const QStringList words{u"true"_s, u"false"_s, u"null"_s, u"yes"_s, u"no"_s, u"on"_s, u"off"_s};
    const QString &v = n.text;
    const auto json = [&] { return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).mid(1).chopped(1)); };
    if (isPythonDigits(v) || v.endsWith(QLatin1Char(':')) || words.contains(v.toLower()))
        return json();
    return plain.match(v).hasMatch() ? v : json();
}

// Python's re.sub() reads the replacement as a template: "\\" is one backslash, "\n" a newline,
// "\g<0>" the match; another backslash before a letter or digit is an error there.
std::optional<QString> expandTemplate(const QString &replacement, const QString &match)
{
    if (!replacement.contains(QLatin1Char('\\')))
        return replacement;
    QString out;
    for (qsizetype i = 0; i < replacement.size(); ++i) {
        const QChar c = replacement.at(i);
        if (c != QLatin1Char('\\') || i + 1 >= replacement.size()) {
            out += c;
            continue;
        }
        const QChar n = replacement.at(++i);
        static const QHash<QChar, QChar> escapes{{u'\\', u'\\'}, {u'n', u'\n'}, {u'r', u'\r'}, {u't', u'\t'},
                                                 {u'a', u'\a'},  {u'b', u'\b'}, {u'f', u'\f'}, {u'v', u'\v'}};
        if (const auto it = escapes.constFind(n); it != escapes.constEnd())
            out += *it;
        else if (replacement.mid(i, 4) == u"g<0>"_s) {
            out += match;
            i += 3;
        } else if (n.isLetterOrNumber() && n.unicode() < 128)
            return std::nullopt;
        else
            out += QLatin1Char('\\') + n;
    }
    return out;
}

// Line numbers of offsets met in increasing order, counted once through the text.
class LineCounter
{
public:
    explicit LineCounter(const QString &text)
        : m_text(text)
    {
    }
    int at(qsizetype offset)
    {
        if (offset < m_offset) { // not in order: count from the start
            m_offset = 0;
            m_line = 1;
        }
        m_line += int(QStringView(m_text).mid(m_offset, offset - m_offset).count(QLatin1Char('\n')));
        m_offset = offset;
        return m_line;
    }

private:
    const QString &m_text;
    qsizetype m_offset = 0;
    int m_line = 1;
};
} // namespace

const ToolkitProject::Variable *ToolkitProject::Variables::find(const QString &name) const
{
    for (const Variable &v : values)
        if (v.name == name)
            return &v;
    return nullptr;
}

std::optional<ToolkitProject> ToolkitProject::around(const QString &path)
{
    QDir dir(QFileInfo(path).absoluteFilePath());
    for (int level = 0; level <= MaxLevels; ++level) {
        if (dir.exists(u"cdf.toml"_s)) {
            const QString org = organizationDirOf(dir.filePath(u"cdf.toml"_s));
            const QDir orgDir(dir.filePath(org.isEmpty() ? u"."_s : org));
            if (const QStringList envs = configEnvironments(orgDir); !envs.isEmpty())
                return ToolkitProject{QDir::cleanPath(orgDir.absolutePath()), envs};
        }
        if (const QStringList envs = configEnvironments(dir); !envs.isEmpty())
            return ToolkitProject{QDir::cleanPath(dir.absolutePath()), envs};
        if (!dir.cdUp())
            break;
    }
    return std::nullopt;
}

QString ToolkitProject::defaultEnvironment(const QStringList &environments)
{
    return environments.contains(u"dev"_s) ? u"dev"_s : environments.value(0);
}

ToolkitProject::Variables ToolkitProject::moduleDefaults(const QString &moduleDir)
{
    Variables v;
    const QString file = QDir(moduleDir).filePath(u"default.config.yaml"_s);
    if (!QFileInfo::exists(file))
        return v;
    v.defaultsFile = file;
    const auto docs = Yaml::readFile(file, configLimits());
    if (!docs) {
        v.findings << finding(Finding::Severity::Error, u"config-yaml"_s, docs.error().message, file, docs.error().line);
        return v;
    }
    if (!docs->isEmpty() && docs->first()->isMapping())
        for (const auto &[key, value] : docs->first()->members)
            if (!value->isMapping())
                v.defaults << Variable{key, value, QString()};
    return v;
}

ToolkitProject::Variables ToolkitProject::variablesFor(const QString &moduleDir, const QString &environment) const
{
    Variables v = moduleDefaults(moduleDir);
    v.environment = environment;
    v.source = QDir(root).filePath(u"config.%1.yaml"_s.arg(environment));
    const auto docs = Yaml::readFile(v.source, configLimits());
    if (!docs) {
        v.findings << finding(Finding::Severity::Error, u"config-yaml"_s, docs.error().message, v.source, docs.error().line);
        return v;
    }
    const YamlNode *config = docs->isEmpty() ? nullptr : docs->first().get();
    if (!config || !config->isMapping()) {
        v.findings << finding(Finding::Severity::Error, u"config-yaml"_s, u"the file holds no mapping with environment: and variables:"_s, v.source);
        return v;
    }
    const YamlNode *env = config->member(u"environment");
    if (env && env->isMapping())
        if (const YamlNode *p = env->member(u"project"); p && p->isScalar() && p->kind != YamlNode::Kind::Null)
            v.cdfProject = p->text;
    const QString relative = QDir(root).relativeFilePath(QFileInfo(moduleDir).absoluteFilePath());
    const QStringList path = relative.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    // environment.selected: a module is built when its name, or a path holding it, is listed.
    if (const YamlNode *selected = env && env->isMapping() ? env->member(u"selected") : nullptr; selected && selected->isSequence()) {
        bool chosen = false;
        for (const auto &entry : selected->items) {
            QString s = entry->text;
            if (s.contains(QLatin1Char('/'))) {
                s = QDir::cleanPath(s);
                chosen |= relative == s || relative.startsWith(s + QLatin1Char('/'));
            } else {
                chosen |= path.contains(s);
            }
        }
        if (!chosen)
            v.findings << finding(
                Finding::Severity::Warning, u"module-not-selected"_s,
                u"the module %1 is not in environment.selected of config.%2.yaml: `cdf build --env %2` leaves it out"_s.arg(relative, environment),
                v.source, selected->line);
    }
    const YamlNode *scope = config->member(u"variables");
    if (!scope || !scope->isMapping())
        return v;
    QList<Variable> found; // prepended: the deepest scope ends up first
    QString at;
    for (qsizetype i = 0;; ++i) {
        const QString next = path.value(i);
        collect(*scope, at, found, next);
        if (next.isEmpty())
            break;
        const YamlNode *child = scope->member(next);
        if (!child)
            break;
        if (child->isSequence()) {
            v.findings << finding(
                Finding::Severity::Warning, u"module-repeat"_s,
                u"variables.%1 is a list: `cdf build` builds the module once per entry; the app reads the variables above it only"_s.arg(
                    (at.isEmpty() ? QString() : at + QLatin1Char('.')) + next),
                v.source, child->line);
            break;
        }
        if (!child->isMapping())
            break;
        scope = child;
        at = at.isEmpty() ? next : at + QLatin1Char('/') + next;
    }
    v.values = found; // deeper first; within a level, in file order
    return v;
}

QString ToolkitProject::substitute(const QString &source, const Variables &variables, const QString &file, Findings *findings)
{
    QString text = source;
    const auto problem = [&](Finding::Severity severity, const QString &code, const QString &message, int line) {
        if (findings)
            findings->append(finding(severity, code, message, file, line));
    };
    // A value holding placeholders, or repeated many times, may make the text grow without end:
    // past this it is not read (cdf build would take minutes and gigabytes).
    const auto tooLarge = [&] {
        problem(Finding::Severity::Error, u"variables-too-large"_s,
                u"filling the variables makes the file larger than %1 characters (a value that holds other {{ placeholders }}, or one "
                "repeated very often); the file is not read"_s.arg(MaxSubstitutedChars),
                0);
        return QString();
    };
    for (const Variable &variable : variables.values) {
        if (!text.contains(u"{{"_s))
            break;
        if (!text.contains(variable.name))
            continue; // no placeholder can name it
        const QString token = u"\\{\\{\\s*%1\\s*\\}\\}"_s.arg(QRegularExpression::escape(variable.name));
        const YamlNode &value = *variable.value;
        QString replacement;
        QString pattern = token;
        if (value.kind == YamlNode::Kind::String && (isPythonDigits(value.text) || value.text.endsWith(QLatin1Char(':')))) {
            replacement = u"\""_s + value.text + u"\""_s;
            pattern = u"'%1'|%1|\"%1\""_s.arg(token);
        } else if (value.kind == YamlNode::Kind::Null) {
            replacement = u"null"_s;
        } else if (value.kind == YamlNode::Kind::Mapping) {
            continue; // a folder of the variables tree, never a value
        } else if (value.kind != YamlNode::Kind::Sequence) {
            replacement = value.text; // str(): True, 15, 1.5, or the text itself
        }
        const bool list = value.kind == YamlNode::Kind::Sequence;
        // Alone on its line, a list becomes block items at its indent; elsewhere Python's repr.
        const QRegularExpression re(list ? u"^([ \\t]*)%1\\s*$|%1"_s.arg(token) : pattern, QRegularExpression::MultilineOption);
        QString out;
        qsizetype last = 0;
        LineCounter lines(text);
        for (auto it = re.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            out += QStringView(text).mid(last, m.capturedStart() - last);
            if (list && m.capturedStart(1) >= 0) {
                QStringList items;
                for (const auto &item : value.items)
                    items << m.captured(1) + u"- "_s + blockItem(*item);
                out += items.join(QLatin1Char('\n'));
            } else if (list) {
                out += pythonRepr(value);
            } else if (const auto expanded = expandTemplate(replacement, m.captured(0))) {
                out += *expanded;
            } else {
                problem(
                    Finding::Severity::Error, u"variable-escape"_s,
                    u"the value of the variable %1 (from %2) has a backslash before a letter or digit, which `cdf build` refuses (Python's re.sub reads it as a template): write \\\\ for one backslash"_s
                        .arg(variable.name, QDir::toNativeSeparators(variables.source)),
                    lines.at(m.capturedStart()));
                // Nothing in its place: the value is not used, and the placeholder is not named twice.
            }
            last = m.capturedEnd();
            if (out.size() > MaxSubstitutedChars)
                return tooLarge();
        }
        text = out + QStringView(text).mid(last);
        if (text.size() > MaxSubstitutedChars)
            return tooLarge();
    }
    // What is left: {{ … }} that no variable filled (the first ones named; the rest counted).
    static const QRegularExpression left(u"\\{\\{(.*?)\\}\\}"_s);
    LineCounter lines(text);
    int named = 0, more = 0;
    for (auto it = left.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (named >= MaxUnresolvedNamed) {
            ++more;
            continue;
        }
        ++named;
        const QString name = m.captured(1).trimmed().left(100);
        QString where = variables.source.isEmpty() ? u"no config.<env>.yaml was found above the module"_s
                                                   : u"%1 does not give it for this module"_s.arg(QDir::toNativeSeparators(variables.source));
        for (const Variable &d : variables.defaults)
            if (d.name == name && !variables.source.isEmpty())
                where +=
                    u"; the module's default.config.yaml has it (%1), which `cdf modules init` copies into a config, but `cdf build` does not read that file"_s
                        .arg(d.value->text.left(80));
        problem(Finding::Severity::Error, u"unresolved-variable"_s,
                u"the variable {{ %1 }} is not resolved: %2. Add %1 under variables: in the config for this environment"_s.arg(name, where),
                lines.at(m.capturedStart()));
    }
    if (more > 0)
        problem(Finding::Severity::Error, u"unresolved-variable"_s, u"%1 more {{ placeholders }} are not resolved"_s.arg(more), 0);
    return text;
}

} // namespace fstudio
