#include "api/transport/apierror.h"

#include <QCoreApplication>

namespace fstudio::api {

using namespace Qt::StringLiterals;

namespace {
// ApiErrorText::tr() in the context the catalogues use: lupdate reads Q_DECLARE_TR_FUNCTIONS, and the
// context matches at run time.
struct ApiErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
};

QString advice(const ApiError &e)
{
    switch (e.kind) {
    case ApiError::Kind::Network:
        if (!e.identityProviderHost.isEmpty())
            //: %1 is the identity provider's host name, e.g. login.microsoftonline.com.
            return ApiErrorText::tr("Check the network connection, the proxy setting and the identity provider's address (%1) in the profile.")
                .arg(e.identityProviderHost);
        return ApiErrorText::tr("Check the network connection, the proxy setting and the CDF URL in the profile.");
    case ApiError::Kind::Timeout: return ApiErrorText::tr("The server did not answer in time; try again, or check the network.");
    case ApiError::Kind::Auth: return ApiErrorText::tr("Sign in again, or check the credentials in the profile.");
    case ApiError::Kind::Decode: return ApiErrorText::tr("The server's answer was not in the expected format.");
    case ApiError::Kind::Config:
    case ApiError::Kind::Cancelled: return {};
    case ApiError::Kind::Http: break;
    }
    switch (e.httpStatus) {
    case 401: return ApiErrorText::tr("Sign in again: the token was refused.");
    case 403: return ApiErrorText::tr("Your principal lacks access; ask a CDF admin for the capability named above.");
    case 404: return ApiErrorText::tr("It may have been deleted; refresh the view.");
    case 409: return ApiErrorText::tr("Something with the same external id already exists.");
    case 429: return ApiErrorText::tr("CDF is rate limiting requests; wait a moment and try again.");
    default: break;
    }
    if (e.httpStatus >= 500)
        return ApiErrorText::tr("CDF had a problem; try again later.");
    return {};
}
} // namespace

QString ApiError::userMessage() const
{
    if (kind == Kind::Cancelled)
        return what.isEmpty() ? ApiErrorText::tr("Cancelled.") : ApiErrorText::tr("Cancelled: %1.").arg(what);
    QString s = what.isEmpty() ? message : ApiErrorText::tr("Could not %1: %2").arg(what, message);
    QStringList details;
    if (httpStatus)
        details << u"HTTP %1"_s.arg(httpStatus);
    if (!requestId.isEmpty())
        details << ApiErrorText::tr("request id %1").arg(requestId);
    if (attempts > 1)
        details << ApiErrorText::tr("%1 attempts").arg(attempts);
    if (!details.isEmpty())
        s += u" ("_s + details.join(u", "_s) + u")"_s;
    if (!s.endsWith(QLatin1Char('.')))
        s += QLatin1Char('.');
    const QString a = advice(*this);
    if (!a.isEmpty())
        s += QLatin1Char(' ') + a;
    return s;
}

} // namespace fstudio::api
