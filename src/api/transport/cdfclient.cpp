#include "api/transport/cdfclient.h"

#include "fs_version.h"

#include "api/transport/oneshothttp.h"

#include "core/util/gzip.h"
#include "core/wire/cdferror.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcApi, "fstudio.api", QtWarningMsg)

namespace fstudio::api {

using namespace Qt::StringLiterals;

namespace {
// CdfClientText::tr(): why a request failed, under the context "CdfClient". These are the message
// part of "Could not <action>: <message>".
struct CdfClientText
{
    Q_DECLARE_TR_FUNCTIONS(CdfClient)
};
} // namespace

struct CdfClient::State
{
    QPointer<ApiJob> job;
    Request request;
    AnyDecoder decoder;
    bool idempotent = true;
    int retries = 0;
    int connectRetries = 0;
    int unreadableRetries = 0;
    bool refreshedAfter401 = false;
    QElapsedTimer elapsed;
};

// ---- ApiJob

void ApiJob::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_abort)
        m_abort();
    ApiError e;
    e.kind = ApiError::Kind::Cancelled;
    //: Why a request ended: the user cancelled it.
    e.message = CdfClientText::tr("cancelled");
    e.what = m_what;
    completeWithError(e);
}

void ApiJob::complete(std::any value)
{
    if (m_finished)
        return;
    m_finished = true;
    m_abort = nullptr;
    m_value = std::move(value);
    announce();
}

// A callback of finished() may destroy the client (say, switch profile): the job leaves the
// client first, so it is still alive for its own deleteLater().
void ApiJob::announce()
{
    setParent(nullptr);
    Q_EMIT finished();
    deleteLater();
}

void ApiJob::completeWithError(ApiError e)
{
    if (m_finished)
        return;
    m_finished = true;
    m_abort = nullptr;
    e.attempts = std::max(1, m_attempts);
    m_error = std::move(e);
    announce();
}

void ApiJob::abandon(const QString &why)
{
    if (m_finished)
        return;
    setParent(nullptr); // outlive the client until the result is delivered
    m_cancelled = true;
    m_finished = true; // before aborting: the transport's handlers see a finished job and stop
    ApiError e;
    e.kind = ApiError::Kind::Cancelled;
    e.message = why;
    e.what = m_what;
    e.attempts = std::max(1, m_attempts);
    m_error = std::move(e);
    const auto abort = std::move(m_abort);
    m_abort = nullptr;
    if (abort)
        abort();
    QTimer::singleShot(0, this, [this] { announce(); });
}

// ---- CdfClient

CdfClient::Request CdfClient::Request::get(const QString &path, const QString &what)
{
    Request r;
    r.method = "GET";
    r.path = path;
    r.what = what;
    return r;
}

CdfClient::Request CdfClient::Request::postJson(const QString &path, const QJsonObject &body, const QString &what)
{
    Request r;
    r.method = "POST";
    r.path = path;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.hasBody = true;
    r.what = what;
    return r;
}

QString CdfClient::redactUrls(const QString &text)
{
    static const QRegularExpression query(u"(https?://[^\\s?#\"']+)\\?[^\\s#\"']*"_s);
    QString out = text;
    return out.replace(query, u"\\1?…"_s);
}

QString CdfClient::sdkHeaderValue()
{
    return QStringLiteral("FunctionsStudio:" FS_VERSION);
}

