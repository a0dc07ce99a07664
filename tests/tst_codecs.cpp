#include "core/http/httprequesthead.h"
#include "core/http/httpresponseparser.h"
#include "core/json/jsontext.h"
#include "core/wire/activationstatus.h"
#include "core/wire/callfilter.h"
#include "core/wire/callrequest.h"
#include "core/wire/callresponse.h"
#include "core/wire/cdferror.h"
#include "core/wire/filecreate.h"
#include "core/wire/filemetadata.h"
#include "core/wire/function.h"
#include "core/wire/functioncall.h"
#include "core/wire/functionfilter.h"
#include "core/wire/functionschedule.h"
#include "core/wire/functionslimits.h"
#include "core/wire/functionwrite.h"
#include "core/wire/identifier.h"
#include "core/wire/logentry.h"
#include "core/wire/schedulefilter.h"
#include "core/wire/scheduleinputdata.h"
#include "core/wire/schedulewrite.h"
#include "core/wire/session.h"
#include "core/wire/sessioncreate.h"

#include <QJsonDocument>
#include <QTest>

using namespace fstudio;
using namespace Qt::StringLiterals;

namespace {
QJsonObject obj(const char *json)
{
    QJsonParseError e{};
    const QJsonDocument d = QJsonDocument::fromJson(QByteArray(json), &e);
    if (e.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", json);
    return d.object();
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

class TestCodecs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonTextKeepsTheOrder();
    void httpResponseParserAnyFeedSplit();
    void httpResponseParserIsLinear();
    void httpRequestHead();
    void pythonNonFiniteNumbersBecomeNull();
    void functionFull();
    void functionMinimalAndDefaults();
    void functionErrorShapes_data();
    void functionErrorShapes();
    void functionMalformed_data();
    void functionMalformed();
    void functionUnknownStatusKept();
    void functionWriteEncoding();
    void functionWriteRoundTrip();
    void functionFilter();
    void functionFilterMalformed_data();
    void functionFilterMalformed();
    void callErrorShapes_data();
    void callErrorShapes();
    void callMalformed_data();
    void callMalformed();
    void callFilterEncoding();
    void callFilterDecode();
    void callRequestAndResponse();
    void logEntries_data();
    void logEntries();
    void scheduleSessionId_data();
    void scheduleSessionId();
    void scheduleWriteAndFilter();
    void scheduleInputData();
    void limits_data();
    void limits();
    void activationStatus_data();
    void activationStatus();
    void sessions();
    void sessionCreateDecode_data();
    void sessionCreateDecode();
    void fileMetadata();
    void identifiers();
    void cdfErrorBodies_data();
    void cdfErrorBodies();
    void int64Ids();
};

// A call's response as CDF's Python service writes it may hold NaN and Infinity.
void TestCodecs::pythonNonFiniteNumbersBecomeNull()
{
    const auto parsed =
        parseJsonObject(R"({"callId": 1, "functionId": 2, "response": {"a": NaN, "b": [Infinity, -Infinity, 1.5], "text": "NaN stays \" NaN"}})");
    QVERIFY(parsed.hasValue());
    const auto r = CallResponse::fromJson(*parsed);
    QVERIFY(r.hasValue());
    const QJsonObject v = r->response.toObject();
    QVERIFY(v.value("a"_L1).isNull());
    QCOMPARE(v.value("b"_L1).toArray(), (QJsonArray{QJsonValue::Null, QJsonValue::Null, 1.5}));
    QCOMPARE(v.value("text"_L1).toString(), u"NaN stays \" NaN"_s);
    QVERIFY(!parseJsonObject(R"({"a": NaNo})").hasValue()); // still not JSON
    QCOMPARE(parsePythonJsonValue("[1, NaN]"), QJsonValue(QJsonArray{1, QJsonValue::Null}));
    QCOMPARE(parsePythonJsonValue("\"x\""), QJsonValue(u"x"_s));
    QVERIFY(!parsePythonJsonValue("{}, \"injected\": true"));
    QVERIFY(!parsePythonJsonValue("1, 2"));
    QVERIFY(!parsePythonJsonValue(""));
    QVERIFY(!parseJsonObject(R"({"a": tru})").hasValue());
}

void TestCodecs::functionFull()
{
    const auto f = Function::fromJson(obj(R"({"id": 1234, "createdTime": 1700000000000, "name": "my-fn", "status": "Ready",
        "fileId": 5678, "externalId": "xid", "description": "d", "owner": "me@example.com", "functionPath": "src/handler.py",
        "secrets": {"key1": "***", "key2": "***"}, "envVars": {"LEVEL": "debug"}, "cpu": 0.25, "memory": 1,
        "runtime": "py311", "runtimeVersion": "Python 3.11.11", "metadata": {"team": "a"}, "lastCalled": 1700000100000,
        "functionType": "classic"})"));
    QVERIFY2(f.hasValue(), qPrintable(f.hasValue() ? QString() : f.error().toString()));
    QCOMPARE(f->id, 1234);
    QCOMPARE(f->status, FunctionStatus::Ready);
    QCOMPARE(f->functionPath, u"src/handler.py"_s);
    QCOMPARE(f->secrets->value(u"key2"_s), u"***"_s);
    QCOMPARE(f->envVars->value(u"LEVEL"_s), u"debug"_s);
    QCOMPARE(*f->memory, 1.0);
    QCOMPARE(*f->lastCalled, 1700000100000LL);
    QCOMPARE(*f->runtimeVersion, u"Python 3.11.11"_s);
    QCOMPARE(*f->functionType, u"classic"_s);
    // Round trip through the encoder gives the same value.
    const auto again = Function::fromJson(f->toJson());
    QVERIFY(again.hasValue());
    QCOMPARE(*again, *f);
}

void TestCodecs::functionMinimalAndDefaults()
{
    const auto f = Function::fromJson(obj(R"({"id": 1, "createdTime": 0, "name": "n", "status": "Queued", "fileId": 2})"));
    QVERIFY(f.hasValue());
    QCOMPARE(f->functionPath, u"handler.py"_s); // SDK default
    QVERIFY(!f->lastCalled.has_value()); // omitted until first call
    QVERIFY(!f->cpu && !f->secrets && !f->error);
    // Absent optionals are omitted on encode, never written as null.
    const QJsonObject out = f->toJson();
    QCOMPARE(out.keys(), (QStringList{u"createdTime"_s, u"fileId"_s, u"functionPath"_s, u"id"_s, u"name"_s, u"status"_s}));
    // null counts as absent for optional fields
    const auto n =
        Function::fromJson(obj(R"({"id": 1, "createdTime": 0, "name": "n", "status": "Queued", "fileId": 2, "lastCalled": null, "owner": null})"));
    QVERIFY(n.hasValue());
    QVERIFY(!n->lastCalled && !n->owner);
}

