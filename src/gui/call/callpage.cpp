#include "gui/call/callpage.h"

#include "gui/call/callpanel.h"
#include "gui/models/formatting.h"
#include "gui/project/projectsession.h"
#include "gui/widgets/notifier.h"

#include <QAction>
#include <QPointer>
#include <QTabWidget>
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
    connect(m_panels, &QTabWidget::currentChanged, this, &CallPage::updateTitle);
    connect(m_panels, &QTabWidget::tabCloseRequested, this, [this](int i) {
        QWidget *panel = m_panels->widget(i);
        m_panels->removeTab(i);
        panel->deleteLater();
        if (m_panels->count() == 0) {
            if (const int at = m_views->indexOf(this); at >= 0)
                m_views->removeTab(at); // the tab closes with its last panel
            m_show->setEnabled(false);
        }
        updateTitle();
    });
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
    if (m_views->indexOf(this) < 0)
        m_views->addTab(this, QString());
    m_panels->setCurrentWidget(panel);
    m_views->setCurrentWidget(this);
    m_show->setEnabled(true);
    updateTitle();
    window()->raise();
}

CallPanel *CallPage::open(const Function &function, const CallContext &context)
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