CdfClient::CdfClient(ConnectionConfig config, TokenSource *tokens, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_tokens(tokens)
{
    m_nam.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

QUrl CdfClient::urlFor(const Request &r) const
{
    QUrl url;
    if (r.path.startsWith(u"http://"_s) || r.path.startsWith(u"https://"_s))
        url = QUrl(r.path);
    else if (r.path.startsWith(QLatin1Char('/')))
        url = m_config.apiUrl(r.path);
    else
        url = m_config.projectUrl(r.path);
    if (!r.query.isEmpty())
        url.setQuery(r.query);
    return url;
}

CdfClient::~CdfClient()
{
    m_tokens = nullptr;
    const QSet<ApiJob *> jobs = std::exchange(m_jobs, {});
    for (ApiJob *job : jobs)
        job->abandon(CdfClientText::tr("the connection was closed"));
    if (m_inFlight > 0) {
        m_inFlight = 0;
        Q_EMIT activityChanged(0); // a status bar showing "requests in flight" goes idle
    }
}

ApiJob *CdfClient::start(Request request, AnyDecoder decoder)
{
    if (m_maxTimeoutMs > 0)
        request.timeoutMs = std::min(request.timeoutMs, m_maxTimeoutMs);
    auto *job = new ApiJob(this);
    m_jobs.insert(job);
    job->m_what = request.what;
    auto s = std::make_shared<State>();
    s->job = job;
    s->idempotent = request.idempotent.value_or(RetryPolicy::isIdempotent(request.method, request.path));
    s->request = std::move(request);
    s->decoder = std::move(decoder);
    s->elapsed.start();
    ++m_inFlight;
    Q_EMIT activityChanged(m_inFlight);
    connect(job, &ApiJob::finished, this, [this, job] {
        m_jobs.remove(job);
        --m_inFlight;
        Q_EMIT activityChanged(m_inFlight);
    });
    if (const QString problem = m_config.problem(); !problem.isEmpty()) {
        QTimer::singleShot(0, this, [this, s, problem] {
            finishError(s, ApiError{ApiError::Kind::Config, 0, 0, problem, {}, {}, {}, s->request.what});
        });
        return job;
    }
    // Always start from the event loop so callers can connect to finished() first.
    // The client is the context: a start still queued when the client goes is dropped (the job
    // itself is abandoned with "cancelled" by the destructor).
    QTimer::singleShot(0, this, [this, s] { startAttempt(s); });
    return job;
}

void CdfClient::startAttempt(const std::shared_ptr<State> &s)
{
    if (!s->job || s->job->isFinished())
        return;
    if (!s->request.authenticated || !m_tokens) {
        dispatch(s, QString());
        return;
    }
    m_tokens->token(s->job, [self = QPointer<CdfClient>(this), s](const TokenResult &t) {
        if (!self || !s->job || s->job->isFinished())
            return;
        if (!t) {
            ApiError e = t.error();
            e.what = s->request.what;
            self->finishError(s, e);
            return;
        }
        self->dispatch(s, t.value());
    });
}

void CdfClient::dispatch(const std::shared_ptr<State> &s, const QString &token)
{
    const Request &r = s->request;
    QNetworkRequest req(urlFor(r));
    if (r.cdfHeaders) {
        req.setRawHeader("content-type", r.contentType);
        req.setRawHeader("accept", "application/json");
        req.setRawHeader("x-cdp-sdk", sdkHeaderValue().toLatin1());
        req.setRawHeader("x-cdp-app", m_config.appName.toLatin1());
        req.setRawHeader("cdf-version", m_config.cdfVersion.toLatin1());
    } else if (r.hasBody) {
        req.setRawHeader("content-type", r.contentType);
    }
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QByteArray body = r.body;
    if (r.hasBody && r.gzip && r.contentType == "application/json") {
        body = Gzip::compress(r.body);
        req.setRawHeader("Content-Encoding", "gzip");
    }
    ++s->job->m_attempts;
    // One attempt path for both transports: the same idle timeout (re-armed by any progress, so a
    // large call input on a slow link is not cut off while it moves), abort and result.
    auto timedOut = std::make_shared<bool>(false);
    QObject *transport = nullptr;
    std::function<void()> abort;
    std::function<void()> start;
    if (!s->idempotent) {
        // Non-idempotent: our own one-shot request, so nothing is ever sent twice behind our back.
        QList<QPair<QByteArray, QByteArray>> headers;
        for (const QByteArray &name : req.rawHeaderList())
            headers.append({name, req.rawHeader(name)});
        auto *http = new OneShotHttp(req.url(), r.method, headers, body, s->job);
        http->setMaxResponseBytes(r.maxResponseBytes);
        transport = http;
        abort = [guard = QPointer<OneShotHttp>(http)] {
            if (guard)
                guard->abort();
        };
        start = [http] { http->start(); };
        connect(http, &OneShotHttp::uploadProgress, s->job, &ApiJob::uploadProgress);
        connect(http, &OneShotHttp::downloadProgress, s->job, &ApiJob::downloadProgress);
        connect(http, &OneShotHttp::finished, this, [this, s, http, timedOut] {
            http->deleteLater();
            AttemptResult a;
            a.status = http->status();
            a.error = http->error();
            a.errorString = redactUrls(http->errorString());
            a.tooLarge = http->responseTooLarge();
            a.body = http->body();
            a.requestId = http->header("x-request-id");
            a.autoRetryable = http->hasHeader("cdf-is-auto-retryable");
            a.retryAfter = http->header("retry-after");
            a.date = http->header("date");
            a.timedOut = *timedOut;
            if (a.error == QNetworkReply::OperationCanceledError && !a.timedOut && !a.tooLarge)
                return; // cancelled by the user; the job is already finished
            onAttemptFinished(s, a);
        });
    } else {
        req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        // Every redirect is checked before it is followed (redirectProblem()).
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
        QNetworkReply *reply = r.hasBody || r.method != "GET" ? m_nam.sendCustomRequest(req, r.method, body) : m_nam.get(req);
        transport = reply;
        abort = [guard = QPointer<QNetworkReply>(reply)] {
            if (guard)
                guard->abort();
        };
        auto refusedRedirect = std::make_shared<QString>();
        connect(reply, &QNetworkReply::redirected, reply,
                [reply, refusedRedirect, from = req.url(), carriesToken = req.hasRawHeader("Authorization")](const QUrl &to) {
                    *refusedRedirect = redirectProblem(from, to, carriesToken);
                    if (refusedRedirect->isEmpty())
                        Q_EMIT reply->redirectAllowed();
                    else
                        reply->abort();
                });
        connect(reply, &QNetworkReply::uploadProgress, s->job, &ApiJob::uploadProgress);
        connect(reply, &QNetworkReply::downloadProgress, s->job, &ApiJob::downloadProgress);
        auto tooLarge = std::make_shared<bool>(false);
        connect(reply, &QNetworkReply::downloadProgress, reply, [reply, tooLarge, max = r.maxResponseBytes](qint64 received, qint64 total) {
            if (received > max || total > max) { // stop reading an answer bigger than this request allows
                *tooLarge = true;
                reply->abort();
            }
        });
        connect(reply, &QNetworkReply::finished, this, [this, s, reply, timedOut, tooLarge, refusedRedirect] {
            reply->deleteLater();
            AttemptResult a;
            a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            a.error = reply->error();
            a.errorString = redactUrls(reply->errorString());
            if (reply->isOpen() && reply->bytesAvailable() > s->request.maxResponseBytes)
                *tooLarge = true; // small answers can arrive whole before any progress is reported
            else if (reply->isOpen())
                a.body = reply->readAll();
            a.tooLarge = *tooLarge;
            a.requestId = reply->rawHeader("x-request-id");
            a.autoRetryable = reply->hasRawHeader("cdf-is-auto-retryable");
            a.retryAfter = reply->rawHeader("Retry-After");
            a.date = reply->rawHeader("Date");
            a.timedOut = *timedOut;
            if (!refusedRedirect->isEmpty()) {
                // Refused before anything was acted on: a network error that says why (Qt keeps the
                // redirect's 3xx as the status, which would read as "HTTP 307 with an empty body").
                a.status = 0;
                a.error = QNetworkReply::InsecureRedirectError;
                a.errorString = *refusedRedirect;
            }
            if (a.error == QNetworkReply::OperationCanceledError && !a.timedOut && !a.tooLarge)
                return;
            onAttemptFinished(s, a);
        });
    }
    s->job->m_abort = abort;
    auto *timer = new QTimer(transport); // goes with the attempt
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, transport, [abort, timedOut] {
        *timedOut = true;
        abort();
    });
    const auto rearm = [timer, ms = r.timeoutMs] { timer->start(ms); }; // a timeout of idle time, not of the whole transfer
    connect(s->job, &ApiJob::uploadProgress, timer, rearm);
    connect(s->job, &ApiJob::downloadProgress, timer, rearm);
    timer->start(r.timeoutMs);
    // And a cap on the whole attempt: a peer that trickles a byte now and then cannot hold it open.
    auto *cap = new QTimer(transport);
    cap->setSingleShot(true);
    connect(cap, &QTimer::timeout, transport, [abort, timedOut] {
        *timedOut = true;
        abort();
    });
    cap->start(std::chrono::milliseconds(std::max<qint64>(MaxAttemptMs, 10LL * r.timeoutMs)));
    if (start)
        start();
}

qint64 CdfClient::serverNowMs() const
{
    return QDateTime::currentMSecsSinceEpoch() + m_serverClockOffsetMs;
}

void CdfClient::noteServerClock(const QByteArray &date)
{
    // RFC 9110 writes the zone as "GMT", which Qt's RFC 2822 reader does not take.
    QString text = QString::fromLatin1(date.trimmed());
    if (text.endsWith(u" GMT"_s))
        text = text.chopped(3) + u"+0000"_s;
    const QDateTime server = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!server.isValid())
        return;
    // The header counts whole seconds: the local clock is cut to the second before comparing, and
    // a difference below the header's resolution (and the trip's) is no difference.
    const qint64 local = QDateTime::currentMSecsSinceEpoch();
    const qint64 offset = server.toMSecsSinceEpoch() - (local - local % 1000);
    m_serverClockOffsetMs = std::abs(offset) < ClockResolutionMs ? 0 : offset;
}

