#include "gui/call/callsignin.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

CallSignIn::CallSignIn(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"callSignIn"_s);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Sign the call in &with"));
    m_choice = new QComboBox;
    m_choice->setObjectName(u"callSignInChoice"_s);
    label->setBuddy(m_choice);
    m_choice->addItem(tr("this profile's session"));
    m_choice->addItem(tr("a one-shot session (no token exchange needed)"));
    m_choice->addItem(tr("a nonce you have"));
    m_choice->addItem(tr("other client credentials"));
    m_choice->setToolTip(tr("A one-shot session works where the identity provider has no token exchange; it is not refreshed, "
                            "which is fine for one call."));
    m_nonce = new QLineEdit;
    m_nonce->setObjectName(u"callNonce"_s);
    m_nonce->setPlaceholderText(tr("nonce (used once)"));
    m_nonce->setEchoMode(QLineEdit::Password); // a nonce signs a call in: not for the screen
    m_clientId = new QLineEdit;
    m_clientId->setObjectName(u"callClientId"_s);
    m_clientId->setPlaceholderText(tr("client id"));
    m_secret = new QLineEdit;
    m_secret->setObjectName(u"callClientSecret"_s);
    m_secret->setPlaceholderText(tr("client secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    row->addWidget(label);
    row->addWidget(m_choice);
    row->addWidget(m_nonce, 1);
    row->addWidget(m_clientId, 1);
    row->addWidget(m_secret, 1);
    row->addStretch();
    connect(m_choice, &QComboBox::currentIndexChanged, this, &CallSignIn::showFields);
    showFields();
}

CallSignIn::Choice CallSignIn::choice() const
{
    return Choice(m_choice->currentIndex());
}

void CallSignIn::setChoice(Choice c)
{
    m_choice->setCurrentIndex(c);
}

void CallSignIn::showFields()
{
    m_nonce->setVisible(choice() == GivenNonce);
    m_clientId->setVisible(choice() == OtherClient);
    m_secret->setVisible(choice() == OtherClient);
    // Switching away forgets what was typed for the other way: a secret is never kept for nothing.
    if (choice() != OtherClient)
        m_secret->clear();
    if (choice() != GivenNonce)
        m_nonce->clear();
}

std::optional<api::NonceSource> CallSignIn::takeSource(const api::NonceSource &profile, QString *problem)
{
    switch (choice()) {
    case Profile: return profile;
    case OneShot: return api::NonceSource::oneShotTokenExchange();
    case GivenNonce: {
        const QString nonce = m_nonce->text().trimmed();
        if (nonce.isEmpty()) {
            *problem = tr("Paste the nonce to sign the call in with, or choose another way.");
            m_nonce->setFocus();
            return std::nullopt;
        }
        m_nonce->clear(); // single use
        return api::NonceSource::given(nonce);
    }
    case OtherClient:
        if (m_clientId->text().trimmed().isEmpty() || m_secret->text().isEmpty()) {
            *problem = tr("Give the client id and the client secret to sign the call in with, or choose another way.");
            (m_clientId->text().trimmed().isEmpty() ? m_clientId : m_secret)->setFocus();
            return std::nullopt;
        }
        return api::NonceSource::credentials(m_clientId->text().trimmed(), m_secret->text());
    }
    return profile;
}

} // namespace fstudio::gui
