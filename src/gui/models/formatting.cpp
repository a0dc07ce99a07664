#include "gui/models/formatting.h"

#include <QCoreApplication>
#include <QLocale>

#include <QDateTime>
#include <QString>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

namespace {
struct StatusText
{
    Q_DECLARE_TR_FUNCTIONS(Status)
};
} // namespace

QString statusLabel(const QString &wireStatus)
{
    if (wireStatus == u"Queued"_s)
        return StatusText::tr("Queued");
    if (wireStatus == u"Deploying"_s)
        return StatusText::tr("Deploying");
    if (wireStatus == u"Ready"_s)
        return StatusText::tr("Ready");
    if (wireStatus == u"Failed"_s)
        return StatusText::tr("Failed");
    if (wireStatus == u"Retired"_s)
        return StatusText::tr("Retired");
    if (wireStatus == u"Running"_s)
        return StatusText::tr("Running");
    if (wireStatus == u"Completed"_s)
        return StatusText::tr("Completed");
    if (wireStatus == u"Timeout"_s)
        return StatusText::tr("Timeout");
    return wireStatus;
}

QString formatTimestamp(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString formatDuration(qint64 ms)
{
    if (ms < 0)
        return {};
    if (ms < 1000)
        return u"%1 ms"_s.arg(ms);
    if (ms < 60'000)
        return u"%1 s"_s.arg(ms / 1000.0, 0, 'f', 1);
    const qint64 s = ms / 1000;
    if (s < 3600)
        return u"%1 min %2 s"_s.arg(s / 60).arg(s % 60);
    return u"%1 h %2 min"_s.arg(s / 3600).arg((s % 3600) / 60);
}

QString formatBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

} // namespace fstudio::gui
