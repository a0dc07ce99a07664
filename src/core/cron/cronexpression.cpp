#include "core/cron/cronexpression.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTimeZone>

#include <bit>

namespace fstudio {

using namespace Qt::StringLiterals;

namespace {
// Cron is ASCII, as CDF's service reads it: a "٣" or a non-breaking space is not a digit or a separator here.
bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}
bool isAsciiSpace(QChar c)
{
    return c == u' ' || c == u'\t';
}

// CronText::tr(): parse errors and descriptions of schedules, under the context "CronText" (shared
// with simpleschedule.cpp and localtimecron.cpp).
struct CronText
{
    Q_DECLARE_TR_FUNCTIONS(CronText)
};

struct FieldSpec
{
    int min;
    int max;
    const char *const *names; // nullptr or names for min..min+n-1
    int nameCount;
    int nameBase;
};

const char *const MonthNames[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
const char *const DayNames[] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};

const FieldSpec Specs[CronExpression::FieldCount] = {
    {0, 59, nullptr, 0, 0}, {0, 23, nullptr, 0, 0}, {1, 31, nullptr, 0, 0}, {1, 12, MonthNames, 12, 1}, {0, 7, DayNames, 7, 0},
};

int daysInMonthMax(int month) // February counts 29: it happens in leap years
{
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return days[month - 1];
}

class FieldParser
{
public:
    FieldParser(CronExpression::Field field, const QString &text, int offset)
        : m_field(field)
        , m_text(text)
        , m_offset(offset)
        , m_spec(Specs[field])
    {
    }

    std::optional<CronParseError> parse(quint64 *bits, QList<CronExpression::Item> *items)
    {
        int pos = 0;
        while (true) {
            const int itemStart = pos;
            int end = m_text.indexOf(QLatin1Char(','), pos);
            if (end < 0)
                end = m_text.size();
            if (end == itemStart)
                return error(itemStart, CronText::tr("empty list item (two commas in a row, or a comma at the start or end)"));
            CronExpression::Item item;
            if (auto e = parseItem(itemStart, end, &item))
                return e;
            for (int v = item.from; v <= item.to; v += item.step)
                *bits |= 1ULL << (m_field == CronExpression::DayOfWeek && v == 7 ? 0 : v);
            items->append(item);
            if (end == m_text.size())
                break;
            pos = end + 1;
            if (pos == m_text.size())
                return error(end, CronText::tr("empty list item (two commas in a row, or a comma at the start or end)"));
        }
        return std::nullopt;
    }

private:
    CronParseError error(int pos, const QString &message) const
    {
        return CronParseError{CronExpression::fieldName(m_field), m_offset + pos + 1, message};
    }

    // The values the field accepts, e.g. "1-12 or jan-dec".
    QString allowed() const
    {
        if (m_field == CronExpression::Month)
            //: The values the month field of a cron expression accepts (%1-%2 is 1-12), inserted as "allowed: %1".
            return CronText::tr("%1-%2 or jan-dec").arg(m_spec.min).arg(m_spec.max);
        if (m_field == CronExpression::DayOfWeek)
            //: The values the weekday field of a cron expression accepts (%1-%2 is 0-7), inserted as "allowed: %1".
            return CronText::tr("%1-%2 (0 and 7 are Sunday) or sun-sat").arg(m_spec.min).arg(m_spec.max);
        return u"%1-%2"_s.arg(m_spec.min).arg(m_spec.max);
    }

