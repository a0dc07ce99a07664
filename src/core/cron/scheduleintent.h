#pragma once

#include "core/cron/simpleschedule.h"

#include <QString>

#include <optional>

namespace fstudio {

// What a schedule made on the Simple tab means, kept with the schedule in CDF so that it reopens as
// exactly that on any machine (in any time zone) and in a teammate's app: a short tag at the end of
// its description, readable in CDF's web UI too:
//   "Nightly export [local time: Europe/Oslo weekly 1-5 08:30]"
// CDF runs the UTC cron; the tag says which local time the cron was made for. The app hides the
// tag from the description it shows and shows it as the "Local time" column.
struct ScheduleIntent
{
    // The tag for `s` ("[local time: Europe/Oslo daily 08:30]"); empty for "every N minutes", whose
    // meaning does not depend on a zone.
    static QString tag(const SimpleSchedule &s);
    // The description with the tag of `s` at its end (an older tag replaced).
    static QString withTag(const QString &description, const SimpleSchedule &s);
    // The description without a tag (as the user wrote it).
    static QString withoutTag(const QString &description);
    // The schedule a description's tag describes; nullopt without a readable tag or with a zone
    // this machine does not know.
    static std::optional<SimpleSchedule> fromDescription(const QString &description);
    // True when `cron` is what the intent turns into on some day of the year around `reference`
    // (its winter or its summer form): the tag still describes the schedule, nobody changed the
    // cron elsewhere.
    static bool matches(const SimpleSchedule &intent, const QString &cron, const QDate &reference);
    // For the "Local time" column: "Mon–Fri 08:30 Europe/Oslo", "daily 08:30 Europe/Oslo".
    static QString describe(const SimpleSchedule &s);
};

} // namespace fstudio