void TestCodecs::functionErrorShapes_data()
{
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("trace");
    QTest::addColumn<int>("code");
    QTest::newRow("current {message, trace}") << u"{\"message\": \"Function deployment failed.\", \"trace\": \"pip: no such package\"}"_s
                                              << u"Function deployment failed."_s << u"pip: no such package"_s << -1;
    QTest::newRow("older {code, message}") << u"{\"code\": 400, \"message\": \"Could not build function.\"}"_s << u"Could not build function."_s
                                           << QString() << 400;
    QTest::newRow("empty object") << u"{}"_s << QString() << QString() << -1;
}

void TestCodecs::functionErrorShapes()
{
    QFETCH(QString, error);
    QFETCH(QString, message);
    QFETCH(QString, trace);
    QFETCH(int, code);
    const QByteArray json =
        "{\"id\": 1, \"createdTime\": 0, \"name\": \"n\", \"status\": \"Failed\", \"fileId\": 2, \"error\": " + error.toUtf8() + "}";
    const auto f = Function::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY2(f.hasValue(), qPrintable(f.hasValue() ? QString() : f.error().toString()));
    QCOMPARE(f->status, FunctionStatus::Failed);
    QCOMPARE(f->error->message, message);
    QCOMPARE(f->error->trace, trace);
    QCOMPARE(f->error->code.value_or(-1), qint64(code));
    // We always emit the {message, trace} form.
    QVERIFY(f->error->toJson().contains("message"_L1));
}

void TestCodecs::functionMalformed_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("messagePart");
    const QString base = u"\"createdTime\": 0, \"name\": \"n\", \"status\": \"Ready\", \"fileId\": 2"_s;
    QTest::newRow("missing id") << u"{"_s + base + u"}"_s << u"id"_s << u"required"_s;
    QTest::newRow("id as string") << u"{\"id\": \"12\", "_s + base + u"}"_s << u"id"_s << u"got a string"_s;
    QTest::newRow("id fractional") << u"{\"id\": 1.5, "_s + base + u"}"_s << u"id"_s << u"1.5"_s;
    QTest::newRow("id zero") << u"{\"id\": 0, "_s + base + u"}"_s << u"id"_s << u"from 1"_s;
    QTest::newRow("id negative") << u"{\"id\": -3, "_s + base + u"}"_s << u"id"_s << u"from 1"_s;
    QTest::newRow("id too big") << u"{\"id\": 9007199254740992, "_s + base + u"}"_s << u"id"_s << u"9007199254740991"_s;
    QTest::newRow("name number") << u"{\"id\": 1, \"createdTime\": 0, \"name\": 5, \"status\": \"Ready\", \"fileId\": 2}"_s << u"name"_s
                                 << u"expected a string, got a number"_s;
    QTest::newRow("status missing") << u"{\"id\": 1, \"createdTime\": 0, \"name\": \"n\", \"fileId\": 2}"_s << u"status"_s << u"required"_s;
    QTest::newRow("createdTime string") << u"{\"id\": 1, \"createdTime\": \"2024-01-01\", \"name\": \"n\", \"status\": \"Ready\", \"fileId\": 2}"_s
                                        << u"createdTime"_s << u"timestamp"_s;
    QTest::newRow("cpu string") << u"{\"id\": 1, "_s + base + u", \"cpu\": \"0.5\"}"_s << u"cpu"_s << u"expected a number"_s;
    QTest::newRow("secrets array") << u"{\"id\": 1, "_s + base + u", \"secrets\": [\"a\"]}"_s << u"secrets"_s << u"expected an object"_s;
    QTest::newRow("envVars value number") << u"{\"id\": 1, "_s + base + u", \"envVars\": {\"A\": 1}}"_s << u"envVars.A"_s << u"string value"_s;
    QTest::newRow("error as string") << u"{\"id\": 1, "_s + base + u", \"error\": \"boom\"}"_s << u"error"_s << u"error object"_s;
    QTest::newRow("error trace number") << u"{\"id\": 1, "_s + base + u", \"error\": {\"message\": \"m\", \"trace\": 3}}"_s << u"error.trace"_s
                                        << u"string"_s;
    QTest::newRow("lastCalled negative") << u"{\"id\": 1, "_s + base + u", \"lastCalled\": -1}"_s << u"lastCalled"_s << u"non-negative"_s;
    QTest::newRow("fileId bool") << u"{\"id\": 1, \"createdTime\": 0, \"name\": \"n\", \"status\": \"Ready\", \"fileId\": true}"_s << u"fileId"_s
                                 << u"boolean"_s;
}

void TestCodecs::functionMalformed()
{
    QFETCH(QString, json);
    QFETCH(QString, field);
    QFETCH(QString, messagePart);
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    QVERIFY(doc.isObject());
    const auto f = Function::fromJson(doc.object(), u""_s);
    QVERIFY(!f.hasValue());
    QCOMPARE(f.error().field, field);
    QVERIFY2(f.error().message.contains(messagePart), qPrintable(f.error().message));
    // Paths nest when the object is inside a list.
    const auto nested = Function::fromJson(doc.object(), u"items[3]"_s);
    QCOMPARE(nested.error().field, u"items[3]."_s + field);
    // Not an object at all
    QCOMPARE(Function::fromJson(QJsonValue(3), u"items[0]"_s).error().field, u"items[0]"_s);
}

void TestCodecs::functionUnknownStatusKept()
{
    const auto f = Function::fromJson(obj(R"({"id": 1, "createdTime": 0, "name": "n", "status": "Retired", "fileId": 2})"));
    QCOMPARE(f->status, FunctionStatus::Retired);
    const auto g = Function::fromJson(obj(R"({"id": 1, "createdTime": 0, "name": "n", "status": "Hibernating", "fileId": 2})"));
    QVERIFY(g.hasValue());
    QCOMPARE(g->status, FunctionStatus::Unknown);
    QCOMPARE(g->statusText, u"Hibernating"_s);
    QCOMPARE(g->toJson().value("status"_L1).toString(), u"Hibernating"_s);
}

void TestCodecs::functionWriteEncoding()
{
    // The exact body the SDK sends for create(name="myfunction", file_id=1234, cpu=0.2, memory=1.0).
    FunctionWrite w;
    w.name = u"myfunction"_s;
    w.fileId = 1234;
    w.cpu = 0.2;
    w.memory = 1.0;
    QCOMPARE(QJsonDocument(w.toRequestBody()).object(),
             obj(R"({"items":[{"name":"myfunction","fileId":1234,"functionPath":"handler.py","cpu":0.2,"memory":1.0}]})"));
    // Map keys inside secrets/envVars/metadata are not transformed.
    w.secrets = StringMap{{u"my-key"_s, u"v"_s}};
    w.envVars = StringMap{{u"MY_VAR"_s, u"1"_s}};
    w.extraIndexUrls = QStringList{u"https://a/simple"_s};
    const QJsonObject item = w.toJson();
    QCOMPARE(item.value("secrets"_L1).toObject().keys(), QStringList{u"my-key"_s});
    QCOMPARE(item.value("envVars"_L1).toObject().keys(), QStringList{u"MY_VAR"_s});
    QCOMPARE(item.value("extraIndexUrls"_L1).toArray().size(), 1);
    QVERIFY(!item.contains("owner"_L1) && !item.contains("indexUrl"_L1) && !item.contains("metadata"_L1));
}

