#pragma once

#include "core/wire/decodeerror.h"
#include "core/wire/statuses.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace fstudio {

// GET /functions/limits (docs/cdf-api-notes.md §3.4) — the project's allowed cpu, memory, runtimes, ...
struct FunctionsLimits
{
    struct Range
    {
        double min = 0;
        double max = 0;
        double defaultValue = 0;
        friend bool operator==(const Range &, const Range &) = default;
    };

    int timeoutMinutes = 10;
    Range cpuCores{0.1, 0.6, 0.25};
    Range memoryGb{0.1, 2.5, 1.0};
    QStringList runtimes{QStringLiteral("py310"), QStringLiteral("py311"), QStringLiteral("py312"), QStringLiteral("py313"), QStringLiteral("py314")};
    std::optional<int> responseSizeMb = 1; // only some clouds send it

    QJsonObject toJson() const;
    static Decoded<FunctionsLimits> fromJson(const QJsonValue &v);
    friend bool operator==(const FunctionsLimits &, const FunctionsLimits &) = default;
};

} // namespace fstudio
