#pragma once

#include <QStringList>

namespace fstudio::gui {

// `functions-studio check PATH [--json] [--env ENV] [--profile NAME] [--import]`: the deploy
// wizard's source and checks without a window (DeployChecks), for a pre-commit hook or CI. It
// prints the settings the wizard would use (from the Toolkit files, variables filled) and every
// finding with its file, line, code and severity; as text, or as one JSON document with --json.
// With --profile, the project checks too (limits, a free external id, the data set, access).
// Exit status: 0 without errors, 1 with errors, 2 for a usage problem (or no connection).
class HeadlessCheck
{
public:
    // arguments as QCoreApplication::arguments() gives them ("functions-studio", "check", …).
    // Needs a QCoreApplication (no display); writes to stdout and stderr.
    static int run(const QStringList &arguments);
    static constexpr int TimeoutMs = 5 * 60 * 1000; // the whole check, pip's dry run included
};

} // namespace fstudio::gui
