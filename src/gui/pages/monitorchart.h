#pragma once

#include "core/monitor/callstats.h"

#include <QWidget>

namespace fstudio::gui {

// The Monitor's project-wide chart: calls per bucket of the window, stacked by status, with the
// time along the bottom, the highest count on the left and a legend; hovering a bar says what
// it holds.
class MonitorChart : public QWidget
{
    Q_OBJECT

public:
    explicit MonitorChart(QWidget *parent = nullptr);
    void setStats(const CallStats &stats);
    const CallStats &stats() const { return m_stats; }
    QSize sizeHint() const override { return {600, 150}; }
    QSize minimumSizeHint() const override { return {200, 90}; }
    // The bucket under a point of the widget (-1: none), and what its tooltip says.
    int bucketAt(const QPoint &pos) const;
    QString bucketText(int bucket) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF plotArea() const;
    CallStats m_stats;
};

} // namespace fstudio::gui
