// The Cognite Toolkit's files: YAML read as PyYAML reads it, module variables, function and schedule
// definitions, the Toolkit's code hash, the export, and the headless check.
#include "core/toolkit/toolkitexport.h"
#include "core/toolkit/toolkitfunction.h"
#include "core/toolkit/toolkithash.h"
#include "core/toolkit/toolkitproject.h"
#include "core/yaml/yamlnode.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace fstudio;
using namespace Qt::StringLiterals;

class TestToolkit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void yamlReadsAsPyYamlReadsIt();
    void yamlErrorsNameTheLine();
    void yamlIsBounded();
    void projectAndVariables();
    void substituteAsTheBuildDoes();
    void functionFileInEveryStyle();
    void functionFileMatchesPyYaml();
    void anotherEnvironment();
    void listFileWithMergeKeys();
    void unresolvedVariableIsNeverAValue();
    void moduleWithoutProject();
    void schedulesOfAFunction();
    void toolkitHashes();
    void exportReadsBackTheSame();
    void hostileFilesAreBounded();
};

namespace {
// PyYAML's reading of each text, as JSON (keys as str() of the key), or "error" when it refuses it.
QList<QByteArray> pyyaml(const QList<QByteArray> &texts)
{
    const char *script = R"(
import json, sys, yaml
def keys(v):
    if isinstance(v, dict):
        return {str(k): keys(x) for k, x in v.items()}
    if isinstance(v, list):
        return [keys(x) for x in v]
    return v
out = []
for text in json.load(sys.stdin):
    try:
        out.append([json.dumps(keys(d), default=str, ensure_ascii=False) for d in yaml.safe_load_all(text)])
    except yaml.YAMLError:
        out.append("error")
print(json.dumps(out))
)";
    QJsonArray in;
    for (const QByteArray &t : texts)
        in.append(QString::fromUtf8(t));
    QProcess p;
    p.start(u"python3"_s, {u"-c"_s, QString::fromLatin1(script)});
    p.write(QJsonDocument(in).toJson());
    p.closeWriteChannel();
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        qFatal("python3 with PyYAML did not answer: %s", p.readAllStandardError().constData());
    QList<QByteArray> out;
    for (const auto &v : QJsonDocument::fromJson(p.readAllStandardOutput()).array()) {
        if (v.isString()) {
            out << v.toString().toUtf8();
            continue;
        }
        QByteArrayList docs;
        for (const auto &d : v.toArray())
            docs << d.toString().toUtf8();
        out << "[" + docs.join(" | ") + "]";
    }
    return out;
}

QByteArray ours(const QByteArray &text)
{
    const auto docs = Yaml::parse(text);
    if (!docs)
        return "error";
    QByteArrayList out;
    for (const auto &d : *docs)
        out << Yaml::toJson(*d);
    return "[" + out.join(" | ") + "]";
}
} // namespace

