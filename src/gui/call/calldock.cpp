#include "gui/call/calldock.h"

#include "gui/call/callpanel.h"
#include "gui/models/formatting.h"
#include "gui/project/projectsession.h"
#include "gui/widgets/notifier.h"

#include <QMainWindow>
#include <QPointer>
#include <QTabWidget>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

CallDock::CallDock(ProjectSession *session, Notifier *notifier, QMainWindow *window)
    : QDockWidget(tr("Calls"), window)
    , m_session(session)
    , m_notifier(notifier)
    , m_window(window)
{
    setObjectName(u"callDock"_s);
    m_panels = new QTabWidget;
    m_panels->setObjectName(u"callPanels"_s);
    m_panels->setTabsClosable(true);
    m_panels->setDocumentMode(true);
    setWidget(m_panels);
    connect(m_panels, &QTabWidget::tabCloseRequested, this, [this](int i) {
        QWidget *panel = m_panels->widget(i);
        m_panels->removeTab(i);
        panel->deleteLater();
        if (m_panels->count() == 0)
            hide();
    });
}

void CallDock::bringForward(QWidget *panel)
{
    m_panels->setCurrentWidget(panel);
    show();
    raise();
}

CallPanel *CallDock::open(const Function &function, const CallContext &context)
{
    for (int i = 0; i < m_panels->count(); ++i)
        if (auto *panel = qobject_cast<CallPanel *>(m_panels->widget(i)); panel && !panel->isDetached() && panel->function().id == function.id) {
            bringForward(panel);
            return panel;
        }
    if (!m_session->isOpen())
        return nullptr;
    auto *panel = new CallPanel({m_session->context(), function, context});
    panel->follow(m_session);
    m_panels->setCurrentIndex(m_panels->addTab(panel, function.name));
    if (isHidden() && !isFloating()) {
        show();
        m_window->resizeDocks({this}, {m_window->height() * 2 / 3}, Qt::Vertical); // the logs need the room
    }
    show();
    raise();
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
