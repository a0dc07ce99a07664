#include "core/rules/validator.h"

#include "core/cron/cronexpression.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace fstudio {

using namespace Qt::StringLiterals;

namespace {

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

QString label(const QString &field)
{
    static const QHash<QString, QString> labels{
        {u"name"_s, u"Name"_s},   {u"externalId"_s, u"External id"_s},     {u"description"_s, u"Description"_s},
        {u"owner"_s, u"Owner"_s}, {u"functionPath"_s, u"Function path"_s}, {u"cronExpression"_s, u"Cron expression"_s},
    };
    return labels.value(field, field);
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
            out << error(field, visible(shorten(value)), u"no control characters"_s,
                         u"%1 contains a control character (U+%2) at position %3; remove it (it was probably pasted along)."_s.arg(
                             name, u"%1"_s.arg(uint(c), 4, 16, QLatin1Char('0')), QString::number(i + 1)));
            return;
        }
        if (c == 0xfffd) {
            out << error(
                field, visible(shorten(value)), u"readable text"_s,
                u"%1 contains U+FFFD at position %2, a character that could not be decoded: was it read from a file that is not UTF-8?"_s.arg(
                    name, QString::number(i + 1)));
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
            out << error(field, value, u"required"_s, u"%1 is required."_s.arg(label(field)));
        return;
    }
    if (n > max)
        out << error(field, shorten(value), u"at most %1 characters"_s.arg(max),
                     u"%1 is %2 characters long; the limit is %3. Shorten it by %4 characters."_s.arg(
                         visible(label(field)), QString::number(n), QString::number(max), QString::number(n - max)));
}

QString jsonSizeText(qint64 bytes)
{
    if (bytes < 10 * 1000)
        return u"%1 bytes"_s.arg(bytes);
    if (bytes < 10 * 1000 * 1000)
        return u"%1 kB"_s.arg(double(bytes) / 1000.0, 0, 'f', 1);
    return u"%1 MB"_s.arg(double(bytes) / 1e6, 0, 'f', 1);
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
        out << error(u"name"_s, name, u"required"_s, u"Name is required: give the function a name (at most 140 characters)."_s);
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
        out << error(u"externalId"_s, *xid, u"not empty"_s, u"External id is empty; leave it out or give a value (at most 255 characters)."_s);
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
        out << error(field, *d, u"1 to 500 characters"_s, u"Description is empty; leave it out or write 1 to 500 characters."_s);
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
        out << error(field, path, u"required"_s, u"Function path is empty; give the path of the file that defines handle(), e.g. handler.py."_s);
        return out;
    }
    if (characterCount(path) > MaxFunctionPathLength) {
        checkLength(out, field, path, MaxFunctionPathLength, true);
        return out;
    }
    if (path.contains(QLatin1Char('\\'))) {
        out << error(field, path, u"POSIX path"_s,
                     u"Function path \"%1\" uses backslashes; write it with forward slashes: \"%2\"."_s.arg(
                         path, QString(path).replace(QLatin1Char('\\'), QLatin1Char('/'))));
        return out;
    }
    if (path.startsWith(QLatin1Char('/'))) {
        out << error(field, path, u"relative path"_s,
                     u"Function path \"%1\" is absolute; give it relative to the function folder, e.g. \"%2\"."_s.arg(
                         path, path.mid(path.lastIndexOf(QLatin1Char('/')) + 1)));
        return out;
    }
    const QStringList parts = path.split(QLatin1Char('/'));
    for (int i = 0; i < parts.size(); ++i) {
        const QString &p = parts[i];
        if (p == u".."_s) {
            out << error(field, path, u"inside the folder"_s,
                         u"Function path \"%1\" leaves the function folder with \"..\"; the file must be inside the folder."_s.arg(path));
            return out;
        }
        if (p.isEmpty() || (p == u"."_s && i > 0)) {
            out << error(field, path, u"no empty segments"_s,
                         u"Function path \"%1\" has an empty or \".\" segment; write it like \"src/handler.py\"."_s.arg(path));
            return out;
        }
    }
    if (!path.endsWith(u".py"_s)) {
        out << error(field, path, u"a .py file"_s, u"Function path \"%1\" must name a Python file ending in .py."_s.arg(path));
    }
    return out;
}

