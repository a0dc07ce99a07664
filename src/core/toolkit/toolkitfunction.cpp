#include "core/toolkit/toolkitfunction.h"

#include "core/json/jsontext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace fstudio {

using namespace Qt::StringLiterals;

bool ToolkitDefinition::hasErrors() const
{
    return std::any_of(findings.cbegin(), findings.cend(), [](const Finding &f) { return f.isError(); });
}

namespace {
const QStringList &functionFields()
{
    static const QStringList fields{
        u"externalId"_s, u"name"_s,    u"description"_s, u"owner"_s,    u"functionPath"_s,   u"secrets"_s,           u"envVars"_s, u"cpu"_s,
        u"memory"_s,     u"runtime"_s, u"metadata"_s,    u"indexUrl"_s, u"extraIndexUrls"_s, u"dataSetExternalId"_s, u"space"_s};
    return fields;
}

bool unresolved(const QString &text)
{
    static const QRegularExpression re(u"\\{\\{.*?\\}\\}"_s);
    return re.match(text).hasMatch();
}

// The fields of one mapping, each read with what is wrong with it said once, at its line.
class Fields
{
public:
    Fields(const YamlNode &map, const QString &file, const QString &what, Findings *findings)
        : m_map(map)
        , m_file(file)
        , m_what(what)
        , m_findings(findings)
    {
    }
    void note(Finding::Severity s, const QString &code, const QString &message, const YamlNode *at)
    {
        if (m_findings)
            m_findings->append(Finding{s, code, message, m_file, at ? at->line : m_map.line});
    }
    // A text field; a number or boolean is taken as Python's str() of it, with a warning.
    std::optional<QString> text(const QString &key)
    {
        const YamlNode *n = m_map.member(key);
        if (!n || n->kind == YamlNode::Kind::Null)
            return std::nullopt;
        if (!n->isScalar()) {
            note(Finding::Severity::Error, u"wrong-type"_s, u"%1: %2 is %3; it must be text"_s.arg(m_what, key, n->kindName()), n);
            return std::nullopt;
        }
        if (unresolved(n->text))
            return std::nullopt; // named by the substitution; never used as a value
        if (n->kind != YamlNode::Kind::String)
            note(Finding::Severity::Warning, u"not-text"_s,
                 u"%1: %2 is %3 in YAML (%4); CDF wants text: quote it, e.g. %2: \"%4\""_s.arg(m_what, key, n->kindName(), n->text), n);
        return n->text;
    }
    std::optional<double> number(const QString &key)
    {
        const YamlNode *n = m_map.member(key);
        if (!n || n->kind == YamlNode::Kind::Null)
            return std::nullopt;
        if (n->kind == YamlNode::Kind::Int || n->kind == YamlNode::Kind::Float)
            return n->number;
        bool ok = false;
        const double d = n->text.toDouble(&ok);
        if (n->kind == YamlNode::Kind::String && ok) {
            note(Finding::Severity::Warning, u"not-a-number"_s,
                 u"%1: %2 is the text \"%3\"; write it as a number: %2: %3"_s.arg(m_what, key, n->text), n);
            return d;
        }
        if (!unresolved(n->text))
            note(Finding::Severity::Error, u"wrong-type"_s,
                 u"%1: %2 is %3 (%4); it must be a number"_s.arg(m_what, key, n->kindName(), n->text.left(40)), n);
        return std::nullopt;
    }
    // A mapping of text to text.
    std::optional<StringMap> map(const QString &key, bool keysOnly = false, StringMap *written = nullptr)
    {
        const YamlNode *n = m_map.member(key);
        if (!n || n->kind == YamlNode::Kind::Null)
            return std::nullopt;
        if (!n->isMapping()) {
            note(Finding::Severity::Error, u"wrong-type"_s, u"%1: %2 is %3; it must be a mapping of names to text"_s.arg(m_what, key, n->kindName()),
                 n);
            return std::nullopt;
        }
        StringMap out;
        for (const auto &[k, v] : n->members) {
            if (!v->isScalar()) {
                note(Finding::Severity::Error, u"wrong-type"_s, u"%1: %2.%3 is %4; it must be text"_s.arg(m_what, key, k, v->kindName()), v.get());
                continue;
            }
            if (!keysOnly && v->kind != YamlNode::Kind::String && v->kind != YamlNode::Kind::Null)
                note(Finding::Severity::Warning, u"not-text"_s,
                     u"%1: %2.%3 is %4 in YAML (%5); CDF wants text: quote it"_s.arg(m_what, key, k, v->kindName(), v->text), v.get());
            if (written)
                written->insert(k, v->kind == YamlNode::Kind::Null ? QString() : v->text);
            out.insert(k, keysOnly || v->kind == YamlNode::Kind::Null || unresolved(v->text) ? QString() : v->text);
        }
        return out;
    }
    std::optional<QStringList> list(const QString &key)
    {
        const YamlNode *n = m_map.member(key);
        if (!n || n->kind == YamlNode::Kind::Null)
            return std::nullopt;
        if (!n->isSequence()) {
            note(Finding::Severity::Error, u"wrong-type"_s, u"%1: %2 is %3; it must be a list"_s.arg(m_what, key, n->kindName()), n);
            return std::nullopt;
        }
        QStringList out;
        for (const auto &i : n->items)
            if (i->isScalar() && !unresolved(i->text))
                out << i->text;
        return out;
    }
    void unknownFields(const QStringList &known, const QString &kind)
    {
        for (const auto &[k, v] : m_map.members)
            if (!known.contains(k))
                note(Finding::Severity::Warning, u"unknown-field"_s,
                     u"%1: %2 is not a field of a %3; the Toolkit warns about it and it is not sent"_s.arg(m_what, k, kind), v.get());
    }

private:
    const YamlNode &m_map;
    QString m_file;
    QString m_what;
    Findings *m_findings;
};

std::optional<ToolkitDefinition> definitionOf(const YamlNode &map, const QString &file, Findings *findings)
{
    if (!map.isMapping() || (!map.member(u"name") && !map.member(u"externalId")))
        return std::nullopt;
    const YamlNode *xidNode = map.member(u"externalId");
    const QString label = xidNode && xidNode->isScalar() ? u"function %1"_s.arg(xidNode->text) : u"the function"_s;
    Fields fields(map, file, label, findings);
    ToolkitDefinition d;
    d.path = file;
    d.line = map.line;
    FunctionWrite &f = d.function;
    f.externalId = fields.text(u"externalId"_s);
    f.name = fields.text(u"name"_s).value_or(f.externalId.value_or(QString()));
    f.description = fields.text(u"description"_s);
    f.owner = fields.text(u"owner"_s);
    if (auto path = fields.text(u"functionPath"_s)) {
        while (path->startsWith(u"./"_s))
            *path = path->mid(2);
        f.functionPath = *path;
    }
    f.runtime = fields.text(u"runtime"_s);
    f.cpu = fields.number(u"cpu"_s);
    f.memory = fields.number(u"memory"_s);
    f.indexUrl = fields.text(u"indexUrl"_s);
    f.extraIndexUrls = fields.list(u"extraIndexUrls"_s);
    f.envVars = fields.map(u"envVars"_s);
    f.metadata = fields.map(u"metadata"_s);
    StringMap written;
    f.secrets = fields.map(u"secrets"_s, true, &written);
    d.secretReferences = written;
    static const QRegularExpression reference(u"\\A\\$\\{[^}]+\\}\\z"_s);
    for (auto it = written.cbegin(); it != written.cend(); ++it)
        if (!it.value().isEmpty() && !reference.match(it.value()).hasMatch())
            fields.note(
                Finding::Severity::Warning, u"secret-in-file"_s,
                u"%1: the secret %2 has its value written in the file. Toolkit files name an environment variable there (%2: ${MY_SECRET}) so no "
                "secret is kept in the repository; the value is not used here: type it in the wizard"_s.arg(label, it.key()),
                map.member(u"secrets"));
    d.dataSetExternalId = fields.text(u"dataSetExternalId"_s);
    d.space = fields.text(u"space"_s);
    if (d.space)
        fields.note(
            Finding::Severity::Warning, u"code-in-space"_s,
            u"%1: space puts the code file in data modeling (a CogniteFile), which this app does not do: its code goes into a classic file"_s.arg(
                label),
            map.member(u"space"));
    fields.unknownFields(functionFields(), u"Function"_s);
    f.fileId = 1; // made by the deploy
    return d;
}

// A file's text with the variables filled, read as YAML: its documents, or nothing (with a finding).
QList<YamlNode::Ptr> readFilled(const QString &path, const ToolkitProject::Variables &variables, Findings *findings)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        findings->append(Finding{Finding::Severity::Error, u"unreadable"_s, file.errorString(), path, 0});
        return {};
    }
    if (file.size() > ToolkitFunction::MaxFileBytes) {
        findings->append(
            Finding{Finding::Severity::Error, u"too-large"_s,
                    u"the file is %1 bytes; a Toolkit file of more than %2 bytes is not read"_s.arg(file.size()).arg(ToolkitFunction::MaxFileBytes),
                    path, 0});
        return {};
    }
    const QString text = ToolkitProject::substitute(QString::fromUtf8(file.read(ToolkitFunction::MaxFileBytes)), variables, path, findings);
    YamlLimits limits;
    limits.maxBytes = ToolkitFunction::MaxFileBytes * 4; // the variables may have made it longer
    const auto docs = Yaml::parse(text.toUtf8(), limits);
    if (!docs) {
        findings->append(Finding{Finding::Severity::Error, u"yaml"_s, u"not valid YAML: %1"_s.arg(docs.error().message), path, docs.error().line});
        return {};
    }
    if (docs->size() > 1)
        findings->append(Finding{Finding::Severity::Error, u"several-documents"_s,
                                 u"the file holds %1 YAML documents (---); the Toolkit reads a file as one document"_s.arg(docs->size()), path, 0});
    return *docs;
}

