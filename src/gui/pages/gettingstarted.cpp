#include "gui/pages/gettingstarted.h"

#include "ui_gettingstarted.h"

#include "gui/appsettings.h"

namespace fstudio::gui {

using namespace Qt::StringLiterals;

GettingStarted::GettingStarted(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::GettingStarted>())
{
    m_ui->setupUi(this); // ui/gettingstarted.ui
    setObjectName(u"gettingStarted"_s);
    m_ui->intro->setText(tr("Try the whole cycle offline on the local emulator, which runs Python handlers on this machine. "
                            "Nothing here touches a CDF project."));
    m_ui->hint->setText(tr("To use a real project: File ▸ New Profile…, or import the .env of your Cognite Toolkit project."));
    m_ui->dontShow->setChecked(AppSettings::instance()->gettingStartedShown());
    connect(m_ui->dontShow, &QCheckBox::toggled, this, [](bool on) { AppSettings::instance()->setGettingStartedShown(on); });
    connect(m_ui->stepEmulator, &QPushButton::clicked, this, &GettingStarted::openEmulator);
    connect(m_ui->stepDeploy, &QPushButton::clicked, this, &GettingStarted::deployDemo);
    connect(m_ui->stepCall, &QPushButton::clicked, this, &GettingStarted::callDemo);
    connect(m_ui->stepSchedule, &QPushButton::clicked, this, &GettingStarted::scheduleDemo);
    setProgress({});
}

GettingStarted::~GettingStarted() = default;

void GettingStarted::setProgress(const Progress &p)
{
    m_progress = p;
    auto step = [](QPushButton *b, bool done, bool enabled, const QString &text) {
        b->setText((done ? u"✓  "_s : u"    "_s) + text);
        b->setEnabled(enabled);
        b->setStyleSheet(u"text-align: left; padding: 6px;"_s);
    };
    step(m_ui->stepEmulator, p.onEmulator, true, tr("1. Open the local emulator"));
    step(m_ui->stepDeploy, p.deployed, p.onEmulator, tr("2. Deploy the demo function \"%1\"").arg(QLatin1StringView(DemoName)));
    step(m_ui->stepCall, p.called, p.onEmulator && p.deployed, tr("3. Call it and watch its logs live"));
    step(m_ui->stepSchedule, p.scheduled, p.onEmulator && p.deployed, tr("4. Schedule it with a form"));
}

} // namespace fstudio::gui