    // Reads a number or a name at pos; advances pos.
    std::optional<CronParseError> value(int *pos, int end, int *out) const
    {
        const int start = *pos;
        if (start >= end)
            //: %1 is the values the field accepts, e.g. "0-59".
            return error(start, CronText::tr("expected a value (%1)").arg(allowed()));
        if (isAsciiDigit(m_text.at(start))) {
            int p = start;
            qint64 n = 0;
            while (p < end && isAsciiDigit(m_text.at(p))) {
                n = n * 10 + m_text.at(p).digitValue();
                if (n > 1000000)
                    n = 1000000;
                ++p;
            }
            if (n < m_spec.min || n > m_spec.max)
                //: %1 is the number given, %2 the values the field accepts, e.g. "0-59".
                return error(start, CronText::tr("%1 is out of range; allowed: %2").arg(m_text.mid(start, p - start), allowed()));
            *out = int(n);
            *pos = p;
            return std::nullopt;
        }
        if (m_text.at(start).isLetter()) {
            int p = start;
            while (p < end && m_text.at(p).isLetter())
                ++p;
            const QString word = m_text.mid(start, p - start).toLower();
            for (int i = 0; i < m_spec.nameCount; ++i) {
                if (word == QLatin1StringView(m_spec.names[i])) {
                    *out = m_spec.nameBase + i;
                    *pos = p;
                    return std::nullopt;
                }
            }
            if (m_spec.names)
                return error(start, CronText::tr("unknown name \"%1\"; allowed: %2").arg(m_text.mid(start, p - start), allowed()));
            //: %1 is the values the field accepts, e.g. "0-59".
            return error(start, CronText::tr("names are not allowed here; use a number %1").arg(allowed()));
        }
        return error(start, CronText::tr("unexpected character '%1'; expected a value (%2)").arg(QString(m_text.at(start)), allowed()));
    }

    std::optional<CronParseError> parseItem(int start, int end, CronExpression::Item *item) const
    {
        int pos = start;
        // "L": the last day of the month (croniter reads it so; CDF accepts it).
        if (m_field == CronExpression::DayOfMonth && end - start == 1 && m_text.at(pos).toLower() == QLatin1Char('l')) {
            item->from = item->to = CronExpression::LastDayOfMonth;
            return std::nullopt;
        }
        if (m_text.at(pos) == QLatin1Char('*')) {
            item->star = true;
            item->from = m_spec.min;
            item->to = m_field == CronExpression::DayOfWeek ? 6 : m_spec.max;
            ++pos;
        } else {
            if (auto e = value(&pos, end, &item->from))
                return e;
            item->to = item->from;
            if (pos < end && m_text.at(pos) == QLatin1Char('-')) {
                ++pos;
                const int toPos = pos;
                if (auto e = value(&pos, end, &item->to))
                    return e;
                if (item->to < item->from)
                    return error(toPos, CronText::tr("range %1-%2 runs backwards; write the smaller value first").arg(item->from).arg(item->to));
            } else if (pos < end && m_text.at(pos) == QLatin1Char('/')) {
                item->to = m_spec.max; // "a/n" = "a-max/n"; for weekdays max is 7 (Sunday again), as croniter reads it
            }
        }
        if (pos < end && m_text.at(pos) == QLatin1Char('/')) {
            ++pos;
            const int stepPos = pos;
            if (stepPos >= end || !isAsciiDigit(m_text.at(stepPos)))
                return error(stepPos, CronText::tr("expected a step (a whole number) after '/'"));
            qint64 n = 0;
            while (pos < end && isAsciiDigit(m_text.at(pos))) {
                n = std::min<qint64>(n * 10 + m_text.at(pos).digitValue(), 1000000);
                ++pos;
            }
            const int span = m_spec.max - m_spec.min + 1;
            if (n < 1 || n > span)
                return error(stepPos, CronText::tr("step %1 is out of range; allowed: 1-%2").arg(n).arg(span));
            item->step = int(n);
        }
        if (pos < end)
            return error(pos, CronText::tr("unexpected character '%1'").arg(m_text.at(pos)));
        return std::nullopt;
    }

