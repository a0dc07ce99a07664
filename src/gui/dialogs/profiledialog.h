#pragma once

#include "gui/profiles/profile.h"

#include "api/auth/secretstore.h"
#include "api/workflows/connectiontest.h"

#include <QDialog>
#include <QPointer>

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
    ProfileDialog(const Profile &profile, bool secretStored, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    Profile profile() const;
    QString secret() const; // what was typed (empty = keep the stored one)
    bool secretRequired() const;
    QList<Profile::Problem> currentProblems() const;
    void importEnvText(const QString &text, const QString &fileName = {});
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
    bool m_secretStored;
    QLineEdit *m_name, *m_cluster, *m_project, *m_tenant, *m_issuer, *m_tokenUrl, *m_authorizeUrl, *m_deviceCodeUrl, *m_clientId, *m_secret,
        *m_scopes, *m_audience;
    QComboBox *m_method, *m_idp;
    QLabel *m_problems;
    QLabel *m_secretLabel;
    QPlainTextEdit *m_testResult;
    QPushButton *m_test;
    QDialogButtonBox *m_buttons;
    QList<QWidget *> m_oidcRows, m_entraRows, m_oauthRows;
    QFormLayout *m_form;
    api::MemorySecretStore m_testSecrets;
    std::unique_ptr<ProjectConnection> m_testConnection;
    bool m_testing = false;
    bool m_testOk = true;
};

} // namespace fstudio::gui
