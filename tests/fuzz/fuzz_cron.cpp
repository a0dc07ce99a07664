// The cron engine: parse anything; what parses must describe itself, find its next runs in
// order (never scanning forever), and match each run it finds.
#include "fuzzinput.h"

#include "core/cron/cronexpression.h"
#include "core/cron/simpleschedule.h"

#include <QTimeZone>

using namespace fstudio;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = fuzz::text(data, std::min<size_t>(size, 512));
    const auto cron = CronExpression::parse(text);
    if (!cron) {
        FS_FUZZ_CHECK(!cron.error().toString().isEmpty());
        return 0;
    }
    FS_FUZZ_CHECK(!cron->describe().isEmpty());
    const QDateTime start(QDate(2026, 2, 27), QTime(23, 59), Qt::UTC);
    const QList<QDateTime> runs = cron->nextRuns(start, 5);
    QDateTime previous = start;
    for (const QDateTime &r : runs) {
        FS_FUZZ_CHECK(r > previous);
        FS_FUZZ_CHECK(cron->matches(r));
        previous = r;
    }
    static const QTimeZone oslo("Europe/Oslo");
    if (const auto simple = SimpleSchedule::fromCron(text, oslo, QDate(2026, 3, 1)))
        (void)simple->toCron(QDate(2026, 3, 1));
    return 0;
}
