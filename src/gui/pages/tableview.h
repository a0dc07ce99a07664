#pragma once

class QString;
class QTableView;

namespace fstudio::gui {

// The look every resource table shares: row selection, sorting, movable columns, a context menu.
QTableView *makeResourceTable(const QString &objectName);

} // namespace fstudio::gui