QList<const YamlNode *> entriesOf(const QList<YamlNode::Ptr> &docs)
{
    QList<const YamlNode *> out;
    if (docs.isEmpty())
        return out;
    const YamlNode &top = *docs.first();
    if (top.isSequence()) {
        for (const auto &i : top.items)
            if (out.size() < ToolkitFunction::MaxDefinitions)
                out << i.get();
    } else if (top.isMapping()) {
        out << &top;
    }
    return out;
}
} // namespace

namespace {
// Each entry of a YAML text (one mapping, or a list), read by `read`; a text that is not YAML is a finding.
template<typename T, typename Read> QList<T> readEntries(const QByteArray &yaml, const QString &file, Findings *findings, Read read)
{
    Findings local;
    Findings *into = findings ? findings : &local;
    YamlLimits limits;
    limits.maxBytes = ToolkitFunction::MaxFileBytes;
    const auto docs = Yaml::parse(yaml, limits);
    if (!docs) {
        into->append(Finding{Finding::Severity::Error, u"yaml"_s, u"not valid YAML: %1"_s.arg(docs.error().message), file, docs.error().line});
        return {};
    }
    QList<T> out;
    for (const YamlNode *entry : entriesOf(*docs))
        if (auto item = read(*entry, file, into))
            out << *item;
    return out;
}
} // namespace