// Every style a Toolkit file may use, read here and by PyYAML (the Toolkit's reader): the same values.
void TestToolkit::yamlReadsAsPyYamlReadsIt()
{
    const QList<QByteArray> texts = {
        "name: plain\n",
        "description: 'quoted' # a comment\n",
        "description: \"double # not a comment\"  # but this is\n",
        "owner: 'O''Brien'\n",
        "text: \"tab\\there \\u00e9 \\x41\"\n",
        "description: >-\n  folded\n  lines\n\n  new paragraph\n",
        "description: >\n  folded keep one\n",
        "description: |\n  literal\n    indented\n  end\n",
        "description: |-\n  strip\n\n",
        "description: |+\n  keep\n\n",
        "metadata: {version: \"1\", team: data, n: 1}\n",
        "list: [a, 'b', \"c\", 1, 1.5]\n",
        "base: &base\n  cpu: 0.25\n  memory: 1\nfn:\n  <<: *base\n  memory: 2\n",
        "items:\n  - &first {name: a}\n  - *first\n",
        "a: &x hello\nb: *x\n",
        "- &entry\n  name: one\n- <<: *entry\n  externalId: two\n",
        "merge:\n  <<: [{a: 1, b: 1}, {b: 2, c: 2}]\n  c: 3\n",
        "bools: [yes, no, on, off, true, False, TRUE, y, n, Yes]\n",
        "nulls: [~, null, Null, '']\nempty:\n",
        "ints: [0, 17, 017, 0x1F, 0b101, 1_000, -5, +3, 1:30, 190:20:30, 08, 0o17]\n",
        "floats: [1.5, 1., .5, 1e5, 1.0e+5, 1.0e5, -.inf, .NaN, 6.8523015e+5, 685.230_15e+03, 190:20:30.15, 1e16, 0.0001, 0.00001]\n",
        "floats2: [10000000000000000.0, 123456789012345678.0, 3.14159265358979, 0.1, 100.0, 1e-7]\n",
        "big: 123456789012345678901234567890\n",
        "dates: [2001-12-14, 2001-12-14t21:59:43.10-05:00]\n",
        "tags: [!!str 123, !!int '42', !!float '1', !!bool 'yes', !!null '']\n",
        "on: 1\nyes: 2\n1: x\n~: y\n",
        "dup: 1\nother: 2\ndup: 3\n",
        "---\nname: one\n---\nname: two\n...\n",
        "",
        "# only a comment\n",
        "---\n",
        "key:    value with   spaces   \n",
        "url: http://example.com:8080/a#b\n",
        "colon: a:b\n",
        "multi: first\n  continued line\n",
        "'quoted key': 1\n\"other key\": 2\n",
        "seq:\n- a\n- b\n",
        "nested:\n  - name: x\n    envVars:\n      A: '1'\n      B: two\n",
        "unicode: \"\xc3\xa6\xc3\xb8\xc3\xa5\""
        " # norsk\n",
        "crlf: value\r\nnext: 2\r\n",
        "\xef\xbb\xbf"
        "bom: true\n",
        "bad: [unclosed\n",
        "a: b: c\n",
        "eq: =\n",
        "tagged: !Ref other\n",
        "   indented: 1\n   other: 2\n",
        "? complex\n: value\n",
        "text: \"line\\\n  continued\"\n",
        "plain: 12:30:45\n",
        "version: 1.10\nfive: 5.\n",
        "neg: -0\nnegf: -0.0\n",
    };
    const QList<QByteArray> expected = pyyaml(texts);
    QCOMPARE(expected.size(), texts.size());
    int differ = 0;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QByteArray got = ours(texts.at(i));
        if (got != expected.at(i)) {
            ++differ;
            qWarning("YAML %s\n  PyYAML: %s\n  ours:   %s", texts.at(i).toPercentEncoding(" :\n-[]{}#'\",").constData(), expected.at(i).constData(),
                     got.constData());
        }
    }
    QCOMPARE(differ, 0);
    // Where yaml-cpp is more lenient than PyYAML: text PyYAML refuses is read (the Toolkit would
    // stop on it; `functions-studio check` then passes a file `cdf build` refuses). Kept in view here.
    const QList<QByteArray> lenient = {"nulls: [a, , b]\n", "bad: 'unclosed\n"};
    for (const QByteArray &t : lenient) {
        QCOMPARE(pyyaml({t}).value(0), "error");
        QVERIFY(ours(t) != "error");
    }
}

void TestToolkit::yamlErrorsNameTheLine()
{
    const auto bad = Yaml::parse("name: ok\nlist: [a, b\nnext: 1\n");
    QVERIFY(!bad);
    QVERIFY2(bad.error().line >= 2, qPrintable(bad.error().message));
    const auto tag = Yaml::parse("name: ok\nvalue: !Ref x\n");
    QVERIFY(!tag);
    QCOMPARE(tag.error().line, 2);
    QVERIFY(tag.error().message.contains(u"!Ref"_s));
}

void TestToolkit::yamlIsBounded()
{
    // A "billion laughs": nine aliases of nine aliases of … expands to 10^9 values.
    QByteArray laughs = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (char c = 'b'; c <= 'j'; ++c)
        laughs += QByteArray(1, c) + ": &" + c + " [" + QByteArray("*" + QByteArray(1, char(c - 1)) + ", ").repeated(9).chopped(2) + "]\n";
    const auto expanded = Yaml::parse(laughs);
    QVERIFY(!expanded);
    QVERIFY2(expanded.error().message.contains(u"expands"_s), qPrintable(expanded.error().message));
    // Deep nesting stops at the limit, long before the stack would.
    const auto deep = Yaml::parse(QByteArray(5000, '[') + QByteArray(5000, ']'));
    QVERIFY(!deep);
    QVERIFY2(deep.error().message.contains(u"deeper"_s), qPrintable(deep.error().message));
    YamlLimits small;
    small.maxBytes = 10;
    QVERIFY(!Yaml::parse("name: more than ten bytes\n", small));
    // A recursive alias is refused, not followed.
    QVERIFY(!Yaml::parse("a: &a [*a]\n"));
}

namespace {
const QString Project = QStringLiteral(FS_TEST_SOURCE_DIR "/data/toolkit");
const QString Functions = QStringLiteral(FS_TEST_SOURCE_DIR "/data/toolkit/modules/common/ingestion/functions");

void writeFile(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(text), text.size());
}

QStringList codes(const Findings &findings, Finding::Severity severity)
{
    QStringList out;
    for (const Finding &f : findings)
        if (f.severity == severity)
            out << f.code;
    return out;
}

QString describe(const Findings &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << u"%1 %2:%3 %4 %5"_s.arg(Finding::severityName(f.severity), f.file).arg(f.line).arg(f.code, f.message);
    return out.join(u"\n"_s);
}
} // namespace

