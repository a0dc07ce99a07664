#include "api/transport/retrypolicy.h"

#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace fstudio::api {

using namespace Qt::StringLiterals;

bool RetryPolicy::isIdempotent(const QByteArray &method, const QString &path)
{
    if (method != "POST")
        return true;
    static const QRegularExpression nonIdempotent(
        u"^/?(functions|functions/delete|functions/[0-9]+/call|functions/schedules|functions/schedules/delete|files|files/delete)/?$"_s);
    return !nonIdempotent.match(path.section(QLatin1Char('?'), 0, 0)).hasMatch();
}

bool RetryPolicy::isConnectPhaseError(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError: return true;
    default: return false;
    }
}

int RetryPolicy::backoffMs(int retry, double random01)
{
    const double cap = std::max(0.1, std::min(0.5 * std::pow(2.0, retry), MaxBackoffSeconds));
    return int(std::lround((0.1 + (cap - 0.1) * random01) * 1000.0));
}

RetryPolicy::Decision RetryPolicy::decide(const Attempt &a, const std::function<double()> &random01)
{
    const double r = random01 ? random01() : QRandomGenerator::global()->generateDouble();
    auto retryAfter = [&](Decision d) {
        d.delayMs = backoffMs(a.retriesSoFar, r);
        if (a.retryAfterSeconds && *a.retryAfterSeconds >= 0)
            d.delayMs = int(std::lround(std::min(*a.retryAfterSeconds, MaxBackoffSeconds) * 1000.0));
        return d;
    };
    if (a.retriesSoFar >= MaxRetries)
        return Decision{false, 0, false, "retry budget used up"};

    // An answer arrived.
    if (a.httpStatus > 0) {
        if (a.httpStatus >= 200 && a.httpStatus < 300)
            return Decision{false, 0, false, "success"};
        if (a.autoRetryableHeader)
            return retryAfter(Decision{true, 0, false, "cdf-is-auto-retryable"});
        if (a.httpStatus == 429)
            return retryAfter(Decision{true, 0, false, "429 Too Many Requests"});
        if (a.idempotent && (a.httpStatus == 502 || a.httpStatus == 503 || a.httpStatus == 504))
            return retryAfter(Decision{true, 0, false, "5xx on an idempotent request"});
        return Decision{false, 0, false, "not retryable"};
    }
    // No answer.
    if (a.timedOut) {
        if (a.idempotent)
            return retryAfter(Decision{true, 0, false, "read timeout on an idempotent request"});
        return Decision{false, 0, false, "read timeout on a non-idempotent request: it may have been processed"};
    }
    if (a.networkError == QNetworkReply::NoError || a.networkError == QNetworkReply::OperationCanceledError)
        return Decision{false, 0, false, "no error or cancelled"};
    if (a.networkError == QNetworkReply::InsecureRedirectError)
        return Decision{false, 0, false, "a redirect that must not be followed"};
    if (a.connectRetriesSoFar >= MaxConnectRetries)
        return Decision{false, 0, true, "connect retry budget used up"};
    if (isConnectPhaseError(a.networkError))
        return retryAfter(Decision{true, 0, true, "connection error before anything was sent"});
    if (a.idempotent)
        return retryAfter(Decision{true, 0, true, "connection error on an idempotent request"});
    return Decision{false, 0, false, "connection lost after a non-idempotent request was sent: it may have been processed"};
}

} // namespace fstudio::api