bool CdfClient::isSameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == u"https"_s ? 443 : 80) == b.port(b.scheme() == u"https"_s ? 443 : 80);
}

QString CdfClient::redirectProblem(const QUrl &from, const QUrl &to, bool carriesToken)
{
    const bool fromLoopback = ConnectionConfig::isLoopback(from);
    const bool toLoopback = ConnectionConfig::isLoopback(to);
    const QString where = redactUrls(to.toString(QUrl::RemoveUserInfo));
    if (fromLoopback && !toLoopback)
        //: %1 is the address redirected to.
        return CdfClientText::tr("the local server redirected to another machine (%1); not followed").arg(where);
    if (to.scheme() != u"https"_s && !(to.scheme() == u"http"_s && toLoopback))
        return CdfClientText::tr("the server redirected to %1, which is not HTTPS; not followed").arg(where);
    if (carriesToken && !isSameOrigin(from, to))
        //: %1 is the address redirected to, %2 the host the request went to.
        return CdfClientText::tr("the server redirected to another host (%1); not followed, so your token stays with %2").arg(where, from.host());
    return {};
}

void CdfClient::onAttemptFinished(const std::shared_ptr<State> &s, const AttemptResult &res)
{
    ApiJob *job = s->job;
    if (!job || job->isFinished())
        return;
    job->m_abort = nullptr;
    const int status = res.status;
    const QByteArray &body = res.body;
    job->m_status = status;
    job->m_body = body;
    job->m_requestId = QString::fromLatin1(res.requestId);
    Q_EMIT requestFinished(s->request.method, redactUrls(s->request.path), status, s->elapsed.elapsed());
    if (res.tooLarge) {
        ApiError e;
        e.kind = ApiError::Kind::Decode;
        e.what = s->request.what;
        e.requestId = job->m_requestId;
        e.message = CdfClientText::tr("the answer is larger than the %1 MB this request accepts; it was not read")
                        .arg(s->request.maxResponseBytes / (1024 * 1024));
        finishError(s, e);
        return;
    }
    const QNetworkReply::NetworkError netError = res.error;
    const bool timedOut = res.timedOut;
    // The API's own clock only: not a full URL (an upload to a storage host) and not a gateway's error.
    if (status >= 200 && status < 500 && !s->request.path.startsWith(u"http"_s))
        noteServerClock(res.date);

    // 401: refresh the token once and try once more (the SDK gives up at once).
    if (status == 401 && s->request.authenticated && m_tokens && m_tokens->canRefresh() && !s->refreshedAfter401) {
        s->refreshedAfter401 = true;
        m_tokens->token(
            job,
            [self = QPointer<CdfClient>(this), s](const TokenResult &t) {
                if (!self || !s->job || s->job->isFinished())
                    return;
                if (!t) {
                    ApiError e = t.error();
                    e.what = s->request.what;
                    e.httpStatus = 401;
                    self->finishError(s, e);
                    return;
                }
                self->dispatch(s, t.value());
            },
            true);
        return;
    }

    const bool answered = status > 0 && !(netError != QNetworkReply::NoError && status >= 200 && status < 300);
    if (status >= 200 && status < 300 && netError == QNetworkReply::NoError) {
        finishOk(s);
        return;
    }
    RetryPolicy::Attempt a;
    a.idempotent = s->idempotent;
    a.retriesSoFar = s->retries;
    a.connectRetriesSoFar = s->connectRetries;
    a.httpStatus = answered ? status : 0;
    a.networkError = netError;
    a.timedOut = timedOut;
    a.autoRetryableHeader = res.autoRetryable;
    if (!res.retryAfter.isEmpty()) {
        bool ok = false;
        const double secs = res.retryAfter.trimmed().toDouble(&ok);
        if (ok)
            a.retryAfterSeconds = secs;
    }
    const RetryPolicy::Decision d = RetryPolicy::decide(a, m_random);
    if (d.retry) {
        ++s->retries;
        if (d.connectRetry)
            ++s->connectRetries;
        scheduleRetry(s, d.delayMs, a.httpStatus, d.reason);
        return;
    }

    ApiError e;
    e.what = s->request.what;
    e.requestId = job->m_requestId;
    if (answered) {
        const CdfError cdf = CdfError::fromBody(status, body);
        e.kind = ApiError::Kind::Http;
        e.httpStatus = status;
        e.cdfCode = cdf.code;
        e.message = cdf.message;
        e.missing = cdf.missing;
        e.duplicated = cdf.duplicated;
        if (status == 401) {
            e.kind = ApiError::Kind::Auth;
            if (!m_authFailureReported) {
                m_authFailureReported = true;
                Q_EMIT authenticationFailed(e);
            }
        }
    } else if (timedOut) {
        e.kind = ApiError::Kind::Timeout;
        if (s->idempotent) {
            //: %1 is a number of seconds.
            e.message = CdfClientText::tr("no answer within %1 s").arg(s->request.timeoutMs / 1000.0);
        } else {
            //: %1 is a number of seconds.
            e.message = CdfClientText::tr("no answer within %1 s; the request may still have been carried out, so it was not repeated")
                            .arg(s->request.timeoutMs / 1000.0);
        }
    } else {
        e.kind = ApiError::Kind::Network;
        e.message = res.errorString;
        if (!s->idempotent && !RetryPolicy::isConnectPhaseError(netError))
            //: %1 is the network error, e.g. "Connection closed".
            e.message =
                CdfClientText::tr("%1; the request may have been carried out before the connection was lost, so it was not repeated").arg(e.message);
    }
    finishError(s, e);
}

