#include "core/rules/validator.h"

#include "core/cron/cronexpression.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace fstudio {

using namespace Qt::StringLiterals;

namespace {

// ValidatorText::tr(): the validation messages, under the context "Validator" (the GUI forms, the
// client and the emulator share them; without a translator they stay English).
struct ValidatorText
{
    Q_DECLARE_TR_FUNCTIONS(Validator)
};

ValidationProblem error(const QString &field, const QString &value, const QString &rule, const QString &message)
{
    return ValidationProblem{ValidationProblem::Severity::Error, field, value, rule, message};
}

ValidationProblem warning(const QString &field, const QString &value, const QString &rule, const QString &message)
{
    return ValidationProblem{ValidationProblem::Severity::Warning, field, value, rule, message};
}

QString shorten(const QString &s, int max = 60)
{
    return s.size() <= max ? s : s.left(max - 1) + QChar(0x2026);
}

// The name of a field as messages show it ("%1 is required."); other fields by their wire name.
QString label(const QString &field)
{
    if (field == u"name"_s)
        //: A field's name, inserted at the start of validation messages such as "%1 is required."
        return ValidatorText::tr("Name");
    if (field == u"externalId"_s)
        //: A field's name, inserted at the start of validation messages such as "%1 is required."
        return ValidatorText::tr("External id");
    if (field == u"description"_s)
        //: A field's name, inserted at the start of validation messages such as "%1 is required."
        return ValidatorText::tr("Description");
    if (field == u"owner"_s)
        //: A field's name, inserted at the start of validation messages such as "%1 is required."
        return ValidatorText::tr("Owner");
    if (field == u"functionPath"_s)
        //: A field's name, inserted at the start of validation messages such as "%1 is required."
        return ValidatorText::tr("Function path");
    if (field == u"cronExpression"_s)
        //: A field's name, inserted at the start of validation messages such as "%1 is required."
        return ValidatorText::tr("Cron expression");
    return field;
}

// Control characters (a pasted newline in a name, a NUL from a binary file) and U+FFFD (what a
// file that is not UTF-8 decodes to) are named with their position, so the user can find them.
// Descriptions may hold line breaks and tabs.
// Text shown in a message with its control characters made visible (U+0001 → "\u0001").
QString visible(const QString &s)
{
    QString out;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u < 0xa0))
            out += u"\\u%1"_s.arg(uint(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

void checkCharacters(ValidationProblems &out, const QString &field, const QString &value)
{
    const bool multiline = !field.startsWith(u"metadata"_s) && field.endsWith(u"description"_s, Qt::CaseInsensitive);
    const QString name = visible(label(field)); // a metadata key is the user's text
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value.at(i).unicode();
        const bool control = c < 0x20 || (c >= 0x7f && c < 0xa0);
        if (control && !(multiline && (c == u'\n' || c == u'\t' || c == u'\r'))) {
            // One arg() call with every value: a key holding "%2" is never filled in itself.
            //: %1 is a field's name, %2 the character's code in hexadecimal, %3 its position.
            out << error(field, visible(shorten(value)), u"no control characters"_s,
                         ValidatorText::tr("%1 contains a control character (U+%2) at position %3; remove it (it was probably pasted along).")
                             .arg(name, u"%1"_s.arg(uint(c), 4, 16, QLatin1Char('0')), QString::number(i + 1)));
            return;
        }
        if (c == 0xfffd) {
            out << error(field, visible(shorten(value)), u"readable text"_s,
                         ValidatorText::tr(
                             "%1 contains U+FFFD at position %2, a character that could not be decoded: was it read from a file that is not UTF-8?")
                             .arg(name, QString::number(i + 1)));
            return;
        }
    }
}

// Text with a maximum length in characters; empty text is an error only when required.
void checkLength(ValidationProblems &out, const QString &field, const QString &value, int max, bool required)
{
    checkCharacters(out, field, value);
    const int n = Validator::characterCount(value);
    if (n == 0) {
        if (required)
            //: %1 is a field's name, e.g. "Name".
            out << error(field, value, u"required"_s, ValidatorText::tr("%1 is required.").arg(label(field)));
        return;
    }
    if (n > max)
        //: %1 is a field's name, %2 its length, %3 the limit; %n is how many characters too many.
        out << error(field, shorten(value), u"at most %1 characters"_s.arg(max),
                     ValidatorText::tr("%1 is %2 characters long; the limit is %3. Shorten it by %n characters.", nullptr, n - max)
                         .arg(visible(label(field)), QString::number(n), QString::number(max)));
}

QString jsonSizeText(qint64 bytes)
{
    // The number in the language's way ("12,5 kB" in Norwegian and German); no thousands separators.
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    if (bytes < 10 * 1000)
        //: A size, inserted into "The call input is %1 as JSON; this project accepts at most %2."
        return ValidatorText::tr("%n bytes", nullptr, int(bytes));
    if (bytes < 10 * 1000 * 1000)
        //: A size in kilobytes, inserted into "The call input is %1 as JSON; this project accepts at most %2."
        return ValidatorText::tr("%1 kB").arg(locale.toString(double(bytes) / 1000.0, 'f', 1));
    //: A size in megabytes, inserted into "The call input is %1 as JSON; this project accepts at most %2."
    return ValidatorText::tr("%1 MB").arg(locale.toString(double(bytes) / 1e6, 'f', 1));
}

} // namespace

