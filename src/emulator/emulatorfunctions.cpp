// Functions, calls and schedules endpoints (docs/cdf-api-notes.md §2).
#include "emulator/emulatorserver.h"
#include "emulator/pythonprocess.h"
#include "emulator/requestbody.h"

#include "core/cron/cronexpression.h"
#include "core/json/jsontext.h"
#include "core/rules/validator.h"
#include "core/wire/callfilter.h"
#include "core/wire/callrequest.h"
#include "core/wire/callresponse.h"
#include "core/wire/functionfilter.h"
#include "core/wire/functionwrite.h"
#include "core/wire/schedulefilter.h"
#include "core/wire/scheduleinputdata.h"
#include "core/wire/schedulewrite.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fstudio::emulator {

using namespace Qt::StringLiterals;

namespace {

QString problemsText(const ValidationProblems &ps, const QString &prefix)
{
    QStringList lines;
    for (const auto &p : ps)
        if (p.isError())
            lines << prefix + p.field + u": "_s + p.message;
    return lines.join(u"; "_s);
}

HttpResponse nonceError(EmulatorStore::NonceState state)
{
    switch (state) {
    case EmulatorStore::NonceState::Used:
        return HttpResponse::error(400, u"nonce: this nonce was already used; create a new session (POST /sessions) for every call or schedule"_s);
    case EmulatorStore::NonceState::Expired:
        return HttpResponse::error(400, u"nonce: this nonce has expired; create a new session (POST /sessions) and use its nonce at once"_s);
    case EmulatorStore::NonceState::Revoked:
        return HttpResponse::error(400, u"nonce: its session was revoked; create a new session (POST /sessions)"_s);
    default: return HttpResponse::error(400, u"nonce: unknown nonce; create a session (POST /sessions) and pass its nonce"_s);
    }
}

QJsonObject items(const QJsonArray &a)
{
    return QJsonObject{{"items"_L1, a}};
}

} // namespace

HttpResponse EmulatorServer::createFunction(const HttpRequest &req)
{
    HttpResponse err;
    const auto body = parseBody(req, &err);
    if (!body)
        return err;
    if (activationState() != u"activated"_s)
        return HttpResponse::error(400,
                                   u"Functions is not activated for project %1 (status: %2). Request activation with POST /functions/status."_s.arg(
                                       m_config.project, activationState()));
    const QJsonArray arr = body->value("items"_L1).toArray();
    if (arr.size() != 1)
        return HttpResponse::error(400, u"items: expected exactly one function to create, got %1"_s.arg(arr.size()));
    const auto write = FunctionWrite::fromJson(arr.at(0), u"items[0]"_s);
    if (!write)
        return HttpResponse::error(400, write.error().toString());
    ValidatorOptions opts;
    opts.limits = m_config.limits;
    const auto problems = Validator::validateFunction(*write, opts);
    if (Validator::hasErrors(problems))
        return HttpResponse::error(400, problemsText(problems, u"items[0]."_s));
    if (m_store.functionCount() >= m_config.maxFunctions)
        return HttpResponse::error(
            400, u"The project already has %1 functions, the most a project can have. Delete one first."_s.arg(m_config.maxFunctions));
    if (write->externalId && m_store.functionByExternalId(*write->externalId))
        return HttpResponse::error(409, u"A function with external id \"%1\" already exists"_s.arg(*write->externalId), {},
                                   {Identifier::byExternalId(*write->externalId)});
    const auto file = m_store.file(write->fileId);
    if (!file)
        return HttpResponse::error(400, u"items[0].fileId: there is no file with id %1; upload the code first"_s.arg(write->fileId),
                                   {Identifier::byId(write->fileId)});
    if (!file->uploaded)
        return HttpResponse::error(
            400, u"items[0].fileId: file %1 has no content yet; finish the upload (PUT to its uploadUrl) first"_s.arg(write->fileId));

    Function f;
    f.id = m_store.nextId();
    f.createdTime = m_clock->nowMs();
    f.name = write->name;
    f.status = FunctionStatus::Queued;
    f.statusText = toWire(f.status);
    f.fileId = write->fileId;
    f.externalId = write->externalId;
    f.description = write->description;
    f.owner = write->owner;
    f.functionPath = write->functionPath;
    if (write->secrets) {
        StringMap masked;
        for (auto it = write->secrets->begin(); it != write->secrets->end(); ++it)
            masked.insert(it.key(), u"***"_s);
        f.secrets = masked;
    }
    f.envVars = write->envVars;
    f.cpu = write->cpu.value_or(m_config.limits.cpuCores.defaultValue);
    f.memory = write->memory.value_or(m_config.limits.memoryGb.defaultValue);
    f.runtime = write->runtime.value_or(m_config.limits.runtimes.contains(u"py311"_s) ? u"py311"_s : m_config.limits.runtimes.value(0));
    f.metadata = write->metadata;
    m_store.putFunction(f, write->secrets.value_or(StringMap()));
    if (write->indexUrl || write->extraIndexUrls) // CDF never returns them; the deploy needs them
        m_store.setMeta(
            u"index:%1"_s.arg(f.id),
            QString::fromUtf8(QJsonDocument(QJsonObject{
                                                {"indexUrl"_L1, write->indexUrl.value_or(QString())},
                                                {"extraIndexUrls"_L1, QJsonArray::fromStringList(write->extraIndexUrls.value_or(QStringList()))},
                                            })
                                  .toJson(QJsonDocument::Compact)));
    scheduleDeploy(f.id, m_config.deployQueuedMs);
    return HttpResponse::json(201, items(QJsonArray{f.toJson()}));
}

