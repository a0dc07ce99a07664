#include "emulator/faultinjector.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fstudio::emulator {

using namespace Qt::StringLiterals;

bool FaultInjector::loadFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = u"cannot read the fault plan %1: %2"_s.arg(path, f.errorString());
        return false;
    }
    return loadJson(f.readAll(), error);
}

bool FaultInjector::loadJson(const QByteArray &json, QString *error)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = u"the fault plan is not a JSON object (%1)"_s.arg(pe.errorString());
        return false;
    }
    const QJsonObject o = doc.object();
    m_rng.seed(quint32(o.value("seed"_L1).toInteger(1)));
    QList<Rule> rules;
    const QJsonArray arr = o.value("rules"_L1).toArray();
    for (int i = 0; i < arr.size(); ++i) {
        const QJsonObject r = arr.at(i).toObject();
        Rule rule;
        rule.method = r.value("method"_L1).toString().toUpper().toLatin1();
        if (rule.method == "*")
            rule.method.clear();
        rule.pathPattern = r.value("path"_L1).toString(u"*"_s);
        // '*' matches any characters, '/' included; everything else is literal.
        QString re;
        for (const QChar c : rule.pathPattern)
            re += c == u'*' ? u".*"_s : QRegularExpression::escape(QString(c));
        rule.path = QRegularExpression(u"^"_s + re + u"$"_s);
        rule.probability = r.value("probability"_L1).toDouble(0);
        rule.everyNth = r.value("everyNth"_L1).toInt(0);
        if (rule.probability <= 0 && rule.everyNth <= 0)
            rule.everyNth = 1;
        const QString action = r.value("action"_L1).toString(u"status"_s);
        static const QMap<QString, Action> actions{{u"status"_s, Action::Status},     {u"latency"_s, Action::Latency},
                                                   {u"reset"_s, Action::Reset},       {u"reset-after"_s, Action::ResetAfter},
                                                   {u"truncate"_s, Action::Truncate}, {u"malformed"_s, Action::Malformed}};
        if (!actions.contains(action)) {
            *error = u"rules[%1].action: unknown action \"%2\"; use one of %3"_s.arg(i).arg(action, QStringList(actions.keys()).join(u", "_s));
            return false;
        }
        rule.action = actions.value(action);
        rule.status = r.value("status"_L1).toInt(503);
        rule.retryAfterSeconds = r.value("retryAfter"_L1).toInt(1);
        rule.latencyMs = r.value("latencyMs"_L1).toInt(0);
        rule.maxCount = r.value("maxCount"_L1).toInt(-1);
        if (!rule.path.isValid()) {
            *error = u"rules[%1].path: invalid pattern"_s.arg(i);
            return false;
        }
        rules << rule;
    }
    m_rules = rules;
    return true;
}

std::optional<FaultInjector::Rule> FaultInjector::decide(const QByteArray &method, const QString &path)
{
    for (Rule &r : m_rules) {
        if (!r.method.isEmpty() && r.method != method)
            continue;
        if (!r.path.match(path).hasMatch())
            continue;
        ++r.matched;
        if (r.maxCount >= 0 && r.fired >= r.maxCount)
            continue;
        const bool fire = r.everyNth > 0 ? (r.matched % r.everyNth == 0) : (m_rng.generateDouble() < r.probability);
        if (!fire)
            continue;
        ++r.fired;
        return r;
    }
    return std::nullopt;
}

int FaultInjector::firedCount() const
{
    int n = 0;
    for (const Rule &r : m_rules)
        n += r.fired;
    return n;
}

} // namespace fstudio::emulator
