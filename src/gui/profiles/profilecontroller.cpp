#include "gui/profiles/profilecontroller.h"

#include "gui/profiles/profiledialog.h"
#include "gui/profiles/profilestore.h"
#include "gui/profiles/secretvault.h"
#include "gui/widgets/messageboxes.h"

namespace fstudio::gui {

using namespace Qt::StringLiterals;

ProfileController::ProfileController(ProfileStore *store, SecretVault *secrets, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_secrets(secrets)
    , m_window(window)
{
}

void ProfileController::create()
{
    Profile p;
    p.method = Profile::Method::Interactive; // a person signs in as themselves; a service principal is the exception
    p.idp = Profile::IdentityProvider::EntraId;
    auto *dlg = new ProfileDialog(p, m_secrets, m_window);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &QDialog::accepted, this, [this, dlg] {
        const Profile saved = dlg->profile();
        save(saved, dlg->secret());
        Q_EMIT this->saved(saved);
    });
    dlg->open();
}

void ProfileController::edit(const Profile &profile, const QString &emulatorDataDir)
{
    if (profile.isLocalEmulator()) {
        MessageBoxes::inform(
            m_window, tr("Local emulator"),
            tr("The local emulator profile needs no settings: it starts functions-emulator on a free loopback port with its data in %1.")
                .arg(emulatorDataDir));
        return;
    }
    auto *dlg = new ProfileDialog(profile, m_secrets, m_window);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &QDialog::accepted, this, [this, dlg, profile] {
        const Profile saved = dlg->profile();
        // Old secrets go only once the new one is safely stored: a failed keychain write leaves
        // the user with the secret they had, not with none.
        save(saved, dlg->secret(), [this, profile, saved] { forgetSecrets(profile, saved); });
        Q_EMIT this->saved(saved);
    });
    dlg->open();
}

void ProfileController::remove(const Profile &doomed, std::function<QString()> busy)
{
    if (doomed.id.isEmpty() || doomed.isLocalEmulator())
        return;
    if (const QString why = busy ? busy() : QString(); !why.isEmpty()) {
        Q_EMIT message(why, true);
        return;
    }
    MessageBoxes::ask(m_window, tr("Remove Profile"),
                      tr("Remove the profile \"%1\" (project %2)?\n\nIts client secret, token and refresh token are removed from the "
                         "keychain. Nothing in the CDF project is touched: functions, calls and schedules stay as they are.")
                          .arg(doomed.name, doomed.project),
                      QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, {{QMessageBox::Yes, tr("Remove Profile")}},
                      [this, doomed, busy](QMessageBox::StandardButton answer) {
                          if (answer != QMessageBox::Yes)
                              return;
                          if (const QString why = busy ? busy() : QString(); !why.isEmpty()) {
                              Q_EMIT message(why, true);
                              return;
                          }
                          forgetSecrets(doomed, std::nullopt);
                          m_store->remove(doomed.id);
                          Q_EMIT removed(doomed);
                      });
}

void ProfileController::forgetSecrets(const Profile &old, const std::optional<Profile> &now)
{
    if (old.id.isEmpty() || old.isLocalEmulator())
        return;
    const QString keep = now && now->secretInUse() ? now->secretKey(now->secretInUse()) : QString();
    for (const char *what : Profile::secretKinds()) {
        if (const QString key = old.secretKey(what); key != keep)
            removeSecret(key);
        // Keys from before secrets were bound to their destination ("<id>/client-secret"): never
        // read any more, removed whenever the profile's secrets are.
        removeSecret(old.id + u'/' + QLatin1StringView(what));
    }
}

void ProfileController::removeSecret(const QString &key)
{
    m_secrets->remove(key, this, [this](const api::SecretStore::Result &r) {
        if (r.status == api::SecretStore::Status::Error)
            Q_EMIT message(tr("A secret could not be removed from the keychain: %1. Remove it there by hand if it should go.").arg(r.message), true);
    });
}

void ProfileController::save(const Profile &p, const QString &secret, std::function<void()> stored)
{
    m_store->save(p);
    const char *what = p.secretInUse();
    // Only a client secret or a token is typed; a secret left in the form after switching to
    // interactive or device sign-in is not the profile's and is not kept.
    if (secret.isEmpty() || !what || qstrcmp(what, "refresh-token") == 0) {
        if (stored)
            stored();
        return;
    }
    const QString key = p.secretKey(what);
    m_secrets->write(key, secret, this, [this, key, secret, stored](const api::SecretStore::Result &r) {
        if (r.status == api::SecretStore::Status::Ok) {
            if (stored)
                stored();
            return;
        }
        if (r.status == api::SecretStore::Status::Unavailable) {
            MessageBoxes::ask(m_window, tr("No keychain"),
                              tr("No keychain is available on this system (%1), so the secret cannot be saved securely.\n\n"
                                 "Keep it in memory for this session only? It is not written anywhere and you will have to enter it again "
                                 "after restarting Functions Studio.")
                                  .arg(r.message),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes,
                              {{QMessageBox::Yes, tr("Keep for this session")}, {QMessageBox::No, tr("Discard")}},
                              [this, key, secret](QMessageBox::StandardButton answer) {
                                  if (answer != QMessageBox::Yes)
                                      return;
                                  m_secrets->allowSessionOnlyFallback(true);
                                  m_secrets->write(key, secret, nullptr, {});
                                  Q_EMIT message(tr("No keychain: the secret is kept in memory for this session only."), false);
                              });
            return;
        }
        Q_EMIT message(tr("The secret could not be saved in the keychain: %1").arg(r.message), true);
    });
}

} // namespace fstudio::gui