HttpResponse EmulatorServer::listFunctions(const HttpRequest &req)
{
    HttpResponse err;
    const auto parsed = parseListFilter<FunctionFilter>(req, &err);
    if (!parsed)
        return err;
    const FunctionFilter &filter = *parsed;
    QJsonArray out;
    for (const Function &f : m_store.functions()) {
        if (out.size() >= filter.limit)
            break;
        if (filter.matches(f))
            out.append(f.toJson());
    }
    return HttpResponse::json(200, items(out));
}

HttpResponse EmulatorServer::functionsByIds(const HttpRequest &req)
{
    HttpResponse err;
    const auto ids = parseIdList(req, &err, false, MaxFunctionIdsPerRequest);
    if (!ids)
        return err;
    QJsonArray out;
    const auto lookup = [this](const Identifier &i) -> std::optional<QJsonObject> {
        const auto f = findFunction(i);
        return f ? std::optional<QJsonObject>(f->toJson()) : std::nullopt;
    };
    if (auto e = collectByIds(*ids, lookup, u"Functions"_s, &out, QString(), true))
        return *e;
    return HttpResponse::json(200, items(out));
}

HttpResponse EmulatorServer::deleteFunctions(const HttpRequest &req)
{
    HttpResponse err;
    const auto ids = parseIdList(req, &err, false, MaxFunctionIdsPerRequest);
    if (!ids)
        return err;
    QList<qint64> found;
    const auto lookup = [this](const Identifier &i) -> std::optional<qint64> {
        const auto f = findFunction(i);
        return f ? std::optional<qint64>(f->id) : std::nullopt;
    };
    if (auto e = collectByIds(*ids, lookup, u"Functions"_s, &found, u"; nothing was deleted"_s, true))
        return *e;
    // Once the deletion is stored: the running calls end, and with them everything they started.
    QList<qint64> runningIds;
    for (const FunctionCall &c : m_store.runningCalls())
        if (found.contains(c.functionId))
            runningIds << c.id;
    afterStored([this, runningIds] {
        for (qint64 callId : runningIds)
            if (const auto p = m_processes.value(callId))
                p->stop(u"the function was deleted while this call ran, so the call was stopped"_s);
    });
    m_store.transaction();
    const QList<FunctionSchedule> schedules = m_store.schedules();
    for (qint64 id : std::as_const(found)) {
        for (const FunctionSchedule &s : schedules)
            if (s.functionId == id) {
                m_store.deleteSchedule(s.id);
                afterStored([this, sid = s.id] { unplanSchedule(sid); });
            }
        m_store.deleteFunction(id);
        m_store.setMeta(u"index:%1"_s.arg(id), QString());
        m_store.setMeta(u"env:%1"_s.arg(id), QString());
        afterStored([this, id] {
            if (auto p = m_processes.value(-id))
                p->stop(u"the function was deleted"_s); // an unfinished deployment stops here (and cleans up after itself)
            dropWarm(id);
            removeCodeIfUnused(id);
        });
    }
    m_store.commit();
    return HttpResponse::json(200, QJsonObject());
}

std::optional<Function> EmulatorServer::findFunction(const Identifier &id) const
{
    if (id.isExternalId())
        return m_store.functionByExternalId(id.externalId());
    const auto stored = m_store.function(id.id());
    return stored ? std::optional<Function>(stored->function) : std::nullopt;
}