void TestToolkit::projectAndVariables()
{
    const auto project = ToolkitProject::around(Functions + u"/ingest"_s);
    QVERIFY(project);
    QCOMPARE(project->root, QDir(Project).absolutePath());
    QCOMPARE(project->environments, (QStringList{u"dev"_s, u"prod"_s}));
    QCOMPARE(ToolkitProject::defaultEnvironment(project->environments), u"dev"_s);
    const auto vars = project->variablesFor(Project + u"/modules/common/ingestion"_s, u"dev"_s);
    QVERIFY2(vars.findings.isEmpty(), qPrintable(describe(vars.findings)));
    QCOMPARE(vars.cdfProject, u"fs-test-dev"_s);
    // The deepest scope first; each level's own variables only (folders are not variables).
    QCOMPARE(vars.values.first().scope, u"modules/common/ingestion"_s);
    QCOMPARE(vars.values.last().name, u"env_suffix"_s);
    QCOMPARE(vars.find(u"owner_email"_s)->scope, u"modules"_s);
    QCOMPARE(vars.find(u"ingest_memory"_s)->value->kind, YamlNode::Kind::Float);
    QVERIFY(!vars.find(u"common"_s));
    QCOMPARE(vars.defaults.size(), 8); // the module's default.config.yaml, kept aside
    // prod selects the module by name; a module it does not name is "not selected".
    const auto prod = project->variablesFor(Project + u"/modules/common/ingestion"_s, u"prod"_s);
    QVERIFY2(prod.findings.isEmpty(), qPrintable(describe(prod.findings)));
    QTemporaryDir other;
    QVERIFY(QDir(Project).exists());
    const auto elsewhere = project->variablesFor(Project + u"/modules/common"_s, u"prod"_s);
    QCOMPARE(codes(elsewhere.findings, Finding::Severity::Warning), QStringList{u"module-not-selected"_s});
}

void TestToolkit::substituteAsTheBuildDoes()
{
    YamlNode::Ptr list;
    {
        const auto docs = Yaml::parse("v: [a, 'b c', 7, true]\n");
        list = docs->first()->member(u"v") ? std::make_shared<YamlNode>(*docs->first()->member(u"v")) : nullptr;
    }
    const auto scalar = [](const QByteArray &yaml) { return std::make_shared<YamlNode>(*Yaml::parse("v: " + yaml)->first()->member(u"v")); };
    ToolkitProject::Variables vars;
    vars.source = u"config.dev.yaml"_s;
    vars.values = {{u"name"_s, scalar("plain text"), {}}, {u"digits"_s, scalar("'0042'"), {}}, {u"colon"_s, scalar("'key:'"), {}},
                   {u"flag"_s, scalar("yes"), {}},        {u"ratio"_s, scalar("1.50"), {}},    {u"items"_s, list, {}},
                   {u"slash"_s, scalar("'a\\nb'"), {}}};
    Findings findings;
    const QString out = ToolkitProject::substitute(
        u"a: {{name}}\nb: '{{ digits }}'\nc: {{ colon }}\nd: {{ flag }}\ne: {{ ratio }}\nf:\n  {{ items }}\ng: {{ items }}\nh: {{ slash }}\ni: {{ missing }}\n"_s,
        vars, u"f.yaml"_s, &findings);
    QCOMPARE(
        out,
        u"a: plain text\nb: \"0042\"\nc: \"key:\"\nd: True\ne: 1.5\nf:\n  - a\n  - \"b c\"\n  - 7\n  - true\ng: ['a', 'b c', 7, True]\nh: a\nb\ni: {{ missing }}\n"_s);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().code, u"unresolved-variable"_s);
    QCOMPARE(findings.first().line, 14); // the line in the text as filled (the list took three more, the value one)
    QVERIFY(findings.first().message.contains(u"{{ missing }}"_s));
    // A backslash before a letter is refused by Python's re.sub, so by cdf build.
    vars.values = {{u"bad"_s, scalar("'C:\\Users\\x'"), {}}};
    findings.clear();
    ToolkitProject::substitute(u"p: {{ bad }}\n"_s, vars, u"f.yaml"_s, &findings);
    QCOMPARE(codes(findings, Finding::Severity::Error), QStringList{u"variable-escape"_s});
}