    CronExpression::Field m_field;
    const QString &m_text;
    int m_offset;
    FieldSpec m_spec;
};

// "A", "A and B", "A, B and C"
QString joinList(const QStringList &parts)
{
    if (parts.size() <= 1)
        return parts.value(0);
    //: Ends a list in a schedule description: %1 is all items but the last (joined with ", "), %2 the last one, e.g. "Monday, Tuesday and Friday".
    return CronText::tr("%1 and %2").arg(QStringList(parts.mid(0, parts.size() - 1)).join(u", "_s), parts.last());
}

// "1st", "2nd", "3rd", "4th", ... "11th", "21st"
QString ordinal(int n)
{
    const int mod100 = n % 100;
    if (mod100 < 11 || mod100 > 13) {
        switch (n % 10) {
        case 1:
            //: An ordinal number (1st, 21st, ...) as in "every %1 minute"; a language that writes all ordinals alike may translate the four forms the
            //: same, e.g. "%1.".
            return CronText::tr("%1st").arg(n);
        case 2:
            //: An ordinal number (2nd, 22nd, ...) as in "every %1 minute".
            return CronText::tr("%1nd").arg(n);
        case 3:
            //: An ordinal number (3rd, 23rd, ...) as in "every %1 minute".
            return CronText::tr("%1rd").arg(n);
        default: break;
        }
    }
    //: An ordinal number (4th, 11th, 12th, ...) as in "every %1 minute".
    return CronText::tr("%1th").arg(n);
}

QString hhmm(int h, int m)
{
    return u"%1:%2"_s.arg(h, 2, 10, QLatin1Char('0')).arg(m, 2, 10, QLatin1Char('0'));
}

using Fmt = QString (*)(int);
QString fmtNumber(int v)
{
    return QString::number(v);
}
QString fmtMonth(int v)
{
    switch (v) {
    case 1: return CronText::tr("January");
    case 2: return CronText::tr("February");
    case 3: return CronText::tr("March");
    case 4: return CronText::tr("April");
    case 5: return CronText::tr("May");
    case 6: return CronText::tr("June");
    case 7: return CronText::tr("July");
    case 8: return CronText::tr("August");
    case 9: return CronText::tr("September");
    case 10: return CronText::tr("October");
    case 11: return CronText::tr("November");
    case 12: return CronText::tr("December");
    default: break;
    }
    return QString::number(v);
}
QString fmtDayOfMonth(int v)
{
    //: "L" in a cron expression's day of month, in a list such as "days 15 and the last day of the month".
    return v == CronExpression::LastDayOfMonth ? CronText::tr("the last day") : QString::number(v);
}
QString fmtDay(int v)
{
    switch (v % 7) {
    case 0: return CronText::tr("Sunday");
    case 1: return CronText::tr("Monday");
    case 2: return CronText::tr("Tuesday");
    case 3: return CronText::tr("Wednesday");
    case 4: return CronText::tr("Thursday");
    case 5: return CronText::tr("Friday");
    case 6: return CronText::tr("Saturday");
    default: break;
    }
    return QString::number(v);
}

// "every 2nd minute" and the like, for a step in the given field; ordinal is e.g. "2nd".
QString everyNth(CronExpression::Field field, const QString &ordinal)
{
    switch (field) {
    case CronExpression::Minute:
        //: %1 is an ordinal number, e.g. "every 2nd minute".
        return CronText::tr("every %1 minute").arg(ordinal);
    case CronExpression::Hour:
        //: %1 is an ordinal number, e.g. "every 2nd hour".
        return CronText::tr("every %1 hour").arg(ordinal);
    case CronExpression::DayOfMonth:
        //: %1 is an ordinal number, e.g. "every 2nd day" (of the month).
        return CronText::tr("every %1 day").arg(ordinal);
    case CronExpression::Month:
        //: %1 is an ordinal number, e.g. "every 2nd month".
        return CronText::tr("every %1 month").arg(ordinal);
    case CronExpression::DayOfWeek:
        //: %1 is an ordinal number, e.g. "every 2nd day of the week".
        return CronText::tr("every %1 day of the week").arg(ordinal);
    case CronExpression::FieldCount: break;
    }
    return {};
}

// "5", "5 through 10", "every 2nd minute from 5 through 59"
QString itemText(const CronExpression::Item &it, Fmt fmt, CronExpression::Field field)
{
    if (it.single())
        return fmt(it.from);
    if (it.step == 1)
        //: A range in a schedule description, e.g. "5 through 10" or "Monday through Friday".
        return CronText::tr("%1 through %2").arg(fmt(it.from), fmt(it.to));
    const QString every = everyNth(field, ordinal(it.step));
    if (it.star && it.from == 0)
        return every;
    //: %1 is a step such as "every 2nd minute", %2 through %3 the range it steps through, e.g. "every 2nd minute from 5 through 59".
    return CronText::tr("%1 from %2 through %3").arg(every, fmt(it.from), fmt(it.to));
}

QString itemsText(const QList<CronExpression::Item> &items, Fmt fmt, CronExpression::Field field)
{
    QStringList parts;
    for (const auto &it : items)
        parts << itemText(it, fmt, field);
    return joinList(parts);
}

bool isAll(const QList<CronExpression::Item> &items)
{
    return items.size() == 1 && items[0].star && items[0].step == 1;
}
bool isStarStep(const QList<CronExpression::Item> &items)
{
    return items.size() == 1 && items[0].star && items[0].step > 1;
}
bool allSingle(const QList<CronExpression::Item> &items)
{
    for (const auto &it : items)
        if (!it.single())
            return false;
    return true;
}

} // namespace

