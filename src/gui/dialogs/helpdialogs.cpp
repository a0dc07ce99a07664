#include "gui/dialogs/helpdialogs.h"

#include "ui_aboutdialog.h"
#include "ui_shortcutsdialog.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QIcon>
#include <QKeySequence>

#include <zlib.h>

#include "fs_version.h"

namespace fstudio::gui {

using namespace Qt::StringLiterals;

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this); // ui/dialogs/aboutdialog.ui
    setObjectName(u"aboutDialog"_s);
    m_ui->icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    QFont big = m_ui->title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_ui->title->setFont(big);
    m_ui->title->setText(tr("Functions Studio %1").arg(QStringLiteral(FS_VERSION)));
    m_ui->summary->setText(tr("A native desktop tool to build, deploy, call and schedule Cognite Data Fusion Functions, with a local "
                              "emulator that really runs the Python handlers.\n\nIt is built with these libraries:"));
    struct Library
    {
        QString name, version, license;
    };
    const QList<Library> libraries{
        {u"Qt"_s, QString::fromLatin1(qVersion()), tr("LGPL-3.0-only (Qt Charts and Qt HTTP Server: GPL-3.0-only)")},
        {u"QtKeychain"_s, QStringLiteral(FS_QTKEYCHAIN_VERSION), u"BSD-3-Clause"_s},
        {u"QuaZip"_s, QStringLiteral(FS_QUAZIP_VERSION), tr("LGPL-2.1-or-later with a static linking exception")},
        {u"zlib"_s, QString::fromLatin1(zlibVersion()), u"Zlib"_s},
        {u"Python"_s, tr("the system's python3"), tr("PSF-2.0 (runs handlers; not linked)")},
    };
    m_ui->libraries->setColumnCount(3);
    m_ui->libraries->setHorizontalHeaderLabels({tr("Library"), tr("Version"), tr("License")});
    m_ui->libraries->setRowCount(int(libraries.size()));
    for (int i = 0; i < libraries.size(); ++i) {
        m_ui->libraries->setItem(i, 0, new QTableWidgetItem(libraries[i].name));
        m_ui->libraries->setItem(i, 1, new QTableWidgetItem(libraries[i].version));
        m_ui->libraries->setItem(i, 2, new QTableWidgetItem(libraries[i].license));
    }
    m_ui->libraries->verticalHeader()->hide();
    m_ui->libraries->horizontalHeader()->setStretchLastSection(true);
    m_ui->libraries->resizeColumnsToContents();
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(620, 420);
}

AboutDialog::~AboutDialog() = default;

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ShortcutsDialog>())
{
    m_ui->setupUi(this); // ui/dialogs/shortcutsdialog.ui
    setObjectName(u"shortcutsDialog"_s);
    QList<QAction *> actions;
    for (QAction *a : window->actions())
        if (!a->shortcut().isEmpty() && !a->text().isEmpty())
            actions << a;
    std::sort(actions.begin(), actions.end(),
              [](QAction *a, QAction *b) { return a->text().remove(u'&').compare(b->text().remove(u'&'), Qt::CaseInsensitive) < 0; });
    m_ui->shortcuts->setColumnCount(3);
    m_ui->shortcuts->setHorizontalHeaderLabels({tr("Command"), tr("Keys"), tr("What it does")});
    m_ui->shortcuts->setRowCount(int(actions.size()));
    for (int i = 0; i < actions.size(); ++i) {
        QAction *a = actions[i];
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        m_ui->shortcuts->setItem(i, 0, new QTableWidgetItem(a->icon(), a->text().remove(u'&').remove(u"…"_s)));
        m_ui->shortcuts->setItem(i, 1, new QTableWidgetItem(keys.join(u", "_s)));
        m_ui->shortcuts->setItem(i, 2, new QTableWidgetItem(a->statusTip()));
    }
    m_ui->shortcuts->verticalHeader()->hide();
    m_ui->shortcuts->horizontalHeader()->setStretchLastSection(true);
    m_ui->shortcuts->resizeColumnsToContents();
    connect(m_ui->filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int r = 0; r < m_ui->shortcuts->rowCount(); ++r) {
            bool match = text.isEmpty();
            for (int c = 0; c < 3 && !match; ++c)
                match = m_ui->shortcuts->item(r, c)->text().contains(text, Qt::CaseInsensitive);
            m_ui->shortcuts->setRowHidden(r, !match);
        }
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ShortcutsDialog::~ShortcutsDialog() = default;

int ShortcutsDialog::rowCount() const
{
    return m_ui->shortcuts->rowCount();
}

} // namespace fstudio::gui
