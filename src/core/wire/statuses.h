#pragma once

#include <QString>

namespace fstudio {

// Deployment state of a function. Unknown keeps the server's text (e.g. a new state) visible.
enum class FunctionStatus { Queued, Deploying, Ready, Failed, Retired, Unknown };
// State of one call; every one but Running is final (isTerminal), Unknown (a new word) too.
enum class CallStatus { Running, Completed, Failed, Timeout, Unknown };
// Whether Functions is activated for a project (GET /functions/status).
enum class ActivationState { Inactive, Requested, Activated, Unknown };

QString toWire(FunctionStatus s);
QString toWire(CallStatus s);
QString toWire(ActivationState s);
FunctionStatus functionStatusFromWire(const QString &s);
CallStatus callStatusFromWire(const QString &s);
ActivationState activationStateFromWire(const QString &s);
bool isTerminal(CallStatus s);

} // namespace fstudio