QString CronParseError::toString() const
{
    //: %1 is what is wrong, %2 the field's name (e.g. "minute"), %3 a column number.
    return CronText::tr("%1 (%2, column %3)").arg(message, field, QString::number(position));
}

QString CronExpression::fieldName(Field f)
{
    switch (f) {
    //: The name of a cron expression's field, as in "in the %1 field".
    case Minute: return CronText::tr("minute");
    //: The name of a cron expression's field, as in "in the %1 field".
    case Hour: return CronText::tr("hour");
    //: The name of a cron expression's field, as in "in the %1 field".
    case DayOfMonth: return CronText::tr("day of month");
    //: The name of a cron expression's field, as in "in the %1 field".
    case Month: return CronText::tr("month");
    //: The name of a cron expression's field, as in "in the %1 field".
    case DayOfWeek: return CronText::tr("day of week");
    case FieldCount: break;
    }
    //: Where in a cron expression a problem is when it is not in one field, as in "in the %1 field".
    return CronText::tr("expression");
}

Expected<CronExpression, CronParseError> CronExpression::parse(const QString &text)
{
    // Split on whitespace, remembering where each field starts.
    QList<std::pair<int, QString>> fields;
    int i = 0;
    while (i < text.size()) {
        while (i < text.size() && isAsciiSpace(text.at(i)))
            ++i;
        const int start = i;
        while (i < text.size() && !isAsciiSpace(text.at(i)))
            ++i;
        if (i > start)
            fields.append({start, text.mid(start, i - start)});
    }
    if (fields.isEmpty())
        return CronParseError{fieldName(FieldCount), 1,
                              CronText::tr("the cron expression is empty; expected 5 fields: minute hour day-of-month month day-of-week")};
    if (fields.size() == 1 && fields[0].second.startsWith(QLatin1Char('@')))
        return CronParseError{
            fieldName(FieldCount), 1,
            CronText::tr("shortcuts like %1 are not supported by CDF schedules; write the 5 fields, e.g. \"0 0 * * *\"").arg(fields[0].second)};
    if (fields.size() != FieldCount) {
        const int pos = fields.size() > FieldCount ? fields[FieldCount].first + 1 : int(text.size()) + 1;
        return CronParseError{
            fieldName(FieldCount), pos,
            fields.size() > FieldCount
                ? CronText::tr("expected 5 fields (minute hour day-of-month month day-of-week), got %1; seconds and years are not supported")
                      .arg(fields.size())
                : CronText::tr("expected 5 fields (minute hour day-of-month month day-of-week), got %1").arg(fields.size())};
    }
    CronExpression c;
    QStringList normalized;
    for (int f = 0; f < FieldCount; ++f) {
        FieldParser p(Field(f), fields[f].second, fields[f].first);
        if (auto e = p.parse(&c.m_bits[f], &c.m_items[f]))
            return *e;
        normalized << fields[f].second;
    }
    c.m_text = normalized.join(QLatin1Char(' '));
    // croniter's day rule: a day field is unrestricted only when its values cover the whole range
    // ("*", "*/1", "1-31", "0-6", "1/1" for weekdays); "*/3" restricts (Vixie cron would not).
    // croniter counts the distinct values, "L" included: exactly 31 of them (or a literal "*"
    // among the items) make the field unrestricted; "*/1,L" is 32, so it restricts.
    const auto plainStar = [&fields](Field f) { return fields[f].second.split(QLatin1Char(',')).contains(u"*"_s); }; // "*", not "*/1"
    c.m_domStar = plainStar(DayOfMonth) || std::popcount(c.m_bits[DayOfMonth] & 0x1FFFFFFFEULL) == 31; // 1..31 and L
    c.m_dowStar = plainStar(DayOfWeek) || (c.m_bits[DayOfWeek] & 0x7FULL) == 0x7FULL; // 0..6
    // A day of month that no selected month has (e.g. 31 in February only) never runs.
    if (!c.m_domStar && c.m_dowStar && !c.has(DayOfMonth, LastDayOfMonth)) {
        const int firstDay = std::countr_zero(c.m_bits[DayOfMonth]);
        bool possible = false;
        for (int m = 1; m <= 12; ++m)
            if (c.has(Month, m) && daysInMonthMax(m) >= firstDay)
                possible = true;
        if (!possible)
            return CronParseError{fieldName(DayOfMonth), fields[DayOfMonth].first + 1,
                                  CronText::tr("this schedule would never run: none of the selected months has a day %1").arg(firstDay)};
    }
    return c;
}