ValidationProblems Validator::checkSecrets(const StringMap &secrets)
{
    ValidationProblems out;
    static const QRegularExpression keyRe(u"^[a-z0-9-]+$"_s);
    if (secrets.size() > MaxSecrets)
        out << error(u"secrets"_s, u"%1 secrets"_s.arg(secrets.size()), u"at most 30 secrets"_s,
                     u"There are %1 secrets; a function can have at most %2. Remove %3 or combine them into one JSON secret."_s.arg(secrets.size())
                         .arg(MaxSecrets)
                         .arg(secrets.size() - MaxSecrets));
    for (auto it = secrets.begin(); it != secrets.end(); ++it) {
        const QString &key = it.key();
        const QString field = u"secrets."_s + key;
        if (key.isEmpty()) {
            out << error(u"secrets"_s, key, u"key not empty"_s, u"A secret has an empty key; give every secret a name."_s);
            continue;
        }
        if (!keyRe.match(key).hasMatch()) {
            QString suggestion = key.toLower();
            suggestion.replace(QRegularExpression(u"[^a-z0-9-]"_s), u"-"_s);
            out << error(field, key, u"lower-case letters, digits and '-'"_s,
                         u"Secret key \"%1\" may only contain lower-case letters (a-z), digits and '-'. Rename it, e.g. \"%2\"."_s.arg(
                             key, suggestion.left(MaxSecretKeyLength)));
        }
        if (characterCount(key) > MaxSecretKeyLength)
            out << error(field, key, u"at most 15 characters"_s,
                         u"Secret key \"%1\" is %2 characters long; secret keys may be at most %3 characters."_s.arg(key)
                             .arg(characterCount(key))
                             .arg(MaxSecretKeyLength));
        if (it.value().isEmpty())
            out << warning(field, u"(empty)"_s, u"value set"_s,
                           u"Secret \"%1\" has an empty value; the handler will receive an empty string."_s.arg(key));
    }
    return out;
}

ValidationProblems Validator::checkEnvVars(const StringMap &env)
{
    ValidationProblems out;
    static const QRegularExpression keyRe(u"^[A-Za-z0-9_]+$"_s);
    if (env.size() > MaxEnvVars)
        out << error(u"envVars"_s, u"%1 variables"_s.arg(env.size()), u"at most 100 variables"_s,
                     u"There are %1 environment variables; the limit is %2."_s.arg(env.size()).arg(MaxEnvVars));
    for (auto it = env.begin(); it != env.end(); ++it) {
        const QString &key = it.key();
        if (key.isEmpty()) {
            out << error(u"envVars"_s, key, u"key not empty"_s, u"An environment variable has an empty name."_s);
            continue;
        }
        if (!keyRe.match(key).hasMatch()) {
            QString suggestion = key;
            suggestion.replace(QRegularExpression(u"[^A-Za-z0-9_]"_s), u"_"_s);
            out << error(
                u"envVars."_s + key, key, u"letters, digits and '_'"_s,
                u"Environment variable name \"%1\" may only contain letters, digits and '_'. Rename it, e.g. \"%2\"."_s.arg(key, suggestion));
        }
    }
    return out;
}

ValidationProblems Validator::checkMetadata(const StringMap &metadata)
{
    ValidationProblems out;
    if (metadata.size() > MaxMetadataPairs)
        out << error(u"metadata"_s, u"%1 pairs"_s.arg(metadata.size()), u"at most 16 pairs"_s,
                     u"Metadata has %1 key-value pairs; the limit is %2."_s.arg(metadata.size()).arg(MaxMetadataPairs));
    qint64 total = 0;
    for (auto it = metadata.begin(); it != metadata.end(); ++it) {
        total += it.key().toUtf8().size() + it.value().toUtf8().size();
        const QString field = u"metadata."_s + it.key();
        if (it.key().isEmpty())
            out << error(u"metadata"_s, QString(), u"key not empty"_s, u"A metadata entry has an empty key."_s);
        checkCharacters(out, field, it.key());
        checkCharacters(out, field, it.value());
        const int kn = characterCount(it.key());
        if (kn > MaxMetadataKeyLength)
            out << error(
                field, shorten(it.key()), u"key at most 32 characters"_s,
                u"Metadata key \"%1\" is %2 characters long; keys may be at most %3."_s.arg(shorten(it.key())).arg(kn).arg(MaxMetadataKeyLength));
        const int vn = characterCount(it.value());
        if (vn > MaxMetadataValueLength)
            out << error(field, shorten(it.value()), u"value at most 512 characters"_s,
                         u"The value of metadata key \"%1\" is %2 characters long; values may be at most %3."_s.arg(shorten(it.key()))
                             .arg(vn)
                             .arg(MaxMetadataValueLength));
    }
    if (total > MetadataTotalMaxBytes)
        out << error(u"metadata"_s, u"%1 bytes"_s.arg(total), u"at most 4096 bytes in total"_s,
                     u"Metadata takes %1 bytes in total; the limit is %2 bytes. Shorten keys or values."_s.arg(total).arg(MetadataTotalMaxBytes));
    else if (total > MetadataTotalWarnBytes)
        out << warning(
            u"metadata"_s, u"%1 bytes"_s.arg(total), u"512 bytes in total on some projects"_s,
            u"Metadata takes %1 bytes in total. CDF documents both 512 and 4096 bytes as the limit; some projects may reject more than 512."_s.arg(
                total));
    return out;
}