int Validator::characterCount(const QString &s)
{
    int n = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i).isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate())
            ++i;
        ++n;
    }
    return n;
}

ValidationProblems Validator::checkFunctionName(const QString &name)
{
    ValidationProblems out;
    if (name.trimmed().isEmpty())
        out << error(u"name"_s, name, u"required"_s, ValidatorText::tr("Name is required: give the function a name (at most 140 characters)."));
    else
        checkLength(out, u"name"_s, name, MaxNameLength, true);
    return out;
}

ValidationProblems Validator::checkExternalId(const std::optional<QString> &xid)
{
    ValidationProblems out;
    if (!xid)
        return out;
    if (xid->isEmpty()) {
        out << error(u"externalId"_s, *xid, u"not empty"_s,
                     ValidatorText::tr("External id is empty; leave it out or give a value (at most 255 characters)."));
        return out;
    }
    checkLength(out, u"externalId"_s, *xid, MaxExternalIdLength, false);
    return out;
}

ValidationProblems Validator::checkDescription(const std::optional<QString> &d, const QString &field)
{
    ValidationProblems out;
    if (!d)
        return out;
    if (d->isEmpty()) {
        out << error(field, *d, u"1 to 500 characters"_s, ValidatorText::tr("Description is empty; leave it out or write 1 to 500 characters."));
        return out;
    }
    checkLength(out, field, *d, MaxDescriptionLength, false);
    return out;
}

ValidationProblems Validator::checkOwner(const std::optional<QString> &owner)
{
    ValidationProblems out;
    if (owner)
        checkLength(out, u"owner"_s, *owner, MaxOwnerLength, false);
    return out;
}

