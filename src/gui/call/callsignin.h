#pragma once

#include "api/auth/noncesource.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLineEdit;

namespace fstudio::gui {

// How a call signs in, as the SDK offers it: the profile's own session (the default), a one-shot
// session (for identity providers without token exchange), a nonce the user already has (used
// once), or another client's credentials. A row of the call panel.
class CallSignIn : public QWidget
{
    Q_OBJECT

public:
    enum Choice { Profile, OneShot, GivenNonce, OtherClient };
    explicit CallSignIn(QWidget *parent = nullptr);
    Choice choice() const;
    void setChoice(Choice c);
    // The session source for the next call (`profile` for the default), or a sentence saying what
    // is missing. A given nonce is handed out once: the field empties (a nonce is single-use).
    std::optional<api::NonceSource> takeSource(const api::NonceSource &profile, QString *problem);

private:
    void showFields();
    QComboBox *m_choice;
    QLineEdit *m_nonce;
    QLineEdit *m_clientId;
    QLineEdit *m_secret;
};

} // namespace fstudio::gui
