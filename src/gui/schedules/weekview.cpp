#include "gui/schedules/weekview.h"

#include "gui/widgets/plaintext.h"
#include "gui/widgets/tones.h"

#include "api/services/schedulesservice.h"

#include "core/cron/cronexpression.h"

#include <QCursor>
#include <QHelpEvent>
#include <QJsonDocument>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

namespace {
constexpr int NameWidth = 220;
constexpr int DayHeight = 22; // day names
constexpr int HeaderHeight = 40; // day names, then the hour axis
constexpr int MinRowHeight = 20;
constexpr int MaxRowHeight = 44; // a few schedules fill the window, many scroll
constexpr qint64 WeekMs = 7LL * 24 * 3600 * 1000;
} // namespace

WeekView::WeekView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"weekView"_s);
    setMouseTracking(true);
    setMinimumHeight(HeaderHeight + 3 * MinRowHeight);
}

void WeekView::setClient(api::CdfClient *client)
{
    m_client = client;
    m_inputs.clear();
    m_reading.clear();
}

void WeekView::setSchedules(const QList<FunctionSchedule> &schedules, const QHash<qint64, QString> &functionNames)
{
    m_schedules = schedules;
    m_functionNames = functionNames;
    rebuild();
}

void WeekView::setZone(const QTimeZone &zone)
{
    m_zone = zone;
    rebuild();
}

void WeekView::setStart(const QDate &localDay)
{
    m_startDay = localDay;
    rebuild();
}

QDateTime WeekView::startUtc() const
{
    return QDateTime(m_startDay, QTime(0, 0), m_zone).toUTC();
}

void WeekView::rebuild()
{
    m_rows.clear();
    m_perHour.clear();
    m_busiest = 1;
    const QDateTime from = startUtc();
    m_startMs = from.toMSecsSinceEpoch();
    const qint64 end = m_startMs + WeekMs;
    int counted = 0;
    QList<FunctionSchedule> sorted = m_schedules;
    std::sort(sorted.begin(), sorted.end(), [](const FunctionSchedule &a, const FunctionSchedule &b) { return a.name.toLower() < b.name.toLower(); });
    for (const FunctionSchedule &s : std::as_const(sorted)) {
        Row row{s, m_functionNames.value(s.functionId.value_or(0)), {}, false};
        if (const auto cron = CronExpression::parse(s.cronExpression)) {
            QDateTime t = from.addSecs(-60); // a run exactly at the start counts
            while (row.runs.size() <= MaxRunsPerSchedule) {
                const auto next = cron->next(t);
                if (!next || next->toMSecsSinceEpoch() >= end)
                    break;
                row.runs << next->toMSecsSinceEpoch();
                t = *next;
            }
            row.dense = row.runs.size() > MaxRunsPerSchedule;
            for (qint64 run : std::as_const(row.runs))
                ++m_perHour[(run - m_startMs) / 3600000];
            counted += int(row.runs.size());
            // A dense schedule's marks stop at the cap; its hours are still counted, to a bound.
            QDateTime t2 = row.runs.isEmpty() ? from : QDateTime::fromMSecsSinceEpoch(row.runs.last(), Qt::UTC);
            while (row.dense && counted < MaxCountedRuns) {
                const auto next = cron->next(t2);
                if (!next || next->toMSecsSinceEpoch() >= end)
                    break;
                ++m_perHour[(next->toMSecsSinceEpoch() - m_startMs) / 3600000];
                ++counted;
                t2 = *next;
            }
        }
        m_rows << row;
    }
    for (int n : std::as_const(m_perHour))
        m_busiest = std::max(m_busiest, n);
    updateGeometry();
    update();
}

int WeekView::runCount() const
{
    int n = 0;
    for (const Row &r : m_rows)
        n += int(r.runs.size());
    return n;
}

int WeekView::runCount(qint64 scheduleId) const
{
    for (const Row &r : m_rows)
        if (r.schedule.id == scheduleId)
            return int(r.runs.size());
    return 0;
}

bool WeekView::isDense(qint64 scheduleId) const
{
    for (const Row &r : m_rows)
        if (r.schedule.id == scheduleId)
            return r.dense;
    return false;
}

QSize WeekView::sizeHint() const
{
    return QSize(900, HeaderHeight + MinRowHeight * int(m_rows.size() + 1) + 8);
}