ValidationProblems Validator::checkFunctionPath(const QString &path)
{
    ValidationProblems out;
    const QString field = u"functionPath"_s;
    if (path.isEmpty()) {
        out << error(field, path, u"required"_s,
                     ValidatorText::tr("Function path is empty; give the path of the file that defines handle(), e.g. handler.py."));
        return out;
    }
    if (characterCount(path) > MaxFunctionPathLength) {
        checkLength(out, field, path, MaxFunctionPathLength, true);
        return out;
    }
    if (path.contains(QLatin1Char('\\'))) {
        out << error(field, path, u"POSIX path"_s,
                     ValidatorText::tr("Function path \"%1\" uses backslashes; write it with forward slashes: \"%2\".")
                         .arg(path, QString(path).replace(QLatin1Char('\\'), QLatin1Char('/'))));
        return out;
    }
    if (path.startsWith(QLatin1Char('/'))) {
        out << error(field, path, u"relative path"_s,
                     ValidatorText::tr("Function path \"%1\" is absolute; give it relative to the function folder, e.g. \"%2\".")
                         .arg(path, path.mid(path.lastIndexOf(QLatin1Char('/')) + 1)));
        return out;
    }
    const QStringList parts = path.split(QLatin1Char('/'));
    for (int i = 0; i < parts.size(); ++i) {
        const QString &p = parts[i];
        if (p == u".."_s) {
            out << error(
                field, path, u"inside the folder"_s,
                ValidatorText::tr("Function path \"%1\" leaves the function folder with \"..\"; the file must be inside the folder.").arg(path));
            return out;
        }
        if (p.isEmpty() || (p == u"."_s && i > 0)) {
            out << error(field, path, u"no empty segments"_s,
                         ValidatorText::tr("Function path \"%1\" has an empty or \".\" segment; write it like \"src/handler.py\".").arg(path));
            return out;
        }
    }
    if (!path.endsWith(u".py"_s)) {
        out << error(field, path, u"a .py file"_s, ValidatorText::tr("Function path \"%1\" must name a Python file ending in .py.").arg(path));
    }
    return out;
}

ValidationProblems Validator::checkSecrets(const StringMap &secrets)
{
    ValidationProblems out;
    static const QRegularExpression keyRe(u"^[a-z0-9-]+$"_s);
    if (secrets.size() > MaxSecrets)
        //: %n is the number of secrets, %1 the limit, %2 how many to remove.
        out << error(u"secrets"_s, u"%1 secrets"_s.arg(secrets.size()), u"at most 30 secrets"_s,
                     ValidatorText::tr("There are %n secrets; a function can have at most %1. Remove %2 or combine them into one JSON secret.",
                                       nullptr, int(secrets.size()))
                         .arg(MaxSecrets)
                         .arg(secrets.size() - MaxSecrets));
    for (auto it = secrets.begin(); it != secrets.end(); ++it) {
        const QString &key = it.key();
        const QString field = u"secrets."_s + key;
        if (key.isEmpty()) {
            out << error(u"secrets"_s, key, u"key not empty"_s, ValidatorText::tr("A secret has an empty key; give every secret a name."));
            continue;
        }
        if (!keyRe.match(key).hasMatch()) {
            QString suggestion = key.toLower();
            suggestion.replace(QRegularExpression(u"[^a-z0-9-]"_s), u"-"_s);
            out << error(field, key, u"lower-case letters, digits and '-'"_s,
                         ValidatorText::tr("Secret key \"%1\" may only contain lower-case letters (a-z), digits and '-'. Rename it, e.g. \"%2\".")
                             .arg(key, suggestion.left(MaxSecretKeyLength)));
        }
        if (characterCount(key) > MaxSecretKeyLength)
            //: %1 is the key, %n its length in characters, %2 the limit.
            out << error(
                field, key, u"at most 15 characters"_s,
                ValidatorText::tr("Secret key \"%1\" is %n characters long; secret keys may be at most %2 characters.", nullptr, characterCount(key))
                    .arg(key, QString::number(MaxSecretKeyLength)));
        if (it.value().isEmpty())
            out << warning(field, u"(empty)"_s, u"value set"_s,
                           ValidatorText::tr("Secret \"%1\" has an empty value; the handler will receive an empty string.").arg(key));
    }
    return out;
}

