#include <viparita/core/display_format.h>
#include <viparita/core/localization.h>

#include "catch_qt.h"

#include <QCoreApplication>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;
using viparita::Localization;

namespace {

/// Puts the tests' own language back (see catch_main.cpp) when a test case ends.
struct RestoreTestLanguage {
    ~RestoreTestLanguage() { Localization::install(QLocale::c()); }
};

} // namespace

TEST_CASE("every language's translation is compiled in and speaks that language")
{
    REQUIRE(Localization::languages() == QStringList{u"en"_s, u"de"_s, u"fr"_s, u"es"_s, u"it"_s,
                                                     u"pt-BR"_s, u"nl"_s, u"pl"_s, u"ar"_s});
    for (const QString &language : Localization::languages().mid(1)) {
        INFO(language.toStdString());
        QTranslator translator;
        REQUIRE(
            translator.load(u":/i18n/viparita_%1.qm"_s.arg(QString(language).replace(u'-', u'_'))));
        const QString sequences = translator.translate("viparita::app::HomePage", "Sequences");
        CHECK(!sequences.isEmpty());
        CHECK(sequences != u"Sequences"_s);
        CHECK(!translator
                   .translate("viparita::SafetyRules",
                              "Viparita shows your numbers; it does not diagnose.")
                   .isEmpty());
    }
}

TEST_CASE("English says its plurals whole: one device, two devices")
{
    const RestoreTestLanguage restore;
    Localization::install(QLocale(QLocale::English, QLocale::UnitedKingdom));
    CHECK(QCoreApplication::translate("viparita::app::CuffSettingsPage", "Found %n device(s).",
                                      nullptr, 1) == u"Found 1 device."_s);
    CHECK(QCoreApplication::translate("viparita::app::CuffSettingsPage", "Found %n device(s).",
                                      nullptr, 2) == u"Found 2 devices."_s);
}

TEST_CASE("German installed: German messages, Qt's own buttons and a decimal comma")
{
    const RestoreTestLanguage restore;
    CHECK(Localization::install(QLocale(u"de_DE"_s)) == u"de"_s);
    CHECK(QCoreApplication::translate("viparita::app::HomePage", "Sequences") == u"Sequenzen"_s);
    // Qt's own translation: the standard buttons' words.
    CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == u"Abbrechen"_s);
    CHECK(viparita::DisplayFormat().number(1.5, 1) == u"1,5"_s);
    CHECK(viparita::DisplayFormat().pressure(132.5, 84) == u"132,5/84"_s);
}

TEST_CASE("Polish installed: three plural forms")
{
    const RestoreTestLanguage restore;
    CHECK(Localization::install(QLocale(u"pl_PL"_s)) == u"pl"_s);
    const auto found = [](int n) {
        return QCoreApplication::translate("viparita::app::CuffSettingsPage", "Found %n device(s).",
                                           nullptr, n);
    };
    // 1, 2-4, 5 and more take three different words.
    CHECK(found(1) != found(2).replace(u'2', u'1'));
    CHECK(found(2).replace(u'2', u'5') != found(5));
    CHECK(found(22).replace(u"22"_s, u"3"_s) == found(3));
}

TEST_CASE("the language spoken follows the locale, and English stands in for the others")
{
    CHECK(Localization::languageOf(QLocale(u"de_AT"_s)) == u"de"_s);
    CHECK(Localization::languageOf(QLocale(u"pt_BR"_s)) == u"pt-BR"_s);
    CHECK(Localization::languageOf(QLocale(u"pt_PT"_s)) == u"pt-BR"_s);
    CHECK(Localization::languageOf(QLocale(u"ar_EG"_s)) == u"ar"_s);
    CHECK(Localization::languageOf(QLocale(u"ja_JP"_s)) == u"en"_s);
    CHECK(Localization::languageOf(QLocale::c()) == u"en"_s);
    CHECK(Localization::localeFor(u"fr"_s).language() == QLocale::French);
    CHECK(Localization::localeFor(u"ar"_s).textDirection() == Qt::RightToLeft);
    CHECK(Localization::nativeName(u"de"_s) == u"Deutsch"_s);
    CHECK(Localization::nativeName(u"fr"_s) == u"Français"_s);
    CHECK(Localization::nativeName(u"pt-BR"_s).startsWith(u"Português"_s));
}