int CronExpression::nextSet(Field f, int from) const
{
    if (from > 63)
        return -1;
    const quint64 rest = m_bits[f] & (~0ULL << from);
    return rest ? std::countr_zero(rest) : -1;
}

bool CronExpression::dayMatches(const QDate &d) const
{
    // An unrestricted field matches every day (croniter reads it as "*").
    const bool dom = m_domStar || has(DayOfMonth, d.day()) || (has(DayOfMonth, LastDayOfMonth) && d.day() == d.daysInMonth());
    const bool dow = m_dowStar || has(DayOfWeek, d.dayOfWeek() % 7);
    if (m_domStar || m_dowStar)
        return dom && dow;
    return dom || dow;
}

bool CronExpression::matches(const QDateTime &t) const
{
    const QDateTime u = t.toUTC();
    const QDate d = u.date();
    const QTime tm = u.time();
    return has(Month, d.month()) && dayMatches(d) && has(Hour, tm.hour()) && has(Minute, tm.minute());
}

std::optional<QDateTime> CronExpression::next(const QDateTime &after) const
{
    const QDateTime u = after.toUTC();
    QDateTime start(u.date(), QTime(u.time().hour(), u.time().minute()), Qt::UTC);
    start = start.addSecs(60);
    QDate d = start.date();
    int h = start.time().hour();
    int m = start.time().minute();
    const int lastYear = d.year() + 50;
    while (d.year() <= lastYear) {
        if (!has(Month, d.month())) {
            const int nm = nextSet(Month, d.month() + 1);
            d = nm > 0 ? QDate(d.year(), nm, 1) : QDate(d.year() + 1, nextSet(Month, 1), 1);
            h = 0;
            m = 0;
            continue;
        }
        if (!dayMatches(d)) {
            d = d.addDays(1);
            h = 0;
            m = 0;
            continue;
        }
        const int nh = nextSet(Hour, h);
        if (nh < 0) {
            d = d.addDays(1);
            h = 0;
            m = 0;
            continue;
        }
        if (nh != h) {
            h = nh;
            m = 0;
        }
        const int nmin = nextSet(Minute, m);
        if (nmin < 0) {
            ++h;
            m = 0;
            if (h > 23) {
                d = d.addDays(1);
                h = 0;
            }
            continue;
        }
        return QDateTime(d, QTime(h, nmin), Qt::UTC);
    }
    return std::nullopt;
}