HttpResponse EmulatorServer::getFunction(qint64 id)
{
    const auto f = m_store.function(id);
    if (!f)
        return HttpResponse::error(404, u"Function %1 not found"_s.arg(id), {Identifier::byId(id)});
    return HttpResponse::json(200, f->function.toJson());
}

HttpResponse EmulatorServer::activation(const HttpRequest &req)
{
    if (req.method == "POST" && activationState() == u"inactive"_s) {
        m_store.setMeta(u"activation"_s, u"requested"_s);
        m_store.setMeta(u"activation_requested_at"_s, QString::number(m_clock->nowMs()));
    }
    return HttpResponse::json(200, QJsonObject{{"status"_L1, activationState()}});
}

HttpResponse EmulatorServer::callFunction(const HttpRequest &req, qint64 functionId, const Principal &who)
{
    Q_UNUSED(who);
    const auto fn = m_store.function(functionId);
    if (!fn)
        return HttpResponse::error(404, u"Function %1 not found"_s.arg(functionId), {Identifier::byId(functionId)});
    if (fn->function.status != FunctionStatus::Ready)
        return HttpResponse::error(400, u"Function is not ready (status: %1)"_s.arg(toWire(fn->function.status)));
    HttpResponse err;
    const auto body = parseBody(req, &err);
    if (!body)
        return err;
    const auto call = CallRequest::fromJson(*body);
    if (!call)
        return HttpResponse::error(400, call.error().toString());
    const auto sizeProblems = Validator::validateCallInput(call->data, m_config.maxCallInputBytes);
    if (!sizeProblems.isEmpty())
        return HttpResponse::error(400, sizeProblems.first().message);
    if (runningCalls() >= m_config.maxRunningCalls)
        return HttpResponse::error(
                   429,
                   u"Too many running calls: the project already has %1 running calls, the most allowed. Try again when some finish."_s.arg(
                       m_config.maxRunningCalls))
            .withHeader("Retry-After", "5");
    if (m_store.runningCallCount(functionId) >= m_config.maxRunningCallsPerFunction)
        return HttpResponse::error(
                   429,
                   u"Too many running calls: function %1 already has %2 running calls, the most allowed. Try again when some finish."_s
                       .arg(functionId)
                       .arg(m_config.maxRunningCallsPerFunction))
            .withHeader("Retry-After", "5");
    qint64 sessionId = 0;
    const auto state = m_store.consumeNonce(call->nonce, m_clock->nowMs(), &sessionId);
    if (state != EmulatorStore::NonceState::Valid)
        return nonceError(state);
    const FunctionCall c = startCall(*fn, call->data, sessionId, std::nullopt, std::nullopt);
    return HttpResponse::json(201, c.toJson());
}

HttpResponse EmulatorServer::listCalls(const HttpRequest &req, qint64 functionId)
{
    if (!m_store.function(functionId))
        return HttpResponse::error(404, u"Function %1 not found"_s.arg(functionId), {Identifier::byId(functionId)});
    HttpResponse err;
    const auto body = parseBody(req, &err);
    if (!body)
        return err;
    const auto filter = CallFilter::fromRequestBody(*body);
    if (!filter)
        return HttpResponse::error(400, filter.error().toString());
    QString cursor, error;
    const QList<FunctionCall> calls = m_store.listCalls(functionId, *filter, &cursor, &error);
    if (!error.isEmpty())
        return HttpResponse::error(400, error);
    QJsonArray arr;
    for (const FunctionCall &c : calls)
        arr.append(c.toJson());
    QJsonObject out = items(arr);
    if (!cursor.isEmpty())
        out.insert("nextCursor"_L1, cursor);
    return HttpResponse::json(200, out);
}

HttpResponse EmulatorServer::callsByIds(const HttpRequest &req, qint64 functionId)
{
    if (!m_store.function(functionId))
        return HttpResponse::error(404, u"Function %1 not found"_s.arg(functionId), {Identifier::byId(functionId)});
    HttpResponse err;
    const auto ids = parseIdList(req, &err, true);
    if (!ids)
        return err;
    if (ids->ids.size() > 10000)
        return HttpResponse::error(400, u"items: at most 10000 ids per request, got %1"_s.arg(ids->ids.size()));
    QJsonArray out;
    const auto lookup = [this, functionId](const Identifier &i) -> std::optional<QJsonObject> {
        if (auto c = m_store.call(functionId, i.id()))
            return c->toJson();
        return std::nullopt;
    };
    if (auto e = collectByIds(*ids, lookup, u"Calls"_s, &out))
        return *e;
    return HttpResponse::json(200, items(out));
}