void TestCodecs::functionWriteRoundTrip()
{
    FunctionWrite w;
    w.name = u"n"_s;
    w.fileId = 9007199254740991LL;
    w.externalId = u"x"_s;
    w.description = u"d"_s;
    w.owner = u"o"_s;
    w.functionPath = u"a/b.py"_s;
    w.runtime = u"py312"_s;
    w.metadata = StringMap{{u"k"_s, u"v"_s}};
    w.indexUrl = u"https://i"_s;
    const auto back = FunctionWrite::fromJson(w.toJson());
    QVERIFY(back.hasValue());
    QCOMPARE(*back, w);
    const auto bad = FunctionWrite::fromJson(obj(R"({"name": "n"})"));
    QCOMPARE(bad.error().field, u"fileId"_s);
    const auto bad2 = FunctionWrite::fromJson(obj(R"({"name": "n", "fileId": 1, "extraIndexUrls": ["a", 2]})"));
    QCOMPARE(bad2.error().field, u"extraIndexUrls[1]"_s);
}

void TestCodecs::functionFilter()
{
    FunctionFilter f;
    QCOMPARE(f.toRequestBody(), obj(R"({"filter": {}, "limit": 25})"));
    f.name = u"a"_s;
    f.status = FunctionStatus::Ready;
    f.createdTime.min = 5;
    f.metadata = StringMap{{u"k"_s, u"v"_s}};
    f.limit = 10000;
    const QJsonObject body = f.toRequestBody();
    QCOMPARE(body, obj(R"({"filter": {"name": "a", "status": "Ready", "createdTime": {"min": 5}, "metadata": {"k": "v"}}, "limit": 10000})"));
    const auto back = FunctionFilter::fromRequestBody(body);
    QVERIFY(back.hasValue());
    QCOMPARE(*back, f);
    // JS sends {} with no limit: the server default applies.
    QCOMPARE(FunctionFilter::fromRequestBody(QJsonObject())->limit, 25);

    Function fn;
    fn.name = u"a"_s;
    fn.status = FunctionStatus::Ready;
    fn.createdTime = 10;
    fn.metadata = StringMap{{u"k"_s, u"v"_s}, {u"other"_s, u"x"_s}};
    QVERIFY(f.matches(fn));
    fn.createdTime = 4;
    QVERIFY(!f.matches(fn));
    fn.createdTime = 10;
    fn.metadata = StringMap{{u"k"_s, u"w"_s}};
    QVERIFY(!f.matches(fn));
    FunctionFilter prefix;
    prefix.externalIdPrefix = u"etl-"_s;
    fn.externalId = u"etl-daily"_s;
    QVERIFY(prefix.matches(fn));
    fn.externalId.reset();
    QVERIFY(!prefix.matches(fn));
}

void TestCodecs::functionFilterMalformed_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("limit 0") << u"{\"limit\": 0}"_s << u"limit"_s;
    QTest::newRow("limit 10001") << u"{\"limit\": 10001}"_s << u"limit"_s;
    QTest::newRow("limit string") << u"{\"limit\": \"5\"}"_s << u"limit"_s;
    QTest::newRow("filter array") << u"{\"filter\": []}"_s << u"filter"_s;
    QTest::newRow("bad status") << u"{\"filter\": {\"status\": \"Running\"}}"_s << u"filter.status"_s;
    QTest::newRow("bad createdTime") << u"{\"filter\": {\"createdTime\": {\"min\": \"x\"}}}"_s << u"filter.createdTime.min"_s;
    QTest::newRow("inverted range") << u"{\"filter\": {\"createdTime\": {\"min\": 5, \"max\": 1}}}"_s << u"filter.createdTime"_s;
    QTest::newRow("fileId string") << u"{\"filter\": {\"fileId\": \"1\"}}"_s << u"filter.fileId"_s;
}

void TestCodecs::functionFilterMalformed()
{
    QFETCH(QString, json);
    QFETCH(QString, field);
    const auto f = FunctionFilter::fromRequestBody(QJsonDocument::fromJson(json.toUtf8()).object());
    QVERIFY(!f.hasValue());
    QCOMPARE(f.error().field, field);
}

void TestCodecs::callErrorShapes_data()
{
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("trace");
    QTest::newRow("object") << u"{\"message\": \"ZeroDivisionError: division by zero\", \"trace\": \"Traceback...\"}"_s
                            << u"ZeroDivisionError: division by zero"_s << u"Traceback..."_s;
    QTest::newRow("plain string (newest docs)") << u"\"ZeroDivisionError: division by zero\""_s << u"ZeroDivisionError: division by zero"_s
                                                << QString();
    QTest::newRow("object without trace") << u"{\"message\": \"m\"}"_s << u"m"_s << QString();
}

void TestCodecs::callErrorShapes()
{
    QFETCH(QString, error);
    QFETCH(QString, message);
    QFETCH(QString, trace);
    const QByteArray json =
        "{\"id\": 10, \"functionId\": 2, \"startTime\": 100, \"endTime\": 250, \"status\": \"Failed\", \"error\": " + error.toUtf8() + "}";
    const auto c = FunctionCall::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY2(c.hasValue(), qPrintable(c.hasValue() ? QString() : c.error().toString()));
    QCOMPARE(c->status, CallStatus::Failed);
    QCOMPARE(c->error->message, message);
    QCOMPARE(c->error->trace, trace);
    QCOMPARE(*c->durationMs(), 150);
    QVERIFY(isTerminal(c->status));
    // Waiting ends on anything but Running, a status this app does not know yet too (as the SDK waits).
    QVERIFY(isTerminal(callStatusFromWire(u"Cancelled"_s)));
    QVERIFY(!isTerminal(CallStatus::Running));
}

