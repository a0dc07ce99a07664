#pragma once

#include "api/transport/apijob.h"
#include "api/transport/connectionconfig.h"
#include "api/transport/retrypolicy.h"
#include "api/transport/tokensource.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QSet>
#include <QUrlQuery>

#include <any>
#include <functional>
#include <optional>

namespace fstudio::api {

// The connection to one CDF project: owns the network access manager, base URL, project and
// token provider, and is the only place that touches QNetworkReply. Adds the CDF headers,
// gzips JSON bodies, applies transfer timeouts, retries per RetryPolicy, refreshes the token
// once on 401, and decodes large answers off the GUI thread.
class CdfClient : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 DefaultMaxResponseBytes = 64LL * 1024 * 1024;
    // Presigned upload and download URLs carry credentials in their query: strip every query
    // string from URLs in text that may reach a log, a signal or the screen.
    static QString redactUrls(const QString &text);

    struct Request
    {
        QByteArray method = "GET";
        QString path; // project-relative ("functions/list"), absolute ("/api/v1/token/inspect") or a full URL
        QUrlQuery query;
        QByteArray body;
        bool hasBody = false;
        QByteArray contentType = "application/json";
        bool gzip = true; // JSON bodies are gzipped
        bool authenticated = true;
        bool cdfHeaders = true; // x-cdp-*, cdf-version
        std::optional<bool> idempotent; // default: RetryPolicy::isIdempotent(method, path)
        int timeoutMs = 60000;
        qint64 maxResponseBytes = DefaultMaxResponseBytes; // a larger answer is not read: the request fails
        QString what; // "list functions": used in error messages
        bool cheapDecoder = false; // the decoder only glances at the body: run it here, never on a worker

        static Request get(const QString &path, const QString &what);
        static Request postJson(const QString &path, const QJsonObject &body, const QString &what);
    };
    // Turns a 2xx body into the job's value; runs on a worker thread for large bodies. Sets
    // error->message when the body is not what was expected.
    template<typename T> using Decoder = std::function<T(const QByteArray &body, ApiError *error)>;

    // tokens may be null and set later: providers are built on this client's network manager.
    CdfClient(ConnectionConfig config, TokenSource *tokens, QObject *parent = nullptr);
    // Jobs still in flight finish with a Cancelled error ("the connection was closed"), delivered
    // from the event loop: every caller hears back exactly once (docs/ARCHITECTURE.md, lifetimes).
    ~CdfClient() override;
    void setTokenProvider(TokenSource *tokens) { m_tokens = tokens; }

    // The result type is fixed by the decoder, so a caller cannot read the value as another type.
    template<typename T> Pending<T> send(Request request, Decoder<T> decoder)
    {
        return Pending<T>(
            start(std::move(request), [decoder = std::move(decoder)](const QByteArray &body, ApiError *e) { return std::any(decoder(body, e)); }));
    }
    // A request whose answer body is not needed (deletes, uploads).
    Pending<Empty> send(Request request) { return Pending<Empty>(start(std::move(request), {})); }
    QNetworkAccessManager *network() { return &m_nam; }
    const ConnectionConfig &config() const { return m_config; }
    // Why a redirect from `from` to `to` must not be followed (empty: it may): never from loopback
    // to another machine, never to plain HTTP (except loopback to loopback), and never to another
    // host while the request carries a token.
    static QString redirectProblem(const QUrl &from, const QUrl &to, bool carriesToken);
    // Same scheme, host and port (default ports filled in): where the project's token may go.
    static bool isSameOrigin(const QUrl &a, const QUrl &b);
    TokenSource *tokenProvider() const { return m_tokens; }
    // The longest one attempt may take however its bytes move (its idle timeout is the request's
    // timeoutMs), unless ten idle timeouts are longer.
    static constexpr qint64 MaxAttemptMs = 30LL * 60 * 1000;
    int inFlight() const { return m_inFlight; }
    // How far the server's clock is ahead of this machine's (negative: behind), from the Date header
    // of the last answer; 0 until one came, and below ClockResolutionMs. Times the server writes
    // (a call's startTime) are compared with "now" through this, so a live timer agrees with the
    // duration the server reports at the end.
    static constexpr qint64 ClockResolutionMs = 2000;
    qint64 serverClockOffsetMs() const { return m_serverClockOffsetMs; }
    qint64 serverNowMs() const;

    // Tests: deterministic jitter (0 gives the shortest backoff).
    void setRandomSource(std::function<double()> random01) { m_random = std::move(random01); }
    // No request waits longer than this for an answer (0: each request's own timeout). Tests
    // use it to make "no answer" happen within seconds.
    void setMaxTimeoutMs(int ms) { m_maxTimeoutMs = ms; }
    static constexpr qint64 OffThreadDecodeBytes = 256 * 1024;
    static QString sdkHeaderValue();

Q_SIGNALS:
    // The token was refused even after a refresh: the GUI asks the user to sign in again.
    // Emitted once until a request succeeds again.
    void authenticationFailed(const fstudio::api::ApiError &error);
    void activityChanged(int inFlight);
    void requestFinished(const QByteArray &method, const QString &path, int httpStatus, qint64 elapsedMs);
    // A request failed and is tried again after delayMs (httpStatus 0: no answer, e.g. a reset or
    // a timeout). Emitted from the event loop, never from inside the request's handling.
    void retrying(const QByteArray &method, const QString &path, int httpStatus, int delayMs);

private:
    using AnyDecoder = std::function<std::any(const QByteArray &body, ApiError *error)>;
    ApiJob *start(Request request, AnyDecoder decoder);
    struct State;
    void startAttempt(const std::shared_ptr<State> &s);
    void dispatch(const std::shared_ptr<State> &s, const QString &token);
    struct AttemptResult
    {
        int status = 0;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QString errorString;
        QByteArray body;
        QByteArray requestId;
        bool autoRetryable = false;
        QByteArray retryAfter;
        QByteArray date; // the server's clock, RFC 7231 (second resolution)
        bool timedOut = false;
        bool tooLarge = false;
    };
    void onAttemptFinished(const std::shared_ptr<State> &s, const AttemptResult &result);
    void finishOk(const std::shared_ptr<State> &s);
    void noteServerClock(const QByteArray &date);
    bool retryUnreadable(const std::shared_ptr<State> &s);
    void scheduleRetry(const std::shared_ptr<State> &s, int delayMs, int httpStatus, const char *reason);
    void finishError(const std::shared_ptr<State> &s, ApiError e);
    QUrl urlFor(const Request &r) const;

    ConnectionConfig m_config;
    TokenSource *m_tokens;
    QNetworkAccessManager m_nam;
    std::function<double()> m_random;
    int m_maxTimeoutMs = 0;
    int m_inFlight = 0;
    QSet<ApiJob *> m_jobs; // unfinished jobs, abandoned by the destructor
    bool m_authFailureReported = false;
    qint64 m_serverClockOffsetMs = 0;
};

} // namespace fstudio::api
