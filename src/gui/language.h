#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fstudio::gui {

// The languages Functions Studio speaks (translations/functions-studio_<code>.ts) and the translators
// that make it speak one. English is the source language and has no catalogue.
struct Language
{
    QString code; // "en", "nb", "de"
    QString nativeName; // as its speakers write it: "Norsk bokmål"
};

QList<Language> availableLanguages(); // English first
std::optional<Language> findLanguage(const QString &code); // one of availableLanguages(), if it is

// The language to use: `setting` if it is one of ours ("" = follow the system), else the first of the
// system's UI languages we have (Norwegian "no"/"nn" read as Bokmål), else English.
QString effectiveLanguage(const QString &setting, const QStringList &systemUiLanguages);
QString effectiveLanguage(const QString &setting); // with the system's UI languages

// Installs the app's catalogue for `code` and Qt's own (qtbase_<code> from Qt's translations folder,
// else the app's supplement), replacing any installed before. When `code` is not English and not the
// system locale's language, dates and numbers follow it too. Returns false if the app's catalogue is
// missing.
bool installTranslators(const QString &code);
QString installedLanguage(); // what the last installTranslators() put in place ("en" before any)

} // namespace fstudio::gui