void TestCodecs::callMalformed_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("no functionId") << u"{\"id\": 1, \"startTime\": 0, \"status\": \"Running\"}"_s << u"functionId"_s;
    QTest::newRow("no startTime") << u"{\"id\": 1, \"functionId\": 1, \"status\": \"Running\"}"_s << u"startTime"_s;
    QTest::newRow("status number") << u"{\"id\": 1, \"functionId\": 1, \"startTime\": 0, \"status\": 1}"_s << u"status"_s;
    QTest::newRow("scheduleId string") << u"{\"id\": 1, \"functionId\": 1, \"startTime\": 0, \"status\": \"Running\", \"scheduleId\": \"7\"}"_s
                                       << u"scheduleId"_s;
    QTest::newRow("error number") << u"{\"id\": 1, \"functionId\": 1, \"startTime\": 0, \"status\": \"Failed\", \"error\": 5}"_s << u"error"_s;
    QTest::newRow("endTime float") << u"{\"id\": 1, \"functionId\": 1, \"startTime\": 0, \"status\": \"Running\", \"endTime\": 1.25}"_s
                                   << u"endTime"_s;
}

void TestCodecs::callMalformed()
{
    QFETCH(QString, json);
    QFETCH(QString, field);
    const auto c = FunctionCall::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
    QVERIFY(!c.hasValue());
    QCOMPARE(c.error().field, field);
}

void TestCodecs::callFilterEncoding()
{
    // The SDK's first body is exactly {"limit": 25}; the filter only appears when non-empty.
    CallFilter f;
    QCOMPARE(compact(f.toRequestBody()), QByteArray(R"({"limit":25})"));
    f.scheduleId = 395335920687780LL;
    f.status = CallStatus::Completed;
    QCOMPARE(f.toRequestBody(), obj(R"({"limit":25,"filter":{"scheduleId":395335920687780,"status":"Completed"}})"));
    f.cursor = u"abc"_s;
    f.startTime.max = 99;
    QCOMPARE(f.toRequestBody().value("cursor"_L1).toString(), u"abc"_s);
    const auto back = CallFilter::fromRequestBody(f.toRequestBody());
    QVERIFY(back.hasValue());
    QCOMPARE(*back, f);
}

void TestCodecs::callFilterDecode()
{
    QCOMPARE(CallFilter::fromRequestBody(obj(R"({"filter": {"status": "Done"}})")).error().field, u"filter.status"_s);
    QCOMPARE(CallFilter::fromRequestBody(obj(R"({"filter": {"endTime": 5}})")).error().field, u"filter.endTime"_s);
    QCOMPARE(CallFilter::fromRequestBody(obj(R"({"cursor": 5})")).error().field, u"cursor"_s);
    FunctionCall c;
    c.startTime = 10;
    c.status = CallStatus::Running;
    CallFilter ended;
    ended.endTime.min = 0;
    QVERIFY(!ended.matches(c)); // a running call has no end time
    c.endTime = 20;
    QVERIFY(ended.matches(c));
}

void TestCodecs::callRequestAndResponse()
{
    CallRequest r{QJsonObject{{"a"_L1, 1}}, u"nonce-1"_s};
    QCOMPARE(r.toJson(), obj(R"({"data": {"a": 1}, "nonce": "nonce-1"})"));
    QCOMPARE(*CallRequest::fromJson(r.toJson()), r);
    QCOMPARE(CallRequest::fromJson(obj(R"({"data": {}})")).error().field, u"nonce"_s);
    QCOMPARE(CallRequest::fromJson(obj(R"({"data": {}, "nonce": ""})")).error().field, u"nonce"_s);
    QCOMPARE(CallRequest::fromJson(obj(R"({"data": [1], "nonce": "n"})")).error().field, u"data"_s);
    QVERIFY(CallRequest::fromJson(obj(R"({"nonce": "n"})"))->data.isEmpty()); // data is optional

    const auto resp = CallResponse::fromJson(obj(R"({"callId": 3, "functionId": 4, "response": [1, "two"]})"));
    QVERIFY(resp.hasValue());
    QCOMPARE(resp->response.toArray().size(), 2);
    const auto none = CallResponse::fromJson(obj(R"({"callId": 3, "functionId": 4})"));
    QVERIFY(none->response.isUndefined());
    QVERIFY(!none->toJson().contains("response"_L1));
    const auto nul = CallResponse::fromJson(obj(R"({"callId": 3, "functionId": 4, "response": null})"));
    QVERIFY(nul->response.isNull());
    // The SDK reads only "response": an answer without the ids is read too.
    const auto bare = CallResponse::fromJson(obj(R"({"response": {"ok": true}})"));
    QVERIFY(bare.hasValue());
    QVERIFY(bare->response.toObject().value("ok"_L1).toBool());
    QVERIFY(!CallResponse::fromJson(obj(R"({"callId": "three", "response": 1})")).hasValue()); // present, it must be an id
}

void TestCodecs::logEntries_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("message");
    QTest::newRow("normal") << u"{\"timestamp\": 1700000000123, \"message\": \"hello\"}"_s << true << u"hello"_s;
    QTest::newRow("no timestamp") << u"{\"message\": \"hi\"}"_s << true << u"hi"_s;
    QTest::newRow("empty message") << u"{\"message\": \"\"}"_s << true << QString();
    QTest::newRow("no message") << u"{\"timestamp\": 1}"_s << false << QString();
    QTest::newRow("timestamp string") << u"{\"timestamp\": \"now\", \"message\": \"x\"}"_s << false << QString();
}

void TestCodecs::logEntries()
{
    QFETCH(QString, json);
    QFETCH(bool, ok);
    QFETCH(QString, message);
    const auto e = LogEntry::fromJson(QJsonDocument::fromJson(json.toUtf8()).object(), u"items[0]"_s);
    QCOMPARE(e.hasValue(), ok);
    if (ok)
        QCOMPARE(e->message, message);
    else
        QVERIFY(e.error().field.startsWith(u"items[0]."_s));
}

void TestCodecs::scheduleSessionId_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("integer (SDK)") << u"12345"_s << true << qint64(12345);
    QTest::newRow("string (docs)") << u"\"12345\""_s << true << qint64(12345);
    QTest::newRow("absent (TK optional)") << QString() << true << qint64(-1);
    QTest::newRow("placeholder string") << u"\"<string>\""_s << false << qint64(0);
    QTest::newRow("object") << u"{}"_s << false << qint64(0);
    QTest::newRow("float") << u"1.5"_s << false << qint64(0);
}

void TestCodecs::scheduleSessionId()
{
    QFETCH(QString, value);
    QFETCH(bool, ok);
    QFETCH(qint64, expected);
    QByteArray json = R"({"id": 7, "name": "daily", "createdTime": 1, "cronExpression": "0 8 * * *", "when": "At 08:00", "functionId": 3)";
    if (!value.isNull())
        json += ", \"sessionId\": " + value.toUtf8();
    json += "}";
    const auto s = FunctionSchedule::fromJson(QJsonDocument::fromJson(json).object());
    QCOMPARE(s.hasValue(), ok);
    if (ok) {
        QCOMPARE(s->sessionId.value_or(-1), expected);
        QCOMPARE(s->when, u"At 08:00"_s);
        // We emit an integer.
        if (s->sessionId)
            QVERIFY(s->toJson().value("sessionId"_L1).isDouble());
    } else {
        QCOMPARE(s.error().field, u"sessionId"_s);
    }
}