QSize WeekView::minimumSizeHint() const
{
    return sizeHint(); // the scroll area scrolls below this, and stretches rows above it
}

int WeekView::comfortableHeight() const
{
    return HeaderHeight + MaxRowHeight * int(m_rows.size() + 1) + 8;
}

int WeekView::rowHeight() const
{
    return std::clamp((height() - HeaderHeight - 8) / int(m_rows.size() + 1), MinRowHeight, MaxRowHeight);
}

int WeekView::rowAt(int y) const
{
    if (y < HeaderHeight)
        return -2;
    return (y - HeaderHeight) / rowHeight() - 1; // -1: the runs-per-hour row
}

QRect WeekView::grid() const
{
    return QRect(NameWidth, HeaderHeight, std::max(100, width() - NameWidth - 8), rowHeight() * int(m_rows.size() + 1));
}

int WeekView::xOf(qint64 ms) const
{
    const QRect g = grid();
    return g.left() + int(double(ms - m_startMs) / WeekMs * g.width());
}

void WeekView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.base());
    const QRect g = grid();
    const qint64 start = m_startMs;
    // Days and six-hour lines, in local time.
    for (int d = 0; d <= 7; ++d) {
        const QDateTime dayStart(m_startDay.addDays(d), QTime(0, 0), m_zone);
        const int x = xOf(dayStart.toMSecsSinceEpoch());
        p.setPen(pal.color(QPalette::Mid));
        p.drawLine(x, 2, x, g.bottom());
        if (d < 7) {
            p.setPen(pal.color(QPalette::Text));
            p.drawText(QRect(x + 4, 0, g.width() / 7, DayHeight), Qt::AlignVCenter,
                       QLocale().toString(m_startDay.addDays(d), u"ddd d MMM"_s) /* the window's language, not C */);
            // The hour axis: 06, 12, 18 under each day, with a line down through the rows.
            const QFont normal = p.font();
            QFont small = normal;
            small.setPointSizeF(normal.pointSizeF() * 0.85);
            p.setFont(small);
            for (int h = 6; h < 24; h += 6) {
                const int hx = xOf(QDateTime(m_startDay.addDays(d), QTime(h, 0), m_zone).toMSecsSinceEpoch());
                p.setPen(pal.color(QPalette::PlaceholderText));
                p.drawText(QRect(hx - 20, DayHeight, 40, HeaderHeight - DayHeight), Qt::AlignCenter, QLocale().toString(QTime(h, 0), u"HH"_s));
                p.setPen(pal.color(QPalette::Midlight));
                p.drawLine(hx, HeaderHeight, hx, g.bottom());
            }
            p.setFont(normal);
        }
    }
    // First row: runs per hour across all schedules.
    const QHash<qint64, int> &perHour = m_perHour;
    const int busiest = m_busiest;
    const int rowH = rowHeight();
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QRect(4, HeaderHeight, NameWidth - 8, rowH), Qt::AlignVCenter, tr("All (runs per hour)"));
    const QColor bar = Tones::foreground(Tone::Active, pal);
    for (auto it = perHour.begin(); it != perHour.end(); ++it) {
        const int x = xOf(start + it.key() * 3600000);
        const int w = std::max(1, xOf(start + (it.key() + 1) * 3600000) - x - 1);
        const int h = std::max(2, (rowH - 4) * it.value() / busiest);
        p.fillRect(x, HeaderHeight + rowH - 2 - h, w, h, bar);
    }
    // Now, when it is in the week shown.
    if (const qint64 now = QDateTime::currentMSecsSinceEpoch(); now >= start && now < start + WeekMs) {
        p.setPen(QPen(Tones::foreground(Tone::Negative, pal), 2));
        p.drawLine(xOf(now), HeaderHeight - 6, xOf(now), g.bottom());
    }
    // One row per schedule.
    const QColor mark = Tones::foreground(Tone::Positive, pal);
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows[i];
        const int y = HeaderHeight + rowH * (i + 1);
        if (i % 2 == 0)
            p.fillRect(QRect(0, y, width(), rowH), pal.alternateBase());
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(4, y, NameWidth - 8, rowH), Qt::AlignVCenter, p.fontMetrics().elidedText(r.schedule.name, Qt::ElideRight, NameWidth - 8));
        if (r.dense) {
            p.fillRect(QRect(g.left(), y + 6, g.width(), rowH - 12), mark);
            continue;
        }
        p.setPen(QPen(mark, 2));
        for (qint64 t : r.runs) {
            const int x = xOf(t);
            p.drawLine(x, y + 4, x, y + rowH - 4);
        }
    }
}

