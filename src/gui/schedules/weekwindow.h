#pragma once

#include "core/wire/functionschedule.h"
#include <QDialog>

#include <QSet>

class QCheckBox;
class QLabel;

namespace fstudio::gui {

class ProjectSession;
class WeekView;

// View ▸ Week View: the project's schedules over the coming week, in the zone chosen in File ▸
// Settings, optionally only those of the functions selected on the Functions page. Follows the
// session: its schedules, its functions' names, its connection (for the input data on hover).
class WeekWindow : public QDialog
{
    Q_OBJECT

public:
    explicit WeekWindow(ProjectSession *session, QWidget *parent = nullptr);
    WeekView *view() const { return m_view; }
    // The functions selected on the Functions page (used when "only the selected" is on).
    void setSelectedFunctions(const QSet<qint64> &ids);

Q_SIGNALS:
    void editSchedule(const fstudio::FunctionSchedule &schedule); // a run or a name was clicked

private:
    void update();
    void applySettings();
    ProjectSession *m_session;
    WeekView *m_view;
    QLabel *m_hint;
    QCheckBox *m_onlySelected;
    QSet<qint64> m_selected;
};

} // namespace fstudio::gui
