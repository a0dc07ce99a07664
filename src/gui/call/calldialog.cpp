#include "gui/call/calldialog.h"

#include "ui_calldialog.h"

#include "gui/call/callview.h"

namespace fstudio::gui {

using namespace Qt::StringLiterals;

CallDialog::CallDialog(api::CdfClient *client, const FunctionCall &call, const QString &trigger, const CallContext &context, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CallDialog>())
{
    setObjectName(u"callDialog"_s);
    m_ui->setupUi(this);
    setWindowTitle(tr("Call %1").arg(call.id));
    m_view = new CallView(client, call, trigger, context, this);
    m_ui->content->addWidget(m_view);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

CallDialog::~CallDialog() = default;

QString CallDialog::logText() const
{
    return m_view->logText();
}

QString CallDialog::responseText() const
{
    return m_view->responseText();
}

QString CallDialog::logState() const
{
    return m_view->logState();
}

qint64 CallDialog::callId() const
{
    return m_view->call().id;
}

bool CallDialog::isFollowing() const
{
    return m_view->isFollowing();
}

void CallDialog::detach(const QString &why)
{
    m_view->detach(why);
}

} // namespace fstudio::gui
