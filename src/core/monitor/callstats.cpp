#include "core/monitor/callstats.h"

#include <algorithm>

namespace fstudio {

std::optional<double> CallStats::errorRate() const
{
    if (finished() == 0)
        return std::nullopt;
    return double(failed + timeouts) / double(finished());
}

std::optional<qint64> CallStats::percentile(const QList<qint64> &sorted, int p)
{
    if (sorted.isEmpty() || p <= 0 || p > 100)
        return std::nullopt;
    // Nearest rank: ceil(p/100 * n), 1-based; integer arithmetic so 95 % of 20 is exactly 19.
    const qint64 n = sorted.size();
    const qint64 rank = (p * n + 99) / 100;
    return sorted[std::clamp<qint64>(rank, 1, n) - 1];
}

qint64 CallStats::bucketFor(qint64 windowMs)
{
    constexpr qint64 Minute = 60 * 1000;
    constexpr qint64 Hour = 60 * Minute;
    if (windowMs <= 2 * Hour)
        return 5 * Minute;
    if (windowMs <= 14 * 24 * Hour)
        return Hour;
    return 24 * Hour;
}

CallStats CallStats::of(const QList<FunctionCall> &calls, qint64 fromMs, qint64 toMs, qint64 bucketMs)
{
    CallStats s;
    s.fromMs = fromMs;
    s.toMs = std::max(fromMs, toMs);
    if (bucketMs > 0) {
        const qint64 span = s.toMs - s.fromMs;
        const qint64 needed = std::max<qint64>(1, (span + MaxBuckets * bucketMs - 1) / (MaxBuckets * bucketMs));
        s.bucketMs = bucketMs * needed;
        s.buckets.resize(int(std::max<qint64>(1, (span + s.bucketMs - 1) / s.bucketMs)));
    }
    QList<qint64> durations;
    durations.reserve(calls.size());
    for (const FunctionCall &c : calls) {
        if (c.startTime < s.fromMs || c.startTime >= s.toMs)
            continue;
        ++s.calls;
        Bucket *b = s.bucketMs ? &s.buckets[int(std::min<qint64>((c.startTime - s.fromMs) / s.bucketMs, s.buckets.size() - 1))] : nullptr;
        switch (c.status) {
        case CallStatus::Completed:
            ++s.completed;
            if (b)
                ++b->completed;
            break;
        case CallStatus::Failed:
            ++s.failed;
            if (b)
                ++b->failed;
            break;
        case CallStatus::Timeout:
            ++s.timeouts;
            if (b)
                ++b->timeouts;
            break;
        case CallStatus::Running:
        case CallStatus::Unknown:
            ++s.running;
            if (b)
                ++b->running;
            break;
        }
        if (isTerminal(c.status) && c.status != CallStatus::Unknown) {
            if (const auto d = c.durationMs())
                durations << *d;
        }
        if (!s.newest || c.startTime > s.newest->startTime || (c.startTime == s.newest->startTime && c.id > s.newest->id))
            s.newest = c;
    }
    std::sort(durations.begin(), durations.end());
    s.p50Ms = percentile(durations, 50);
    s.p95Ms = percentile(durations, 95);
    if (!durations.isEmpty())
        s.maxMs = durations.last();
    return s;
}

void CallStats::addBuckets(const CallStats &other)
{
    if (buckets.isEmpty()) {
        buckets = other.buckets;
        return;
    }
    const int n = int(std::min(buckets.size(), other.buckets.size()));
    for (int i = 0; i < n; ++i) {
        buckets[i].completed += other.buckets[i].completed;
        buckets[i].failed += other.buckets[i].failed;
        buckets[i].timeouts += other.buckets[i].timeouts;
        buckets[i].running += other.buckets[i].running;
    }
}

} // namespace fstudio
