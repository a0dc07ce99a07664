#include "core/rules/validator.h"

#include <QTest>

using namespace fstudio;
using namespace Qt::StringLiterals;

namespace {
FunctionWrite validFunction()
{
    FunctionWrite f;
    f.name = u"daily-aggregation"_s;
    f.fileId = 42;
    return f;
}

QStringList fields(const ValidationProblems &ps, bool errorsOnly = true)
{
    QStringList out;
    for (const auto &p : ps)
        if (!errorsOnly || p.isError())
            out << p.field;
    return out;
}
} // namespace

class TestValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validFunctionPasses();
    void hostileCharacters_data();
    void hostileCharacters();
    void lengths_data();
    void lengths();
    void functionPath_data();
    void functionPath();
    void secrets_data();
    void secrets();
    void secretValuesNeverShown();
    void envVars_data();
    void envVars();
    void metadata_data();
    void metadata();
    void resourcesAgainstLimits_data();
    void resourcesAgainstLimits();
    void indexUrls();
    void schedule_data();
    void schedule();
    void callInput();
    void summaryOrdersErrorsFirst();
};

void TestValidator::validFunctionPasses()
{
    QVERIFY(Validator::validateFunction(validFunction()).isEmpty());
    FunctionWrite f = validFunction();
    f.externalId = u"etl/daily"_s;
    f.description = u"Aggregates"_s;
    f.owner = u"data-team@example.com"_s;
    f.functionPath = u"src/handlers/main.py"_s;
    f.secrets = StringMap{{u"api-key"_s, u"s3cr3t"_s}, {u"db-pass-2"_s, u"x"_s}};
    f.envVars = StringMap{{u"LOG_LEVEL"_s, u"debug"_s}, {u"mode2"_s, u"a"_s}};
    f.metadata = StringMap{{u"team"_s, u"data"_s}};
    f.cpu = 0.25;
    f.memory = 1.0;
    f.runtime = u"py311"_s;
    ValidatorOptions o;
    o.limits = FunctionsLimits{};
    const auto ps = Validator::validateFunction(f, o);
    QVERIFY2(ps.isEmpty(), qPrintable(Validator::summary(ps)));
}

void TestValidator::lengths_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("length");
    QTest::addColumn<bool>("error");
    QTest::newRow("name 140") << u"name"_s << 140 << false;
    QTest::newRow("name 141") << u"name"_s << 141 << true;
    QTest::newRow("name 0") << u"name"_s << 0 << true;
    QTest::newRow("externalId 255") << u"externalId"_s << 255 << false;
    QTest::newRow("externalId 256") << u"externalId"_s << 256 << true;
    QTest::newRow("externalId empty") << u"externalId"_s << 0 << true;
    QTest::newRow("description 500") << u"description"_s << 500 << false;
    QTest::newRow("description 501") << u"description"_s << 501 << true;
    QTest::newRow("description empty") << u"description"_s << 0 << true;
    QTest::newRow("owner 128") << u"owner"_s << 128 << false;
    QTest::newRow("owner 129") << u"owner"_s << 129 << true;
    QTest::newRow("owner empty ok") << u"owner"_s << 0 << false;
}

void TestValidator::lengths()
{
    QFETCH(QString, field);
    QFETCH(int, length);
    QFETCH(bool, error);
    FunctionWrite f = validFunction();
    const QString v(length, QLatin1Char('x'));
    if (field == u"name"_s)
        f.name = v;
    if (field == u"externalId"_s)
        f.externalId = v;
    if (field == u"description"_s)
        f.description = v;
    if (field == u"owner"_s)
        f.owner = v;
    const auto ps = Validator::validateFunction(f);
    QCOMPARE(Validator::hasErrors(ps), error);
    if (error) {
        QCOMPARE(fields(ps), QStringList{field});
        if (length > 0) {
            QVERIFY2(ps.first().message.contains(QString::number(length)), qPrintable(ps.first().message));
            QVERIFY(ps.first().message.contains(u"Shorten it by 1 characters"_s));
        }
    }
}

