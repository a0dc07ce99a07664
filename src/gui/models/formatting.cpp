#include "gui/models/formatting.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

#include <QDateTime>
#include <QString>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

// CDF's status words as CDF writes them (Ready, Failed, Completed…), in every language: the API,
// the web UI, the SDK and the docs use them, so a user searching for "Failed" finds it.
QString statusLabel(const QString &wireStatus)
{
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

QString formatAge(qint64 msAgo)
{
    // Worked out before the translate() calls: lupdate 6.4 hangs on a division in their arguments.
    const int minutes = int(std::min<qint64>(std::max<qint64>(0, msAgo) / 60000, 1 << 30));
    const int hours = minutes / 60;
    const int days = hours / 24;
    if (minutes < 1)
        return QCoreApplication::translate("Formatting", "just now");
    if (minutes < 60)
        return QCoreApplication::translate("Formatting", "%n min ago", nullptr, minutes);
    if (hours < 48)
        return QCoreApplication::translate("Formatting", "%n h ago", nullptr, hours);
    return QCoreApplication::translate("Formatting", "%n d ago", nullptr, days);
}

QString formatPercent(double share)
{
    const double percent = share * 100.0;
    // One decimal below 10 % (0.4 % is not 0 %), none above.
    const int decimals = percent > 0 && percent < 10 ? 1 : 0;
    //: A percentage: %1 is the number in the user's locale.
    return QCoreApplication::translate("Formatting", "%1 %").arg(QLocale().toString(percent, 'f', decimals));
}

} // namespace fstudio::gui
