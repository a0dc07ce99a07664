#pragma once

#include "core/wire/functionschedule.h"
#include "core/wire/functionslimits.h"
#include "core/wire/functionwrite.h"
#include "core/wire/schedulewrite.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace fstudio {

// One problem with user input: which field, the offending value (secrets masked), the rule,
// and a sentence a user can act on.
struct ValidationProblem
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString field; // wire name, with key where useful: "secrets.My_Key", "metadata"
    QString value; // offending value as shown to the user; never a secret's value
    QString rule; // the rule in short, e.g. "at most 140 characters"
    QString message; // full sentence

    bool isError() const { return severity == Severity::Error; }
};

using ValidationProblems = QList<ValidationProblem>;

// The largest call input (and schedule input data) CDF takes on Google clusters, the emulator's
// and the default; Validator::callInputLimitFor() gives a cluster's own (Azure 36 kB, AWS 240 kB).
inline constexpr qint64 DefaultCallInputBytes = 9 * 1000 * 1000;

struct ValidatorOptions
{
    std::optional<FunctionsLimits> limits; // cpu/memory/runtime checks need them
    qint64 maxCallInputBytes = DefaultCallInputBytes;
};

// The CDF Functions input rules (docs/cdf-api-notes.md §2.1, §2.13, §8), shared by the GUI forms, the client
// and the emulator so all three say the same thing about the same input.
class Validator
{
public:
    using Options = ValidatorOptions;

    static constexpr int MaxNameLength = 140;
    static constexpr int MaxExternalIdLength = 255;
    static constexpr int MaxDescriptionLength = 500;
    static constexpr int MaxOwnerLength = 128;
    static constexpr int MaxFunctionPathLength = 500;
    static constexpr int MaxSecrets = 30;
    static constexpr int MaxSecretKeyLength = 15;
    static constexpr int MaxEnvVars = 100;
    static constexpr int MaxMetadataPairs = 16;
    static constexpr int MaxMetadataKeyLength = 32;
    static constexpr int MaxMetadataValueLength = 512;
    // Sources disagree on the total metadata size (512 vs 4096 bytes): above 512 is a warning,
    // above 4096 an error.
    static constexpr int MetadataTotalWarnBytes = 512;
    static constexpr int MetadataTotalMaxBytes = 4096;
    static constexpr int MaxCronLength = 1024;

    static ValidationProblems validateFunction(const FunctionWrite &f, const Options &options = ValidatorOptions());
    static ValidationProblems validateSchedule(const ScheduleWrite &s);
    static ValidationProblems validateCallInput(const QJsonObject &data, qint64 maxBytes);
    // The largest call input the cluster's cloud accepts (Azure 36 kB, AWS 240 kB, else 9 MB).
    static qint64 callInputLimitFor(const QString &clusterHost);

    // Single fields, for validation as the user types.
    static ValidationProblems checkFunctionName(const QString &name);
    static ValidationProblems checkExternalId(const std::optional<QString> &xid);
    static ValidationProblems checkDescription(const std::optional<QString> &d, const QString &field = QStringLiteral("description"));
    static ValidationProblems checkOwner(const std::optional<QString> &owner);
    static ValidationProblems checkFunctionPath(const QString &path);
    static ValidationProblems checkSecrets(const StringMap &secrets);
    static ValidationProblems checkEnvVars(const StringMap &env);
    static ValidationProblems checkMetadata(const StringMap &metadata);
    static ValidationProblems checkCpu(double cpu, const std::optional<FunctionsLimits> &limits);
    static ValidationProblems checkMemory(double memoryGb, const std::optional<FunctionsLimits> &limits);
    static ValidationProblems checkRuntime(const QString &runtime, const std::optional<FunctionsLimits> &limits);
    static ValidationProblems checkScheduleName(const QString &name);
    static ValidationProblems checkCron(const QString &cron);

    static bool hasErrors(const ValidationProblems &problems);
    // "field: message" lines, errors first.
    static QString summary(const ValidationProblems &problems);
    // Number of user-perceived characters (code points), as limits are stated in characters.
    static int characterCount(const QString &s);
};

} // namespace fstudio