void TestValidator::functionPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("rule");
    QTest::newRow("default") << u"handler.py"_s << QString();
    QTest::newRow("nested") << u"a/b/c.py"_s << QString();
    QTest::newRow("dot slash (SDK sends verbatim)") << u"./handler.py"_s << QString();
    QTest::newRow("not python") << u"handler.js"_s << u"a .py file"_s;
    QTest::newRow("no extension") << u"handler"_s << u"a .py file"_s;
    QTest::newRow("backslash") << u"src\\handler.py"_s << u"POSIX path"_s;
    QTest::newRow("absolute") << u"/src/handler.py"_s << u"relative path"_s;
    QTest::newRow("escapes") << u"../handler.py"_s << u"inside the folder"_s;
    QTest::newRow("escapes middle") << u"a/../../handler.py"_s << u"inside the folder"_s;
    QTest::newRow("double slash") << u"a//handler.py"_s << u"no empty segments"_s;
    QTest::newRow("empty") << QString() << u"required"_s;
    QTest::newRow("too long") << QString(498, QLatin1Char('a')) + u".py"_s << u"at most 500 characters"_s;
    QTest::newRow("exactly 500") << QString(497, QLatin1Char('a')) + u".py"_s << QString();
}

void TestValidator::functionPath()
{
    QFETCH(QString, path);
    QFETCH(QString, rule);
    const auto ps = Validator::checkFunctionPath(path);
    if (rule.isEmpty()) {
        QVERIFY2(ps.isEmpty(), qPrintable(Validator::summary(ps)));
        return;
    }
    QCOMPARE(ps.size(), 1);
    QCOMPARE(ps.first().rule, rule);
    QCOMPARE(ps.first().field, u"functionPath"_s);
}

void TestValidator::secrets_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("rules");
    QTest::newRow("ok") << u"api-key"_s << QStringList{};
    QTest::newRow("digits") << u"key2"_s << QStringList{};
    QTest::newRow("15 chars") << u"abcdefghijklmno"_s << QStringList{};
    QTest::newRow("16 chars") << u"abcdefghijklmnop"_s << QStringList{u"at most 15 characters"_s};
    QTest::newRow("upper case") << u"ApiKey"_s << QStringList{u"lower-case letters, digits and '-'"_s};
    QTest::newRow("underscore") << u"api_key"_s << QStringList{u"lower-case letters, digits and '-'"_s};
    QTest::newRow("space") << u"api key"_s << QStringList{u"lower-case letters, digits and '-'"_s};
    QTest::newRow("both") << u"My_Very_Long_Key_Name"_s << QStringList{u"lower-case letters, digits and '-'"_s, u"at most 15 characters"_s};
    QTest::newRow("empty") << QString() << QStringList{u"key not empty"_s};
}

void TestValidator::secrets()
{
    QFETCH(QString, key);
    QFETCH(QStringList, rules);
    const auto ps = Validator::checkSecrets(StringMap{{key, u"value"_s}});
    QStringList got;
    for (const auto &p : ps)
        got << p.rule;
    QCOMPARE(got, rules);
    if (!rules.isEmpty() && !key.isEmpty())
        QCOMPARE(ps.first().value, key); // keys are shown; they are not secret
}

void TestValidator::secretValuesNeverShown()
{
    StringMap many;
    for (int i = 0; i < 31; ++i)
        many.insert(u"k%1"_s.arg(i), u"TOPSECRET%1"_s.arg(i));
    many.insert(u"Bad_Key"_s, u"TOPSECRET-bad"_s);
    many.insert(u"empty"_s, QString());
    const auto ps = Validator::checkSecrets(many);
    QVERIFY(Validator::hasErrors(ps));
    QVERIFY(fields(ps).contains(u"secrets"_s)); // count
    QVERIFY(fields(ps).contains(u"secrets.Bad_Key"_s)); // key
    QVERIFY(fields(ps, false).contains(u"secrets.empty"_s));
    for (const auto &p : ps) {
        QVERIFY2(!p.value.contains(u"TOPSECRET"_s), qPrintable(p.value));
        QVERIFY2(!p.message.contains(u"TOPSECRET"_s), qPrintable(p.message));
    }
    QVERIFY(ps.first().message.contains(u"32 secrets"_s) || Validator::summary(ps).contains(u"There are 33 secrets"_s));
    QVERIFY(Validator::summary(ps).contains(u"Rename it, e.g. \"bad-key\""_s));
}

