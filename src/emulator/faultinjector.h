#pragma once

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace fstudio::emulator {

// Reproducible fault injection for reliability tests. A plan is JSON:
//   {"seed": 7, "rules": [{"method": "POST", "path": "/api/v1/projects/*/functions/list",
//                          "everyNth": 2 | "probability": 0.3, "action": "status",
//                          "status": 503, "retryAfter": 2, "latencyMs": 0, "maxCount": 10}]}
// Actions: status (429/500/502/503/504 in the CDF error envelope; 429 carries Retry-After),
// latency (wait latencyMs, then answer normally), reset (drop the connection before handling),
// reset-after (handle the request, then drop the connection without answering), truncate
// (answer with half the body), malformed (200 with a body that is not JSON).
// Paths use '*' for any run of characters ('/' included). The first rule that fires wins. The same seed and request sequence give the same faults.
class FaultInjector
{
public:
    enum class Action { Status, Latency, Reset, ResetAfter, Truncate, Malformed };
    struct Rule
    {
        QByteArray method; // empty = any
        QString pathPattern;
        QRegularExpression path;
        double probability = 0;
        int everyNth = 0;
        Action action = Action::Status;
        int status = 503;
        int retryAfterSeconds = 1;
        int latencyMs = 0;
        int maxCount = -1; // -1 = unlimited
        int matched = 0;
        int fired = 0;
    };

    bool loadFile(const QString &path, QString *error);
    bool loadJson(const QByteArray &json, QString *error);
    void clear() { m_rules.clear(); }
    bool isEmpty() const { return m_rules.isEmpty(); }

    // The rule that fires for this request, if any. Counts every match.
    std::optional<Rule> decide(const QByteArray &method, const QString &path);
    int firedCount() const;

private:
    QList<Rule> m_rules;
    QRandomGenerator m_rng;
};

} // namespace fstudio::emulator
