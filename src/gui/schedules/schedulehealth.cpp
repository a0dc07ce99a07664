#include "gui/schedules/schedulehealth.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

namespace {
// tr() in the context "ScheduleHealth", the one lupdate files these strings under.
struct ScheduleHealthText
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleHealth)
};
} // namespace

ScheduleHealth ScheduleHealth::assess(const QList<FunctionCall> &newestFirst)
{
    static const QRegularExpression credentialError(
        uR"(session\b.*\b(revoked|expired|invalid|not found)|\bnonce\b|unauthori[sz]ed|invalid_client|invalid_grant|AADSTS\d+|credentials? (are|is) (not valid|invalid|expired)|identity provider|token (has )?expired)"_s,
        QRegularExpression::CaseInsensitiveOption);
    ScheduleHealth h;
    h.calls = int(newestFirst.size());
    int credentialFailures = 0;
    for (const FunctionCall &c : newestFirst) {
        if (c.status != CallStatus::Failed && c.status != CallStatus::Timeout)
            break;
        ++h.failureStreak;
        // The message, not the trace: a trace through requests/sessions.py is not a credential problem.
        if (c.error && credentialError.match(c.error->message).hasMatch())
            ++credentialFailures;
    }
    // Two in a row, all for that reason: not a one-off.
    h.credentialProblem = h.failureStreak >= 2 && credentialFailures == h.failureStreak;
    if (h.calls == 0)
        h.text = ScheduleHealthText::tr("No scheduled calls yet.");
    else if (h.failureStreak == 0)
        h.text = ScheduleHealthText::tr("The last scheduled call went well.");
    else if (h.credentialProblem)
        h.text = ScheduleHealthText::tr(
            "The last %n scheduled call(s) failed the way calls fail after the credentials behind the schedule changed (a new client "
            "secret, a revoked session, another identity provider). Recreate the schedule with fresh credentials.",
            nullptr, h.failureStreak);
    else
        h.text = ScheduleHealthText::tr("The last %n scheduled call(s) failed.", nullptr, h.failureStreak);
    return h;
}

} // namespace fstudio::gui
