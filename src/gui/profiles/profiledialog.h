#pragma once

#include "gui/profiles/profile.h"

#include "api/auth/secretstore.h"
#include "api/workflows/connectiontest.h"

#include <QDialog>
#include <QPointer>
#include <QSet>

#include <memory>

class QComboBox;
class QFormLayout;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Ui {
class ProfileDialog;
}

namespace fstudio::gui {

class ProjectConnection;

// Create or edit a profile: validation as you type, "Test connection" (token, project access,
// activation, limits, missing capabilities), and import from a Toolkit .env file.
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    // `stored` is where the profile's secrets are kept (the keychain); the dialog reads it to know
    // whether a secret is stored for what the form says now, and "Test connection" signs in with
    // the stored secret when none is typed. Nothing is written to it here.
    ProfileDialog(const Profile &profile, api::SecretStore *stored, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    Profile profile() const;
    QString secret() const; // what was typed (empty = keep the stored one)
    bool secretRequired() const;
    // A secret is stored for the sign-in method, token URL, tenant, client id and cluster in the
    // form now (a change of any of them means it must be typed again).
    bool hasStoredSecret() const;
    QList<Profile::Problem> currentProblems() const;
    void importEnvText(const QString &text, const QString &fileName = {});
    void importEnvFile(const QString &path); // at most 1 MB is read
    void testConnection();
    QString testReport() const;
    bool isTesting() const { return m_testing; }

Q_SIGNALS:
    void testFinished(bool ok);

private:
    void updateState();
    void appendResult(bool ok, const QString &text);
    QString describe(const api::ConnectionTest::Step &step, const Profile &p) const;

    std::unique_ptr<Ui::ProfileDialog> m_ui;
    Profile m_base;
    api::SecretStore *m_stored; // owned by main() (the SecretVault), which outlives every window and dialog
    QString m_storedKey; // the key of m_base's secret, once the store said it holds one
    QList<QWidget *> m_oidcRows, m_entraRows, m_oauthRows;
    api::MemorySecretStore m_testSecrets;
    std::unique_ptr<ProjectConnection> m_testConnection;
    bool m_testing = false;
    bool m_testOk = true;
};

} // namespace fstudio::gui
