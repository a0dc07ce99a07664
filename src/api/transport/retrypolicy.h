#pragma once

#include <QNetworkReply>

#include <functional>
#include <optional>

namespace fstudio::api {

// The one place that decides whether a failed attempt is retried, and after how long
// (docs/cdf-api-notes.md §7.2, plus Retry-After).
class RetryPolicy
{
public:
    struct Attempt
    {
        bool idempotent = true;
        int retriesSoFar = 0; // 0 before the first retry
        int connectRetriesSoFar = 0;
        int httpStatus = 0; // 0 when no response arrived
        QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
        bool timedOut = false; // our transfer timeout fired
        bool autoRetryableHeader = false; // cdf-is-auto-retryable present
        std::optional<double> retryAfterSeconds;
    };
    struct Decision
    {
        bool retry = false;
        int delayMs = 0;
        bool connectRetry = false; // counts against the connect-retry budget
        const char *reason = "";
    };

    static constexpr int MaxRetries = 10;
    static constexpr int MaxConnectRetries = 3;
    static constexpr double MaxBackoffSeconds = 60.0;

    // Non-idempotent: POST /functions, /functions/delete, /functions/{id}/call,
    // /functions/schedules, /functions/schedules/delete, /files, /files/delete.
    static bool isIdempotent(const QByteArray &method, const QString &projectRelativePath);
    // True for errors that happen before a request reaches the server (nothing was sent).
    static bool isConnectPhaseError(QNetworkReply::NetworkError e);

    // random01 returns a number in [0, 1); injectable for tests.
    static Decision decide(const Attempt &a, const std::function<double()> &random01 = {});
    // Full-jitter backoff before retry k: uniform(0.1, max(0.1, min(0.5 * 2^k, 60))) seconds.
    static int backoffMs(int retry, double random01);
};

} // namespace fstudio::api
