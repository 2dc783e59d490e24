#include <viparita/core/localization.h>

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace viparita {

namespace {

/// The translators installed last, replaced when another language is installed. They belong
/// to the application, which deletes them when it ends.
struct Installed {
    QPointer<QTranslator> qt;
    QPointer<QTranslator> viparita;
};

Installed &installed()
{
    static Installed translators;
    return translators;
}

/// The entry of languages() that speaks `locale`'s language, or an empty string.
QString knownLanguageOf(const QLocale &locale)
{
    const QString name = locale.name(); // "pt_BR", "de_DE"
    const QStringList known = Localization::languages();
    const QString exact = QString(name).replace(u'_', u'-');
    if (known.contains(exact))
        return exact;
    const QString language = name.section(u'_', 0, 0);
    if (known.contains(language))
        return language;
    // Portuguese of any country reads the Brazilian translation best of those there are.
    if (language == u"pt"_s)
        return u"pt-BR"_s;
    return {};
}

} // namespace

QStringList Localization::languages()
{
    return {u"en"_s, u"de"_s, u"fr"_s, u"es"_s, u"it"_s, u"pt-BR"_s, u"nl"_s, u"pl"_s, u"ar"_s};
}

QLocale Localization::localeFor(const QString &choice)
{
    if (languages().contains(choice))
        return QLocale(choice);
    const QLocale system = QLocale::system();
    if (!knownLanguageOf(system).isEmpty())
        return system;
    return QLocale(QLocale::English, system.territory());
}

QString Localization::languageOf(const QLocale &locale)
{
    const QString known = knownLanguageOf(locale);
    return known.isEmpty() ? u"en"_s : known;
}

QString Localization::nativeName(const QString &language)
{
    const QLocale locale(language);
    QString name = locale.nativeLanguageName();
    if (language.contains(u'-'))
        name += u" ("_s + locale.nativeTerritoryName() + u')';
    // Language names are written lower case in some languages; a list shows them capitalised.
    return name.isEmpty() ? language : name.left(1).toUpper() + name.mid(1);
}

QString Localization::install(const QLocale &locale)
{
    Installed &current = installed();
    for (QTranslator *translator : {current.qt.data(), current.viparita.data()}) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    current = {};
    QLocale::setDefault(locale);

    const QString language = languageOf(locale);
    const QString file = QString(language).replace(u'-', u'_');
    // A translator that finds no file is not kept.
    const auto installLoaded = [](bool loaded, QTranslator *translator) -> QTranslator * {
        if (!loaded) {
            delete translator;
            return nullptr;
        }
        QCoreApplication::installTranslator(translator);
        return translator;
    };
    auto *qt = new QTranslator(QCoreApplication::instance());
    current.qt = installLoaded(
        qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)),
        qt);
    auto *own = new QTranslator(QCoreApplication::instance());
    current.viparita = installLoaded(own->load(u":/i18n/viparita_"_s + file + u".qm"_s), own);
    return language;
}

} // namespace viparita