namespace {
// cpu and memory: a positive number, inside the project's range when the limits are known.
ValidationProblems checkResource(const QString &field, const QString &label, double value, const QString &unit, const QString &valueUnit,
                                 const QString &example, const FunctionsLimits::Range *range)
{
    ValidationProblems out;
    if (!std::isfinite(value) || value <= 0) {
        out << error(field, QString::number(value), u"a positive number"_s,
                     u"%1 must be a positive number of %2, e.g. %3."_s.arg(label, unit, example));
        return out;
    }
    if (range && (value < range->min || value > range->max))
        out << error(field, QString::number(value), u"%1 to %2 %3"_s.arg(range->min).arg(range->max).arg(unit),
                     u"%1 %2%3 is outside this project's limits: choose from %4 to %5 %6 (default %7)."_s.arg(label)
                         .arg(value)
                         .arg(valueUnit)
                         .arg(range->min)
                         .arg(range->max)
                         .arg(unit)
                         .arg(range->defaultValue));
    return out;
}
} // namespace

ValidationProblems Validator::checkCpu(double cpu, const std::optional<FunctionsLimits> &limits)
{
    return checkResource(u"cpu"_s, u"CPU"_s, cpu, u"cores"_s, QString(), u"0.25"_s, limits ? &limits->cpuCores : nullptr);
}

ValidationProblems Validator::checkMemory(double memoryGb, const std::optional<FunctionsLimits> &limits)
{
    return checkResource(u"memory"_s, u"Memory"_s, memoryGb, u"GB"_s, u" GB"_s, u"1.5"_s, limits ? &limits->memoryGb : nullptr);
}

ValidationProblems Validator::checkRuntime(const QString &runtime, const std::optional<FunctionsLimits> &limits)
{
    ValidationProblems out;
    static const QRegularExpression shape(u"^py3[0-9]{1,2}$"_s);
    if (limits) {
        if (!limits->runtimes.contains(runtime))
            out << error(u"runtime"_s, runtime, u"one of %1"_s.arg(limits->runtimes.join(u", "_s)),
                         u"Runtime \"%1\" is not available in this project; choose one of %2."_s.arg(runtime, limits->runtimes.join(u", "_s)));
    } else if (!shape.match(runtime).hasMatch()) {
        out << error(u"runtime"_s, runtime, u"like py311"_s, u"Runtime \"%1\" is not a Python runtime name; write it like \"py311\"."_s.arg(runtime));
    }
    return out;
}

ValidationProblems Validator::checkScheduleName(const QString &name)
{
    ValidationProblems out;
    if (name.trimmed().isEmpty())
        out << error(u"name"_s, name, u"required"_s, u"Schedule name is required (at most 140 characters)."_s);
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
        out << error(u"cronExpression"_s, cron, u"5-field cron (UTC)"_s,
                     u"Cron expression \"%1\": %2 in the %3 field at column %4."_s.arg(cron, parsed.error().message, parsed.error().field)
                         .arg(parsed.error().position));
    return out;
}

ValidationProblems Validator::validateFunction(const FunctionWrite &f, const Options &options)
{
    ValidationProblems out;
    out << checkFunctionName(f.name);
    if (f.fileId < 1)
        out << error(u"fileId"_s, QString::number(f.fileId), u"an uploaded file's id"_s,
                     u"The function has no code file: upload the zip first and use its file id."_s);
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
                         u"Package index URL is not a valid http(s) URL, e.g. https://pypi.example.com/simple."_s);
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
        out << error(u"functionId"_s, QString(), u"required"_s, u"Choose the function the schedule calls."_s);
    if (s.functionId && s.functionExternalId)
        out << error(u"functionId"_s, QString::number(*s.functionId), u"one of functionId and functionExternalId"_s,
                     u"Give either the function's id or its external id, not both."_s);
    if (s.nonce && !s.functionId)
        out << error(u"functionId"_s, s.functionExternalId.value_or(QString()), u"functionId with a nonce"_s,
                     u"A schedule with credentials (a session nonce) must name its function by id, not external id."_s);
    return out;
}

ValidationProblems Validator::validateCallInput(const QJsonObject &data, qint64 maxBytes)
{
    ValidationProblems out;
    const qint64 size = QJsonDocument(data).toJson(QJsonDocument::Compact).size();
    if (size > maxBytes)
        out << error(
            u"data"_s, jsonSizeText(size), u"at most %1"_s.arg(jsonSizeText(maxBytes)),
            u"The call input is %1 as JSON; this project accepts at most %2. Pass a reference (e.g. a file id) instead of the data itself."_s.arg(
                jsonSizeText(size), jsonSizeText(maxBytes)));
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
    return 9 * 1000 * 1000;
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