QList<QDateTime> CronExpression::nextRuns(const QDateTime &after, int count) const
{
    QList<QDateTime> out;
    out.reserve(count);
    QDateTime t = after;
    for (int i = 0; i < count; ++i) {
        const auto n = next(t);
        if (!n)
            break;
        out.append(*n);
        t = *n;
    }
    return out;
}

QString CronExpression::describe() const
{
    const auto &mi = m_items[Minute];
    const auto &hi = m_items[Hour];
    QString time;
    if (allSingle(mi) && allSingle(hi) && mi.size() * hi.size() <= 12) {
        QStringList times;
        for (int h = 0; h < 24; ++h)
            for (int mm = 0; mm < 60; ++mm)
                if (has(Hour, h) && has(Minute, mm))
                    times << hhmm(h, mm);
        //: %1 is one or more times of day, e.g. "08:30" or "08:30 and 17:00".
        time = CronText::tr("At %1").arg(joinList(times));
    } else {
        QString minutePart;
        bool hourDone = false; // the minute part already says which hours
        if (isAll(mi)) {
            minutePart = CronText::tr("Every minute");
        } else if (isStarStep(mi)) {
            minutePart = CronText::tr("Every %n minutes", nullptr, mi[0].step);
        } else if (mi.size() == 1 && mi[0].single() && mi[0].from == 0 && (isAll(hi) || isStarStep(hi))) {
            minutePart = isAll(hi) ? CronText::tr("Every hour") : CronText::tr("Every %n hours", nullptr, hi[0].step);
            hourDone = true;
        } else if (allSingle(mi) && mi.size() > 1) {
            //: %1 is a list of minutes, e.g. "5 and 35".
            minutePart = CronText::tr("At minutes %1 past the hour").arg(itemsText(mi, fmtNumber, Minute));
        } else if (mi.size() == 1 && mi[0].step > 1) {
            //: %1 is an ordinal number ("2nd"), %2 and %3 the first and last minute, e.g. "Every 2nd minute from minute 5 through 59".
            minutePart = CronText::tr("Every %1 minute from minute %2 through %3")
                             .arg(ordinal(mi[0].step), QString::number(mi[0].from), QString::number(mi[0].to));
        } else {
            //: %1 is a minute, a range ("5 through 10") or a step ("every 2nd minute from 5 through 59").
            minutePart = CronText::tr("At minute %1 past the hour").arg(itemsText(mi, fmtNumber, Minute));
        }
        time = minutePart;
        if (!isAll(hi) && !hourDone) {
            if (isStarStep(hi))
                //: %1 is the minutes part, e.g. "At minute 5 past the hour".
                time = CronText::tr("%1, every %n hours", nullptr, hi[0].step).arg(minutePart);
            else if (hi.size() == 1 && !hi[0].single() && hi[0].step == 1)
                //: %1 is the minutes part, e.g. "Every 5 minutes"; %2 and %3 are times of day.
                time = CronText::tr("%1, between %2 and %3").arg(minutePart, hhmm(hi[0].from, 0), hhmm(hi[0].to, 59));
            else if (hi.size() == 1 && hi[0].single())
                time = CronText::tr("%1, between %2 and %3").arg(minutePart, hhmm(hi[0].from, 0), hhmm(hi[0].from, 59));
            else if (hi.size() == 1 && hi[0].step > 1)
                //: %1 is the minutes part, e.g. "At minute 0 past the hour"; %2 an ordinal ("2nd"); %3 and %4 times of day.
                time = CronText::tr("%1, every %2 hour from %3 through %4")
                           .arg(minutePart, ordinal(hi[0].step), hhmm(hi[0].from, 0), hhmm(hi[0].to, 59));
            else
                //: %1 is the minutes part, e.g. "Every 5 minutes"; %2 a list of hours, e.g. "8 and 17".
                time = CronText::tr("%1, during hours %2").arg(minutePart, itemsText(hi, fmtNumber, Hour));
        }
    }

    const auto &di = m_items[DayOfMonth];
    const auto &wi = m_items[DayOfWeek];
    const auto &moi = m_items[Month];
    const bool domAll = isAll(di);
    const bool dowAll = isAll(wi);
    QString domText;
    if (!domAll) {
        if (isStarStep(di))
            //: %1 is an ordinal number, e.g. "every 2nd day of the month".
            domText = CronText::tr("every %1 day of the month").arg(ordinal(di[0].step));
        else if (di.size() == 1 && di[0].from == LastDayOfMonth)
            domText = CronText::tr("the last day of the month");
        else if (di.size() == 1 && di[0].step > 1)
            //: %1 is an ordinal number ("3rd"), %2 and %3 the first and last day, e.g. "every 3rd day of the month from day 5 through 20".
            domText = CronText::tr("every %1 day of the month from day %2 through %3")
                          .arg(ordinal(di[0].step), fmtDayOfMonth(di[0].from), fmtDayOfMonth(di[0].to));
        else if (allSingle(di) && di.size() == 1)
            //: %1 is a day of the month, e.g. "15".
            domText = CronText::tr("day %1 of the month").arg(itemsText(di, fmtDayOfMonth, DayOfMonth));
        else
            //: %1 is a list or range of days of the month, e.g. "1 and 15" or "1 through 7".
            domText = CronText::tr("days %1 of the month").arg(itemsText(di, fmtDayOfMonth, DayOfMonth));
    }
    QString dowText;
    if (!dowAll) {
        if (wi.size() == 1 && !wi[0].single() && wi[0].step == 1)
            dowText = CronText::tr("%1 through %2").arg(fmtDay(wi[0].from), fmtDay(wi[0].to));
        else
            dowText = itemsText(wi, fmtDay, DayOfWeek);
    }
    QString monthText;
    if (!isAll(moi))
        monthText = isStarStep(moi) ? everyNth(Month, ordinal(moi[0].step)) : itemsText(moi, fmtMonth, Month);

    QString out = time;
    if (!domText.isEmpty() && !dowText.isEmpty()) {
        if (m_domStar || m_dowStar)
            //: %1 is the time part ("At 08:30"), %2 days of the month ("day 1 of the month"), %3 weekdays ("Monday").
            out = CronText::tr("%1 on %2, if it is %3").arg(time, domText, dowText);
        else
            //: %1 is the time part ("At 08:30"), %2 days of the month ("day 1 of the month"), %3 weekdays ("Monday").
            out = CronText::tr("%1 on %2 or on %3").arg(time, domText, dowText);
    } else if (!domText.isEmpty()) {
        if (!monthText.isEmpty() && allSingle(di) && allSingle(moi) && !isStarStep(di)) {
            // "At 08:30 on day 1 of March": the days and months said at once.
            QString days;
            if (di.size() == 1 && di[0].from == LastDayOfMonth)
                //: %1 is one or more months, e.g. "March" or "March and June".
                days = CronText::tr("the last day of %1").arg(monthText);
            else if (di.size() == 1)
                //: %1 is a day of the month, %2 one or more months, e.g. "day 1 of March".
                days = CronText::tr("day %1 of %2").arg(itemsText(di, fmtDayOfMonth, DayOfMonth), monthText);
            else
                //: %1 is a list of days of the month, %2 one or more months, e.g. "days 1 and 15 of March and June".
                days = CronText::tr("days %1 of %2").arg(itemsText(di, fmtDayOfMonth, DayOfMonth), monthText);
            //: %1 is the time part ("At 08:30"), %2 the days ("day 1 of the month", "Monday through Friday").
            return CronText::tr("%1 on %2").arg(time, days);
        }
        out = CronText::tr("%1 on %2").arg(time, domText);
    } else if (!dowText.isEmpty()) {
        out = CronText::tr("%1 on %2").arg(time, dowText);
    }
    if (!monthText.isEmpty())
        //: %1 is the rest of the description ("At 08:30 on Monday"), %2 one or more months ("March and June", "every 3rd month").
        out = CronText::tr("%1, in %2").arg(out, monthText);
    return out;
}

} // namespace fstudio