ValidationProblems Validator::checkEnvVars(const StringMap &env)
{
    ValidationProblems out;
    static const QRegularExpression keyRe(u"^[A-Za-z0-9_]+$"_s);
    if (env.size() > MaxEnvVars)
        out << error(u"envVars"_s, u"%1 variables"_s.arg(env.size()), u"at most 100 variables"_s,
                     ValidatorText::tr("There are %n environment variables; the limit is %1.", nullptr, int(env.size())).arg(MaxEnvVars));
    for (auto it = env.begin(); it != env.end(); ++it) {
        const QString &key = it.key();
        if (key.isEmpty()) {
            out << error(u"envVars"_s, key, u"key not empty"_s, ValidatorText::tr("An environment variable has an empty name."));
            continue;
        }
        if (!keyRe.match(key).hasMatch()) {
            QString suggestion = key;
            suggestion.replace(QRegularExpression(u"[^A-Za-z0-9_]"_s), u"_"_s);
            out << error(u"envVars."_s + key, key, u"letters, digits and '_'"_s,
                         ValidatorText::tr("Environment variable name \"%1\" may only contain letters, digits and '_'. Rename it, e.g. \"%2\".")
                             .arg(key, suggestion));
        }
    }
    return out;
}

ValidationProblems Validator::checkMetadata(const StringMap &metadata)
{
    ValidationProblems out;
    if (metadata.size() > MaxMetadataPairs)
        out << error(u"metadata"_s, u"%1 pairs"_s.arg(metadata.size()), u"at most 16 pairs"_s,
                     ValidatorText::tr("Metadata has %n key-value pairs; the limit is %1.", nullptr, int(metadata.size())).arg(MaxMetadataPairs));
    qint64 total = 0;
    for (auto it = metadata.begin(); it != metadata.end(); ++it) {
        total += it.key().toUtf8().size() + it.value().toUtf8().size();
        const QString field = u"metadata."_s + it.key();
        if (it.key().isEmpty())
            out << error(u"metadata"_s, QString(), u"key not empty"_s, ValidatorText::tr("A metadata entry has an empty key."));
        checkCharacters(out, field, it.key());
        checkCharacters(out, field, it.value());
        const int kn = characterCount(it.key());
        if (kn > MaxMetadataKeyLength)
            out << error(field, shorten(it.key()), u"key at most 32 characters"_s,
                         //: %1 is the key, %n its length in characters, %2 the limit.
                         ValidatorText::tr("Metadata key \"%1\" is %n characters long; keys may be at most %2.", nullptr, kn)
                             .arg(shorten(it.key()), QString::number(MaxMetadataKeyLength)));
        const int vn = characterCount(it.value());
        if (vn > MaxMetadataValueLength)
            out << error(field, shorten(it.value()), u"value at most 512 characters"_s,
                         //: %1 is the key, %n the value's length in characters, %2 the limit.
                         ValidatorText::tr("The value of metadata key \"%1\" is %n characters long; values may be at most %2.", nullptr, vn)
                             .arg(shorten(it.key()), QString::number(MaxMetadataValueLength)));
    }
    if (total > MetadataTotalMaxBytes)
        out << error(u"metadata"_s, u"%1 bytes"_s.arg(total), u"at most 4096 bytes in total"_s,
                     ValidatorText::tr("Metadata takes %1 bytes in total; the limit is %2 bytes. Shorten keys or values.")
                         .arg(total)
                         .arg(MetadataTotalMaxBytes));
    else if (total > MetadataTotalWarnBytes)
        out << warning(
            u"metadata"_s, u"%1 bytes"_s.arg(total), u"512 bytes in total on some projects"_s,
            ValidatorText::tr(
                "Metadata takes %1 bytes in total. CDF documents both 512 and 4096 bytes as the limit; some projects may reject more than 512.")
                .arg(total));
    return out;
}

namespace {
// cpu and memory: a positive number, inside the project's range when the limits are known.
// notPositive is the whole message; outside has the value (%1), the range (%2 to %3) and the default (%4).
ValidationProblems checkResource(const QString &field, double value, const QString &unit, const QString &notPositive, const QString &outside,
                                 const FunctionsLimits::Range *range)
{
    ValidationProblems out;
    if (!std::isfinite(value) || value <= 0) {
        out << error(field, QString::number(value), u"a positive number"_s, notPositive);
        return out;
    }
    if (range && (value < range->min || value > range->max))
        out << error(field, QString::number(value), u"%1 to %2 %3"_s.arg(range->min).arg(range->max).arg(unit),
                     outside.arg(value).arg(range->min).arg(range->max).arg(range->defaultValue));
    return out;
}
} // namespace