// A 2xx answer whose body cannot be read (cut off or garbled on the way) is asked for again when
// asking again is safe: an idempotent request, at most twice (a server that always answers in a
// shape we do not read must not keep the user waiting through the whole retry budget).
bool CdfClient::retryUnreadable(const std::shared_ptr<State> &s)
{
    constexpr int MaxUnreadableRetries = 2;
    if (!s->idempotent || !s->job || s->unreadableRetries >= MaxUnreadableRetries || s->retries >= RetryPolicy::MaxRetries)
        return false;
    ++s->unreadableRetries;
    ++s->retries;
    scheduleRetry(s, RetryPolicy::backoffMs(s->retries - 1, m_random ? m_random() : QRandomGenerator::global()->generateDouble()), 0,
                  "the answer could not be read");
    return true;
}

// The one way a request is tried again: after delayMs on a timer owned by its job (never a
// sleep), announced through retrying() from the event loop. Cancelling the job stops the timer;
// once the timer has fired and gone, a cancel finds nothing to stop.
void CdfClient::scheduleRetry(const std::shared_ptr<State> &s, int delayMs, int httpStatus, const char *reason)
{
    qCDebug(lcApi) << "retrying" << s->request.method << redactUrls(s->request.path) << "in" << delayMs << "ms:" << reason;
    QTimer::singleShot(0, this, [this, method = s->request.method, path = redactUrls(s->request.path), httpStatus, delayMs] {
        Q_EMIT retrying(method, path, httpStatus, delayMs);
    });
    auto *timer = new QTimer(s->job);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, s, timer] {
        timer->deleteLater();
        startAttempt(s);
    });
    s->job->m_abort = [t = QPointer<QTimer>(timer)] {
        if (t)
            t->stop();
    };
    timer->start(delayMs);
}

