#include "gui/schedules/weekwindow.h"

#include "gui/appsettings.h"
#include "gui/project/projectsession.h"
#include "gui/schedules/weekview.h"

#include <QCheckBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

WeekWindow::WeekWindow(ProjectSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(u"weekWindow"_s);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    m_view = new WeekView;
    connect(m_view, &WeekView::scheduleClicked, this, &WeekWindow::editSchedule);
    scroll->setWidget(m_view);
    auto *layout = new QVBoxLayout(this);
    m_hint = new QLabel;
    m_hint->setObjectName(u"weekHint"_s);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    m_onlySelected = new QCheckBox(tr("Only the functions selected on the Functions page"));
    m_onlySelected->setObjectName(u"weekOnlySelected"_s);
    connect(m_onlySelected, &QCheckBox::toggled, this, &WeekWindow::update);
    // Which week: the one before, this one, the one after.
    auto *row = new QHBoxLayout;
    row->addWidget(m_onlySelected, 1);
    auto step = [this, row](const QString &name, const QString &text, int days) {
        auto *b = new QPushButton(text);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this,
                [this, days] { m_view->setStart(days == 0 ? QDate::currentDate() : m_view->startDay().addDays(days)); });
        row->addWidget(b);
    };
    step(u"weekPrevious"_s, tr("◀ Previous week"), -7);
    step(u"weekToday"_s, tr("This week"), 0);
    step(u"weekNext"_s, tr("Next week ▶"), 7);
    layout->addLayout(row);
    layout->addWidget(scroll);

    connect(session, &ProjectSession::schedulesChanged, this, &WeekWindow::update);
    connect(session, &ProjectSession::functionsChanged, this, &WeekWindow::update);
    connect(session, &ProjectSession::connectionChanged, this, [this] {
        m_view->setClient(m_session->client());
        setWindowTitle(tr("Schedules this week — %1").arg(m_session->profile().name));
        update();
    });
    connect(AppSettings::instance(), &AppSettings::changed, this, &WeekWindow::applySettings);
    m_view->setClient(session->client());
    setWindowTitle(tr("Schedules this week — %1").arg(session->profile().name));
    applySettings();
    // As tall as the rows need (no empty band under a few schedules), up to most of the screen.
    const int chrome = sizeHint().height() - scroll->sizeHint().height() + 4;
    const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen();
    const int most = screen ? screen->availableGeometry().height() * 4 / 5 : 700;
    resize(1100, std::clamp(m_view->comfortableHeight() + chrome, 260, std::max(260, most)));
}

void WeekWindow::applySettings()
{
    const QTimeZone zone = AppSettings::instance()->scheduleTimeZone();
    m_hint->setText(tr("Each mark is a run, in local time (%1); the first row counts the runs of each hour. Hover a run for its "
                       "function and input; click it to edit its schedule.")
                        .arg(QString::fromUtf8(zone.id())));
    m_view->setZone(zone);
    update();
}

void WeekWindow::setSelectedFunctions(const QSet<qint64> &ids)
{
    m_selected = ids;
    if (m_onlySelected->isChecked())
        update();
}

void WeekWindow::update()
{
    QList<FunctionSchedule> schedules = m_session->isOpen() ? m_session->schedules() : QList<FunctionSchedule>();
    if (m_onlySelected->isChecked())
        schedules.removeIf([this](const FunctionSchedule &s) { return !m_selected.contains(s.functionId.value_or(0)); });
    m_view->setSchedules(schedules, m_session->functionNames());
}

} // namespace fstudio::gui