HttpResponse EmulatorServer::getCall(qint64 functionId, qint64 callId)
{
    const auto c = m_store.call(functionId, callId);
    if (!c)
        return HttpResponse::error(404, u"Call %1 of function %2 not found"_s.arg(callId).arg(functionId), {Identifier::byId(callId)});
    return HttpResponse::json(200, c->toJson());
}

HttpResponse EmulatorServer::callResponse(qint64 functionId, qint64 callId)
{
    const auto c = m_store.call(functionId, callId);
    if (!c)
        return HttpResponse::error(404, u"Call %1 of function %2 not found"_s.arg(callId).arg(functionId), {Identifier::byId(callId)});
    if (c->status == CallStatus::Running)
        return HttpResponse::error(400, u"Call is still running"_s);
    // A finished call without a response (Failed, Timeout) answers null, as the Toolkit's
    // `run function live --wait` expects after any final status (docs/cdf-api-notes.md §11).
    // Built as text: the response is served exactly as the handler's json.dumps() wrote it.
    const QByteArray value = c->status == CallStatus::Completed ? m_store.callResponse(callId).value_or("null") : QByteArray("null");
    return HttpResponse{200,
                        {},
                        "{\"callId\":" + QByteArray::number(callId) + ",\"functionId\":" + QByteArray::number(functionId) + ",\"response\":" + value
                            + '}',
                        "application/json"};
}

HttpResponse EmulatorServer::callLogs(qint64 functionId, qint64 callId)
{
    if (!m_store.call(functionId, callId))
        return HttpResponse::error(404, u"Call %1 of function %2 not found"_s.arg(callId).arg(functionId), {Identifier::byId(callId)});
    QJsonArray arr;
    for (const LogEntry &e : m_store.logs(callId))
        arr.append(e.toJson());
    return HttpResponse::json(200, items(arr));
}

// ---- schedules

HttpResponse EmulatorServer::createSchedule(const HttpRequest &req)
{
    HttpResponse err;
    const auto body = parseBody(req, &err);
    if (!body)
        return err;
    const QJsonArray arr = body->value("items"_L1).toArray();
    if (arr.size() != 1)
        return HttpResponse::error(400, u"items: expected exactly one schedule to create, got %1"_s.arg(arr.size()));
    const auto write = ScheduleWrite::fromJson(arr.at(0), u"items[0]"_s);
    if (!write)
        return HttpResponse::error(400, write.error().toString());
    if (!write->nonce || write->nonce->isEmpty())
        return HttpResponse::error(400, u"items[0].nonce: a schedule needs credentials: create a session (POST /sessions) and pass its nonce"_s);
    const auto problems = Validator::validateSchedule(*write);
    if (Validator::hasErrors(problems))
        return HttpResponse::error(400, problemsText(problems, u"items[0]."_s));
    const auto fn = m_store.function(*write->functionId);
    if (!fn)
        return HttpResponse::error(400, u"items[0].functionId: function %1 does not exist"_s.arg(*write->functionId),
                                   {Identifier::byId(*write->functionId)});
    // The schedule's data is a call's input: the same size limit (per cloud, --cloud).
    if (write->data)
        if (const auto sizeProblems = Validator::validateCallInput(*write->data, m_config.maxCallInputBytes); Validator::hasErrors(sizeProblems))
            return HttpResponse::error(400, problemsText(sizeProblems, u"items[0].data: "_s));
    // Quotas as CDF's documentation lists them (the same on every cloud).
    const QList<FunctionSchedule> all = m_store.schedules();
    if (all.size() >= m_config.maxSchedulesPerProject)
        return HttpResponse::error(400, u"Too many schedules: the project has %1, the most allowed. Delete some first."_s.arg(all.size()));
    if (const auto ofFunction = std::count_if(all.cbegin(), all.cend(), [&](const FunctionSchedule &x) { return x.functionId == write->functionId; });
        ofFunction >= m_config.maxSchedulesPerFunction)
        return HttpResponse::error(
            400,
            u"Too many schedules: function %1 has %2, the most allowed per function. Delete some first."_s.arg(*write->functionId).arg(ofFunction));
    qint64 sessionId = 0;
    const auto state = m_store.consumeNonce(*write->nonce, m_clock->nowMs(), &sessionId);
    if (state != EmulatorStore::NonceState::Valid)
        return nonceError(state);
    const auto cron = CronExpression::parse(write->cronExpression);
    FunctionSchedule s;
    s.id = m_store.nextId();
    s.name = write->name;
    s.createdTime = m_clock->nowMs();
    s.cronExpression = write->cronExpression;
    s.sessionId = sessionId;
    s.when = cron->describe();
    s.functionId = write->functionId;
    s.description = write->description;
    // The data as the request wrote it: CDF gives it back with the keys in their order.
    QByteArray dataText;
    if (write->data)
        if (const auto items = JsonText::member(req.body, "items"))
            if (const auto item = JsonText::element(*items, 0))
                dataText = JsonText::compact(JsonText::member(*item, "data").value_or(QByteArray())).toUtf8();
    // Kept as written only when it reads back as the data parsed (UTF-8 text, the same object).
    const bool asWritten = QJsonDocument::fromJson(dataText).isObject() && write->data && QJsonDocument::fromJson(dataText).object() == *write->data;
    const qint64 now = m_clock->nowMs();
    m_store.putSchedule(s, write->data, now, asWritten ? dataText : QByteArray());
    afterStored([this, id = s.id, cron = s.cronExpression, now] { planSchedule(id, cron, now); });
    return HttpResponse::json(201, items(QJsonArray{s.toJson()}));
}

