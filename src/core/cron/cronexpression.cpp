#include "core/cron/cronexpression.h"

#include <QStringList>
#include <QTimeZone>

#include <bit>

namespace fstudio {

using namespace Qt::StringLiterals;

namespace {

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

const char *const MonthLong[] = {"January", "February", "March",     "April",   "May",      "June",
                                 "July",    "August",   "September", "October", "November", "December"};
const char *const DayLong[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

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
                return error(itemStart, u"empty list item (two commas in a row, or a comma at the start or end)"_s);
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
                return error(end, u"empty list item (two commas in a row, or a comma at the start or end)"_s);
        }
        return std::nullopt;
    }

private:
    CronParseError error(int pos, const QString &message) const
    {
        return CronParseError{CronExpression::fieldName(m_field), m_offset + pos + 1, message};
    }

    QString allowed() const
    {
        QString s = u"%1-%2"_s.arg(m_spec.min).arg(m_spec.max);
        if (m_field == CronExpression::Month)
            s += u" or jan-dec"_s;
        if (m_field == CronExpression::DayOfWeek)
            s += u" (0 and 7 are Sunday) or sun-sat"_s;
        return s;
    }

    // Reads a number or a name at pos; advances pos.
    std::optional<CronParseError> value(int *pos, int end, int *out) const
    {
        const int start = *pos;
        if (start >= end)
            return error(start, u"expected a value (%1)"_s.arg(allowed()));
        if (m_text.at(start).isDigit()) {
            int p = start;
            qint64 n = 0;
            while (p < end && m_text.at(p).isDigit()) {
                n = n * 10 + m_text.at(p).digitValue();
                if (n > 1000000)
                    n = 1000000;
                ++p;
            }
            if (n < m_spec.min || n > m_spec.max)
                return error(start, u"%1 is out of range; allowed: %2"_s.arg(m_text.mid(start, p - start), allowed()));
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
                return error(start, u"unknown name \"%1\"; allowed: %2"_s.arg(m_text.mid(start, p - start), allowed()));
            return error(start, u"names are not allowed here; use a number %1"_s.arg(allowed()));
        }
        return error(start, u"unexpected character '%1'; expected a value (%2)"_s.arg(m_text.at(start)).arg(allowed()));
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
                    return error(toPos, u"range %1-%2 runs backwards; write the smaller value first"_s.arg(item->from).arg(item->to));
            } else if (pos < end && m_text.at(pos) == QLatin1Char('/')) {
                item->to = m_spec.max; // "a/n" = "a-max/n"; for weekdays max is 7 (Sunday again), as croniter reads it
            }
        }
        if (pos < end && m_text.at(pos) == QLatin1Char('/')) {
            ++pos;
            const int stepPos = pos;
            if (stepPos >= end || !m_text.at(stepPos).isDigit())
                return error(stepPos, u"expected a step (a whole number) after '/'"_s);
            qint64 n = 0;
            while (pos < end && m_text.at(pos).isDigit()) {
                n = std::min<qint64>(n * 10 + m_text.at(pos).digitValue(), 1000000);
                ++pos;
            }
            const int span = m_spec.max - m_spec.min + 1;
            if (n < 1 || n > span)
                return error(stepPos, u"step %1 is out of range; allowed: 1-%2"_s.arg(n).arg(span));
            item->step = int(n);
        }
        if (pos < end)
            return error(pos, u"unexpected character '%1'"_s.arg(m_text.at(pos)));
        return std::nullopt;
    }

    CronExpression::Field m_field;
    const QString &m_text;
    int m_offset;
    FieldSpec m_spec;
};

QString joinEnglish(const QStringList &parts, const QString &conjunction = u"and"_s)
{
    if (parts.size() <= 1)
        return parts.value(0);
    return QStringList(parts.mid(0, parts.size() - 1)).join(u", "_s) + u" "_s + conjunction + u" "_s + parts.last();
}

QString ordinal(int n)
{
    const int mod100 = n % 100;
    const char *suffix = "th";
    if (mod100 < 11 || mod100 > 13) {
        switch (n % 10) {
        case 1: suffix = "st"; break;
        case 2: suffix = "nd"; break;
        case 3: suffix = "rd"; break;
        default: break;
        }
    }
    return QString::number(n) + QLatin1StringView(suffix);
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
    return QLatin1StringView(MonthLong[v - 1]);
}
QString fmtDayOfMonth(int v)
{
    return v == CronExpression::LastDayOfMonth ? u"the last day"_s : QString::number(v);
}
QString fmtDay(int v)
{
    return QLatin1StringView(DayLong[v % 7]);
}

// "5", "5 through 10", "every 2nd value from 5 through 59"
QString itemText(const CronExpression::Item &it, Fmt fmt, const QString &unit)
{
    if (it.single())
        return fmt(it.from);
    if (it.step == 1)
        return fmt(it.from) + u" through "_s + fmt(it.to);
    QString s = u"every %1 %2"_s.arg(ordinal(it.step), unit);
    if (!it.star || it.from != 0)
        s += u" from "_s + fmt(it.from) + u" through "_s + fmt(it.to);
    return s;
}

QString itemsText(const QList<CronExpression::Item> &items, Fmt fmt, const QString &unit)
{
    QStringList parts;
    for (const auto &it : items)
        parts << itemText(it, fmt, unit);
    return joinEnglish(parts);
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
    return u"%1 (%2, column %3)"_s.arg(message, field).arg(position);
}

