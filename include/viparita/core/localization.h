#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace viparita {

/// The languages Viparita speaks, and the translators that make Qt and Viparita speak one.
///
/// Viparita's own messages come from the translations compiled into the programs (resource
/// folder `:/i18n`, one `viparita_<language>.qm` each); Qt's own (the buttons of standard
/// dialogs, the file dialog) from Qt's translations folder. Numbers, dates and times follow
/// the same locale, which becomes QLocale's default.
class Localization final {
public:
    /// The languages with a complete translation, English first, as BCP 47 names ("en",
    /// "de", "pt-BR", ...).
    [[nodiscard]] static QStringList languages();

    /// The locale to speak: `choice` (a name from languages()) when it is one, else the
    /// system's locale when Viparita has its language, else English with the system's
    /// country for its numbers and dates.
    [[nodiscard]] static QLocale localeFor(const QString &choice = {});

    /// The entry of languages() that speaks `locale`'s language; "en" when none does.
    [[nodiscard]] static QString languageOf(const QLocale &locale);

    /// The name of `language` (from languages()) in that language: "Deutsch", "Français".
    [[nodiscard]] static QString nativeName(const QString &language);

    /// Installs the translators of `locale` on the running application and makes `locale`
    /// the default. Returns the language actually spoken (a name from languages()).
    static QString install(const QLocale &locale);
};

} // namespace viparita