void TestValidator::envVars_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("error");
    QTest::newRow("upper") << u"LOG_LEVEL"_s << false;
    QTest::newRow("mixed") << u"myVar2"_s << false;
    QTest::newRow("dash") << u"LOG-LEVEL"_s << true;
    QTest::newRow("dot") << u"a.b"_s << true;
    QTest::newRow("unicode") << u"NIVÅ"_s << true;
    QTest::newRow("empty") << QString() << true;
}

void TestValidator::envVars()
{
    QFETCH(QString, key);
    QFETCH(bool, error);
    const auto ps = Validator::checkEnvVars(StringMap{{key, u"v"_s}});
    QCOMPARE(Validator::hasErrors(ps), error);
    if (error && !key.isEmpty())
        QVERIFY(ps.first().message.contains(u"e.g. \""_s));
    StringMap many;
    for (int i = 0; i < 101; ++i)
        many.insert(u"V%1"_s.arg(i), u"x"_s);
    QCOMPARE(fields(Validator::checkEnvVars(many)), QStringList{u"envVars"_s});
    many.remove(u"V0"_s);
    QVERIFY(Validator::checkEnvVars(many).isEmpty());
}

void TestValidator::metadata_data()
{
    QTest::addColumn<int>("pairs");
    QTest::addColumn<int>("keyLength");
    QTest::addColumn<int>("valueLength");
    QTest::addColumn<QStringList>("errorRules");
    QTest::addColumn<bool>("warning");
    QTest::newRow("small") << 3 << 5 << 10 << QStringList{} << false;
    QTest::newRow("16 pairs") << 16 << 4 << 4 << QStringList{} << false;
    QTest::newRow("17 pairs") << 17 << 4 << 4 << QStringList{u"at most 16 pairs"_s} << false;
    QTest::newRow("key 32") << 1 << 32 << 1 << QStringList{} << false;
    QTest::newRow("key 33") << 1 << 33 << 1 << QStringList{u"key at most 32 characters"_s} << false;
    QTest::newRow("value 512") << 1 << 3 << 512 << QStringList{} << true; // 515 bytes > 512: warning only
    QTest::newRow("value 513") << 1 << 3 << 513 << QStringList{u"value at most 512 characters"_s} << true;
    QTest::newRow("total 600 bytes") << 2 << 10 << 290 << QStringList{} << true;
    QTest::newRow("total over 4096") << 10 << 10 << 500 << QStringList{u"at most 4096 bytes in total"_s} << false;
}

void TestValidator::metadata()
{
    QFETCH(int, pairs);
    QFETCH(int, keyLength);
    QFETCH(int, valueLength);
    QFETCH(QStringList, errorRules);
    QFETCH(bool, warning);
    StringMap m;
    for (int i = 0; i < pairs; ++i) {
        QString k = u"k%1"_s.arg(i, 2, 10, QLatin1Char('0'));
        k += QString(std::max(0, keyLength - int(k.size())), QLatin1Char('x'));
        m.insert(k.left(std::max(keyLength, 3)), QString(valueLength, QLatin1Char('v')));
    }
    const auto ps = Validator::checkMetadata(m);
    QStringList rules;
    bool warned = false;
    for (const auto &p : ps) {
        if (p.isError())
            rules << p.rule;
        else
            warned = true;
    }
    QCOMPARE(rules, errorRules);
    QCOMPARE(warned, warning);
}

void TestValidator::resourcesAgainstLimits_data()
{
    QTest::addColumn<double>("cpu");
    QTest::addColumn<double>("memory");
    QTest::addColumn<QString>("runtime");
    QTest::addColumn<QStringList>("errors");
    QTest::newRow("defaults") << 0.25 << 1.0 << u"py311"_s << QStringList{};
    QTest::newRow("edges") << 0.1 << 2.5 << u"py310"_s << QStringList{};
    QTest::newRow("newest runtime") << 0.25 << 1.0 << u"py314"_s << QStringList{}; // the SDK offers py313 and py314
    QTest::newRow("cpu high") << 0.7 << 1.0 << u"py311"_s << QStringList{u"cpu"_s};
    QTest::newRow("cpu zero") << 0.0 << 1.0 << u"py311"_s << QStringList{u"cpu"_s};
    QTest::newRow("memory high") << 0.25 << 3.0 << u"py311"_s << QStringList{u"memory"_s};
    QTest::newRow("memory low") << 0.25 << 0.05 << u"py311"_s << QStringList{u"memory"_s};
    QTest::newRow("runtime not offered") << 0.25 << 1.0 << u"py39"_s << QStringList{u"runtime"_s};
    QTest::newRow("all wrong") << 5.0 << 9.0 << u"node20"_s << QStringList{u"cpu"_s, u"memory"_s, u"runtime"_s};
}