void TestCodecs::scheduleWriteAndFilter()
{
    ScheduleWrite w;
    w.name = u"n"_s;
    w.cronExpression = u"*/5 * * * *"_s;
    w.functionId = 3;
    w.data = QJsonObject{{"x"_L1, 1}};
    w.nonce = u"abc"_s;
    QCOMPARE(w.toRequestBody(),
             obj(R"({"items": [{"name": "n", "cronExpression": "*/5 * * * *", "functionId": 3, "data": {"x": 1}, "nonce": "abc"}]})"));
    QCOMPARE(*ScheduleWrite::fromJson(w.toJson()), w);
    QCOMPARE(ScheduleWrite::fromJson(obj(R"({"name": "n", "cronExpression": "x", "functionId": 1, "functionExternalId": "a"})")).error().field,
             u"functionId"_s);
    QCOMPARE(ScheduleWrite::fromJson(obj(R"({"name": "n"})")).error().field, u"cronExpression"_s);

    ScheduleFilter f;
    f.functionId = 3;
    f.limit = 10000;
    QCOMPARE(f.toRequestBody(), obj(R"({"filter": {"functionId": 3}, "limit": 10000})"));
    QCOMPARE(*ScheduleFilter::fromRequestBody(f.toRequestBody()), f);
    QCOMPARE(ScheduleFilter::fromRequestBody(obj(R"({"filter": {"functionId": 3, "functionExternalId": "x"}})")).error().field,
             u"filter.functionId"_s);
    FunctionSchedule s;
    s.functionId = 3;
    QVERIFY(f.matches(s));
    // functionExternalId means the function that has it now, not a copy kept on the schedule.
    ScheduleFilter byXid;
    byXid.functionExternalId = u"greeter"_s;
    FunctionSchedule stale = s;
    stale.functionExternalId = u"greeter"_s; // written when the schedule was made; greeter is function 4 now
    QVERIFY(!byXid.matches(stale, 4));
    QVERIFY(byXid.matches(s, 3));
    QVERIFY(!byXid.matches(s)); // no function has that external id
    s.functionId = 4;
    QVERIFY(!f.matches(s));
}

void TestCodecs::scheduleInputData()
{
    QCOMPARE(ScheduleInputData::fromJson(obj(R"({"id": 1, "data": {"a": 1}})"))->data->value("a"_L1).toInt(), 1);
    QVERIFY(!ScheduleInputData::fromJson(obj(R"({"id": 1})"))->data.has_value());
    QCOMPARE(ScheduleInputData::fromJson(obj(R"({"data": {"a": 2}})"))->data->value("a"_L1).toInt(), 2); // the SDK reads only data
    QCOMPARE(ScheduleInputData::fromJson(obj(R"({"id": 1, "data": "x"})")).error().field, u"data"_s);
}

void TestCodecs::limits_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("field");
    QTest::newRow("sdk test")
        << u"{\"timeoutMinutes\":10,\"cpuCores\":{\"min\":0.1,\"max\":0.6,\"default\":0.25},\"memoryGb\":{\"min\":0.1,\"max\":2.5,\"default\":1.0},\"responseSizeMb\":1,\"runtimes\":[\"py310\",\"py311\",\"py312\",\"py313\",\"py314\"]}"_s
        << true << QString();
    QTest::newRow("azure-like, no responseSizeMb")
        << u"{\"timeoutMinutes\":9,\"cpuCores\":{\"min\":1,\"max\":1,\"default\":1},\"memoryGb\":{\"min\":1.5,\"max\":1.5,\"default\":1.5},\"runtimes\":[\"py311\"]}"_s
        << true << QString();
    QTest::newRow("missing runtimes")
        << u"{\"timeoutMinutes\":9,\"cpuCores\":{\"min\":1,\"max\":1,\"default\":1},\"memoryGb\":{\"min\":1.5,\"max\":1.5,\"default\":1.5}}"_s
        << false << u"runtimes"_s;
    QTest::newRow("cpu default outside, read as the SDK reads it")
        << u"{\"timeoutMinutes\":9,\"cpuCores\":{\"min\":1,\"max\":2,\"default\":3},\"memoryGb\":{\"min\":1.5,\"max\":1.5,\"default\":1.5},\"runtimes\":[]}"_s
        << true << QString();
    QTest::newRow("memory max missing")
        << u"{\"timeoutMinutes\":9,\"cpuCores\":{\"min\":1,\"max\":1,\"default\":1},\"memoryGb\":{\"min\":1.5,\"default\":1.5},\"runtimes\":[]}"_s
        << false << u"memoryGb.max"_s;
    QTest::newRow("timeout zero")
        << u"{\"timeoutMinutes\":0,\"cpuCores\":{\"min\":1,\"max\":1,\"default\":1},\"memoryGb\":{\"min\":1.5,\"max\":1.5,\"default\":1.5},\"runtimes\":[]}"_s
        << false << u"timeoutMinutes"_s;
    QTest::newRow("runtime number")
        << u"{\"timeoutMinutes\":9,\"cpuCores\":{\"min\":1,\"max\":1,\"default\":1},\"memoryGb\":{\"min\":1.5,\"max\":1.5,\"default\":1.5},\"runtimes\":[\"py311\", 312]}"_s
        << false << u"runtimes[1]"_s;
}

void TestCodecs::limits()
{
    QFETCH(QString, json);
    QFETCH(bool, ok);
    QFETCH(QString, field);
    const auto l = FunctionsLimits::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
    QCOMPARE(l.hasValue(), ok);
    if (!ok) {
        QCOMPARE(l.error().field, field);
        return;
    }
    QCOMPARE(*FunctionsLimits::fromJson(l->toJson()), *l);
    if (json.contains(u"responseSizeMb"_s))
        QCOMPARE(*l->responseSizeMb, 1);
    else
        QVERIFY(!l->responseSizeMb.has_value());
}

void TestCodecs::activationStatus_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("state");
    QTest::newRow("inactive") << u"inactive"_s << int(ActivationState::Inactive);
    QTest::newRow("requested") << u"requested"_s << int(ActivationState::Requested);
    QTest::newRow("activated") << u"activated"_s << int(ActivationState::Activated);
    QTest::newRow("sdk test string") << u"IN PROGRESS"_s << int(ActivationState::Unknown);
}

