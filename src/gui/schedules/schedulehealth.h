#pragma once

#include "core/wire/functioncall.h"

#include <QList>
#include <QString>

namespace fstudio::gui {

// How a schedule has been doing, from its recent scheduled calls (newest first): how many failed
// in a row, and whether they fail the way calls do after the credentials behind the schedule's
// session changed (a rotated client secret, a revoked session, a new identity provider), in
// which case recreating the schedule with fresh credentials is the fix.
struct ScheduleHealth
{
    int calls = 0;
    int failureStreak = 0; // Failed or Timeout, counted from the newest
    bool credentialProblem = false;
    QString text; // one sentence for the UI

    static ScheduleHealth assess(const QList<FunctionCall> &newestFirst);
};

} // namespace fstudio::gui