QString CronExpression::fieldName(Field f)
{
    switch (f) {
    case Minute: return u"minute"_s;
    case Hour: return u"hour"_s;
    case DayOfMonth: return u"day of month"_s;
    case Month: return u"month"_s;
    case DayOfWeek: return u"day of week"_s;
    case FieldCount: break;
    }
    return u"expression"_s;
}

Expected<CronExpression, CronParseError> CronExpression::parse(const QString &text)
{
    // Split on whitespace, remembering where each field starts.
    QList<std::pair<int, QString>> fields;
    int i = 0;
    while (i < text.size()) {
        while (i < text.size() && text.at(i).isSpace())
            ++i;
        const int start = i;
        while (i < text.size() && !text.at(i).isSpace())
            ++i;
        if (i > start)
            fields.append({start, text.mid(start, i - start)});
    }
    if (fields.isEmpty())
        return CronParseError{u"expression"_s, 1, u"the cron expression is empty; expected 5 fields: minute hour day-of-month month day-of-week"_s};
    if (fields.size() == 1 && fields[0].second.startsWith(QLatin1Char('@')))
        return CronParseError{
            u"expression"_s, 1,
            u"shortcuts like %1 are not supported by CDF schedules; write the 5 fields, e.g. \"0 0 * * *\""_s.arg(fields[0].second)};
    if (fields.size() != FieldCount) {
        const int pos = fields.size() > FieldCount ? fields[FieldCount].first + 1 : int(text.size()) + 1;
        return CronParseError{u"expression"_s, pos,
                              u"expected 5 fields (minute hour day-of-month month day-of-week), got %1%2"_s.arg(fields.size())
                                  .arg(fields.size() > FieldCount ? u"; seconds and years are not supported"_s : QString())};
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
                                  u"this schedule would never run: none of the selected months has a day %1"_s.arg(firstDay)};
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
        time = u"At "_s + joinEnglish(times);
    } else {
        QString minutePart;
        if (isAll(mi))
            minutePart = u"Every minute"_s;
        else if (isStarStep(mi))
            minutePart = u"Every %1 minutes"_s.arg(mi[0].step);
        else if (mi.size() == 1 && mi[0].single() && mi[0].from == 0 && (isAll(hi) || isStarStep(hi)))
            minutePart = isAll(hi) ? u"Every hour"_s : u"Every %1 hours"_s.arg(hi[0].step);
        else
            minutePart =
                u"At minute%1 %2 past the hour"_s.arg(allSingle(mi) && mi.size() > 1 ? u"s"_s : QString(), itemsText(mi, fmtNumber, u"minute"_s));
        QString hourPart;
        const bool hourDone = minutePart.startsWith(u"Every hour"_s) || (minutePart.startsWith(u"Every "_s) && minutePart.endsWith(u"hours"_s));
        if (!isAll(hi) && !hourDone) {
            if (isStarStep(hi))
                hourPart = u", every %1 hours"_s.arg(hi[0].step);
            else if (hi.size() == 1 && !hi[0].single() && hi[0].step == 1)
                hourPart = u", between %1 and %2"_s.arg(hhmm(hi[0].from, 0), hhmm(hi[0].to, 59));
            else if (hi.size() == 1 && hi[0].single())
                hourPart = u", between %1 and %2"_s.arg(hhmm(hi[0].from, 0), hhmm(hi[0].from, 59));
            else
                hourPart = u", during hour%1 %2"_s.arg(hi.size() > 1 || !hi[0].single() ? u"s"_s : QString(), itemsText(hi, fmtNumber, u"hour"_s));
        }
        time = minutePart + hourPart;
    }

    const auto &di = m_items[DayOfMonth];
    const auto &wi = m_items[DayOfWeek];
    const auto &moi = m_items[Month];
    const bool domAll = isAll(di);
    const bool dowAll = isAll(wi);
    QString domText;
    if (!domAll) {
        if (isStarStep(di))
            domText = u"every %1 day of the month"_s.arg(ordinal(di[0].step));
        else if (di.size() == 1 && di[0].from == LastDayOfMonth)
            domText = u"the last day of the month"_s;
        else
            domText = u"day%1 %2 of the month"_s.arg(allSingle(di) && di.size() == 1 ? QString() : u"s"_s, itemsText(di, fmtDayOfMonth, u"day"_s));
    }
    QString dowText;
    if (!dowAll) {
        if (wi.size() == 1 && !wi[0].single() && wi[0].step == 1)
            dowText = fmtDay(wi[0].from) + u" through "_s + fmtDay(wi[0].to);
        else
            dowText = itemsText(wi, fmtDay, u"day of the week"_s);
    }
    QString monthText;
    if (!isAll(moi))
        monthText = isStarStep(moi) ? u"every %1 month"_s.arg(ordinal(moi[0].step)) : itemsText(moi, fmtMonth, u"month"_s);

    QString out = time;
    if (!domText.isEmpty() && !dowText.isEmpty()) {
        if (m_domStar || m_dowStar)
            out += u" on "_s + domText + u", if it is "_s + dowText;
        else
            out += u" on "_s + domText + u" or on "_s + dowText;
    } else if (!domText.isEmpty()) {
        if (!monthText.isEmpty() && allSingle(di) && allSingle(moi) && !isStarStep(di)) {
            out += u" on "_s + domText.chopped(QStringLiteral(" of the month").size()) + u" of "_s + monthText;
            return out;
        }
        out += u" on "_s + domText;
    } else if (!dowText.isEmpty()) {
        out += u" on "_s + dowText;
    }
    if (!monthText.isEmpty())
        out += u", in "_s + monthText;
    return out;
}

} // namespace fstudio