HttpResponse EmulatorServer::listSchedules(const HttpRequest &req)
{
    HttpResponse err;
    const auto parsed = parseListFilter<ScheduleFilter>(req, &err);
    if (!parsed)
        return err;
    const ScheduleFilter &filter = *parsed;
    std::optional<qint64> ofExternalId;
    if (filter.functionExternalId)
        if (const auto fn = m_store.functionByExternalId(*filter.functionExternalId))
            ofExternalId = fn->id;
    QJsonArray out;
    for (const FunctionSchedule &s : m_store.schedules()) {
        if (out.size() >= filter.limit)
            break;
        if (filter.matches(s, ofExternalId))
            out.append(s.toJson());
    }
    return HttpResponse::json(200, items(out));
}

HttpResponse EmulatorServer::schedulesByIds(const HttpRequest &req)
{
    HttpResponse err;
    const auto ids = parseIdList(req, &err, true);
    if (!ids)
        return err;
    QJsonArray out;
    const auto lookup = [this](const Identifier &i) -> std::optional<QJsonObject> {
        if (auto sched = m_store.schedule(i.id()))
            return sched->toJson();
        return std::nullopt;
    };
    if (auto e = collectByIds(*ids, lookup, u"Schedules"_s, &out))
        return *e;
    return HttpResponse::json(200, items(out));
}

HttpResponse EmulatorServer::deleteSchedules(const HttpRequest &req)
{
    HttpResponse err;
    const auto ids = parseIdList(req, &err, true);
    if (!ids)
        return err;
    QList<qint64> found;
    const auto lookup = [this](const Identifier &i) -> std::optional<qint64> {
        return m_store.schedule(i.id()) ? std::optional<qint64>(i.id()) : std::nullopt;
    };
    if (auto e = collectByIds(*ids, lookup, u"Schedules"_s, &found, u"; nothing was deleted"_s))
        return *e;
    for (qint64 id : std::as_const(found)) {
        m_store.deleteSchedule(id);
        afterStored([this, id] { unplanSchedule(id); });
    }
    return HttpResponse::json(200, QJsonObject());
}

HttpResponse EmulatorServer::getSchedule(qint64 id)
{
    const auto s = m_store.schedule(id);
    if (!s)
        return HttpResponse::error(404, u"Schedule %1 not found"_s.arg(id), {Identifier::byId(id)});
    return HttpResponse::json(200, s->toJson());
}

HttpResponse EmulatorServer::scheduleInputData(qint64 id)
{
    if (!m_store.schedule(id))
        return HttpResponse::error(404, u"Schedule %1 not found"_s.arg(id), {Identifier::byId(id)});
    // Built as text: the data as it was written when the schedule was made, keys in their order.
    if (const auto text = m_store.scheduleDataText(id); text && QJsonDocument::fromJson(*text).isObject())
        return HttpResponse{200, {}, "{\"id\":" + QByteArray::number(id) + ",\"data\":" + *text + '}', "application/json"};
    return HttpResponse::json(200, ScheduleInputData{id, m_store.scheduleData(id)}.toJson());
}

} // namespace fstudio::emulator
