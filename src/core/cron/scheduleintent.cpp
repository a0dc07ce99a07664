#include "core/cron/scheduleintent.h"

#include "core/cron/cronexpression.h"
#include "core/cron/localtimecron.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace fstudio {

using namespace Qt::StringLiterals;

namespace {
struct IntentText
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleIntent)
};

const QRegularExpression &tagPattern()
{
    static const QRegularExpression re(u"\\s*\\[local time: ([A-Za-z0-9_+\\-/]+) (daily|weekly|monthly|hourly) ([0-9:,\\- ]+)\\]\\s*\\z"_s);
    return re;
}

// "1-5" / "1,3,5" / "6-7" -> days 1..7
std::optional<QList<int>> parseDays(const QString &text)
{
    QList<int> days;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QStringList range = part.split(u'-');
        bool ok1 = false, ok2 = true;
        const int from = range.value(0).toInt(&ok1);
        const int to = range.size() == 2 ? range.value(1).toInt(&ok2) : from;
        if (!ok1 || !ok2 || range.size() > 2 || from < 1 || to > 7 || from > to)
            return std::nullopt;
        for (int d = from; d <= to; ++d)
            if (!days.contains(d))
                days << d;
    }
    std::sort(days.begin(), days.end());
    return days.isEmpty() ? std::nullopt : std::optional(days);
}
} // namespace

QString ScheduleIntent::tag(const SimpleSchedule &s)
{
    const QString zone = QString::fromUtf8(s.zone.id());
    const QString at = s.time.toString(u"HH:mm"_s);
    switch (s.kind) {
    case SimpleSchedule::Kind::EveryMinutes: return {};
    case SimpleSchedule::Kind::Hourly: return u"[local time: %1 hourly 00:%2]"_s.arg(zone).arg(s.minute, 2, 10, QLatin1Char('0'));
    case SimpleSchedule::Kind::Daily: return u"[local time: %1 daily %2]"_s.arg(zone, at);
    case SimpleSchedule::Kind::Weekly: {
        QList<int> days = s.weekdays;
        std::sort(days.begin(), days.end());
        return u"[local time: %1 weekly %2 %3]"_s.arg(zone, LocalTimeCron::dayList(days), at);
    }
    case SimpleSchedule::Kind::Monthly: return u"[local time: %1 monthly %2 %3]"_s.arg(zone).arg(s.dayOfMonth).arg(at);
    }
    return {};
}

QString ScheduleIntent::withoutTag(const QString &description)
{
    QString out = description;
    out.remove(tagPattern());
    return out;
}

QString ScheduleIntent::withTag(const QString &description, const SimpleSchedule &s)
{
    const QString text = withoutTag(description).trimmed();
    const QString t = tag(s);
    if (t.isEmpty())
        return text;
    return text.isEmpty() ? t : text + u' ' + t;
}

std::optional<SimpleSchedule> ScheduleIntent::fromDescription(const QString &description)
{
    const auto m = tagPattern().match(description);
    if (!m.hasMatch())
        return std::nullopt;
    SimpleSchedule s;
    s.zone = QTimeZone(m.captured(1).toUtf8());
    if (!s.zone.isValid())
        return std::nullopt;
    const QString kind = m.captured(2);
    const QStringList args = m.captured(3).split(u' ', Qt::SkipEmptyParts);
    auto timeOf = [](const QString &t) { return QTime::fromString(t, u"HH:mm"_s); };
    if (kind == u"hourly"_s && args.size() == 1 && timeOf(args[0]).isValid()) {
        s.kind = SimpleSchedule::Kind::Hourly;
        s.minute = timeOf(args[0]).minute();
    } else if (kind == u"daily"_s && args.size() == 1 && timeOf(args[0]).isValid()) {
        s.kind = SimpleSchedule::Kind::Daily;
        s.time = timeOf(args[0]);
    } else if (kind == u"weekly"_s && args.size() == 2 && timeOf(args[1]).isValid()) {
        const auto days = parseDays(args[0]);
        if (!days)
            return std::nullopt;
        s.kind = SimpleSchedule::Kind::Weekly;
        s.weekdays = *days;
        s.time = timeOf(args[1]);
    } else if (kind == u"monthly"_s && args.size() == 2 && timeOf(args[1]).isValid()) {
        bool ok = false;
        s.dayOfMonth = args[0].toInt(&ok);
        if (!ok || s.dayOfMonth < 1 || s.dayOfMonth > 31)
            return std::nullopt;
        s.kind = SimpleSchedule::Kind::Monthly;
        s.time = timeOf(args[1]);
    } else {
        return std::nullopt;
    }
    return s;
}

bool ScheduleIntent::matches(const SimpleSchedule &intent, const QString &cron, const QDate &reference)
{
    const auto wanted = CronExpression::parse(cron);
    if (!wanted)
        return false;
    // Winter and summer: a schedule made in either season matches.
    for (int months : {0, 3, 6, 9}) {
        const auto made = intent.toCron(reference.addMonths(months));
        if (!made)
            continue;
        // The same runs (not the same text: "1-5" and "1,2,3,4,5" are one schedule).
        const QDateTime from(reference, QTime(0, 0), QTimeZone::utc());
        if (const auto parsed = CronExpression::parse(*made); parsed && parsed->nextRuns(from, 40) == wanted->nextRuns(from, 40))
            return true;
    }
    return false;
}

QString ScheduleIntent::describe(const SimpleSchedule &s)
{
    const QString zone = QString::fromUtf8(s.zone.id());
    const QString at = s.time.toString(u"HH:mm"_s);
    switch (s.kind) {
    case SimpleSchedule::Kind::EveryMinutes: return IntentText::tr("every %n min", nullptr, s.everyMinutes);
    case SimpleSchedule::Kind::Hourly: return IntentText::tr("hourly at :%1 %2").arg(s.minute, 2, 10, QLatin1Char('0')).arg(zone);
    case SimpleSchedule::Kind::Daily: return IntentText::tr("daily %1 %2").arg(at, zone);
    case SimpleSchedule::Kind::Weekly: {
        QList<int> days = s.weekdays;
        std::sort(days.begin(), days.end());
        const QLocale locale;
        QStringList parts;
        for (qsizetype i = 0; i < days.size();) {
            qsizetype j = i;
            while (j + 1 < days.size() && days[j + 1] == days[j] + 1)
                ++j;
            const QString first = locale.dayName(days[i], QLocale::ShortFormat);
            parts << (j - i >= 2  ? first + u"–"_s + locale.dayName(days[j], QLocale::ShortFormat)
                          : j > i ? first + u", "_s + locale.dayName(days[j], QLocale::ShortFormat)
                                  : first);
            i = j + 1;
        }
        return IntentText::tr("%1 %2 %3").arg(parts.join(u", "_s), at, zone);
    }
    case SimpleSchedule::Kind::Monthly: return IntentText::tr("monthly on the %1. %2 %3").arg(s.dayOfMonth).arg(at, zone);
    }
    return {};
}

} // namespace fstudio
