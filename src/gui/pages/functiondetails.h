#pragma once

#include "core/wire/function.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class FunctionDetails;
}

namespace fstudio::api {
class CdfClient;
}

namespace fstudio::gui {

// Every field of the selected function (ui/pages/functiondetails.ui): secrets as masked keys, env vars
// and metadata as tables, a failed deployment's message and full trace (monospace, copyable), and
// the code's file list on demand (downloaded, then read from the zip off the GUI thread).
class FunctionDetails : public QWidget
{
    Q_OBJECT

public:
    explicit FunctionDetails(QWidget *parent = nullptr);
    ~FunctionDetails() override;
    void setClient(api::CdfClient *client);
    void setFunction(const std::optional<Function> &f);
    std::optional<Function> function() const { return m_function; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadCodeFiles();
    void showZip(qint64 fileId, const QByteArray &bytes);
    void applyStatusColour();
    std::unique_ptr<Ui::FunctionDetails> m_ui;
    QPointer<api::CdfClient> m_client;
    std::optional<Function> m_function;
    int m_generation = 0; // bumped when the function or client changes: late answers are dropped
};

} // namespace fstudio::gui
