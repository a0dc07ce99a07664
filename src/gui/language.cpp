#include "gui/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QTranslator>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLanguage, "fstudio.gui.language")

QList<Language> availableLanguages()
{
    // The codes match FS_LANGUAGES in src/gui/CMakeLists.txt.
    return {{u"en"_s, u"English"_s}, {u"nb"_s, u"Norsk bokmål"_s}, {u"de"_s, u"Deutsch"_s}};
}

std::optional<Language> findLanguage(const QString &code)
{
    for (const Language &l : availableLanguages())
        if (l.code == code)
            return l;
    return std::nullopt;
}

namespace {
// "de-CH" → "de"; Norwegian in any written form → Bokmål, the one we have.
QString baseLanguage(const QString &uiLanguage)
{
    QString code = uiLanguage.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
    if (code == u"no"_s || code == u"nn"_s)
        code = u"nb"_s;
    return code;
}

enum Catalogue { AppCatalogue, QtCatalogue };

QPointer<QTranslator> &installed(Catalogue which)
{
    static QPointer<QTranslator> translators[2];
    return translators[which];
}

bool load(Catalogue which, const QString &file, const QStringList &folders)
{
    auto *t = new QTranslator(QCoreApplication::instance());
    for (const QString &folder : folders)
        if (t->load(file, folder)) {
            QCoreApplication::installTranslator(t);
            installed(which) = t;
            return true;
        }
    delete t;
    return false;
}
} // namespace

QString effectiveLanguage(const QString &setting, const QStringList &systemUiLanguages)
{
    if (findLanguage(setting))
        return setting;
    for (const QString &ui : systemUiLanguages) {
        const QString code = baseLanguage(ui);
        if (findLanguage(code))
            return code;
    }
    return u"en"_s;
}

QString installedLanguage()
{
    // The app's catalogue says which language it is ("nb_NO"); none installed is English.
    const QTranslator *t = installed(AppCatalogue);
    return t ? baseLanguage(t->language()) : u"en"_s;
}

QString effectiveLanguage(const QString &setting)
{
    return effectiveLanguage(setting, QLocale::system().uiLanguages());
}

bool installTranslators(const QString &code)
{
    for (Catalogue which : {AppCatalogue, QtCatalogue})
        if (QTranslator *t = installed(which)) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    // The app's catalogue first: without it the language is not switched at all (no half-German
    // window with only Qt's buttons translated).
    if (code != u"en"_s && !load(AppCatalogue, u"functions-studio_"_s + code, {u":/i18n"_s})) {
        qCWarning(lcLanguage) << "the catalogue for" << code << "is missing; staying in English";
        QLocale::setDefault(QLocale::system()); // as for English: the translators are already out
        return false;
    }
    // Dates and numbers in the language's way when the system speaks another one (an English
    // window keeps the system's formats: the C locale of a server or CI stays the C locale).
    if (code != u"en"_s && baseLanguage(QLocale::system().name()) != code)
        QLocale::setDefault(QLocale(code));
    else
        QLocale::setDefault(QLocale::system());
    if (code == u"en"_s)
        return true;
    // Qt's catalogue from Qt's own folder (qt6-translations-l10n), else the app's supplement
    // (translations/qtbase_nb.ts: Qt has no Bokmål catalogue).
    if (!load(QtCatalogue, u"qtbase_"_s + code, {QLibraryInfo::path(QLibraryInfo::TranslationsPath), u":/i18n"_s}))
        qCInfo(lcLanguage) << "no Qt catalogue for" << code << "- Qt's own buttons stay in English";
    return true;
}

} // namespace fstudio::gui
