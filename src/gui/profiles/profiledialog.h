#pragma once

#include "gui/profiles/profile.h"

#include "api/auth/secretstore.h"
#include "api/workflows/connectiontest.h"

#include <QDialog>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrl>

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

// Create or edit a profile: validation of what was typed (a field's problem shows once it has been
// edited, all of them on Save or Test), "Test connection" (sign-in, in the browser or with a device
// code too, project access, activation, limits, missing capabilities; cancellable, time-boxed), and
// import from a Toolkit .env file.
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
    // Starts the test, or cancels the one running (the button says "Cancel test" then).
    void testConnection();
    void cancelTest();
    QString testReport() const;
    bool isTesting() const { return m_testing; }
    // How long a test may take: `userSignInMs` when a person signs in (browser or device code),
    // `otherMs` otherwise. Defaults 5 minutes and 1 minute.
    void setTestTimeouts(int userSignInMs, int otherMs);
    // Whether the problems of fields not edited yet are shown (after Save or Test was pressed).
    bool showsAllProblems() const { return m_showAll; }
    // Where the test's sign-in waits for the user, as shown: the address to open and, for device
    // code sign-in, the code to enter there (empty when nothing waits).
    QString signInAddress() const;
    QString signInCode() const { return m_signInCode; }

    void accept() override;

Q_SIGNALS:
    void testFinished(bool ok);

private:
    void updateState();
    void updateHints();
    void methodChanged();
    void revealProblems();
    void finishTest(bool ok);
    void showSignIn(const QUrl &address, const QString &code);
    void hideSignIn();
    void appendResult(bool ok, const QString &text);
    void appendProgress(const QString &text);
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
    QSet<QString> m_touched; // objectNames of the fields the user edited
    bool m_showAll = false;
    int m_method = -1; // the method the secret field was typed for
    QTimer m_testTimer;
    int m_userSignInTimeoutMs = 5 * 60 * 1000;
    int m_otherTimeoutMs = 60 * 1000;
    QString m_signInCode;
};

} // namespace fstudio::gui
