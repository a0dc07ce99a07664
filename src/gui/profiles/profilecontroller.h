#pragma once

#include "gui/profiles/profile.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QWidget;

namespace fstudio::gui {

class ProfileStore;
class SecretVault;

// File ▸ New, Edit and Remove Profile, and the lifetimes of the profiles' secrets: a secret is
// written to the keychain (or, when there is none and the user agrees, kept in memory for the
// session); the old ones go only once the new one is safely stored; removing a profile removes
// its secrets. Whatever the keychain refuses is said in message(), never dropped.
class ProfileController : public QObject
{
    Q_OBJECT

public:
    ProfileController(ProfileStore *store, SecretVault *secrets, QWidget *window);

    void create();
    // The local emulator's profile has no settings: says so, with where its data is.
    void edit(const Profile &profile, const QString &emulatorDataDir);
    // Asks first; then removes the profile and its secrets and emits removed(). `busy` is asked
    // again with the answer (a deploy may have started while the box was open): a reason means
    // not now, and it is said.
    void remove(const Profile &profile, std::function<QString()> busy = {});
    // Saves the profile, and `secret` under the key its sign-in method uses (a client secret or a
    // token; nothing for the others). `stored` runs once the secret is safely in the keychain (or
    // at once when there is none to write): only then may old secrets go.
    void save(const Profile &p, const QString &secret, std::function<void()> stored = {});
    // Removes the secrets of `old` that `now` does not use under the same key (a changed token URL,
    // tenant, client id, cluster or sign-in method); with no `now`, all of them.
    void forgetSecrets(const Profile &old, const std::optional<Profile> &now);

Q_SIGNALS:
    void saved(const fstudio::gui::Profile &profile); // from the dialog: the window opens it
    void removed(const fstudio::gui::Profile &profile);
    void message(const QString &text, bool error);

private:
    void removeSecret(const QString &key);
    ProfileStore *m_store;
    SecretVault *m_secrets;
    QPointer<QWidget> m_window;
};

} // namespace fstudio::gui
