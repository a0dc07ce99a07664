#pragma once

#include "gui/deploy/deploystate.h"
#include "gui/profiles/profile.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace fstudio::api {
class CdfClient;
}

class QWidget;

namespace fstudio::gui {

class LocalEmulator;
class SecretVault;

// Gathers what promoting a function to another project needs, before the deploy wizard opens on
// the target: from the source project the function's code (downloaded into a temporary folder as
// a zip, which the wizard unpacks and checks like any zip) and its schedules with their input
// data; from the target project its limits and whether it already has a function with the same
// external id (then the promotion is a new version of that function, which keeps its own
// schedules). Nothing is written anywhere until the user deploys from the wizard.
class Promotion : public QObject
{
    Q_OBJECT

public:
    struct Project
    {
        QPointer<api::CdfClient> client;
        QString project;
        api::NonceSource credentials; // the target's: how schedules sign in by default
    };
    Promotion(const Project &source, const Function &function, const Project &target, QObject *parent = nullptr);

    // Project ▸ Promote…: asks (without blocking) which profile to promote to, of `others`.
    static void chooseTarget(QWidget *parent, const Function &function, const QString &fromProject, const QList<Profile> &others,
                             std::function<void(const QString &profileId)> chosen);
    // Connects to the target profile's project (signing in first when it signs in as a user) and
    // starts; the connection goes with state() to the wizard. Deletes itself after ready() or
    // failed(). nullptr, with *problem, when it cannot begin.
    static Promotion *begin(const Project &source, const Function &function, const Profile &target, SecretVault *secrets,
                            const LocalEmulator *emulator, QObject *parent, QString *problem);

    void start();
    // After ready(): the wizard's starting state (target client, the downloaded code, the settings
    // and schedules of the source function).
    DeployState state() const { return m_state; }

Q_SIGNALS:
    void step(const QString &description);
    void ready();
    void failed(const QString &why);

private:
    void readLimits();
    void findInTarget();
    void download();
    void readSchedules();
    void fail(const QString &why);
    Project m_source;
    Function m_function;
    DeployState m_state;
};

} // namespace fstudio::gui
