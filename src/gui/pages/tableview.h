#pragma once

class QString;
class QTableView;

namespace fstudio::gui {

// The look every resource table shares: row selection, sorting, movable columns, a context menu.
QTableView *makeResourceTable(const QString &objectName);
// Widens every column whose title would be cut (a longer language, a zone in a title) to fit it,
// now and whenever the titles change. Call after setting the model and the default widths.
void fitColumnsToTitles(QTableView *table);

} // namespace fstudio::gui
