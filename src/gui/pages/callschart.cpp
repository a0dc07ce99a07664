#include "gui/pages/callschart.h"

#include "gui/models/callsmodel.h"
#include "gui/models/formatting.h"
#include "gui/widgets/tones.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

namespace {
const QList<CallStatus> Statuses{CallStatus::Completed, CallStatus::Failed, CallStatus::Timeout, CallStatus::Running};
}

CallsChart::CallsChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(u"callsChart"_s);
    setRenderHint(QPainter::Antialiasing);
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    auto *x = new QDateTimeAxis;
    x->setFormat(u"MMM d HH:mm"_s);
    x->setTitleText(tr("Started"));
    auto *y = new QValueAxis;
    y->setTitleText(tr("Duration (s)"));
    y->setLabelFormat(u"%.1f"_s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (CallStatus s : Statuses) {
        auto *series = new QScatterSeries;
        series->setMarkerSize(8);
        series->setBorderColor(Qt::transparent);
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
        m_series.insert(int(s), series);
        connect(series, &QScatterSeries::clicked, this, [this, s](const QPointF &p) {
            if (const auto c = callAt(s, p))
                Q_EMIT callActivated(*c);
        });
    }
    QChart *blank = QChartView::chart(); // the view's own, which setChart() hands back to us
    setChart(chart);
    delete blank;
    setMinimumHeight(160);
    m_rebuild.setSingleShot(true);
    m_rebuild.setInterval(200); // a page of calls comes in several inserts
    connect(&m_rebuild, &QTimer::timeout, this, &CallsChart::rebuild);
    rebuild();
}

void CallsChart::setModel(CallsModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (model)
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(model, signal, this, [this] { m_rebuild.start(); });
    if (model) {
        connect(model, &QAbstractItemModel::dataChanged, this, [this] { m_rebuild.start(); });
        connect(model, &QAbstractItemModel::modelReset, this, [this] { m_rebuild.start(); });
    }
    rebuild();
}

void CallsChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

int CallsChart::pointCount() const
{
    int n = 0;
    for (const QScatterSeries *s : m_series)
        n += s->count();
    return n;
}

std::optional<FunctionCall> CallsChart::callAt(CallStatus status, const QPointF &point) const
{
    const QList<FunctionCall> calls = m_calls.value(int(status));
    const QScatterSeries *series = m_series.value(int(status));
    if (!series || calls.isEmpty())
        return std::nullopt;
    // The nearest point on screen: a click lands near a marker, not on its exact value.
    const QPointF at = chart()->mapToPosition(point, const_cast<QScatterSeries *>(series));
    int best = -1;
    qreal bestDistance = 0;
    for (int i = 0; i < series->count() && i < calls.size(); ++i) {
        const QPointF p = chart()->mapToPosition(series->at(i), const_cast<QScatterSeries *>(series));
        const qreal d = (p - at).manhattanLength();
        if (best < 0 || d < bestDistance) {
            best = i;
            bestDistance = d;
        }
    }
    return best >= 0 ? std::optional<FunctionCall>(calls[best]) : std::nullopt;
}

void CallsChart::rebuild()
{
    m_rebuild.stop();
    m_calls.clear();
    QList<FunctionCall> calls = m_model ? m_model->calls() : QList<FunctionCall>();
    calls.removeIf([](const FunctionCall &c) { return c.startTime <= 0; });
    std::sort(calls.begin(), calls.end(), [](const FunctionCall &a, const FunctionCall &b) { return a.startTime > b.startTime; });
    if (calls.size() > MaxPoints)
        calls.resize(MaxPoints);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 minX = std::numeric_limits<qint64>::max();
    qint64 maxX = 0;
    double maxY = 1;
    QHash<int, QList<QPointF>> points;
    for (const FunctionCall &c : std::as_const(calls)) {
        const int key = int(Statuses.contains(c.status) ? c.status : CallStatus::Running);
        const double seconds = double(c.durationMs().value_or(std::max<qint64>(0, now - c.startTime))) / 1000.0;
        points[key] << QPointF(double(c.startTime), seconds);
        m_calls[key] << c;
        minX = std::min(minX, c.startTime);
        maxX = std::max(maxX, c.startTime);
        maxY = std::max(maxY, seconds);
    }
    for (CallStatus s : Statuses) {
        QScatterSeries *series = m_series.value(int(s));
        series->replace(points.value(int(s)));
        const QColor colour = Tones::foreground(Tones::forStatus(toWire(s)), palette());
        series->setColor(colour);
        series->setName(tr("%1 (%2)").arg(statusLabel(toWire(s))).arg(series->count()));
        // Statuses without calls stay out of the legend.
        for (QLegendMarker *m : chart()->legend()->markers(series))
            m->setVisible(series->count() > 0);
    }
    auto *x = qobject_cast<QDateTimeAxis *>(chart()->axes(Qt::Horizontal).value(0));
    auto *y = qobject_cast<QValueAxis *>(chart()->axes(Qt::Vertical).value(0));
    if (calls.isEmpty()) {
        minX = now - 3600 * 1000;
        maxX = now;
    }
    const qint64 pad = std::max<qint64>((maxX - minX) / 20, 30 * 1000);
    x->setRange(QDateTime::fromMSecsSinceEpoch(minX - pad), QDateTime::fromMSecsSinceEpoch(maxX + pad));
    y->setRange(0, maxY * 1.1);
    chart()->setTitle(calls.isEmpty() ? tr("No calls to chart") : QString());
    const QPalette p = palette();
    chart()->setBackgroundBrush(p.base());
    chart()->setTitleBrush(p.text());
    chart()->legend()->setLabelColor(p.color(QPalette::Text));
    for (QAbstractAxis *a : chart()->axes()) {
        a->setLabelsColor(p.color(QPalette::Text));
        a->setTitleBrush(p.text());
        a->setGridLineColor(p.color(QPalette::Mid));
    }
}

} // namespace fstudio::gui