void TestCodecs::activationStatus()
{
    QFETCH(QString, text);
    QFETCH(int, state);
    const auto s = ActivationStatus::fromJson(QJsonObject{{"status"_L1, text}});
    QVERIFY(s.hasValue());
    QCOMPARE(int(s->state), state);
    QCOMPARE(s->toJson().value("status"_L1).toString(), text);
    QCOMPARE(ActivationStatus::fromJson(QJsonObject{}).error().field, u"status"_s);
}

void TestCodecs::sessions()
{
    QCOMPARE(SessionCreate::clientCredentials(u"id"_s, u"secret"_s).toRequestBody(),
             obj(R"({"items": [{"clientId": "id", "clientSecret": "secret"}]})"));
    QCOMPARE(SessionCreate::tokenExchange().toRequestBody(), obj(R"({"items": [{"tokenExchange": true}]})"));
    const auto s = Session::fromJson(obj(R"({"id": 5, "status": "READY", "nonce": "n", "type": "CLIENT_CREDENTIALS", "clientId": "c"})"));
    QVERIFY(s.hasValue());
    QCOMPARE(*s->nonce, u"n"_s);
    QCOMPARE(*Session::fromJson(s->toJson()), *s);
}

void TestCodecs::sessionCreateDecode_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("errorField");
    QTest::newRow("client credentials") << u"{\"items\": [{\"clientId\": \"a\", \"clientSecret\": \"b\"}]}"_s
                                        << int(SessionCreate::Kind::ClientCredentials) << QString();
    QTest::newRow("token exchange") << u"{\"items\": [{\"tokenExchange\": true}]}"_s << int(SessionCreate::Kind::TokenExchange) << QString();
    QTest::newRow("oneshot") << u"{\"items\": [{\"oneshotTokenExchange\": true}]}"_s << int(SessionCreate::Kind::OneshotTokenExchange) << QString();
    QTest::newRow("two items") << u"{\"items\": [{\"tokenExchange\": true}, {\"tokenExchange\": true}]}"_s << -1 << u"items"_s;
    QTest::newRow("no items") << u"{}"_s << -1 << u"items"_s;
    QTest::newRow("both kinds") << u"{\"items\": [{\"tokenExchange\": true, \"clientId\": \"a\", \"clientSecret\": \"b\"}]}"_s << -1 << u"items[0]"_s;
    QTest::newRow("secret missing") << u"{\"items\": [{\"clientId\": \"a\"}]}"_s << -1 << u"items[0].clientSecret"_s;
    QTest::newRow("tokenExchange string") << u"{\"items\": [{\"tokenExchange\": \"yes\"}]}"_s << -1 << u"items[0].tokenExchange"_s;
}

void TestCodecs::sessionCreateDecode()
{
    QFETCH(QString, json);
    QFETCH(int, kind);
    QFETCH(QString, errorField);
    const auto s = SessionCreate::fromRequestBody(QJsonDocument::fromJson(json.toUtf8()).object());
    if (kind < 0) {
        QVERIFY(!s.hasValue());
        QCOMPARE(s.error().field, errorField);
    } else {
        QVERIFY(s.hasValue());
        QCOMPARE(int(s->kind), kind);
    }
}

void TestCodecs::fileMetadata()
{
    const auto f = FileMetadata::fromJson(obj(R"({"id": 9, "name": "fn.zip", "uploaded": false, "createdTime": 1, "lastUpdatedTime": 2,
        "externalId": "fn", "uploadUrl": "/upload/abc"})"));
    QVERIFY(f.hasValue());
    QVERIFY(!f->uploaded);
    QCOMPARE(*f->uploadUrl, u"/upload/abc"_s);
    QCOMPARE(*FileMetadata::fromJson(f->toJson()), *f);
    QCOMPARE(FileMetadata::fromJson(obj(R"({"id": 9, "name": "a", "createdTime": 1, "lastUpdatedTime": 2})")).error().field, u"uploaded"_s);
    // A function's code file name: '/' is not allowed in file names.
    // Its external id is its own (never the function's), so creating it cannot replace the code
    // of an existing function; it stays within CDF's 255 characters.
    const FileCreate c = FileCreate::forFunctionCode(u"team/etl/daily"_s, u"xid"_s, u"u1"_s);
    QCOMPARE(c.toJson(), obj(R"({"name": "team-etl-daily.zip", "externalId": "xid-code-u1", "mimeType": "application/zip"})"));
    QCOMPARE(FileCreate::forFunctionCode(u"n"_s, std::nullopt, u"u2"_s).toJson(),
             obj(R"({"name": "n.zip", "externalId": "n-code-u2", "mimeType": "application/zip"})"));
    const FileCreate longId = FileCreate::forFunctionCode(u"n"_s, QString(255, u'x'), u"abc"_s);
    QCOMPARE(longId.externalId->size(), 255);
    QVERIFY(longId.externalId->endsWith(u"-code-abc"_s));
    QCOMPARE(FileCreate::fromJson(obj(R"({"name": ""})")).error().field, u"name"_s);
}

void TestCodecs::identifiers()
{
    const QList<Identifier> ids{Identifier::byExternalId(u"func1"_s), Identifier::byId(1), Identifier::byExternalId(u"func2"_s), Identifier::byId(2),
                                Identifier::byId(3)};
    // Internal ids first, as the SDK sends them.
    QCOMPARE(QJsonDocument(QJsonObject{{"items"_L1, Identifier::toJsonArray(ids)}}).toJson(QJsonDocument::Compact),
             QByteArray(R"({"items":[{"id":1},{"id":2},{"id":3},{"externalId":"func1"},{"externalId":"func2"}]})"));
    // Each id once: a repeated one is left out (CDF's answer to repeats is not documented for Functions).
    QCOMPARE(Identifier::toJsonArray({Identifier::byId(1), Identifier::byExternalId(u"a"_s), Identifier::byId(1), Identifier::byExternalId(u"a"_s)})
                 .size(),
             2);
    QCOMPARE(Identifier::fromJson(QJsonObject{{"id"_L1, 5}}).value(), Identifier::byId(5));
    QCOMPARE(Identifier::fromJson(QJsonObject{}, u"items[2]"_s).error().field, u"items[2]"_s);
    QCOMPARE(Identifier::fromJson(QJsonObject{{"id"_L1, 1}, {"externalId"_L1, u"a"_s}}).error().message,
             u"expected exactly one of \"id\" and \"externalId\""_s);
    QCOMPARE(Identifier::fromJson(QJsonObject{{"externalId"_L1, u""_s}}).error().field, u"externalId"_s);
    QCOMPARE(Identifier::listFromJson(QJsonArray{QJsonObject{{"id"_L1, 1}}, QJsonObject{{"id"_L1, u"x"_s}}}, u"items"_s).error().field,
             u"items[1].id"_s);
}