QList<ToolkitDefinition> ToolkitFunction::parseAll(const QByteArray &yaml, const QString &file, Findings *findings)
{
    return readEntries<ToolkitDefinition>(yaml, file, findings, definitionOf);
}

std::optional<FunctionWrite> ToolkitFunction::parse(const QByteArray &yaml)
{
    const auto docs = Yaml::parse(yaml);
    if (!docs || docs->isEmpty() || !docs->first()->isMapping())
        return std::nullopt;
    const auto d = definitionOf(*docs->first(), {}, nullptr);
    return d ? std::optional<FunctionWrite>(d->function) : std::nullopt;
}

namespace {
std::optional<ToolkitSchedule> scheduleOf(const YamlNode &map, const QString &file, Findings *findings)
{
    if (!map.isMapping())
        return std::nullopt;
    const YamlNode *nameNode = map.member(u"name");
    Fields fields(map, file, u"schedule %1"_s.arg(nameNode && nameNode->isScalar() ? nameNode->text : u"(no name)"_s), findings);
    ToolkitSchedule s;
    s.file = file;
    s.line = map.line;
    s.schedule.name = fields.text(u"name"_s).value_or(QString());
    s.schedule.cronExpression = fields.text(u"cronExpression"_s).value_or(QString());
    s.schedule.functionExternalId = fields.text(u"functionExternalId"_s);
    s.schedule.description = fields.text(u"description"_s);
    if (map.member(u"functionId"))
        fields.note(Finding::Severity::Warning, u"function-id-ignored"_s,
                    u"schedule %1: functionId is ignored (the Toolkit warns too): the schedule runs the function named by functionExternalId"_s.arg(
                        s.schedule.name),
                    map.member(u"functionId"));
    if (const YamlNode *data = map.member(u"data"); data && data->kind != YamlNode::Kind::Null) {
        if (!data->isMapping()) {
            fields.note(Finding::Severity::Error, u"wrong-type"_s,
                        u"schedule %1: data is %2; it must be a mapping (the input handle() gets)"_s.arg(s.schedule.name, data->kindName()), data);
        } else {
            s.schedule.dataText = Yaml::toJson(*data);
            s.schedule.data = QJsonDocument::fromJson(s.schedule.dataText).object();
        }
    }
    if (const YamlNode *auth = map.member(u"authentication"); auth && auth->isMapping()) {
        Fields a(*auth, file, u"schedule %1: authentication"_s.arg(s.schedule.name), findings);
        s.clientId = a.text(u"clientId"_s);
        static const QRegularExpression reference(u"\\A\\$\\{[^}]+\\}\\z"_s);
        if (const YamlNode *secret = auth->member(u"clientSecret"); secret && secret->isScalar() && secret->kind != YamlNode::Kind::Null) {
            if (reference.match(secret->text).hasMatch())
                s.clientSecretReference = secret->text;
            else // never kept, shown or used
                a.note(
                    Finding::Severity::Warning, u"secret-in-file"_s,
                    u"schedule %1: authentication.clientSecret is written in the file. Toolkit files name an environment variable there "
                    "(clientSecret: ${MY_CLIENT_SECRET}) so no secret is kept in the repository; the value is not used here"_s.arg(s.schedule.name),
                    secret);
        }
        a.unknownFields({u"clientId"_s, u"clientSecret"_s}, u"schedule's authentication"_s);
    }
    for (const char *required : {"name", "cronExpression", "functionExternalId"})
        if (!map.member(QString::fromLatin1(required)))
            fields.note(Finding::Severity::Error, u"missing-field"_s,
                        u"schedule %1: %2 is missing; the Toolkit needs name, cronExpression and functionExternalId"_s.arg(
                            s.schedule.name, QLatin1StringView(required)),
                        &map);
    fields.unknownFields({u"name"_s, u"cronExpression"_s, u"functionExternalId"_s, u"functionId"_s, u"description"_s, u"data"_s, u"authentication"_s},
                         u"Schedule"_s);
    return s;
}
} // namespace

