#pragma once

#include "gui/profiles/profile.h"

#include "core/wire/activationstatus.h"
#include "core/wire/function.h"
#include "core/wire/functionschedule.h"
#include "core/wire/functionslimits.h"

#include <QList>

#include <optional>

namespace fstudio::gui {

// What the app last knew of a profile's project (functions, schedules, limits, activation), kept
// on disk so that the next start shows it at once, marked as stale, while the refresh runs
// (docs/ARCHITECTURE.md "Instant start"). One file per profile under
// AppDataLocation/last-state/, named by a hash of the profile's id, cluster and project, which the
// file also holds and load() checks: it is never shown for another profile or project. Never
// tokens or secrets: a function's secret values are written as "***" whatever they were, and its
// environment variables are left out.
struct LastState
{
    QList<Function> functions;
    QList<FunctionSchedule> schedules;
    std::optional<FunctionsLimits> limits;
    std::optional<ActivationStatus> activation;
    qint64 savedAtMs = 0;

    static constexpr qint64 MaxFileBytes = 64LL * 1024 * 1024;
    static QString fileFor(const Profile &profile);
    static std::optional<LastState> load(const Profile &profile);
    // The file's bytes (what save() writes).
    QByteArray toBytes(const Profile &profile) const;
    // False when it could not be written (the start is then as slow as before, nothing else).
    bool save(const Profile &profile) const;
    static void forget(const Profile &profile);
};

} // namespace fstudio::gui