void TestCodecs::cdfErrorBodies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("missing");
    QTest::addColumn<int>("duplicated");
    QTest::newRow("envelope with missing")
        << 400 << QByteArray(R"({"error": {"code": 400, "message": "Ids not found", "missing": [{"externalId": "a"}, {"id": 4}]}})") << 400
        << u"Ids not found"_s << 2 << 0;
    QTest::newRow("missing in snake case (Functions)")
        << 400 << QByteArray(R"({"error": {"code": 400, "message": "Ids not found", "missing": [{"external_id": "a"}, {"id": 4}]}})") << 400
        << u"Ids not found"_s << 2 << 0;
    QTest::newRow("missing with an entry of another shape keeps the rest")
        << 400 << QByteArray(R"({"error": {"code": 400, "message": "Ids not found", "missing": [{"instanceId": {"space": "s"}}, {"id": 4}, "x"]}})")
        << 400 << u"Ids not found"_s << 1 << 0;
    QTest::newRow("duplicated") << 409 << QByteArray(R"({"error": {"code": 409, "message": "Duplicate", "duplicated": [{"externalId": "x"}]}})")
                                << 409 << u"Duplicate"_s << 0 << 1;
    QTest::newRow("plain string error (TK)") << 429 << QByteArray(R"({"error": "Too many requests"})") << 429 << u"Too many requests"_s << 0 << 0;
    QTest::newRow("non-JSON body") << 502 << QByteArray("<html>Bad gateway</html>") << 502 << u"<html>Bad gateway</html>"_s << 0 << 0;
    QTest::newRow("empty body") << 503 << QByteArray() << 503 << u"HTTP 503 with an empty body"_s << 0 << 0;
    QTest::newRow("JSON without error") << 500 << QByteArray(R"({"oops": 1})") << 500 << u"{\"oops\": 1}"_s << 0 << 0;
    QTest::newRow("code differs from status") << 400 << QByteArray(R"({"error": {"code": 422, "message": "m"}})") << 422 << u"m"_s << 0 << 0;
    QTest::newRow("truncated JSON") << 500 << QByteArray(R"({"error": {"code": 500, "mess)") << 500 << u"{\"error\": {\"code\": 500, \"mess"_s << 0
                                    << 0;
}

void TestCodecs::cdfErrorBodies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, code);
    QFETCH(QString, message);
    QFETCH(int, missing);
    QFETCH(int, duplicated);
    const CdfError e = CdfError::fromBody(status, body);
    QCOMPARE(e.code, code);
    QCOMPARE(e.message, message);
    QCOMPARE(e.missing.size(), missing);
    QCOMPARE(e.duplicated.size(), duplicated);
    // What we emit parses back to the same thing.
    const CdfError back = CdfError::fromBody(status, e.toBody());
    QCOMPARE(back.code, e.code);
    QCOMPARE(back.message, e.message);
    QCOMPARE(back.missing.size(), e.missing.size()); // ids are re-ordered (internal ids first)
    for (const Identifier &i : e.missing)
        QVERIFY(back.missing.contains(i));
    // Either casing reads back the same; the Functions API writes external ids in snake case.
    CdfError snake = e;
    snake.snakeCaseExternalIds = true;
    const CdfError fromSnake = CdfError::fromBody(status, snake.toBody());
    QCOMPARE(fromSnake.missing.size(), e.missing.size());
    for (const Identifier &i : e.missing)
        QVERIFY(fromSnake.missing.contains(i));
    if (e.missing.contains(Identifier::byExternalId(u"a"_s)))
        QVERIFY(snake.toBody().contains("\"external_id\":\"a\""));
}

void TestCodecs::int64Ids()
{
    // Ids up to 2^53-1 survive decode and encode exactly.
    const auto c = FunctionCall::fromJson(obj(
        R"({"id": 9007199254740991, "functionId": 9007199254740990, "startTime": 1732800000000, "status": "Running", "scheduleId": 395335920687780})"));
    QVERIFY(c.hasValue());
    QCOMPARE(c->id, 9007199254740991LL);
    QCOMPARE(c->functionId, 9007199254740990LL);
    QVERIFY(compact(c->toJson()).contains("9007199254740991"));
    QCOMPARE(*c->scheduleId, 395335920687780LL);
}