void TestValidator::resourcesAgainstLimits()
{
    QFETCH(double, cpu);
    QFETCH(double, memory);
    QFETCH(QString, runtime);
    QFETCH(QStringList, errors);
    FunctionWrite f = validFunction();
    f.cpu = cpu;
    f.memory = memory;
    f.runtime = runtime;
    ValidatorOptions o;
    o.limits = FunctionsLimits{}; // docs/cdf-api-notes.md §11 defaults: cpu 0.1..0.6, memory 0.1..2.5, py310..py314
    const auto ps = Validator::validateFunction(f, o);
    QCOMPARE(fields(ps), errors);
    for (const auto &p : ps) {
        if (p.field == u"cpu"_s && cpu > 0)
            QVERIFY2(p.message.contains(u"from 0.1 to 0.6 cores (default 0.25)"_s), qPrintable(p.message));
        if (p.field == u"runtime"_s)
            QVERIFY(p.message.contains(u"py310, py311, py312, py313, py314"_s));
    }
    // Without limits only the shape is checked.
    const auto loose = Validator::validateFunction(f);
    QCOMPARE(fields(loose).contains(u"cpu"_s), cpu <= 0);
    QCOMPARE(fields(loose).contains(u"runtime"_s), !runtime.startsWith(u"py3"_s));
}

void TestValidator::indexUrls()
{
    FunctionWrite f = validFunction();
    f.indexUrl = u"https://user:pw@pypi.example.com/simple"_s;
    f.extraIndexUrls = QStringList{u"https://ok.example.com/simple"_s, u"not a url"_s, u"ftp://x/simple"_s};
    const auto ps = Validator::validateFunction(f);
    QCOMPARE(fields(ps), (QStringList{u"extraIndexUrls[1]"_s, u"extraIndexUrls[2]"_s}));
    f.indexUrl = u"file:///etc/passwd"_s;
    const auto bad = Validator::validateFunction(f);
    QVERIFY(fields(bad).contains(u"indexUrl"_s));
    for (const auto &p : bad)
        QVERIFY(!p.value.contains(u"pw@"_s)); // never echo credentials in URLs
}

void TestValidator::schedule_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("cron");
    QTest::addColumn<bool>("byId");
    QTest::addColumn<bool>("withNonce");
    QTest::addColumn<QStringList>("errors");
    QTest::newRow("ok") << u"daily"_s << u"0 8 * * *"_s << true << true << QStringList{};
    QTest::newRow("empty name") << u" "_s << u"0 8 * * *"_s << true << true << QStringList{u"name"_s};
    QTest::newRow("long name") << QString(141, QLatin1Char('n')) << u"0 8 * * *"_s << true << true << QStringList{u"name"_s};
    QTest::newRow("bad cron") << u"daily"_s << u"0 25 * * *"_s << true << true << QStringList{u"cronExpression"_s};
    QTest::newRow("empty cron") << u"daily"_s << QString() << true << true << QStringList{u"cronExpression"_s};
    QTest::newRow("xid with nonce") << u"daily"_s << u"0 8 * * *"_s << false << true << QStringList{u"functionId"_s};
    QTest::newRow("xid without nonce ok") << u"daily"_s << u"0 8 * * *"_s << false << false << QStringList{};
}

void TestValidator::schedule()
{
    QFETCH(QString, name);
    QFETCH(QString, cron);
    QFETCH(bool, byId);
    QFETCH(bool, withNonce);
    QFETCH(QStringList, errors);
    ScheduleWrite s;
    s.name = name;
    s.cronExpression = cron;
    if (byId)
        s.functionId = 7;
    else
        s.functionExternalId = u"fn"_s;
    if (withNonce)
        s.nonce = u"n"_s;
    const auto ps = Validator::validateSchedule(s);
    QCOMPARE(fields(ps), errors);
    if (errors == QStringList{u"cronExpression"_s} && !cron.isEmpty())
        QVERIFY2(ps.first().message.contains(u"hour field at column 3"_s), qPrintable(ps.first().message));
}

