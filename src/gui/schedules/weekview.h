#pragma once

#include "core/wire/functionschedule.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QTimeZone>
#include <QWidget>

namespace fstudio::api {
class CdfClient;
}

namespace fstudio::gui {

// Every schedule of the project on a 7-day timeline in local time: one row per schedule, a mark
// per run, an hour axis, and a first row that counts the runs of each hour, so clusters (twenty
// schedules at 00:00 UTC) and gaps show at a glance. Hovering a run shows the schedule, its
// function, the time in local time and UTC, and its input data (read from CDF the first time,
// then kept); clicking a run (or a name) asks to edit that schedule.
class WeekView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MaxRunsPerSchedule = 2016; // every 5 minutes; denser ones are drawn as a band
    static constexpr int MaxCountedRuns = 200000; // for the per-hour row, all schedules together

    explicit WeekView(QWidget *parent = nullptr);
    void setClient(api::CdfClient *client);
    void setSchedules(const QList<FunctionSchedule> &schedules, const QHash<qint64, QString> &functionNames);
    void setZone(const QTimeZone &zone);
    // The first day shown, at local midnight (default: today).
    void setStart(const QDate &localDay);
    QDate startDay() const { return m_startDay; }
    QDateTime startUtc() const;

    int scheduleCount() const { return int(m_rows.size()); }
    int runCount() const; // runs drawn, all schedules
    int runCount(qint64 scheduleId) const;
    bool isDense(qint64 scheduleId) const;
    QString toolTipAt(const QPoint &pos) const; // what hovering there shows (escaped, never markup)
    // The schedule a click there edits: on its name, on one of its runs, on a dense band.
    std::optional<FunctionSchedule> scheduleAt(const QPoint &pos) const;
    std::optional<QJsonObject> inputOf(qint64 scheduleId) const
    {
        const auto it = m_inputs.constFind(scheduleId);
        return it == m_inputs.constEnd() ? std::nullopt : std::optional<QJsonObject>(*it);
    }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int rowHeight() const; // rows grow to fill the window, within bounds
    int comfortableHeight() const; // every row at its largest

Q_SIGNALS:
    void scheduleClicked(const fstudio::FunctionSchedule &schedule);
    void inputRead(qint64 scheduleId); // tests

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    struct Row
    {
        FunctionSchedule schedule;
        QString function;
        QList<qint64> runs; // ms since the epoch, UTC
        bool dense = false;
    };
    void rebuild();
    int rowAt(int y) const; // index into m_rows; -1 the runs-per-hour row, -2 the header
    std::optional<qint64> runAt(int row, int x) const;
    QRect grid() const;
    int xOf(qint64 ms) const;
    QPointer<api::CdfClient> m_client;
    QList<FunctionSchedule> m_schedules;
    QHash<qint64, QString> m_functionNames;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QDate m_startDay = QDate::currentDate();
    QList<Row> m_rows;
    qint64 m_startMs = 0; // startUtc(), worked out once per rebuild
    QHash<qint64, int> m_perHour; // runs per hour from the start, all schedules (dense ones too)
    int m_busiest = 1;
    QHash<qint64, QJsonObject> m_inputs; // by schedule id, read on hover
    QHash<qint64, bool> m_reading;
};

} // namespace fstudio::gui