QList<ToolkitSchedule> ToolkitFunction::parseSchedules(const QByteArray &yaml, const QString &file, Findings *findings)
{
    return readEntries<ToolkitSchedule>(yaml, file, findings, scheduleOf);
}

std::optional<ToolkitDefinition> ToolkitFunction::find(const QString &folder, const QString &environment)
{
    const QFileInfo info(QFileInfo(folder).absoluteFilePath());
    const QString name = info.fileName();
    const QDir yamlDir = info.dir();
    QDir moduleDir = yamlDir;
    moduleDir.cdUp(); // the module holds the functions/ folder
    const auto project = ToolkitProject::around(yamlDir.absolutePath());
    const QString env =
        project ? (project->environments.contains(environment) ? environment : ToolkitProject::defaultEnvironment(project->environments)) : QString();
    ToolkitProject::Variables variables =
        project ? project->variablesFor(moduleDir.absolutePath(), env) : ToolkitProject::moduleDefaults(moduleDir.absolutePath());
    if (!project && !variables.defaults.isEmpty()) { // a module on its own: the values `cdf modules init` would write
        variables.values = variables.defaults;
        variables.source = variables.defaultsFile;
    }

    const auto fromFile = [&](const QString &file, bool own) -> std::optional<ToolkitDefinition> {
        Findings found;
        const QList<YamlNode::Ptr> docs = readFilled(yamlDir.filePath(file), variables, &found);
        const QList<const YamlNode *> entries = entriesOf(docs);
        std::optional<ToolkitDefinition> match;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            Findings mine;
            auto d = definitionOf(*entries.at(i), yamlDir.filePath(file), &mine);
            if (d && d->function.externalId.value_or(QString()) == name) {
                match = d;
                // Of a list's problems, those of this entry's lines (and the file's own).
                const int from = entries.size() > 1 ? entries.at(i)->line : 0;
                const int to = i + 1 < entries.size() ? entries.at(i + 1)->line : std::numeric_limits<int>::max();
                found.removeIf([&](const Finding &f) { return f.line != 0 && (f.line < from || f.line >= to); });
                found += mine;
                break;
            }
        }
        if (!match && own && entries.size() == 1) { // <folder>.Function.yaml with one function is that folder's
            Findings mine;
            match = definitionOf(*entries.first(), yamlDir.filePath(file), &mine);
            found += mine;
            if (match && match->function.externalId && *match->function.externalId != name)
                found << Finding{Finding::Severity::Warning, u"folder-name"_s,
                                 u"the external id is %1 but the folder is %2: `cdf build` looks for the code in %3"_s.arg(
                                     *match->function.externalId, name, QDir::toNativeSeparators(yamlDir.filePath(*match->function.externalId))),
                                 yamlDir.filePath(file), match->line};
        }
        if (!match && own && docs.isEmpty() && !found.isEmpty()) { // the folder's own file is broken: say so
            ToolkitDefinition broken;
            broken.path = yamlDir.filePath(file);
            broken.function.name = name;
            broken.function.externalId = name;
            broken.function.fileId = 1;
            match = broken;
        }
        if (match)
            match->findings = found;
        return match;
    };

    std::optional<ToolkitDefinition> found;
    QStringList others;
    const QStringList candidates = yamlDir.entryList({u"*.Function.yaml"_s, u"*.Function.yml"_s}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &file : candidates) {
        const QString stem = file.section(QLatin1Char('.'), 0, -3);
        if (stem != name) {
            others << file;
            continue;
        }
        if ((found = fromFile(file, true)))
            break;
    }
    for (const QString &file : others.mid(0, MaxFilesLookedAt)) {
        if (found)
            break;
        found = fromFile(file, false);
    }
    if (!found)
        return std::nullopt;
    found->moduleDir = moduleDir.absolutePath();
    found->project = project;
    found->environment = env;
    found->cdfProject = variables.cdfProject;
    found->findings = variables.findings + found->findings;
    // Its schedules: every *.Schedule.yaml beside it, entries naming its external id.
    const QString xid = found->function.externalId.value_or(name);
    const QStringList scheduleFiles = yamlDir.entryList({u"*.Schedule.yaml"_s, u"*.Schedule.yml"_s}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &file : scheduleFiles.mid(0, MaxFilesLookedAt)) {
        Findings fileFindings;
        const QList<YamlNode::Ptr> docs = readFilled(yamlDir.filePath(file), variables, &fileFindings);
        bool mine = docs.isEmpty(); // a broken schedule file may be this function's: its problems are shown
        for (const YamlNode *entry : entriesOf(docs)) {
            Findings entryFindings;
            const auto s = scheduleOf(*entry, yamlDir.filePath(file), &entryFindings);
            if (s && s->schedule.functionExternalId.value_or(QString()) == xid) {
                found->schedules << *s;
                fileFindings += entryFindings;
                mine = true;
            }
        }
        if (mine)
            found->findings += fileFindings;
    }
    return found;
}

} // namespace fstudio