void TestValidator::callInput()
{
    QJsonObject small{{"a"_L1, 1}};
    QVERIFY(Validator::validateCallInput(small, 36000).isEmpty());
    QJsonObject big{{"blob"_L1, QString(40000, QLatin1Char('x'))}};
    const auto ps = Validator::validateCallInput(big, 36000); // Azure's 36 kB
    QCOMPARE(ps.size(), 1);
    QCOMPARE(ps.first().field, u"data"_s);
    QVERIFY2(ps.first().message.contains(u"40.0 kB"_s) && ps.first().message.contains(u"36.0 kB"_s), qPrintable(ps.first().message));
    QVERIFY(Validator::validateCallInput(big, 9000000).isEmpty());
}

void TestValidator::summaryOrdersErrorsFirst()
{
    FunctionWrite f = validFunction();
    f.metadata = StringMap{{u"k"_s, QString(600, QLatin1Char('v'))}}; // error (value too long) + warning (total)
    f.name.clear();
    const QString s = Validator::summary(Validator::validateFunction(f));
    const QStringList lines = s.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[0].startsWith(u"name: Name is required"_s));
    QVERIFY(lines[1].startsWith(u"metadata.k: "_s));
    QVERIFY(lines[2].startsWith(u"metadata: Metadata takes"_s));
    QCOMPARE(Validator::characterCount(u"😀a"_s), 2);
}

void TestValidator::hostileCharacters_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message"); // empty: accepted
    QTest::newRow("newline in a name") << u"name"_s << u"etl\nprod"_s << u"Name contains a control character (U+000a) at position 4"_s;
    QTest::newRow("NUL in an external id") << u"externalId"_s << QString(u"a\0b"_s) << u"External id contains a control character (U+0000)"_s;
    QTest::newRow("escape in the owner") << u"owner"_s << u"me\x1b[31m"_s << u"Owner contains a control character (U+001b)"_s;
    QTest::newRow("C1 control") << u"name"_s << QString(u"x"_s + QChar(0x85)) << u"U+0085"_s;
    QTest::newRow("undecodable byte") << u"name"_s << QString::fromUtf8("caf\xe9") << u"could not be decoded"_s;
    QTest::newRow("line breaks in a description") << u"description"_s << u"line one\nline two\tindented"_s << QString();
    QTest::newRow("bell in a description") << u"description"_s << u"ding\a"_s << u"Description contains a control character (U+0007)"_s;
    QTest::newRow("control in a metadata key") << u"metadata"_s << u"k\x01"_s << u"U+0001"_s;
    QTest::newRow("metadata key %2 is not filled in")
        << u"metadata"_s << u"%2\x01"_s << u"metadata.%2\\u0001 contains a control character (U+0001) at position 3"_s;
    QTest::newRow("a metadata key named description is not multi-line") << u"metadata"_s << u"description\n"_s << u"U+000a"_s;
    QTest::newRow("emoji and CJK are fine") << u"name"_s << u"数据 ✓ 🚀"_s << QString();
}

// Control characters and undecodable text in any text field: named with the character and where
// it is, never silently sent (CDF would store a newline in a name; a terminal would run an escape).
void TestValidator::hostileCharacters()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, message);
    FunctionWrite f = validFunction();
    if (field == u"name"_s)
        f.name = value;
    else if (field == u"externalId"_s)
        f.externalId = value;
    else if (field == u"owner"_s)
        f.owner = value;
    else if (field == u"description"_s)
        f.description = value;
    else if (field == u"metadata"_s)
        f.metadata = StringMap{{value, u"v"_s}};
    const auto ps = Validator::validateFunction(f);
    if (message.isEmpty()) {
        QVERIFY2(ps.isEmpty(), qPrintable(Validator::summary(ps)));
        return;
    }
    QVERIFY2(Validator::summary(ps).contains(message), qPrintable(Validator::summary(ps)));
}

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
