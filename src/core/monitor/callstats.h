#pragma once

#include "core/wire/functioncall.h"

#include <QList>

#include <optional>

namespace fstudio {

// Figures over the calls of a time window, for the Monitor page and the functions table
// (docs/ARCHITECTURE.md "Monitoring"). A call belongs to the window when its startTime is in
// [fromMs, toMs). Durations are of finished calls that have an end time; percentiles are
// nearest-rank (the smallest duration with at least p % of the durations at or below it). The
// error rate is (failed + timed out) / finished: running calls count for neither side.
struct CallStats
{
    struct Bucket
    {
        int completed = 0;
        int failed = 0;
        int timeouts = 0;
        int running = 0; // and unknown states
        int total() const { return completed + failed + timeouts + running; }
        friend bool operator==(const Bucket &, const Bucket &) = default;
    };

    qint64 fromMs = 0;
    qint64 toMs = 0;
    qint64 bucketMs = 0;
    int calls = 0;
    int completed = 0;
    int failed = 0;
    int timeouts = 0;
    int running = 0;
    std::optional<qint64> p50Ms;
    std::optional<qint64> p95Ms;
    std::optional<qint64> maxMs;
    std::optional<FunctionCall> newest; // the call with the latest startTime in the window
    QList<Bucket> buckets; // calls per bucketMs from fromMs, by the start time

    int finished() const { return completed + failed + timeouts; }
    // nullopt when no call finished: "no data" is not "0 % errors".
    std::optional<double> errorRate() const;

    // Buckets: ceil((toMs - fromMs) / bucketMs), at most MaxBuckets (a larger count widens the
    // bucket). bucketMs 0: no buckets.
    static constexpr int MaxBuckets = 2000;
    static CallStats of(const QList<FunctionCall> &calls, qint64 fromMs, qint64 toMs, qint64 bucketMs);
    // Adds the buckets of other (same window and bucket size) to these: the project-wide chart.
    void addBuckets(const CallStats &other);
    // The bucket size the Monitor shows for a window: 5 minutes up to 2 hours, an hour up to
    // 14 days, a day beyond.
    static qint64 bucketFor(qint64 windowMs);
    // Nearest-rank percentile of sorted values (p in (0, 100]).
    static std::optional<qint64> percentile(const QList<qint64> &sorted, int p);
};

} // namespace fstudio
