#include "gui/call/callhints.h"

#include "gui/models/formatting.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

namespace {
// CallHintsText::tr() in the context the catalogues use: lupdate reads Q_DECLARE_TR_FUNCTIONS, and the
// context matches at run time.
struct CallHintsText
{
    Q_DECLARE_TR_FUNCTIONS(CallHints)
};
} // namespace

QStringList callHints(const FunctionCall &call, int logLines, const CallContext &context)
{
    QStringList hints;
    const QString text = call.error ? call.error->message + u'\n' + call.error->trace : QString();
    if (call.status == CallStatus::Timeout) {
        // Two whole sentences: with the time it ran, and without (the server did not say).
        if (call.durationMs())
            hints << CallHintsText::tr(
                         "The call ran for %1 and was stopped at the project's limit of %2 minutes. Do less in one call (split the work "
                         "over several calls or a schedule), or make the slow part faster.")
                         .arg(formatDuration(*call.durationMs()), QString::number(context.timeoutMinutes));
        else
            hints << CallHintsText::tr("The call was stopped at the project's limit of %1 minutes. Do less in one call (split the work over several "
                                       "calls or a schedule), or make the slow part faster.")
                         .arg(context.timeoutMinutes);
    }
    if (text.contains(u"Read-only file system"_s, Qt::CaseInsensitive))
        hints << CallHintsText::tr(
            "Functions can write files only under /tmp: write there (for example tempfile.mkdtemp()); what is written does not "
            "outlive the call.");
    if (text.contains(u"MemoryError"_s) || text.contains(u"Out of memory"_s, Qt::CaseInsensitive)
        || text.contains(u"memory limit"_s, Qt::CaseInsensitive) || text.contains(u"Killed"_s)) {
        hints << (context.memoryGb
                      ? CallHintsText::tr("The function ran out of memory (its setting is %1 GB). Deploy a new version with more memory, or "
                                          "process the data in smaller parts.")
                            .arg(*context.memoryGb)
                      : CallHintsText::tr("The function ran out of memory. Deploy a new version with more memory, or process the data in "
                                          "smaller parts."));
    }
    static const QRegularExpression missingModule(u"No module named '([^']+)'"_s);
    if (const auto m = missingModule.match(text); m.hasMatch())
        hints << CallHintsText::tr("The module \"%1\" is not installed where the function runs: add its package to requirements.txt and deploy a new "
                                   "version.")
                     .arg(m.captured(1).section(u'.', 0, 0));
    if (isTerminal(call.status) && logLines == 0)
        hints << CallHintsText::tr("The call printed nothing. If the function uses Python's logging module, its lines go nowhere until logging has a "
                                   "handler: call logging.basicConfig(level=logging.INFO) at the start of handle(), or use print().");
    return hints;
}

} // namespace fstudio::gui