std::optional<qint64> WeekView::runAt(int row, int x) const
{
    std::optional<qint64> best;
    int bestDistance = 5; // pixels
    for (qint64 t : m_rows[row].runs)
        if (const int d = std::abs(xOf(t) - x); d < bestDistance) {
            bestDistance = d;
            best = t;
        }
    return best;
}

std::optional<FunctionSchedule> WeekView::scheduleAt(const QPoint &pos) const
{
    const int i = rowAt(pos.y());
    if (i < 0 || i >= m_rows.size())
        return std::nullopt;
    // The name, a run, or anywhere on a dense schedule's band.
    if (pos.x() < NameWidth || m_rows[i].dense || runAt(i, pos.x()))
        return m_rows[i].schedule;
    return std::nullopt;
}

void WeekView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        if (const auto s = scheduleAt(event->position().toPoint()))
            Q_EMIT scheduleClicked(*s);
    QWidget::mouseReleaseEvent(event);
}

void WeekView::mouseMoveEvent(QMouseEvent *event)
{
    setCursor(scheduleAt(event->position().toPoint()) ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QWidget::mouseMoveEvent(event);
}

QString WeekView::toolTipAt(const QPoint &pos) const
{
    const int i = rowAt(pos.y());
    if (i < 0 || i >= m_rows.size())
        return {};
    const Row &r = m_rows[i];
    const qint64 best = runAt(i, pos.x()).value_or(-1);
    QString text =
        tr("%1 — calls %2\n%3 (UTC)").arg(r.schedule.name, r.function.isEmpty() ? tr("an unknown function") : r.function, r.schedule.cronExpression);
    if (best >= 0) {
        const QDateTime utc = QDateTime::fromMSecsSinceEpoch(best, Qt::UTC);
        text += u"\n"_s + tr("Runs %1 local time (%2 UTC)").arg(utc.toTimeZone(m_zone).toString(u"ddd d MMM HH:mm"_s), utc.toString(u"HH:mm"_s));
    } else if (r.dense) {
        text += u"\n"_s + tr("Runs more than %1 times this week").arg(MaxRunsPerSchedule);
    }
    if (const auto input = m_inputs.constFind(r.schedule.id); input != m_inputs.constEnd())
        text += u"\n"_s + tr("Input: %1").arg(QString::fromUtf8(QJsonDocument(*input).toJson(QJsonDocument::Compact)).left(300));
    text += u"\n"_s + tr("Click to edit this schedule.");
    return plainToolTip(text); // schedule and function names are server text
}

bool WeekView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const QPoint pos = static_cast<QHelpEvent *>(event)->pos();
        const QString text = toolTipAt(pos);
        if (text.isEmpty()) {
            QToolTip::hideText();
            return true;
        }
        QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), text, this);
        // The input data is read once per schedule, and the tip shown again with it while the
        // pointer is still there.
        const int i = rowAt(pos.y());
        if (i >= 0 && i < m_rows.size() && m_client && !m_inputs.contains(m_rows[i].schedule.id) && !m_reading.value(m_rows[i].schedule.id)) {
            const qint64 id = m_rows[i].schedule.id;
            m_reading.insert(id, true);
            api::SchedulesService(m_client).inputData(id).then(this, [this, id](const api::Pending<ScheduleInputData>::Result &r) {
                m_reading.remove(id);
                if (r && m_inputs.size() < 1000)
                    m_inputs.insert(id, r->data.value_or(QJsonObject()));
                // Where the pointer is now (the rows may have moved since).
                const QPoint now = mapFromGlobal(QCursor::pos());
                const int row = rowAt(now.y());
                if (r && row >= 0 && row < m_rows.size() && m_rows[row].schedule.id == id && underMouse())
                    QToolTip::showText(QCursor::pos(), toolTipAt(now), this);
                Q_EMIT inputRead(id);
            });
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace fstudio::gui
