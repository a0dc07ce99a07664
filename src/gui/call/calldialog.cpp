#include "gui/call/calldialog.h"

#include "ui_calldialog.h"

#include "gui/appsettings.h"
#include "gui/call/callview.h"
#include "gui/logs/logcache.h"
#include "gui/profiles/profile.h"

#include "core/wire/logentry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

CallDialog *CallDialog::forReplacedVersion(const FunctionCall &call, const QString &trigger, int version, const Profile &profile, QWidget *parent)
{
    auto *dlg = new CallDialog(nullptr, call, trigger, {}, parent);
    dlg->setWindowTitle(tr("Call %1 (version %2)").arg(call.id).arg(version));
    QList<LogEntry> lines;
    LogCache cache(LogCache::defaultRoot(), LogCache::scopeFor(profile), qint64(AppSettings::instance()->logCacheMb()) * 1024 * 1024);
    if (const auto kept = cache.read(call.id)) {
        for (const QJsonValue &v : QJsonDocument::fromJson(*kept).object().value(u"items"_s).toArray())
            if (auto line = LogEntry::fromJson(v))
                lines << *line;
    }
    const QString why = tr("This call ran on version %1 of the function (function %2), which a redeploy replaced: CDF deleted the "
                           "call's response and log with it. What is shown was kept on this machine.")
                            .arg(version)
                            .arg(call.functionId);
    dlg->m_view->showKept(lines, lines.isEmpty() ? why + u' ' + tr("No search read its log while it was there.") : why);
    return dlg;
}

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