void TestToolkit::functionFileInEveryStyle()
{
    const auto d = ToolkitFunction::find(Functions + u"/ingest"_s);
    QVERIFY(d);
    QVERIFY2(!d->hasErrors(), qPrintable(describe(d->findings)));
    QCOMPARE(d->path, Functions + u"/ingest.Function.yaml"_s);
    QCOMPARE(d->environment, u"dev"_s);
    QCOMPARE(d->cdfProject, u"fs-test-dev"_s);
    const FunctionWrite &f = d->function;
    QCOMPARE(f.name, u"Ingest from sap"_s); // quoted, the comment after it left out
    QCOMPARE(f.externalId, u"ingest"_s);
    QCOMPARE(f.description, u"Reads the sap export and writes it to CDF."_s); // folded, {{x}} without spaces
    QCOMPARE(f.owner, u"O'Brien <data-team@example.com>"_s); // '' inside single quotes; a variable two levels up
    QCOMPARE(f.functionPath, u"handler.py"_s);
    QCOMPARE(f.runtime, u"py311"_s);
    QCOMPARE(f.cpu, 0.5);
    QCOMPARE(f.memory, 1.5);
    QCOMPARE(d->dataSetExternalId, u"ds_ingestion_dev"_s);
    QCOMPARE(f.envVars->value(u"SOURCE"_s), u"sap"_s);
    QCOMPARE(f.envVars->value(u"ENV"_s), u"dev"_s); // a variable at the top of variables:
    QCOMPARE(f.envVars->value(u"NOTES"_s), u"first line\nsecond line\n"_s); // a literal block
    QCOMPARE(f.metadata, (StringMap{{u"version"_s, u"7"_s}, {u"team"_s, u"data"_s}})); // flow mapping; digits stay text
    QCOMPARE(f.secrets, (StringMap{{u"api-key"_s, QString()}})); // the key only
    QCOMPARE(d->secretReferences.value(u"api-key"_s), u"${INGEST_API_KEY}"_s);
    QCOMPARE(f.indexUrl, u"https://pypi.org/simple"_s);
    QCOMPARE(f.extraIndexUrls, (QStringList{u"https://pypi.example.com/simple"_s, u"https://mirror.example.com/simple"_s})); // a list variable
}

// The file as the build fills it, read by PyYAML: the same values as ours.
void TestToolkit::functionFileMatchesPyYaml()
{
    const auto project = ToolkitProject::around(Functions);
    const auto vars = project->variablesFor(Project + u"/modules/common/ingestion"_s, u"dev"_s);
    for (const QString &name : {u"ingest.Function.yaml"_s, u"pipeline.Function.yaml"_s, u"ingest.Schedule.yaml"_s}) {
        QFile file(Functions + QLatin1Char('/') + name);
        QVERIFY(file.open(QIODevice::ReadOnly));
        Findings findings;
        const QByteArray filled = ToolkitProject::substitute(QString::fromUtf8(file.readAll()), vars, name, &findings).toUtf8();
        QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
        const QByteArray theirs = pyyaml({filled}).value(0);
        QVERIFY(theirs != "error");
        QCOMPARE(ours(filled), theirs);
    }
}

void TestToolkit::anotherEnvironment()
{
    const auto d = ToolkitFunction::find(Functions + u"/ingest"_s, u"prod"_s);
    QVERIFY(d);
    QCOMPARE(d->environment, u"prod"_s);
    QCOMPARE(d->function.name, u"Ingest from s4hana"_s);
    QCOMPARE(d->function.memory, 2.0);
    QCOMPARE(d->function.owner, u"O'Brien <ops@example.com>"_s);
    QVERIFY(!d->function.extraIndexUrls); // an empty list alone on its line leaves the key empty (null), as PyYAML reads it
    QCOMPARE(d->function.metadata->value(u"version"_s), u"8"_s);
    // prod gives no schedule_hour: the schedule's cron is unresolved, named with its file and line.
    QCOMPARE(codes(d->findings, Finding::Severity::Error), (QStringList{u"unresolved-variable"_s, u"unresolved-variable"_s}));
    QCOMPARE(d->findings.first().file, Functions + u"/ingest.Schedule.yaml"_s);
    QCOMPARE(d->findings.first().line, 3);
    QVERIFY(d->findings.first().message.contains(u"default.config.yaml has it (6)"_s));
    QCOMPARE(d->schedules.first().schedule.cronExpression, QString()); // never the placeholder
    // An environment that is not there: the default one.
    QCOMPARE(ToolkitFunction::find(Functions + u"/ingest"_s, u"staging"_s)->environment, u"dev"_s);
}

void TestToolkit::listFileWithMergeKeys()
{
    const auto transform = ToolkitFunction::find(Functions + u"/transform"_s);
    QVERIFY(transform);
    QVERIFY2(!transform->hasErrors(), qPrintable(describe(transform->findings)));
    QCOMPARE(transform->path, Functions + u"/pipeline.Function.yaml"_s);
    QCOMPARE(transform->function.name, u"Transform"_s);
    QCOMPARE(transform->dataSetExternalId, u"ds_ingestion_dev"_s);
    const auto publish = ToolkitFunction::find(Functions + u"/publish"_s);
    QVERIFY(publish);
    QCOMPARE(publish->function.name, u"Publish"_s);
    QCOMPARE(publish->function.externalId, u"publish"_s); // the merge's externalId is overridden
    QCOMPARE(publish->function.cpu, 0.25); // … its other settings kept
    QCOMPARE(publish->function.envVars->value(u"MODE"_s), u"full"_s);
    QCOMPARE(publish->function.description, u"Publishes \"clean\" data"_s);
    QCOMPARE(publish->line, 10);
    QCOMPARE(ToolkitFunction::parseAll(QFile(Functions + u"/pipeline.Function.yaml"_s).fileName().toUtf8()).size(),
             0); // a path is not YAML of functions
    QTemporaryDir tmp;
    QDir(tmp.path()).mkpath(u"functions/unlisted"_s);
    QVERIFY(!ToolkitFunction::find(tmp.filePath(u"functions/unlisted"_s)));
}

