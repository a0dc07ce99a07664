#pragma once

#include "core/wire/functioncall.h"

#include <QChartView>
#include <QHash>
#include <QPointer>
#include <QTimer>

class QAbstractItemModel;
class QScatterSeries;

namespace fstudio::gui {

class CallsModel;

// Calls over time for the function on the calls page (Qt Charts): one point per call, its start
// time across and its duration up, one colour per status; the legend counts the calls of each
// status. Slow-downs and failure streaks show at a glance; clicking a point opens that call.
// Follows the calls model (at most MaxPoints of the newest calls).
class CallsChart : public QChartView
{
    Q_OBJECT

public:
    static constexpr int MaxPoints = 2000;

    explicit CallsChart(QWidget *parent = nullptr);
    void setModel(CallsModel *model);
    int pointCount() const;
    QScatterSeries *series(CallStatus status) const { return m_series.value(int(status)); }
    // The call of a point (what a click on it opens).
    std::optional<FunctionCall> callAt(CallStatus status, const QPointF &point) const;
    void rebuild();

Q_SIGNALS:
    void callActivated(const fstudio::FunctionCall &call);

protected:
    void changeEvent(QEvent *event) override;

private:
    QPointer<CallsModel> m_model;
    QHash<int, QScatterSeries *> m_series;
    QHash<int, QList<FunctionCall>> m_calls; // per status, in point order
    QTimer m_rebuild;
};

} // namespace fstudio::gui
