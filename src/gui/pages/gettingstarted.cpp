#include "gui/pages/gettingstarted.h"

#include "ui_gettingstarted.h"

#include "gui/appsettings.h"
#include "gui/project/codedrift.h"
#include "gui/project/projectsession.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

GettingStarted::GettingStarted(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::GettingStarted>())
{
    m_ui->setupUi(this); // ui/pages/gettingstarted.ui
    setObjectName(u"gettingStarted"_s);
    m_ui->intro->setText(tr("Try the whole cycle offline on the local emulator, which runs Python handlers on this machine. "
                            "Nothing here touches a CDF project."));
    m_ui->hint->setText(tr("To use a real project: File ▸ New Profile…, or import the .env of your Cognite Toolkit project."));
    m_ui->dontShow->setChecked(AppSettings::instance()->gettingStartedShown());
    connect(m_ui->dontShow, &QCheckBox::toggled, this, [](bool on) { AppSettings::instance()->setGettingStartedShown(on); });
    connect(m_ui->stepEmulator, &QPushButton::clicked, this, &GettingStarted::openEmulator);
    connect(m_ui->stepDeploy, &QPushButton::clicked, this, &GettingStarted::deployStep);
    connect(m_ui->stepCall, &QPushButton::clicked, this, [this] {
        if (const auto f = tourFunction())
            Q_EMIT callDemo(*f);
    });
    connect(m_ui->stepSchedule, &QPushButton::clicked, this, [this] {
        if (const auto f = tourFunction())
            Q_EMIT scheduleDemo(*f);
    });
    setProgress({});
}

GettingStarted::~GettingStarted() = default;

void GettingStarted::follow(ProjectSession *session)
{
    m_session = session;
    for (auto signal : {&ProjectSession::functionsChanged, &ProjectSession::schedulesChanged, &ProjectSession::connectionChanged})
        connect(session, signal, this, &GettingStarted::update);
    update();
}

void GettingStarted::deployStep()
{
    if (!m_session || !m_session->profile().isLocalEmulator() || !m_session->isOpen())
        return; // the demo is for the local emulator only, never a real project
    QString error;
    if (const QString folder = copyDemo(&error); !folder.isEmpty())
        Q_EMIT deployDemo(folder);
    else
        Q_EMIT problem(error);
}

std::optional<Function> GettingStarted::demoFunction() const
{
    if (!m_session || !m_session->profile().isLocalEmulator() || !m_session->isOpen())
        return std::nullopt; // the demo is for the local emulator only, never a real project
    for (const Function &f : m_session->functions())
        if (f.name == QLatin1StringView(DemoName))
            return f;
    return std::nullopt;
}

std::optional<Function> GettingStarted::tourFunction() const
{
    if (auto demo = demoFunction())
        return demo;
    if (!m_session || !m_session->isOpen() || !m_session->client())
        return std::nullopt;
    std::optional<Function> own;
    const QUrl server = m_session->client()->config().baseUrl;
    for (const Function &f : m_session->functions())
        if (!CodeDrift::folderFor(server, m_session->profile().project, f).isEmpty() && (!own || f.createdTime > own->createdTime))
            own = f;
    return own;
}

void GettingStarted::update()
{
    Progress p;
    p.onEmulator = m_session && m_session->profile().isLocalEmulator() && m_session->isOpen();
    const auto demo = tourFunction();
    if (demo && !demoFunction())
        p.ownName = demo->name;
    p.deployed = demo && demo->status == FunctionStatus::Ready;
    p.called = demo && demo->lastCalled.has_value();
    p.scheduled = demo && !m_session->schedulesOf(demo->id).isEmpty();
    setProgress(p);
}

QString GettingStarted::copyDemo(QString *error)
{
    // The demo folder is in the app (resources/gui.qrc). Named apart from the emulator's own demo
    // functions, so each step is the user's doing.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/getting-started/"_s + QLatin1StringView(DemoName);
    QDir().mkpath(folder);
    for (const QString &name : QDir(u":/demo/hello-world"_s).entryList(QDir::Files)) {
        if (QFile::exists(folder + u'/' + name))
            continue; // the user's copy, perhaps changed: never overwritten
        if (!QFile::copy(u":/demo/hello-world/"_s + name, folder + u'/' + name)) {
            *error = tr("Could not copy the demo function to %1.").arg(folder);
            return {};
        }
        QFile::setPermissions(folder + u'/' + name, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
    }
    return folder;
}

void GettingStarted::setProgress(const Progress &p)
{
    m_progress = p;
    auto step = [](QPushButton *b, bool done, bool enabled, const QString &text) {
        b->setText((done ? u"✓  "_s : u"    "_s) + text);
        b->setEnabled(enabled);
        b->setStyleSheet(u"text-align: left; padding: 6px;"_s);
    };
    step(m_ui->stepEmulator, p.onEmulator, true, tr("1. Open the local emulator"));
    step(m_ui->stepDeploy, p.deployed, p.onEmulator && p.ownName.isEmpty(),
         p.ownName.isEmpty() ? tr("2. Deploy the demo function \"%1\"").arg(QLatin1StringView(DemoName))
                             : tr("2. Deploy a function: \"%1\"").arg(p.ownName));
    step(m_ui->stepCall, p.called, p.deployed, tr("3. Call it and watch its logs live"));
    step(m_ui->stepSchedule, p.scheduled, p.deployed, tr("4. Schedule it with a form"));
}

} // namespace fstudio::gui