void TestToolkit::unresolvedVariableIsNeverAValue()
{
    const auto d = ToolkitFunction::find(Functions + u"/broken"_s);
    QVERIFY(d);
    QCOMPARE(d->function.externalId, u"broken"_s);
    QVERIFY(!d->function.description); // not "{{ prepareFunctionExternalId }}"
    QCOMPARE(codes(d->findings, Finding::Severity::Error), QStringList{u"unresolved-variable"_s});
    QCOMPARE(d->findings.first().line, 4);
    QVERIFY(d->findings.first().message.contains(u"prepareFunctionExternalId"_s));
    // Unquoted, the placeholder is not even YAML (a mapping as a key): the file's error is named.
    QTemporaryDir tmp;
    QDir(tmp.path()).mkpath(u"fns/fn"_s);
    QFile f(tmp.filePath(u"fns/fn.Function.yaml"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("name: fn\nexternalId: {{ prepareFunctionExternalId }}\n");
    f.close();
    const auto bad = ToolkitFunction::find(tmp.filePath(u"fns/fn"_s));
    QVERIFY(bad);
    QVERIFY(bad->hasErrors());
    QVERIFY2(codes(bad->findings, Finding::Severity::Error).contains(u"yaml"_s), qPrintable(describe(bad->findings)));
    QVERIFY(codes(bad->findings, Finding::Severity::Error).contains(u"unresolved-variable"_s));
}

void TestToolkit::moduleWithoutProject()
{
    QTemporaryDir tmp;
    QDir(tmp.path()).mkpath(u"mod/functions/fn"_s);
    const auto write = [&](const QString &path, const QByteArray &text) { writeFile(tmp.filePath(path), text); };
    write(u"mod/default.config.yaml"_s, "team: blue\nmem: 2\n");
    write(u"mod/functions/fn.Function.yaml"_s, "name: fn-{{ team }}\nexternalId: fn\nmemory: {{ mem }}\nsecrets:\n  token: plain-text-secret\n");
    const auto d = ToolkitFunction::find(tmp.filePath(u"mod/functions/fn"_s));
    QVERIFY(d);
    QVERIFY(!d->project);
    QCOMPARE(d->function.name, u"fn-blue"_s);
    QCOMPARE(d->function.memory, 2.0);
    QCOMPARE(d->function.secrets->value(u"token"_s), QString()); // a value written in the file is never taken
    QCOMPARE(codes(d->findings, Finding::Severity::Warning), QStringList{u"secret-in-file"_s});
}

void TestToolkit::schedulesOfAFunction()
{
    const auto d = ToolkitFunction::find(Functions + u"/ingest"_s);
    QCOMPARE(d->schedules.size(), 2); // the third runs transform
    const ToolkitSchedule &daily = d->schedules.at(0);
    QCOMPARE(daily.schedule.name, u"Daily ingest"_s);
    QCOMPARE(daily.schedule.cronExpression, u"0 8 * * *"_s);
    QCOMPARE(daily.schedule.description, u"Every day at 8"_s);
    QCOMPARE(daily.schedule.dataText, QByteArray(R"({"full": true, "tables": ["orders", "customers"], "batch": 500})"));
    QCOMPARE(daily.schedule.data->value(u"batch"_s).toInt(), 500);
    QCOMPARE(daily.clientId, u"ingestion-client-dev"_s);
    QCOMPARE(daily.clientSecretReference, u"${INGEST_CLIENT_SECRET}"_s);
    QCOMPARE(daily.line, 1);
    const ToolkitSchedule &hourly = d->schedules.at(1);
    QCOMPARE(hourly.schedule.dataText, QByteArray(R"({"full": false, "zeta": 1, "alpha": 2})")); // the file's key order
    QVERIFY(!hourly.clientId);
    const auto transform = ToolkitFunction::find(Functions + u"/transform"_s);
    QCOMPARE(transform->schedules.size(), 1);
    Findings findings;
    const auto parsed = ToolkitFunction::parseSchedules("- name: x\n  functionId: 12\n  cronExpression: '* * * * *'\n  surprise: 1\n", {}, &findings);
    QCOMPARE(parsed.size(), 1);
    QCOMPARE(codes(findings, Finding::Severity::Warning), (QStringList{u"function-id-ignored"_s, u"unknown-field"_s}));
    QCOMPARE(codes(findings, Finding::Severity::Error), QStringList{u"missing-field"_s});
}

// The Toolkit's hashes, for a folder with what makes them differ: CRLF, .pyc, .DS_Store, a subfolder.
// The expected values come from the algorithm as the Toolkit's source writes it (docs/cdf-api-notes.md
// §12.3); this code gave the Toolkit's own test values for its test folders too.
void TestToolkit::toolkitHashes()
{
    QTemporaryDir tmp;
    const QDir dir(tmp.path());
    dir.mkpath(u"pkg/__pycache__"_s);
    const auto write = [&](const QString &path, const QByteArray &text) { writeFile(dir.filePath(path), text); };
    write(u"handler.py"_s, "def handle(client, data):\r\n    return data\r\n");
    write(u"requirements.txt"_s, "requests\n");
    write(u"pkg/__init__.py"_s, "");
    write(u"pkg/__pycache__/x.cpython-311.pyc"_s, "bytes");
    write(u".DS_Store"_s, "finder");
    const auto code = ToolkitHash::codeHash(tmp.path());
    QVERIFY(code);
    QCOMPARE(*code, u"/=878d6293;handler.py=a66abee9;requirements.txt=7cc49598;pkg/__init__.py=e3b0c442"_s);
    // CRLF and LF give the same hash; another byte does not.
    write(u"handler.py"_s, "def handle(client, data):\n    return data\n");
    QCOMPARE(*ToolkitHash::codeHash(tmp.path()), *code);
    write(u"handler.py"_s, "def handle(client, data):\n    return data \n");
    QVERIFY(*ToolkitHash::codeHash(tmp.path()) != *code);
    // Long names: the value stops before 512 characters, as the Toolkit cuts it.
    for (int i = 0; i < 30; ++i)
        write(u"module_with_a_rather_long_name_%1.py"_s.arg(i, 2, 10, QLatin1Char('0')), "x = 1\n");
    QVERIFY(ToolkitHash::codeHash(tmp.path())->size() <= 511);
    QCOMPARE(ToolkitHash::secretHash({{u"mysecret"_s, u"${ENVIRONMENT_SECRET}"_s}}).left(8), u"d218376a"_s);
    QCOMPARE(ToolkitHash::pythonJson({{u"b"_s, u"\u00e6\"\n"_s}, {u"a"_s, u"x"_s}}), QByteArray("{\"a\": \"x\", \"b\": \"\\u00e6\\\"\\n\"}"));
    QCOMPARE(ToolkitHash::describedWithAuth(u"Run every day at 8am UTC"_s, u"dummy-123"_s, u"dummy-secret"_s),
             u"Run every day at 8am UTC cdf-auth: def5e2e0"_s);
    QCOMPARE(ToolkitHash::describedWithAuth(QString(), u"dummy-123"_s, u"dummy-secret"_s), u"cdf-auth: def5e2e0"_s);
    QCOMPARE(ToolkitHash::describedWithAuth(QString(495, QLatin1Char('d')), u"dummy-123"_s, u"dummy-secret"_s).size(), 500);
}

// An export read back by the import (and by PyYAML) gives the same settings, field by field,
// whatever the text holds: YAML 1.1's booleans and numbers, quotes, colons, newlines, controls.
void TestToolkit::exportReadsBackTheSame()
{
    Function f;
    f.id = 77;
    f.name = u"Ingest: \"daily\" # run"_s;
    f.externalId = u"ingest"_s;
    f.description = u"Line one\nline two, with 'quotes' and a trailing space "_s;
    f.owner = u"O'Brien <ob@example.com>"_s;
    f.functionPath = u"src/handler.py"_s;
    f.runtime = u"py312"_s;
    f.cpu = 0.25;
    f.memory = 1.5;
    f.envVars = StringMap{{u"FLAG"_s, u"yes"_s},
                          {u"VERSION"_s, u"1.10"_s},
                          {u"EMPTY"_s, QString()},
                          {u"NULLISH"_s, u"~"_s},
                          {u"HEX"_s, u"0x1F"_s},
                          {u"DATE"_s, u"2024-01-01"_s},
                          {u"URL"_s, u"http://a.example/b?c=d#e"_s},
                          {u"UNICODE"_s, u"bl\u00e5b\u00e6r \u2028 \u0085 end"_s},
                          {u"DASH"_s, u"- not a list"_s},
                          {u"TEMPLATE"_s, u"{{ x }}"_s}};
    f.metadata =
        StringMap{{u"version"_s, u"1"_s}, {u"cognite-toolkit-hash"_s, u"/=abc"_s}, {u"fs-code-hash"_s, u"sha256:1"_s}, {u"team"_s, u"data"_s}};
    f.secrets = StringMap{{u"api-key"_s, u"***"_s}};
    ToolkitExport::Schedule daily{FunctionSchedule{},
                                  R"({"full": true, "tables": ["a", "b"], "n": 1e5, "x": -0.5, "nested": {"z": null, "a": "yes"}})"};
    daily.schedule.name = u"Daily: 8 o'clock"_s;
    daily.schedule.cronExpression = u"0 8 * * *"_s;
    daily.schedule.description = u"Every day cdf-auth: 0123abcd"_s;
    ToolkitExport::Schedule bare{FunctionSchedule{}, {}};
    bare.schedule.name = u"no"_s;
    bare.schedule.cronExpression = u"*/5 * * * *"_s;

    QTemporaryDir tmp;
    const QDir functions(tmp.filePath(u"mod/functions"_s));
    QVERIFY(functions.mkpath(u"ingest/src"_s));
    const auto write = writeFile;
    const QByteArray functionYaml = ToolkitExport::functionYaml(f, u"ds_code"_s);
    const QByteArray scheduleYaml = ToolkitExport::scheduleYaml(u"ingest"_s, {daily, bare});
    write(functions.filePath(u"ingest.Function.yaml"_s), functionYaml);
    write(functions.filePath(u"ingest.Schedule.yaml"_s), scheduleYaml);
    write(functions.filePath(u"ingest/src/handler.py"_s), "def handle(data):\n    return data\n");

    const auto d = ToolkitFunction::find(functions.filePath(u"ingest"_s));
    QVERIFY(d);
    // "{{ x }}" in a value is a variable to the Toolkit too: the only finding.
    QCOMPARE(codes(d->findings, Finding::Severity::Error), QStringList{u"unresolved-variable"_s});
    FunctionWrite expected = FunctionWrite::from(f);
    expected.metadata->remove(u"cognite-toolkit-hash"_s);
    expected.metadata->remove(u"fs-code-hash"_s);
    expected.envVars->remove(u"TEMPLATE"_s);
    FunctionWrite got = d->function;
    got.envVars->remove(u"TEMPLATE"_s);
    QCOMPARE(got.name, expected.name);
    QCOMPARE(got.externalId, expected.externalId);
    QCOMPARE(got.description, expected.description);
    QCOMPARE(got.owner, expected.owner);
    QCOMPARE(got.functionPath, expected.functionPath);
    QCOMPARE(got.runtime, expected.runtime);
    QCOMPARE(got.cpu, expected.cpu);
    QCOMPARE(got.memory, expected.memory);
    QCOMPARE(got.envVars, expected.envVars);
    QCOMPARE(got.metadata, expected.metadata);
    QCOMPARE(got.secrets->keys(), QStringList{u"api-key"_s});
    QCOMPARE(d->secretReferences.value(u"api-key"_s), u"${INGEST_API_KEY}"_s); // never the value
    QVERIFY(!functionYaml.contains("***"));
    QCOMPARE(d->dataSetExternalId, u"ds_code"_s);
    QCOMPARE(d->schedules.size(), 2);
    QCOMPARE(d->schedules.at(0).schedule.name, daily.schedule.name);
    QCOMPARE(d->schedules.at(0).schedule.cronExpression, daily.schedule.cronExpression);
    QCOMPARE(d->schedules.at(0).schedule.description, u"Every day"_s); // the Toolkit's auth mark is its deploy's to write
    QCOMPARE(d->schedules.at(0).schedule.dataText,
             QByteArray(R"({"full": true, "tables": ["a", "b"], "n": 100000.0, "x": -0.5, "nested": {"z": null, "a": "yes"}})"));
    QCOMPARE(d->schedules.at(0).clientSecretReference, u"${INGEST_SCHEDULE_CLIENT_SECRET}"_s);
    QCOMPARE(d->schedules.at(1).schedule.name, u"no"_s);
    QVERIFY(!d->schedules.at(1).schedule.data);
    // PyYAML reads the same files the same way.
    QCOMPARE(pyyaml({functionYaml}).value(0), ours(functionYaml));
    QCOMPARE(pyyaml({scheduleYaml}).value(0), ours(scheduleYaml));
    // Scalars one by one, against PyYAML.
    const QStringList samples{
        u"yes"_s,  u"No"_s,    u"on"_s,    u"1"_s,          u"017"_s,        u"1_000"_s,       u"1:30"_s,       u".5"_s,  u"1e5"_s,   u".inf"_s,
        u"null"_s, u""_s,      u" lead"_s, u"trail "_s,     u"a: b"_s,       u"a #b"_s,        u"#c"_s,         u"@at"_s, u"`tick"_s, u"*star"_s,
        u"&amp"_s, u"!bang"_s, u"%pct"_s,  u"|bar"_s,       u">gt"_s,        u"'q"_s,          u"\"dq"_s,       u"[x]"_s, u"{y}"_s,   u"-"_s,
        u"- x"_s,  u"?"_s,     u"a\tb"_s,  u"\u0007bell"_s, u"\u00a0nbsp"_s, u"plain words"_s, u"2024-01-01"_s, u"<<"_s,  u"="_s,     u"\\back"_s};
    QList<QByteArray> docs;
    for (const QString &sample : samples)
        docs << (u"v: "_s + ToolkitExport::scalar(sample) + u"\n"_s).toUtf8();
    const QList<QByteArray> theirs = pyyaml(docs);
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const QByteArray want = "[" + QJsonDocument(QJsonObject{{u"v"_s, samples.at(i)}}).toJson(QJsonDocument::Compact).replace(":", ": ") + "]";
        QVERIFY2(theirs.at(i) == want || QJsonDocument::fromJson(theirs.at(i).mid(1).chopped(1)).object().value("v"_L1).toString() == samples.at(i),
                 qPrintable(u"%1 -> %2 -> %3"_s.arg(samples.at(i), QString::fromUtf8(docs.at(i)), QString::fromUtf8(theirs.at(i)))));
        QCOMPARE(Yaml::parse(docs.at(i))->first()->member(u"v")->text, samples.at(i));
    }
}

// What a hostile or broken module could do is bounded: variables that fill variables, a flood of
// placeholders, names that are paths, a CR at a read boundary, a client secret written in a file.
void TestToolkit::hostileFilesAreBounded()
{
    // 40 levels of "{{v1}}{{v1}}" would be 2^40 copies: stopped at the bound, quickly.
    QByteArray config; // v0 first: the build fills v0, then v1 in what v0 brought, and so on
    for (int i = 0; i < 40; ++i)
        config += "v" + QByteArray::number(i) + ": '{{v" + QByteArray::number(i + 1) + "}}{{v" + QByteArray::number(i + 1) + "}}'\n";
    config += "v40: x\n";
    ToolkitProject::Variables vars;
    vars.source = u"config.dev.yaml"_s;
    const auto docs = Yaml::parse(config); // kept: a range-for over a temporary's member would dangle
    for (const auto &[k, v] : docs->first()->members)
        vars.values << ToolkitProject::Variable{k, v, QString()};
    QElapsedTimer timer;
    timer.start();
    Findings findings;
    const QString filled = ToolkitProject::substitute(u"name: {{ v0 }}\n"_s, vars, u"f.yaml"_s, &findings);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(filled.isEmpty());
    QCOMPARE(codes(findings, Finding::Severity::Error), QStringList{u"variables-too-large"_s});
    // 100,000 unresolved placeholders: the first 50 named, the rest counted.
    findings.clear();
    ToolkitProject::substitute(u"{{ nope }}\n"_s.repeated(100000), {}, u"f.yaml"_s, &findings);
    QCOMPARE(findings.size(), ToolkitProject::MaxUnresolvedNamed + 1);
    QCOMPARE(findings.at(49).line, 50);
    QVERIFY(findings.last().message.contains(u"99950 more"_s));
    // Names that are paths never leave the folder chosen.
    Function f;
    f.id = 9;
    for (const QString &xid : {u".."_s, u"."_s, u"/tmp/victim"_s, u"a/../../b"_s, u"..\\x"_s, u"-rf"_s, u""_s}) {
        f.externalId = xid;
        f.name = u".."_s;
        const QString name = ToolkitExport::fileNameFor(f);
        QVERIFY2(!name.isEmpty() && !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\')) && !name.startsWith(QLatin1Char('.'))
                     && !name.startsWith(QLatin1Char('-')),
                 qPrintable(xid + u" -> "_s + name));
    }
    f.externalId = u"ingest_v2.1"_s;
    QCOMPARE(ToolkitExport::fileNameFor(f), u"ingest_v2.1"_s); // a plain one is kept
    // A schedule's client secret written in the file is named, and neither kept nor shown.
    findings.clear();
    const auto schedules = ToolkitFunction::parseSchedules(
        "- name: s\n  functionExternalId: f\n  cronExpression: '* * * * *'\n  authentication:\n    clientId: c\n    clientSecret: hunter2-literal\n",
        {}, &findings);
    QCOMPARE(schedules.first().clientSecretReference, QString());
    QCOMPARE(codes(findings, Finding::Severity::Warning), QStringList{u"secret-in-file"_s});
    for (const Finding &finding : findings)
        QVERIFY(!finding.message.contains(u"hunter2"_s));
    // A CRLF split by a read is still one line end: the hash streams and agrees with the whole file's.
    QTemporaryDir tmp;
    QByteArray big(1024 * 1024 - 1, 'a');
    big += "\r\nend\r\n";
    QFile file(tmp.filePath(u"big.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(big);
    file.close();
    QByteArray lf = big;
    lf.replace("\r\n", "\n");
    const QString expected = QString::fromLatin1(QCryptographicHash::hash(lf, QCryptographicHash::Sha256).toHex().left(8));
    QVERIFY2(ToolkitHash::codeHash(tmp.path())->endsWith(u";big.txt="_s + expected), qPrintable(*ToolkitHash::codeHash(tmp.path())));
}

QTEST_GUILESS_MAIN(TestToolkit)
#include "tst_toolkit.moc"