// The same answer gives the same result however the bytes are split across reads.
void TestCodecs::httpResponseParserAnyFeedSplit()
{
    const QByteArray answers[] = {
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6;x=y\r\n world\r\n0\r\n\r\n",
        "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 11\r\n\r\nhello world",
    };
    for (const QByteArray &answer : answers) {
        for (int step : {1, 2, 3, 7, 1000}) {
            HttpResponseParser p;
            HttpResponseParser::State s = HttpResponseParser::State::NeedMore;
            for (qsizetype i = 0; i < answer.size() && s == HttpResponseParser::State::NeedMore; i += step)
                s = p.feed(QByteArrayView(answer).sliced(i, std::min<qsizetype>(step, answer.size() - i)));
            QCOMPARE(int(s), int(HttpResponseParser::State::Complete));
            QCOMPARE(p.body(), QByteArray("hello world"));
            QVERIFY(p.status() == 200 || p.status() == 201);
        }
    }
    // A close-delimited body ends with the connection; a cut-off Content-Length body fails.
    HttpResponseParser close;
    QCOMPARE(int(close.feed("HTTP/1.1 200 OK\r\n\r\npartial")), int(HttpResponseParser::State::NeedMore));
    QCOMPARE(int(close.finish()), int(HttpResponseParser::State::Complete));
    QCOMPARE(close.body(), QByteArray("partial"));
    HttpResponseParser cut;
    cut.feed("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc");
    QCOMPARE(int(cut.finish()), int(HttpResponseParser::State::Failed));
    QVERIFY(cut.error().contains(u"closed before the whole answer"_s));
    HttpResponseParser big(100);
    QCOMPARE(int(big.feed("HTTP/1.1 200 OK\r\nContent-Length: 101\r\n\r\n")), int(HttpResponseParser::State::Failed));
    QVERIFY(big.tooLarge());
    HttpResponseParser status;
    QCOMPARE(int(status.feed("HTTP/1.1 2000 OK\r\n\r\n")), int(HttpResponseParser::State::Failed));
    QVERIFY(status.error().contains(u"status line"_s));
    // Interim answers (1xx) come before the real one; 101 was never asked for.
    HttpResponseParser hints;
    QCOMPARE(int(hints.feed("HTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\nhi")),
             int(HttpResponseParser::State::Complete));
    QCOMPARE(hints.status(), 201);
    QCOMPARE(hints.body(), QByteArray("hi"));
    HttpResponseParser upgrade;
    QCOMPARE(int(upgrade.feed("HTTP/1.1 101 Switching Protocols\r\n\r\n")), int(HttpResponseParser::State::Failed));
    // Limits hold however the bytes arrive: a long chunk extension in one read, a 64 kB head byte by byte.
    HttpResponseParser extension;
    QCOMPARE(
        int(extension.feed(QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1;" + QByteArray(1100, 'e') + "\r\nx\r\n0\r\n\r\n"))),
        int(HttpResponseParser::State::Failed));
    QVERIFY(extension.error().contains(u"longer than 1 kB"_s));
    QByteArray head = "HTTP/1.1 200 OK\r\nX: ";
    head += QByteArray(HttpResponseParser::MaxHeadBytes - head.size(), 'a') + "\r\n\r\n";
    HttpResponseParser whole, split;
    whole.feed(head);
    for (char c : std::as_const(head))
        split.feed(QByteArrayView(&c, 1));
    QCOMPARE(int(split.state()), int(whole.state()));
    QCOMPARE(int(whole.state()), int(HttpResponseParser::State::NeedMore)); // a close-delimited body follows
}

// A 4 MB body in one-byte chunks, fed in 64 kB reads: decoded chunks are dropped as they go, so
// this takes milliseconds (re-scanning the buffer on every read would take minutes).
void TestCodecs::httpResponseParserIsLinear()
{
    QByteArray answer = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
    const int n = 4 * 1024 * 1024 / 8;
    answer.reserve(answer.size() + n * 6);
    for (int i = 0; i < n; ++i)
        answer += "1\r\nx\r\n";
    answer += "0\r\n\r\n";
    HttpResponseParser p;
    HttpResponseParser::State s = HttpResponseParser::State::NeedMore;
    for (qsizetype i = 0; i < answer.size() && s == HttpResponseParser::State::NeedMore; i += 65536)
        s = p.feed(QByteArrayView(answer).sliced(i, std::min<qsizetype>(65536, answer.size() - i)));
    QCOMPARE(int(s), int(HttpResponseParser::State::Complete));
    QCOMPARE(p.body().size(), n);
}

void TestCodecs::httpRequestHead()
{
    using S = HttpRequestHead::State;
    auto h = HttpRequestHead::parse("POST /api/v1/projects/p/functions HTTP/1.1\r\nHost: x\r\nContent-Length: 42\r\n\r\n{...");
    QCOMPARE(int(h.state), int(S::Complete));
    QCOMPARE(h.method, QByteArray("POST"));
    QCOMPARE(h.path, u"/api/v1/projects/p/functions"_s);
    QCOMPARE(h.contentLength, 42);
    QCOMPARE(int(HttpRequestHead::parse("GET / HTTP/1.1\r\nHost: x\r\n").state), int(S::NeedMore));
    QCOMPARE(HttpRequestHead::parse("GET / HTTP/1.1\r\n\r\n").contentLength, -1);
    QCOMPARE(int(HttpRequestHead::parse("POST / HTTP/1.1\r\nContent-Length: -5\r\n\r\n").state), int(S::Invalid));
    QCOMPARE(int(HttpRequestHead::parse("POST / HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n").state), int(S::Invalid));
    QCOMPARE(int(HttpRequestHead::parse("POST / HTTP/1.1\r\nContent-Length: 5\r\ncontent-length: 6\r\n\r\n").state), int(S::Invalid));
    QCOMPARE(int(HttpRequestHead::parse(QByteArray(70 * 1024, 'a')).state), int(S::TooLong));
    // One request framed two ways is refused (request smuggling).
    h = HttpRequestHead::parse("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n");
    QCOMPARE(int(h.state), int(S::Invalid));
    QVERIFY2(h.problem.contains(u"both Content-Length and Transfer-Encoding"_s), qPrintable(h.problem));
    QCOMPARE(int(HttpRequestHead::parse("POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n").state), int(S::Invalid));
    QCOMPARE(int(HttpRequestHead::parse("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n").state),
             int(S::Invalid));
    QCOMPARE(int(HttpRequestHead::parse("POST / HTTP/1.1\r\nTransfer-Encoding: Chunked\r\n\r\n").state), int(S::Complete));
    h = HttpRequestHead::parse("GET / HTTP/1.1\r\nHost: 127.0.0.1:1\r\nHost: evil.example\r\n\r\n");
    QCOMPARE(int(h.state), int(S::Invalid));
    QVERIFY2(h.problem.contains(u"two Host headers"_s), qPrintable(h.problem));
}

// JSON as text: keys stay in the order they were written (a QJsonObject sorts them), strings are
// never touched (braces, commas and escaped quotes inside them), nothing else changes.
void TestCodecs::jsonTextKeepsTheOrder()
{
    const QByteArray text = R"( { "zeta" : 1 , "alpha" : { "b" : [ 2 , "x, {y}\"" ] , "a" : { } , "e": [] } , "num": -1.50e3 } )";
    QVERIFY(QJsonDocument::fromJson(text).isObject());
    QCOMPARE(JsonText::compact(text), uR"({"zeta":1,"alpha":{"b":[2,"x, {y}\""],"a":{},"e":[]},"num":-1.50e3})"_s);
    QCOMPARE(JsonText::indented(text, 2), uR"({
  "zeta": 1,
  "alpha": {
    "b": [
      2,
      "x, {y}\""
    ],
    "a": {},
    "e": []
  },
  "num": -1.50e3
})"_s);
    // The laid-out text is the same JSON.
    QCOMPARE(QJsonDocument::fromJson(JsonText::indented(text).toUtf8()), QJsonDocument::fromJson(text));
    QCOMPARE(JsonText::member(text, "alpha").value(), QByteArray(R"({ "b" : [ 2 , "x, {y}\"" ] , "a" : { } , "e": [] })"));
    QCOMPARE(JsonText::member(text, "num").value(), QByteArray("-1.50e3"));
    QVERIFY(!JsonText::member(text, "missing"));
    QVERIFY(!JsonText::member("[1, 2]", "a"));
    QCOMPARE(JsonText::member(R"({"response": "a string, with \"quotes\""})", "response").value(), QByteArray(R"("a string, with \"quotes\"")"));
    QCOMPARE(JsonText::element(R"([ {"a":1} , [2,3], "s,]" ])", 1).value(), QByteArray("[2,3]"));
    QCOMPARE(JsonText::element(R"([ {"a":1} , [2,3], "s,]" ])", 2).value(), QByteArray(R"("s,]")"));
    QVERIFY(!JsonText::element("[]", 0));
    QVERIFY(!JsonText::element("[1]", 1));
    // Text that is not JSON (the callers check first) never reads past its end.
    QVERIFY(!JsonText::member(R"({"a": "unterminated)", "b"));
    (void)JsonText::indented("}}]]{{[[");
    (void)JsonText::compact(R"("unterminated \)");
}

QTEST_GUILESS_MAIN(TestCodecs)
#include "tst_codecs.moc"