ValidationProblems Validator::checkCpu(double cpu, const std::optional<FunctionsLimits> &limits)
{
    return checkResource(u"cpu"_s, cpu, u"cores"_s, ValidatorText::tr("CPU must be a positive number of cores, e.g. 0.25."),
                         //: %1 is the value given, %2 to %3 the project's range, %4 the default.
                         ValidatorText::tr("CPU %1 is outside this project's limits: choose from %2 to %3 cores (default %4)."),
                         limits ? &limits->cpuCores : nullptr);
}

ValidationProblems Validator::checkMemory(double memoryGb, const std::optional<FunctionsLimits> &limits)
{
    return checkResource(u"memory"_s, memoryGb, u"GB"_s, ValidatorText::tr("Memory must be a positive number of GB, e.g. 1.5."),
                         //: %1 is the value given, %2 to %3 the project's range, %4 the default.
                         ValidatorText::tr("Memory %1 GB is outside this project's limits: choose from %2 to %3 GB (default %4)."),
                         limits ? &limits->memoryGb : nullptr);
}

ValidationProblems Validator::checkRuntime(const QString &runtime, const std::optional<FunctionsLimits> &limits)
{
    ValidationProblems out;
    static const QRegularExpression shape(u"^py3[0-9]{1,2}$"_s);
    if (limits) {
        if (!limits->runtimes.contains(runtime))
            out << error(
                u"runtime"_s, runtime, u"one of %1"_s.arg(limits->runtimes.join(u", "_s)),
                ValidatorText::tr("Runtime \"%1\" is not available in this project; choose one of %2.").arg(runtime, limits->runtimes.join(u", "_s)));
    } else if (!shape.match(runtime).hasMatch()) {
        out << error(u"runtime"_s, runtime, u"like py311"_s,
                     ValidatorText::tr("Runtime \"%1\" is not a Python runtime name; write it like \"py311\".").arg(runtime));
    }
    return out;
}

ValidationProblems Validator::checkScheduleName(const QString &name)
{
    ValidationProblems out;
    if (name.trimmed().isEmpty())
        out << error(u"name"_s, name, u"required"_s, ValidatorText::tr("Schedule name is required (at most 140 characters)."));
    else
        checkLength(out, u"name"_s, name, MaxNameLength, true);
    return out;
}

ValidationProblems Validator::checkCron(const QString &cron)
{
    ValidationProblems out;
    if (characterCount(cron) > MaxCronLength) {
        checkLength(out, u"cronExpression"_s, cron, MaxCronLength, true);
        return out;
    }
    const auto parsed = CronExpression::parse(cron);
    if (!parsed)
        //: %1 is the expression, %2 what is wrong with it, %3 the field's name (e.g. "minute"), %4 a column number.
        out << error(u"cronExpression"_s, cron, u"5-field cron (UTC)"_s,
                     ValidatorText::tr("Cron expression \"%1\": %2 in the %3 field at column %4.")
                         .arg(cron, parsed.error().message, parsed.error().field, QString::number(parsed.error().position)));
    return out;
}

