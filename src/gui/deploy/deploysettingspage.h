#pragma once

#include "gui/deploy/deploystate.h"

#include "core/rules/validator.h"

#include <QHash>
#include <QWizardPage>

#include <memory>

class QAbstractItemModel;
class QLabel;
class QModelIndex;
class QTableWidget;

namespace Ui {
class DeploySettingsPage;
}

namespace fstudio::gui {

// Page 2 (ui/deploy/deploysettingspage.ui): name, external id, description, owner, function path
// (picked from the package), runtime, cpu and memory within the project's limits, secrets (values
// masked), environment variables, metadata and package index URLs. Every edit is checked with the
// shared Validator; errors keep Next disabled and say what is wrong, where, and how to fix it.
// Prefilled from the folder's name, or from the function a new version replaces.
class DeploySettingsPage : public QWizardPage
{
    Q_OBJECT

public:
    DeploySettingsPage(DeployState *state, QWidget *parent = nullptr);
    ~DeploySettingsPage() override;

    void initializePage() override;
    void cleanupPage() override { } // keep every field when the user goes back
    bool isComplete() const override;
    bool validatePage() override;
    FunctionWrite collect() const;
    // Where a secret's value lives in the secrets table (its text is only dots).
    static constexpr int SecretRole = Qt::UserRole + 1;
    static void setSecretValue(QAbstractItemModel *model, const QModelIndex &index, const QString &value);
    ValidationProblems problems() const { return m_problems; }

private:
    void prefill();
    // Every field from f (secret values stay empty); asIs: also a function path or runtime the
    // package or the limits do not have (a new version keeps what the function had).
    void apply(const FunctionWrite &f, bool asIs = false);
    void revalidate();
    void prefillSchedules();
    // The Toolkit definition: where it came from, its environment, what reading it found.
    void showToolkit();
    void applyToolkit(); // its settings into the fields
    void readToolkit(const QString &environment); // again, with another config.<env>.yaml
    // Secret values typed for this source and project before, from the keychain (never a file).
    QString secretsKey() const;
    void recallSecretValues();
    void rememberSecretValues();
    api::NonceSource chosenScheduleSignIn() const;
    std::optional<qint64> codeDataSetId() const;
    static StringMap tableValues(const QTableWidget *table, bool secret = false);
    static void fillTable(QTableWidget *table, const StringMap &values);
    std::unique_ptr<Ui::DeploySettingsPage> m_ui;
    DeployState *m_state;
    QString m_prefilledFor; // the folder the fields were filled from
    ValidationProblems m_problems;
    QLabel *fieldMessage(QWidget *field); // the line under a field for its errors (made on first use)
    QHash<QWidget *, QLabel *> m_fieldMessages;
    int m_toolkitGeneration = 0;
    bool m_readingToolkit = false; // another environment's files are being read
};

} // namespace fstudio::gui
