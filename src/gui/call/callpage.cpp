#include "gui/call/callpage.h"

#include "gui/call/callpanel.h"
#include "gui/models/formatting.h"
#include "gui/project/projectsession.h"
#include "gui/widgets/notifier.h"

#include <QAction>
#include <QHBoxLayout>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

CallPage::CallPage(ProjectSession *session, Notifier *notifier, QTabWidget *views, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_notifier(notifier)
    , m_views(views)
{
    setObjectName(u"callPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_panels = new QTabWidget;
    m_panels->setObjectName(u"callPanels"_s);
    m_panels->setTabsClosable(true);
    m_panels->setDocumentMode(true);
    layout->addWidget(m_panels);
    m_show = new QAction(tr("Call &Panels"), this);
    m_show->setObjectName(u"showCallPanelsAction"_s);
    m_show->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)); // Ctrl+4 is the week view
    m_show->setEnabled(false);
    connect(m_show, &QAction::triggered, this, [this] {
        if (m_panels->count() > 0)
            bringForward(m_panels->currentWidget());
    });
    // A panel can float in a window of its own, at the size of the window's pages.
    auto *floatButton = new QToolButton;
    floatButton->setObjectName(u"floatCallPanel"_s);
    floatButton->setText(tr("Open in Own Window"));
    floatButton->setToolTip(tr("Moves this call panel into a window of its own, for a second screen."));
    floatButton->setAutoRaise(true);
    m_panels->setCornerWidget(floatButton, Qt::TopRightCorner);
    connect(floatButton, &QToolButton::clicked, this, [this] {
        if (auto *panel = qobject_cast<CallPanel *>(m_panels->currentWidget()))
            floatPanel(panel);
    });
    connect(m_panels, &QTabWidget::currentChanged, this, &CallPage::updateTitle);
    connect(m_panels, &QTabWidget::tabCloseRequested, this, [this](int i) {
        QWidget *panel = m_panels->widget(i);
        m_panels->removeTab(i);
        panel->deleteLater();
        closeIfEmpty();
    });
}

void CallPage::closeIfEmpty()
{
    if (m_panels->count() == 0 && m_views->indexOf(this) >= 0)
        m_views->removeTab(m_views->indexOf(this)); // the tab closes with its last panel
    m_floating.removeAll(nullptr);
    m_show->setEnabled(m_panels->count() > 0);
    updateTitle();
}

QWidget *CallPage::floatPanel(CallPanel *panel)
{
    const int i = m_panels->indexOf(panel);
    if (i < 0)
        return nullptr;
    m_panels->removeTab(i);
    auto *win = new QWidget(window(), Qt::Window);
    win->setObjectName(u"callWindow"_s);
    win->setAttribute(Qt::WA_DeleteOnClose); // closing it closes the panel, as closing its tab does
    win->setWindowTitle(tr("Call: %1 — %2").arg(panel->function().name, m_session->profile().name));
    auto *layout = new QVBoxLayout(win);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *back = new QPushButton(tr("Back into the Main Window"));
    back->setObjectName(u"dockCallPanel"_s);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(back);
    layout->addLayout(row);
    layout->addWidget(panel, 1); // the panel takes all the room: no empty band
    panel->show();
    connect(back, &QPushButton::clicked, this, [this, win, panel] {
        m_floating.removeAll(panel);
        m_panels->addTab(panel, panel->function().name);
        win->close();
        bringForward(panel);
    });
    m_floating << panel;
    win->resize(m_views->size());
    const bool wasShown = m_views->currentWidget() == this;
    closeIfEmpty();
    if (wasShown && m_views->indexOf(this) < 0 && m_cameFrom && m_views->indexOf(m_cameFrom) >= 0)
        m_views->setCurrentWidget(m_cameFrom); // the page the user came from, not a neighbour
    win->show();
    return win;
}

void CallPage::updateTitle()
{
    const int at = m_views->indexOf(this);
    if (at < 0)
        return;
    auto *panel = qobject_cast<CallPanel *>(m_panels->currentWidget());
    m_views->setTabText(at, panel ? tr("Call: %1").arg(panel->function().name) : tr("Call"));
}

void CallPage::bringForward(QWidget *panel)
{
    if (m_floating.contains(panel)) {
        panel->window()->raise();
        panel->window()->activateWindow();
        return;
    }
    if (m_views->indexOf(this) < 0)
        m_views->addTab(this, QString());
    if (m_views->currentWidget() != this)
        m_cameFrom = m_views->currentWidget(); // where floating the last panel goes back to
    m_panels->setCurrentWidget(panel);
    m_views->setCurrentWidget(this);
    m_show->setEnabled(true);
    updateTitle();
    window()->raise();
}

CallPanel *CallPage::open(const Function &function, const CallContext &context)
{
    QList<CallPanel *> panels;
    for (int i = 0; i < m_panels->count(); ++i)
        panels << qobject_cast<CallPanel *>(m_panels->widget(i));
    for (const QPointer<CallPanel> &p : std::as_const(m_floating))
        panels << p.data();
    for (CallPanel *panel : std::as_const(panels))
        if (panel && !panel->isDetached() && panel->function().id == function.id) {
            bringForward(panel);
            return panel;
        }
    if (!m_session->isOpen())
        return nullptr;
    auto *panel = new CallPanel({m_session->context(), function, context});
    panel->follow(m_session);
    m_panels->addTab(panel, function.name);
    bringForward(panel);
    const QPointer<CallPanel> guard(panel);
    connect(panel, &CallPanel::callFinished, this, [this, guard](const FunctionCall &c, const QString &name) {
        m_session->refresh(); // the calls table and the chart show it
        const QString duration = c.durationMs() ? formatDuration(*c.durationMs()) : QString();
        m_notifier->notify(tr("%1: %2").arg(name, statusLabel(toWire(c.status))),
                           duration.isEmpty() ? tr("Call %1").arg(c.id) : tr("Call %1 took %2.").arg(c.id).arg(duration), [this, guard] {
                               if (guard)
                                   bringForward(guard);
                           });
    });
    return panel;
}

} // namespace fstudio::gui
