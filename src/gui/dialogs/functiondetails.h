#pragma once

#include "core/wire/function.h"

#include "api/transport/cdfclient.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QFormLayout;
class QListWidget;

namespace fstudio::api {
class CdfClient;
}

namespace fstudio::gui {

// Every field of the selected function: secrets as masked keys, env vars and metadata as tables,
// a failed deployment's message and full trace (monospace, copyable), and the code's file list
// on demand (downloaded and read from the zip).
class FunctionDetails : public QWidget
{
    Q_OBJECT

public:
    explicit FunctionDetails(QWidget *parent = nullptr);
    void setClient(api::CdfClient *client) { m_client = client; }
    void setFunction(const std::optional<Function> &f);
    std::optional<Function> function() const { return m_function; }

private:
    void loadCodeFiles();
    QLabel *m_title;
    QFormLayout *m_form;
    QTableWidget *m_env;
    QTableWidget *m_metadata;
    QLabel *m_secrets;
    QWidget *m_errorBox;
    QLabel *m_errorMessage;
    QPlainTextEdit *m_trace;
    QPushButton *m_loadFiles;
    QListWidget *m_files;
    QPointer<api::CdfClient> m_client;
    std::optional<Function> m_function;
    QList<QLabel *> m_values;
};

} // namespace fstudio::gui
