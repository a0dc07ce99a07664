#include "gui/models/driftresult.h"

#include <QCoreApplication>
#include <QDir>

namespace fstudio::gui {

QString driftText(const DriftResult &r)
{
    // The catalogues keep these under CodeDrift, where they were written first.
    const QString name = QDir(r.folder).dirName();
    switch (r.state) {
    case DriftState::Unknown: return {};
    case DriftState::Same: return QCoreApplication::translate("fstudio::gui::CodeDrift", "Same as %1").arg(name);
    case DriftState::Changed: return QCoreApplication::translate("fstudio::gui::CodeDrift", "Changed in %1").arg(name);
    case DriftState::NoHash: return QCoreApplication::translate("fstudio::gui::CodeDrift", "Not comparable");
    case DriftState::FolderGone: return QCoreApplication::translate("fstudio::gui::CodeDrift", "Folder gone");
    case DriftState::Unreadable: return QCoreApplication::translate("fstudio::gui::CodeDrift", "Unreadable");
    }
    return {};
}

} // namespace fstudio::gui