void CdfClient::finishOk(const std::shared_ptr<State> &s)
{
    ApiJob *job = s->job;
    m_authFailureReported = false;
    if (!s->decoder) {
        job->complete(std::any());
        return;
    }
    const QByteArray body = job->m_body;
    if (body.size() < OffThreadDecodeBytes || s->request.cheapDecoder) {
        ApiError e;
        std::any v = s->decoder(body, &e);
        if (!e.message.isEmpty() && retryUnreadable(s))
            return;
        if (!e.message.isEmpty()) {
            e.kind = ApiError::Kind::Decode;
            e.what = s->request.what;
            e.requestId = job->m_requestId;
            job->completeWithError(e);
        } else {
            job->complete(std::move(v));
        }
        return;
    }
    // Large answers (e.g. 10,000 calls) are parsed on a worker thread.
    auto *watcher = new QFutureWatcher<std::pair<std::any, ApiError>>(job);
    connect(watcher, &QFutureWatcherBase::finished, job, [this, s, watcher] { // job is the client's child: `this` outlives it
        auto [v, e] = watcher->result();
        watcher->deleteLater();
        if (!s->job || s->job->isFinished())
            return;
        if (!e.message.isEmpty() && retryUnreadable(s))
            return;
        if (!e.message.isEmpty()) {
            e.kind = ApiError::Kind::Decode;
            e.what = s->request.what;
            e.requestId = s->job->m_requestId;
            s->job->completeWithError(e);
        } else {
            s->job->complete(std::move(v));
        }
    });
    const AnyDecoder decoder = s->decoder;
    watcher->setFuture(QtConcurrent::run([decoder, body] {
        ApiError e;
        std::any v = decoder(body, &e);
        return std::pair<std::any, ApiError>(std::move(v), e);
    }));
}

void CdfClient::finishError(const std::shared_ptr<State> &s, ApiError e)
{
    if (s->job)
        s->job->completeWithError(std::move(e));
}

} // namespace fstudio::api