ValidationProblems Validator::validateFunction(const FunctionWrite &f, const Options &options)
{
    ValidationProblems out;
    out << checkFunctionName(f.name);
    if (f.fileId < 1)
        out << error(u"fileId"_s, QString::number(f.fileId), u"an uploaded file's id"_s,
                     ValidatorText::tr("The function has no code file: upload the zip first and use its file id."));
    out << checkExternalId(f.externalId) << checkDescription(f.description) << checkOwner(f.owner) << checkFunctionPath(f.functionPath);
    if (f.secrets)
        out << checkSecrets(*f.secrets);
    if (f.envVars)
        out << checkEnvVars(*f.envVars);
    if (f.metadata)
        out << checkMetadata(*f.metadata);
    if (f.cpu)
        out << checkCpu(*f.cpu, options.limits);
    if (f.memory)
        out << checkMemory(*f.memory, options.limits);
    if (f.runtime)
        out << checkRuntime(*f.runtime, options.limits);
    auto checkUrl = [&out](const QString &field, const QString &s) {
        const QUrl u(s, QUrl::StrictMode);
        if (!u.isValid() || (u.scheme() != u"https"_s && u.scheme() != u"http"_s) || u.host().isEmpty())
            out << error(field, u.isValid() ? u.toDisplayString(QUrl::RemovePassword) : u"(invalid URL)"_s, u"an http(s) URL"_s,
                         ValidatorText::tr("Package index URL is not a valid http(s) URL, e.g. https://pypi.example.com/simple."));
    };
    if (f.indexUrl)
        checkUrl(u"indexUrl"_s, *f.indexUrl);
    if (f.extraIndexUrls)
        for (int i = 0; i < f.extraIndexUrls->size(); ++i)
            checkUrl(u"extraIndexUrls[%1]"_s.arg(i), f.extraIndexUrls->at(i));
    return out;
}

ValidationProblems Validator::validateSchedule(const ScheduleWrite &s)
{
    ValidationProblems out;
    out << checkScheduleName(s.name) << checkCron(s.cronExpression) << checkDescription(s.description);
    if (!s.functionId && !s.functionExternalId)
        out << error(u"functionId"_s, QString(), u"required"_s, ValidatorText::tr("Choose the function the schedule calls."));
    if (s.functionId && s.functionExternalId)
        out << error(u"functionId"_s, QString::number(*s.functionId), u"one of functionId and functionExternalId"_s,
                     ValidatorText::tr("Give either the function's id or its external id, not both."));
    if (s.nonce && !s.functionId)
        out << error(u"functionId"_s, s.functionExternalId.value_or(QString()), u"functionId with a nonce"_s,
                     ValidatorText::tr("A schedule with credentials (a session nonce) must name its function by id, not external id."));
    return out;
}

ValidationProblems Validator::validateCallInput(const QJsonObject &data, qint64 maxBytes)
{
    ValidationProblems out;
    const qint64 size = QJsonDocument(data).toJson(QJsonDocument::Compact).size();
    if (size > maxBytes)
        out << error(
            u"data"_s, jsonSizeText(size), u"at most %1"_s.arg(jsonSizeText(maxBytes)),
            //: %1 and %2 are sizes, e.g. "12.5 kB".
            ValidatorText::tr(
                "The call input is %1 as JSON; this project accepts at most %2. Pass a reference (e.g. a file id) instead of the data itself.")
                .arg(jsonSizeText(size), jsonSizeText(maxBytes)));
    return out;
}

qint64 Validator::callInputLimitFor(const QString &clusterHost)
{
    // docs/cdf-api-notes.md §8: the limit depends on the cloud behind the cluster, which its name
    // tells for CDF's own clusters. Unknown names (and the local emulator) get Google's 9 MB.
    const QString h = clusterHost.toLower();
    if (h.contains(u"aws"_s))
        return 240 * 1000;
    static const QStringList azure{u"az-"_s,    u"azure"_s,  u"westeurope"_s,    u"northeurope"_s,
                                   u"eastus"_s, u"westus"_s, u"southeastasia"_s, u"uksouth"_s};
    for (const QString &a : azure)
        if (h.contains(a))
            return 36 * 1000;
    return DefaultCallInputBytes;
}

bool Validator::hasErrors(const ValidationProblems &problems)
{
    return std::any_of(problems.begin(), problems.end(), [](const auto &p) { return p.isError(); });
}

QString Validator::summary(const ValidationProblems &problems)
{
    QStringList errors, warnings;
    for (const auto &p : problems)
        (p.isError() ? errors : warnings) << p.field + u": "_s + p.message;
    return (errors + warnings).join(QLatin1Char('\n'));
}

} // namespace fstudio
